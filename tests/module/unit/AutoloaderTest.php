<?php
// The standalone autoloader maps names the way Bitrix's D7 loader does, and every lib/ class sits where it should.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Autoloader;
use PHPUnit\Framework\TestCase;

final class AutoloaderTest extends TestCase
{
    public function testMapsNamespacePathToLowerCaseFile(): void
    {
        $loader = new Autoloader('/m/lib');
        self::assertSame('/m/lib/db/connection.php', $loader->pathFor('Kartoteka\\Crm\\Db\\Connection'));
        self::assertSame('/m/lib/contacts/companyrepository.php', $loader->pathFor('\\Kartoteka\\Crm\\Contacts\\CompanyRepository'));
        self::assertSame('/m/lib/host/standalonehost.php', $loader->pathFor('Kartoteka\\Crm\\Host\\StandaloneHost'));
    }

    public function testIgnoresOtherNamespacesAndCraftedNames(): void
    {
        $loader = new Autoloader('/m/lib');
        self::assertNull($loader->pathFor('Crm\\Import\\Reader'));
        self::assertNull($loader->pathFor('Kartoteka\\CrmX\\Foo'));
        self::assertNull($loader->pathFor('Kartoteka\\Crm\\..\\..\\etc\\passwd'));
        self::assertNull($loader->pathFor('Kartoteka\\Crm\\'));
    }

    /** Reads every class, interface and enum declared under lib/ and checks the rule finds its file. */
    public function testEveryLibClassLivesWhereTheRuleLooks(): void
    {
        $lib = KCRM_MODULE_DIR . '/lib';
        $loader = new Autoloader($lib);
        $checked = 0;
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($lib, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            $path = $file->getPathname();
            if (!str_ends_with($path, '.php') || str_contains($path, '/views/')) {
                continue;
            }
            foreach (self::declaredTypes((string) file_get_contents($path)) as $type) {
                self::assertSame($path, $loader->pathFor($type), "$type is not where the loader looks");
                self::assertTrue(class_exists($type) || interface_exists($type) || enum_exists($type), "$type does not load");
                $checked++;
            }
        }
        self::assertGreaterThan(20, $checked);
    }

    /** @return list<string> */
    private static function declaredTypes(string $code): array
    {
        $tokens = token_get_all($code);
        $namespace = '';
        $types = [];
        foreach ($tokens as $i => $token) {
            if (!is_array($token)) {
                continue;
            }
            if ($token[0] === T_NAMESPACE && is_array($tokens[$i + 2] ?? null)) {
                $namespace = $tokens[$i + 2][1];
            }
            if (in_array($token[0], [T_CLASS, T_INTERFACE, T_ENUM], true)
                && is_array($tokens[$i + 2] ?? null) && $tokens[$i + 2][0] === T_STRING
                && !(is_array($tokens[$i - 1] ?? null) && $tokens[$i - 1][0] === T_DOUBLE_COLON)) {
                $types[] = $namespace . '\\' . $tokens[$i + 2][1];
            }
        }
        return $types;
    }
}
