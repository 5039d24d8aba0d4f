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
        public readonly array $files = [],
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
            $_FILES,
        );
    }

    public function input(string $name): ?string
    {
        $value = $this->post[$name] ?? null;
        return is_string($value) ? $value : null;
    }

    /**
     * A repeated form field (name="phones[]"): its string values, in order; anything else is dropped.
     *
     * @return list<string>
     */
    public function inputList(string $name): array
    {
        $value = $this->post[$name] ?? null;
        return is_array($value) ? array_values(array_filter($value, 'is_string')) : [];
    }

    /**
     * Rows of a repeated group of fields (name="companies[0][role]"): each row with its string values.
     *
     * @return list<array<string, string>>
     */
    public function inputRows(string $name): array
    {
        $rows = [];
        foreach (is_array($this->post[$name] ?? null) ? $this->post[$name] : [] as $row) {
            if (is_array($row)) {
                $rows[] = array_filter($row, 'is_string');
            }
        }
        return $rows;
    }

    /** A positive integer from the form or, failing that, the query string (ids of cards). */
    public function id(string $name = 'id'): ?int
    {
        $value = $this->input($name) ?? $this->queryValue($name);
        return $value !== null && ctype_digit($value) && $value !== '' && (int) $value > 0 && strlen($value) < 19 ? (int) $value : null;
    }

    /**
     * One uploaded file of the form, as PHP describes it, or null when none was sent.
     *
     * @return array{name: string, tmp_name: string, size: int, error: int}|null
     */
    public function file(string $name): ?array
    {
        $file = $this->files[$name] ?? null;
        if (!is_array($file) || !is_string($file['name'] ?? null) || !is_string($file['tmp_name'] ?? null)) {
            return null;
        }
        return ['name' => $file['name'], 'tmp_name' => $file['tmp_name'], 'size' => (int) ($file['size'] ?? 0), 'error' => (int) ($file['error'] ?? UPLOAD_ERR_NO_FILE)];
    }

    public function queryValue(string $name): ?string
    {
        $value = $this->query[$name] ?? null;
        return is_string($value) ? $value : null;
    }
}
