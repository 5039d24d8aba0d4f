<?php
// bin/crm run in a process of its own, with the crm extension this PHPUnit runs with.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

trait CommandLine
{
    /**
     * @param list<string> $args the command and its options
     * @return array{0: int, 1: string, 2: string} exit status, stdout, stderr
     */
    private static function cli(array $args): array
    {
        $process = proc_open(
            // the build this PHPUnit runs with, else the one scripts/build leaves in modules/
            [PHP_BINARY, '-d', 'extension=' . (TestDatabase::extensionPath() ?? KCRM_REPO_ROOT . '/modules/crm.so'), KCRM_REPO_ROOT . '/bin/crm', ...$args],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes
        );
        $out = (string) stream_get_contents($pipes[1]);
        $err = (string) stream_get_contents($pipes[2]);
        return [proc_close($process), $out, $err];
    }
}
