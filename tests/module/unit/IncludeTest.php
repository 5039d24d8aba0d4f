<?php
// include.php without the crm extension: returns false with install instructions, yet lib/ stays usable.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Extension;
use PHPUnit\Framework\TestCase;

final class IncludeTest extends TestCase
{
    public function testProblemIsNamedForMissingOrOldExtension(): void
    {
        self::assertSame('KCRM_EXTENSION_MISSING', Extension::problem(false, false));
        self::assertSame('KCRM_EXTENSION_TOO_OLD', Extension::problem(true, '0.0.9'));
        self::assertNull(Extension::problem(true, Extension::MINIMUM_VERSION));
        self::assertNull(Extension::problem(true, '1.2.0'));
    }

    public function testIncludeRefusesToLoadWithoutExtensionButKeepsDbLayer(): void
    {
        // -n: no php.ini, so no crm extension whatever this machine has installed.
        $script = sprintf(
            'var_export(include %s); echo "|", class_exists(%s) ? "db-ok" : "db-missing";',
            var_export(KCRM_MODULE_DIR . '/include.php', true),
            var_export(\Kartoteka\Crm\Db\Connection::class, true)
        );
        $process = proc_open(
            [PHP_BINARY, '-n', '-d', 'display_errors=stderr', '-r', $script],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes,
            null,
            ['LANG' => 'en_US.UTF-8', 'PATH' => (string) getenv('PATH')]
        );
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        proc_close($process);

        self::assertSame('false|db-ok', $out);
        self::assertStringContainsString('crm PHP extension is missing', $err);
        self::assertStringContainsString('phpize && ./configure && make && make install', $err);
        self::assertStringContainsString('extension=crm', $err);
    }
}
