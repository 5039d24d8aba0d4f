<?php
// A per-session token every form carries; a POST without the right one is refused.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Host\Session;

final class Csrf
{
    public const FIELD = 'csrf_token';
    private const KEY = 'kcrm_csrf';

    public function __construct(private readonly Session $session)
    {
    }

    public function token(): string
    {
        $token = $this->session->get(self::KEY);
        if (!is_string($token) || $token === '') {
            $token = bin2hex(random_bytes(32));
            $this->session->set(self::KEY, $token);
        }
        return $token;
    }

    public function isValid(?string $token): bool
    {
        $expected = $this->session->get(self::KEY);
        return is_string($expected) && $expected !== '' && is_string($token) && hash_equals($expected, $token);
    }

    /** A new token after sign-in, so one seen by a guest is worthless to the signed-in user. */
    public function renew(): void
    {
        $this->session->remove(self::KEY);
    }
}
