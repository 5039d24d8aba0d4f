<?php
// One HTTP request as the controllers see it; built from PHP's globals only by the front controller.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

final class Request
{
    /**
     * @param array<string, mixed> $query
     * @param array<string, mixed> $post
     */
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query = [],
        public readonly array $post = [],
        public readonly string $ip = '127.0.0.1',
        public readonly bool $secure = false,
    ) {
    }

    public static function fromGlobals(): self
    {
        return new self(
            strtoupper((string) ($_SERVER['REQUEST_METHOD'] ?? 'GET')),
            (string) (parse_url((string) ($_SERVER['REQUEST_URI'] ?? '/'), PHP_URL_PATH) ?: '/'),
            $_GET,
            $_POST,
            (string) ($_SERVER['REMOTE_ADDR'] ?? ''),
            ($_SERVER['HTTPS'] ?? '') !== '' && ($_SERVER['HTTPS'] ?? '') !== 'off',
        );
    }

    public function input(string $name): ?string
    {
        $value = $this->post[$name] ?? null;
        return is_string($value) ? $value : null;
    }

    public function queryValue(string $name): ?string
    {
        $value = $this->query[$name] ?? null;
        return is_string($value) ? $value : null;
    }
}
