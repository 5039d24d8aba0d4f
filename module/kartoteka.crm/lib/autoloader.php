<?php
// Loads Kartoteka\Crm\* classes from lib/ by Bitrix's D7 rule when Bitrix's own loader is not there.

declare(strict_types=1);

namespace Kartoteka\Crm;

/**
 * The D7 rule: drop the module's namespace, lower-case the rest, backslashes become
 * slashes: Kartoteka\Crm\Db\Connection → lib/db/connection.php. Keeping the same rule
 * as Bitrix means one file tree works under both loaders.
 */
final class Autoloader
{
    private const PREFIX = 'Kartoteka\\Crm\\';

    /** @var array<string, self> one loader per lib/ folder, so repeated includes stay harmless */
    private static array $registered = [];

    public function __construct(private readonly string $libDir)
    {
    }

    public static function register(string $libDir): self
    {
        $libDir = rtrim($libDir, '/\\');
        if (!isset(self::$registered[$libDir])) {
            $loader = new self($libDir);
            spl_autoload_register([$loader, 'load']);
            self::$registered[$libDir] = $loader;
        }
        return self::$registered[$libDir];
    }

    /** The file a class must live in, or null when the class is not the module's. */
    public function pathFor(string $class): ?string
    {
        $class = ltrim($class, '\\');
        if (strncmp($class, self::PREFIX, strlen(self::PREFIX)) !== 0) {
            return null;
        }
        $relative = substr($class, strlen(self::PREFIX));
        // A class name never holds these; refusing them keeps a crafted name from walking out of lib/.
        if ($relative === '' || preg_match('/[^A-Za-z0-9_\\\\]/', $relative)) {
            return null;
        }
        return $this->libDir . '/' . strtolower(str_replace('\\', '/', $relative)) . '.php';
    }

    public function load(string $class): void
    {
        $path = $this->pathFor($class);
        if ($path !== null && is_file($path)) {
            require_once $path;
        }
    }
}
