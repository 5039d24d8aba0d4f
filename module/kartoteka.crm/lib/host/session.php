<?php
// The standalone host's session: PHP's native session in production, a plain array in tests.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

final class Session
{
    /** @var array<string, mixed> used only when not native */
    private array $data = [];

    private function __construct(private readonly bool $native)
    {
    }

    /**
     * Starts PHP's session with cookies that scripts cannot read and that stay on this site.
     * A stored id that the handler does not know is refused (use_strict_mode), which stops
     * an attacker from planting a session id of their choosing.
     */
    public static function native(?\SessionHandlerInterface $handler, string $name, bool $secure, string $path = '/'): self
    {
        if (session_status() !== PHP_SESSION_ACTIVE) {
            ini_set('session.use_strict_mode', '1');
            ini_set('session.use_only_cookies', '1');
            ini_set('session.use_trans_sid', '0');
            if ($handler !== null) {
                session_set_save_handler($handler, true);
            }
            session_name($name);
            session_set_cookie_params([
                'lifetime' => 0,
                'path' => $path,
                'secure' => $secure,
                'httponly' => true,
                'samesite' => 'Lax',
            ]);
            session_start();
        }
        return new self(true);
    }

    public static function inMemory(): self
    {
        return new self(false);
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->native ? ($_SESSION[$key] ?? $default) : ($this->data[$key] ?? $default);
    }

    public function set(string $key, mixed $value): void
    {
        if ($this->native) {
            $_SESSION[$key] = $value;
        } else {
            $this->data[$key] = $value;
        }
    }

    public function remove(string $key): void
    {
        if ($this->native) {
            unset($_SESSION[$key]);
        } else {
            unset($this->data[$key]);
        }
    }

    /** A new id for the same data: called on every change of who is signed in (session fixation). */
    public function regenerate(): void
    {
        if ($this->native && session_status() === PHP_SESSION_ACTIVE) {
            session_regenerate_id(true);
        }
    }

    /** Drops everything and gives the browser a fresh id. */
    public function clear(): void
    {
        if ($this->native) {
            $_SESSION = [];
            $this->regenerate();
        } else {
            $this->data = [];
        }
    }
}
