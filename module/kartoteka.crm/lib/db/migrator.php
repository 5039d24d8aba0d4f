<?php
// Applies the numbered SQL migrations of install/db/<driver>/ once each, in order, and can undo them.

declare(strict_types=1);

namespace Kartoteka\Crm\Db;

final class Migrator
{
    public const VERSION_TABLE = 'kcrm_schema_version';

    /**
     * @param string $root the folder holding sqlite/, pgsql/ and mysql/ (install/db)
     */
    public function __construct(
        private readonly Connection $db,
        private readonly string $root,
    ) {
    }

    /**
     * Every migration for this driver, version => file, in version order.
     *
     * @return array<int, array{name: string, up: string, down: ?string}>
     */
    public function migrations(): array
    {
        $dir = $this->root . '/' . $this->db->driver();
        if (!is_dir($dir)) {
            throw new MigrationException("No migrations for driver \"{$this->db->driver()}\" in $dir.");
        }
        $found = [];
        foreach (scandir($dir) ?: [] as $file) {
            if (!preg_match('/^(\d{3})_([a-z0-9_]+)\.sql$/', $file, $m)) {
                continue;
            }
            $version = (int) $m[1];
            if (isset($found[$version])) {
                throw new MigrationException("Two migrations share version $m[1] in $dir.");
            }
            $down = $dir . '/' . $m[1] . '_' . $m[2] . '.down.sql';
            $found[$version] = ['name' => $m[2], 'up' => $dir . '/' . $file, 'down' => is_file($down) ? $down : null];
        }
        ksort($found);
        return $found;
    }

    /** @return list<int> versions already recorded as applied */
    public function applied(): array
    {
        $this->ensureVersionTable();
        $rows = $this->db->fetchAll('SELECT version FROM ' . self::VERSION_TABLE . ' ORDER BY version');
        return array_map(static fn (array $row): int => (int) $row['version'], $rows);
    }

    /** @return list<int> */
    public function pending(): array
    {
        return array_values(array_diff(array_keys($this->migrations()), $this->applied()));
    }

    /**
     * Applies what is not applied yet, each migration with its version row in one
     * transaction, so a failure leaves the schema at the last good version.
     *
     * @return list<int> versions applied by this call (empty when already current)
     */
    public function migrate(): array
    {
        $migrations = $this->migrations();
        $done = [];
        foreach ($this->pending() as $version) {
            $migration = $migrations[$version];
            try {
                $this->db->transaction(function (Connection $db) use ($version, $migration): void {
                    foreach (self::statements((string) file_get_contents($migration['up'])) as $sql) {
                        $db->execute($sql);
                    }
                    $db->execute(
                        'INSERT INTO ' . self::VERSION_TABLE . ' (version, name, applied_at) VALUES (?, ?, ?)',
                        [$version, $migration['name'], gmdate('Y-m-d H:i:s')]
                    );
                });
            } catch (\PDOException $e) {
                throw new MigrationException(
                    sprintf('Migration %s failed: %s', basename($migration['up']), $e->getMessage()),
                    $done,
                    $e
                );
            }
            $done[] = $version;
        }
        return $done;
    }

    /**
     * Undoes the given versions, newest first, with their .down.sql files. Used to roll a
     * failed install back to where it started; versions applied earlier are never named here.
     *
     * @param list<int> $versions
     */
    public function revert(array $versions): void
    {
        $migrations = $this->migrations();
        rsort($versions);
        foreach ($versions as $version) {
            $down = $migrations[$version]['down'] ?? null;
            if ($down === null) {
                throw new MigrationException(sprintf('Migration %03d has no .down.sql and cannot be undone.', $version));
            }
            $this->db->transaction(function (Connection $db) use ($version, $down): void {
                foreach (self::statements((string) file_get_contents($down)) as $sql) {
                    $db->execute($sql);
                }
                $db->execute('DELETE FROM ' . self::VERSION_TABLE . ' WHERE version = ?', [$version]);
            });
        }
    }

    /**
     * Splits a migration file into statements. The house rule for migration files keeps
     * this simple: a statement ends with ";" at the end of a line, "--" starts a comment.
     *
     * @return list<string>
     */
    public static function statements(string $script): array
    {
        $statements = [];
        $current = '';
        foreach (preg_split('/\R/', $script) ?: [] as $line) {
            $trimmed = trim($line);
            if ($trimmed === '' || str_starts_with($trimmed, '--')) {
                continue;
            }
            $current .= $line . "\n";
            if (str_ends_with($trimmed, ';')) {
                $statements[] = rtrim(trim($current), ';');
                $current = '';
            }
        }
        if (trim($current) !== '') {
            $statements[] = trim($current);
        }
        return $statements;
    }

    private function ensureVersionTable(): void
    {
        // The version table is the migrator's own and exists before any migration, so it is created here.
        $sql = match ($this->db->driver()) {
            'mysql' => 'CREATE TABLE IF NOT EXISTS ' . self::VERSION_TABLE
                . ' (version INT NOT NULL PRIMARY KEY, name VARCHAR(190) NOT NULL, applied_at DATETIME NOT NULL)'
                . ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
            'pgsql' => 'CREATE TABLE IF NOT EXISTS ' . self::VERSION_TABLE
                . ' (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMP(0) NOT NULL)',
            default => 'CREATE TABLE IF NOT EXISTS ' . self::VERSION_TABLE
                . ' (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
        };
        $this->db->execute($sql);
    }
}
