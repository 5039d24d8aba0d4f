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

    /** @param array<string, string> $headers */
    public function __construct(
        public readonly int $status,
        public readonly string $body,
        public readonly array $headers = [],
    ) {
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
        echo $this->body;
    }
}
