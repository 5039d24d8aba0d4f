<?php
// Counts failed logins per login and per address in kcrm_login_attempt to slow down password guessing.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class LoginThrottle
{
    /**
     * Per login the limit is low (one account is guessed at); per address it is higher,
     * since an office shares one address and people mistype.
     */
    public function __construct(
        private readonly Connection $db,
        private readonly int $maxPerLogin = 5,
        private readonly int $maxPerAddress = 20,
        private readonly int $windowSeconds = 900,
    ) {
    }

    public function isBlocked(string $login, string $ip, ?int $now = null): bool
    {
        $since = ($now ?? time()) - $this->windowSeconds;
        $login = UserRepository::normalizeLogin($login);
        $byLogin = (int) $this->db->fetchValue(
            'SELECT COUNT(*) FROM kcrm_login_attempt WHERE login = ? AND attempted_at > ?',
            [$login, $since]
        );
        if ($byLogin >= $this->maxPerLogin) {
            return true;
        }
        $byAddress = (int) $this->db->fetchValue(
            'SELECT COUNT(*) FROM kcrm_login_attempt WHERE ip = ? AND attempted_at > ?',
            [$ip, $since]
        );
        return $byAddress >= $this->maxPerAddress;
    }

    public function recordFailure(string $login, string $ip, ?int $now = null): void
    {
        $now ??= time();
        $this->db->insert('kcrm_login_attempt', [
            'login' => UserRepository::normalizeLogin($login),
            'ip' => $ip,
            'attempted_at' => $now,
        ]);
        // Old rows are useless once outside the window; pruning here keeps the table small without a job.
        $this->db->execute('DELETE FROM kcrm_login_attempt WHERE attempted_at < ?', [$now - 2 * $this->windowSeconds]);
    }

    public function forget(string $login): void
    {
        $this->db->execute('DELETE FROM kcrm_login_attempt WHERE login = ?', [UserRepository::normalizeLogin($login)]);
    }
}
