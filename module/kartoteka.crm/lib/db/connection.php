<?php
// A thin PDO wrapper: one place that knows DSN forms, per-driver session setup and transactions.

declare(strict_types=1);

namespace Kartoteka\Crm\Db;

use PDO;
use PDOStatement;

final class Connection
{
    public const DRIVERS = ['sqlite', 'pgsql', 'mysql'];

    private function __construct(
        private readonly PDO $pdo,
        private readonly string $driver,
    ) {
    }

    /**
     * Accepts PDO DSNs ("sqlite:var/crm.sqlite", "pgsql:host=…;dbname=…;user=…;password=…",
     * "mysql:host=…;dbname=…;user=…;password=…") and URLs ("pgsql://u:p@host:5432/db",
     * "postgres://…", "mysql://…"). User and password may sit inside the DSN so that one
     * string is enough on the command line and in settings.
     */
    public static function open(string $dsn, ?string $user = null, ?string $password = null): self
    {
        [$pdoDsn, $driver, $dsnUser, $dsnPassword] = self::parseDsn($dsn);
        $user ??= $dsnUser;
        $password ??= $dsnPassword;

        $options = [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
            PDO::ATTR_STRINGIFY_FETCHES => false,
        ];
        if ($driver === 'sqlite') {
            // Waits for a writer instead of failing at once with "database is locked".
            $options[PDO::ATTR_TIMEOUT] = 5;
        }
        if ($driver === 'mysql') {
            $options[PDO::ATTR_EMULATE_PREPARES] = false;
        }

        $pdo = new PDO($pdoDsn, $user, $password, $options);
        $connection = new self($pdo, $driver);
        $connection->prepareSession($pdoDsn);
        return $connection;
    }

    /** Wraps a PDO someone else opened (tests, a host that already has one). */
    public static function fromPdo(PDO $pdo): self
    {
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        $pdo->setAttribute(PDO::ATTR_DEFAULT_FETCH_MODE, PDO::FETCH_ASSOC);
        $driver = (string) $pdo->getAttribute(PDO::ATTR_DRIVER_NAME);
        if (!in_array($driver, self::DRIVERS, true)) {
            throw new \InvalidArgumentException("Unsupported PDO driver \"$driver\"; use sqlite, pgsql or mysql.");
        }
        return new self($pdo, $driver);
    }

    /**
     * @return array{0: string, 1: string, 2: ?string, 3: ?string} PDO DSN, driver, user, password
     */
    public static function parseDsn(string $dsn): array
    {
        $dsn = trim($dsn);
        if (preg_match('~^(pgsql|postgres|postgresql|mysql)://~i', $dsn, $m)) {
            return self::parseUrl($dsn, strtolower($m[1]));
        }
        $colon = strpos($dsn, ':');
        if ($colon === false) {
            throw new \InvalidArgumentException("Not a database DSN: \"$dsn\". Expected sqlite:PATH, pgsql:host=…;dbname=… or mysql:host=…;dbname=….");
        }
        $driver = strtolower(substr($dsn, 0, $colon));
        $rest = substr($dsn, $colon + 1);
        if (!in_array($driver, self::DRIVERS, true)) {
            throw new \InvalidArgumentException("Unsupported database driver \"$driver\"; use sqlite, pgsql or mysql.");
        }
        if ($driver === 'sqlite') {
            if ($rest === '') {
                throw new \InvalidArgumentException('The sqlite DSN needs a file path: sqlite:var/crm.sqlite');
            }
            return ['sqlite:' . $rest, 'sqlite', null, null];
        }

        // PDO_MYSQL ignores user/password inside the DSN, so they are lifted out for every driver alike.
        $user = $password = null;
        $kept = [];
        foreach (explode(';', $rest) as $pair) {
            if (trim($pair) === '') {
                continue;
            }
            [$key, $value] = array_pad(explode('=', $pair, 2), 2, '');
            $key = strtolower(trim($key));
            if ($key === 'user') {
                $user = $value;
            } elseif ($key === 'password') {
                $password = $value;
            } else {
                $kept[$key] = $value;
            }
        }
        if ($driver === 'mysql' && !isset($kept['charset'])) {
            $kept['charset'] = 'utf8mb4';
        }
        $pairs = [];
        foreach ($kept as $key => $value) {
            $pairs[] = $key . '=' . $value;
        }
        return [$driver . ':' . implode(';', $pairs), $driver, $user, $password];
    }

    /** @return array{0: string, 1: string, 2: ?string, 3: ?string} */
    private static function parseUrl(string $url, string $scheme): array
    {
        $parts = parse_url($url);
        if ($parts === false || !isset($parts['host'])) {
            throw new \InvalidArgumentException("Not a database URL: \"$url\".");
        }
        $driver = $scheme === 'mysql' ? 'mysql' : 'pgsql';
        $pairs = ['host=' . $parts['host']];
        if (isset($parts['port'])) {
            $pairs[] = 'port=' . $parts['port'];
        }
        $db = ltrim($parts['path'] ?? '', '/');
        if ($db !== '') {
            $pairs[] = 'dbname=' . rawurldecode($db);
        }
        if ($driver === 'mysql') {
            $pairs[] = 'charset=utf8mb4';
        }
        return [
            $driver . ':' . implode(';', $pairs),
            $driver,
            isset($parts['user']) ? rawurldecode($parts['user']) : null,
            isset($parts['pass']) ? rawurldecode($parts['pass']) : null,
        ];
    }

