<?php
// Writes CSV that Excel opens as it is: ";" between fields, CRLF, UTF-8 with a BOM or Windows-1251.

declare(strict_types=1);

namespace Kartoteka\Crm\Export;

final class CsvWriter
{
    public const ENCODINGS = ['UTF-8', 'Windows-1251'];
    public const DELIMITER = ';';

    private int $rows = 0;

    /**
     * @param resource $out where the bytes go (php://output for a download)
     * @param string $encoding UTF-8 (with a BOM, which is how Excel knows it) or Windows-1251
     *                          (what 1C and older Excel expect; a character it lacks becomes "?")
     */
    public function __construct(private $out, private readonly string $encoding = 'UTF-8')
    {
        if (!in_array($encoding, self::ENCODINGS, true)) {
            throw new \ValueError("Unsupported CSV encoding \"$encoding\"; use UTF-8 or Windows-1251.");
        }
        if ($encoding === 'UTF-8') {
            fwrite($this->out, "\u{FEFF}");
        }
    }

    /** @param list<string|int|null> $cells */
    public function row(array $cells): void
    {
        $line = implode(self::DELIMITER, array_map([self::class, 'cell'], $cells)) . "\r\n";
        if ($this->encoding !== 'UTF-8') {
            $line = mb_convert_encoding($line, $this->encoding, 'UTF-8');
        }
        fwrite($this->out, $line);
        $this->rows++;
    }

    /** Lines written, the header included. */
    public function rows(): int
    {
        return $this->rows;
    }

    /**
     * Quotes a cell when it holds the delimiter, a quote or a line break. A cell that starts like
     * a formula (= + - @, or a tab or CR before one) gets an apostrophe in front, so that Excel
     * shows "+7 495 …" or "=HYPERLINK(…)" as text instead of running it; the import strips it again.
     */
    public static function cell(string|int|null $value): string
    {
        $text = (string) $value;
        if ($text !== '' && str_contains("=+-@\t\r", $text[0])) {
            $text = "'" . $text;
        }
        if ($text !== '' && strpbrk($text, self::DELIMITER . "\"\r\n") !== false) {
            $text = '"' . str_replace('"', '""', $text) . '"';
        }
        return $text;
    }
}
