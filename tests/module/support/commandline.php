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
            [PHP_BINARY, '-d', 'extension=' . self::extensionPath(), KCRM_REPO_ROOT . '/bin/crm', ...$args],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes
        );
        $out = (string) stream_get_contents($pipes[1]);
        $err = (string) stream_get_contents($pipes[2]);
        return [proc_close($process), $out, $err];
    }

    private static function extensionPath(): string
    {
        // The build this PHPUnit runs with (-d extension=…), else the one scripts/build leaves in modules/.
        $path = getenv('KCRM_TEST_EXTENSION') ?: null;
        if ($path === null && is_readable('/proc/self/cmdline')) {
            $args = explode("\0", (string) file_get_contents('/proc/self/cmdline'));
            foreach ($args as $i => $arg) {
                $value = $arg === '-d' ? ($args[$i + 1] ?? '') : (str_starts_with($arg, '-d') ? substr($arg, 2) : '');
                if (str_starts_with($value, 'extension=') && str_contains($value, 'crm')) {
                    $path = substr($value, strlen('extension='));
                }
            }
        }
        return $path ?? KCRM_REPO_ROOT . '/modules/crm.so';
    }
}
