<?php
// The lang files: same files and keys in ru, en and sv; each mirrors a real source file; used codes exist.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Localization\Messages;
use PHPUnit\Framework\TestCase;

final class LangTest extends TestCase
{
    /** @return array<string, array<string, string>> relative path => $MESS */
    private static function language(string $language): array
    {
        $dir = KCRM_MODULE_DIR . '/lang/' . $language;
        $files = [];
        $iterator = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS));
        foreach ($iterator as $file) {
            $relative = substr($file->getPathname(), strlen($dir) + 1);
            $files[$relative] = Messages::readFile($file->getPathname());
        }
        ksort($files);
        return $files;
    }

    public function testEveryEnglishKeyExistsInRussianAndSwedish(): void
    {
        $en = self::language('en');
        self::assertNotEmpty($en);
        foreach (['ru', 'sv'] as $language) {
            $other = self::language($language);
            self::assertSame(array_keys($en), array_keys($other), "$language has other lang files than en");
            foreach ($en as $file => $messages) {
                self::assertSame([], array_values(array_diff(array_keys($messages), array_keys($other[$file]))), "$language/$file misses keys");
                self::assertSame([], array_values(array_diff(array_keys($other[$file]), array_keys($messages))), "$language/$file has keys en lacks");
                foreach ($other[$file] as $code => $text) {
                    self::assertNotSame('', trim($text), "$language/$file $code is empty");
                    preg_match_all('/#[A-Z_]+#/', $messages[$code], $want);
                    preg_match_all('/#[A-Z_]+#/', $text, $have);
                    sort($want[0]);
                    sort($have[0]);
                    self::assertSame($want[0], $have[0], "$language/$file $code has other placeholders");
                }
            }
        }
    }

    public function testEveryLangFileMirrorsASourceFile(): void
    {
        foreach (array_keys(self::language('en')) as $relative) {
            self::assertFileExists(KCRM_MODULE_DIR . '/' . $relative);
        }
    }

    public function testEveryMessageCodeInTheSourceExistsInEnglish(): void
    {
        $known = [];
        foreach (self::language('en') as $messages) {
            $known += $messages;
        }
        $sources = array_merge(
            glob(KCRM_MODULE_DIR . '/*.php') ?: [],
            glob(KCRM_MODULE_DIR . '/{admin,install}/*.php', GLOB_BRACE) ?: [],
            glob(KCRM_MODULE_DIR . '/lib/{,*/,*/*/}*.php', GLOB_BRACE) ?: [],
        );
        $used = 0;
        foreach ($sources as $source) {
            preg_match_all("/'(KCRM_[A-Z0-9_]*[A-Z0-9])'/", (string) file_get_contents($source), $m);
            foreach ($m[1] as $code) {
                self::assertArrayHasKey($code, $known, "$code used in $source has no English text");
                $used++;
            }
        }
        self::assertGreaterThan(30, $used);
    }
}