    private function prepareSession(string $pdoDsn): void
    {
        switch ($this->driver) {
            case 'sqlite':
                $this->pdo->exec('PRAGMA foreign_keys = ON');
                $this->pdo->exec('PRAGMA busy_timeout = 5000');
                // SQLite's own LOWER() folds ASCII only; searches compare LOWER(name) with a
                // lower-cased query, which must work for "Москва" as PostgreSQL and MySQL do.
                $this->pdo->sqliteCreateFunction(
                    'lower',
                    static fn (?string $value): ?string => $value === null ? null : mb_strtolower($value, 'UTF-8'),
                    1,
                    \PDO::SQLITE_DETERMINISTIC
                );
                // WAL lets page requests read while an import writes; an in-memory database has no journal file.
                if (!str_contains($pdoDsn, ':memory:') && $pdoDsn !== 'sqlite:') {
                    $this->pdo->exec('PRAGMA journal_mode = WAL');
                }
                break;
            case 'pgsql':
                // Timestamps are stored in UTC on every driver; the page turns them into local time.
                $this->pdo->exec("SET TIME ZONE 'UTC'");
                break;
            case 'mysql':
                $this->pdo->exec("SET time_zone = '+00:00'");
                break;
        }
    }

    public function driver(): string
    {
        return $this->driver;
    }

    public function pdo(): PDO
    {
        return $this->pdo;
    }

    /** Runs a statement and returns the number of rows it touched. */
    public function execute(string $sql, array $params = []): int
    {
        return $this->run($sql, $params)->rowCount();
    }

    /** @return list<array<string, mixed>> */
    public function fetchAll(string $sql, array $params = []): array
    {
        return $this->run($sql, $params)->fetchAll();
    }

    /** @return array<string, mixed>|null */
    public function fetchOne(string $sql, array $params = []): ?array
    {
        $row = $this->run($sql, $params)->fetch();
        return $row === false ? null : $row;
    }

    public function fetchValue(string $sql, array $params = []): mixed
    {
        $value = $this->run($sql, $params)->fetchColumn();
        return $value === false ? null : $value;
    }

    /**
     * Inserts one row and returns its generated id.
     *
     * @param array<string, mixed> $row column => value; column names come from code, never from input
     */
    public function insert(string $table, array $row): int
    {
        $columns = array_keys($row);
        foreach ([$table, ...$columns] as $name) {
            if (!preg_match('/^[a-z_][a-z0-9_]*$/', $name)) {
                throw new \InvalidArgumentException("Bad SQL identifier \"$name\".");
            }
        }
        $sql = sprintf(
            'INSERT INTO %s (%s) VALUES (%s)',
            $table,
            implode(', ', $columns),
            implode(', ', array_fill(0, count($columns), '?'))
        );
        if ($this->driver === 'pgsql') {
            return (int) $this->fetchValue($sql . ' RETURNING id', array_values($row));
        }
        $this->execute($sql, array_values($row));
        return (int) $this->pdo->lastInsertId();
    }

    /**
     * Runs $work inside a transaction: commits what it did, or rolls everything back and
     * rethrows when it throws. A call inside a running transaction joins it, so services
     * can wrap their own work without knowing whether a caller already did.
     *
     * @template T
     * @param callable(self): T $work
     * @return T
     */
    public function transaction(callable $work): mixed
    {
        if ($this->pdo->inTransaction()) {
            return $work($this);
        }
        $this->pdo->beginTransaction();
        try {
            $result = $work($this);
            // MySQL commits implicitly on DDL; then there is nothing left to commit.
            if ($this->pdo->inTransaction()) {
                $this->pdo->commit();
            }
            return $result;
        } catch (\Throwable $e) {
            if ($this->pdo->inTransaction()) {
                $this->pdo->rollBack();
            }
            throw $e;
        }
    }

    /** True when the table exists in the current database or schema. */
    public function hasTable(string $table): bool
    {
        $sql = match ($this->driver) {
            'sqlite' => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            'pgsql' => 'SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?',
            'mysql' => 'SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
        };
        return $this->fetchValue($sql, [$table]) !== null;
    }

    private function run(string $sql, array $params): PDOStatement
    {
        $statement = $this->pdo->prepare($sql);
        foreach (array_values($params) === $params ? $params : [] as $i => $value) {
            $statement->bindValue($i + 1, $value, self::typeOf($value));
        }
        if (array_values($params) !== $params) {
            foreach ($params as $name => $value) {
                $statement->bindValue(':' . ltrim((string) $name, ':'), $value, self::typeOf($value));
            }
        }
        $statement->execute();
        return $statement;
    }

    private static function typeOf(mixed $value): int
    {
        return match (true) {
            $value === null => PDO::PARAM_NULL,
            is_int($value) => PDO::PARAM_INT,
            is_bool($value) => PDO::PARAM_BOOL,
            default => PDO::PARAM_STR,
        };
    }
}
