<?php
// Module settings of the standalone host in kcrm_setting, with defaults from default_option.php.

declare(strict_types=1);

namespace Kartoteka\Crm\Settings;

use Kartoteka\Crm\Db\Connection;

final class SettingRepository
{
    /** @param array<string, string> $defaults what default_option.php gives when a setting was never saved */
    public function __construct(
        private readonly Connection $db,
        private readonly array $defaults = [],
    ) {
    }

    /** Reads $kartoteka_crm_default_option from a default_option.php file, as Bitrix does for Option::get. */
    public static function defaultsFrom(string $file): array
    {
        $read = static function (string $__file): array {
            $kartoteka_crm_default_option = [];
            include $__file;
            return $kartoteka_crm_default_option;
        };
        return array_map(static fn ($v): string => (string) $v, $read($file));
    }

    public function get(string $name, ?string $default = null): ?string
    {
        $value = $this->db->fetchValue('SELECT value FROM kcrm_setting WHERE name = ?', [$name]);
        if ($value !== null) {
            return (string) $value;
        }
        return $default ?? $this->defaults[$name] ?? null;
    }

    public function set(string $name, string $value): void
    {
        // Select-then-write instead of an upsert: the three drivers spell upsert three ways.
        $this->db->transaction(function (Connection $db) use ($name, $value): void {
            $now = gmdate('Y-m-d H:i:s');
            if ($db->fetchValue('SELECT 1 FROM kcrm_setting WHERE name = ?', [$name]) === null) {
                $db->execute('INSERT INTO kcrm_setting (name, value, updated_at) VALUES (?, ?, ?)', [$name, $value, $now]);
            } else {
                $db->execute('UPDATE kcrm_setting SET value = ?, updated_at = ? WHERE name = ?', [$value, $now, $name]);
            }
        });
    }
}
