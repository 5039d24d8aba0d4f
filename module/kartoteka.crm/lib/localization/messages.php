<?php
// Reads lang/<language>/<path>.php $MESS files the way Bitrix's Loc does, for the standalone host.

declare(strict_types=1);

namespace Kartoteka\Crm\Localization;

/**
 * The same files serve both hosts: inside Bitrix, Bitrix\Main\Localization\Loc reads them;
 * outside, this class does. loadMessages()/getMessage() keep Loc's names and its
 * "#KEY#" replacement so code reads the same under either.
 */
final class Messages
{
    public const LANGUAGES = ['ru', 'en', 'sv'];
    private const FALLBACK = 'en';

    /** @var array<string, array<string, string>> language => code => text */
    private array $messages = [];

    /** @var array<string, true> lang files already read, "language|path" */
    private array $loaded = [];

    /** @var list<string> source files whose messages were asked for */
    private array $sources = [];

    public function __construct(private string $language = 'ru')
    {
        $this->language = self::supported($language) ?? self::FALLBACK;
    }

    /** The language code if it is one we ship, else null. Accepts "sv_SE.UTF-8"-style locale names. */
    public static function supported(?string $language): ?string
    {
        if ($language === null || $language === '') {
            return null;
        }
        $code = strtolower(substr($language, 0, 2));
        return in_array($code, self::LANGUAGES, true) ? $code : null;
    }

    public function language(): string
    {
        return $this->language;
    }

    public function setLanguage(string $language): void
    {
        $this->language = self::supported($language) ?? $this->language;
    }

    /** Makes the messages of $sourceFile (usually __FILE__) available to getMessage(). */
    public function loadMessages(string $sourceFile): void
    {
        if (!in_array($sourceFile, $this->sources, true)) {
            $this->sources[] = $sourceFile;
        }
    }

    /**
     * @param array<string, scalar|null>|null $replace e.g. ['#COUNT#' => 3], as in Bitrix
     * @return string|null null when no loaded file has the code, as Loc::getMessage does
     */
    public function getMessage(string $code, ?array $replace = null, ?string $language = null): ?string
    {
        $language = self::supported($language) ?? $this->language;
        $text = $this->find($code, $language) ?? $this->find($code, self::FALLBACK);
        if ($text === null) {
            return null;
        }
        return $replace ? strtr($text, array_map(static fn ($v): string => (string) $v, $replace)) : $text;
    }

    /**
     * The lang file Bitrix would read for a source file: walk up from the file's folder to the
     * first folder that has a lang/ child, then mirror the rest of the path below lang/<language>/.
     */
    public static function langFileFor(string $sourceFile, string $language): ?string
    {
        $dir = dirname($sourceFile);
        $relative = basename($sourceFile);
        while (true) {
            if (is_dir($dir . '/lang')) {
                return $dir . '/lang/' . $language . '/' . $relative;
            }
            $parent = dirname($dir);
            if ($parent === $dir) {
                return null;
            }
            $relative = basename($dir) . '/' . $relative;
            $dir = $parent;
        }
    }

    /** @return array<string, string> the $MESS array of one lang file, empty when absent */
    public static function readFile(string $langFile): array
    {
        if (!is_file($langFile)) {
            return [];
        }
        // Included in a closure so the file sees nothing but its own $MESS.
        $read = static function (string $__file): array {
            $MESS = [];
            include $__file;
            return is_array($MESS) ? $MESS : [];
        };
        return $read($langFile);
    }

    private function find(string $code, string $language): ?string
    {
        foreach ($this->sources as $source) {
            $key = $language . '|' . $source;
            if (!isset($this->loaded[$key])) {
                $this->loaded[$key] = true;
                $file = self::langFileFor($source, $language);
                $this->messages[$language] = ($this->messages[$language] ?? [])
                    + ($file !== null ? self::readFile($file) : []);
            }
        }
        return $this->messages[$language][$code] ?? null;
    }
}
