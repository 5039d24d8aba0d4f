<?php
// One HTTP response: status, headers and body, sent by the front controller.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

final class Response
{
    /** Pages of the CRM show private data: no framing, no sniffing, no caching, scripts only from us. */
    private const SAFE_HEADERS = [
        'Content-Type' => 'text/html; charset=UTF-8',
        'X-Content-Type-Options' => 'nosniff',
        'X-Frame-Options' => 'DENY',
        'Referrer-Policy' => 'same-origin',
        'Content-Security-Policy' => "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
        'Cache-Control' => 'no-store',
    ];

    /**
     * @param array<string, string> $headers
     * @param (\Closure(): void)|null $stream writes the body itself, as it goes (a download)
     */
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly array $headers = [],
        public readonly ?\Closure $stream = null,
    ) {
    }

    /**
     * A body written while it is sent, never held whole: a file download of any length.
     *
     * @param array<string, string> $headers Content-Type and Content-Disposition at least
     * @param \Closure(): void $write echoes the body (to php://output)
     */
    public static function stream(int $status, array $headers, \Closure $write): self
    {
        return new self($status, '', $headers + ['X-Content-Type-Options' => 'nosniff', 'Cache-Control' => 'no-store'], $write);
    }

    public static function page(string|Html $body, int $status = 200): self
    {
        return new self($status, (string) $body, self::SAFE_HEADERS);
    }

    /** @param array<string, mixed> $data */
    public static function json(array $data, int $status = 200): self
    {
        return new self(
            $status,
            json_encode($data, JSON_UNESCAPED_UNICODE | JSON_HEX_TAG | JSON_HEX_AMP | JSON_THROW_ON_ERROR),
            ['Content-Type' => 'application/json; charset=UTF-8'] + self::SAFE_HEADERS
        );
    }

    /** A 303 so that a reload after a POST does not send the form again. */
    public static function redirect(string $url): self
    {
        return new self(303, '', ['Location' => $url] + self::SAFE_HEADERS);
    }

    public function send(): void
    {
        http_response_code($this->status);
        foreach ($this->headers as $name => $value) {
            header($name . ': ' . $value);
        }
        if ($this->stream === null) {
            echo $this->body;
            return;
        }
        // Straight to the client: no output buffer may collect the whole file.
        while (ob_get_level() > 0) {
            ob_end_flush();
        }
        ($this->stream)();
    }
}
