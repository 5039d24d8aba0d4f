<?php
// How dates and numbers look in each interface language; every page formats through this one class.

declare(strict_types=1);

namespace Kartoteka\Crm\Localization;

final class LocaleFormat
{
    /** No-break space: a thousands separator must not break a number across lines. */
    private const NBSP = "\u{00A0}";

    /** @var array<string, array{date: string, month: string, thousands: string, decimal: string}> */
    private const STYLES = [
        'ru' => ['date' => 'd.m.Y', 'month' => 'm.Y', 'thousands' => self::NBSP, 'decimal' => ','],
        'en' => ['date' => 'M j, Y', 'month' => 'M Y', 'thousands' => ',', 'decimal' => '.'],
        'sv' => ['date' => 'Y-m-d', 'month' => 'Y-m', 'thousands' => self::NBSP, 'decimal' => ','],
    ];

    private function __construct(private readonly string $language)
    {
    }

    public static function forLanguage(string $language): self
    {
        return new self(isset(self::STYLES[$language]) ? $language : 'en');
    }

    public function language(): string
    {
        return $this->language;
    }

    /** "2026-11-28 14:05:00" or a date object → 28.11.2026 / Nov 28, 2026 / 2026-11-28; '' for null or rubbish. */
    public function date(string|\DateTimeInterface|null $value): string
    {
        $date = self::parse($value);
        return $date === null ? '' : $date->format(self::STYLES[$this->language]['date']);
    }

    /** The date as above followed by the 24-hour time: 28.11.2026 14:05. */
    public function dateTime(string|\DateTimeInterface|null $value): string
    {
        $date = self::parse($value);
        return $date === null ? '' : $date->format(self::STYLES[$this->language]['date']) . ' ' . $date->format('H:i');
    }

    /** A month of a report: 11.2026 / Nov 2026 / 2026-11. */
    public function month(string|\DateTimeInterface|null $value): string
    {
        $date = self::parse($value);
        return $date === null ? '' : $date->format(self::STYLES[$this->language]['month']);
    }

    /** 1234567.5 → "1 234 567,5" (ru, sv) or "1,234,567.5" (en). */
    public function number(int|float|string|null $value, int $decimals = 0): string
    {
        if ($value === null || $value === '' || !is_numeric($value)) {
            return '';
        }
        $style = self::STYLES[$this->language];
        return number_format((float) $value, $decimals, $style['decimal'], $style['thousands']);
    }

    private static function parse(string|\DateTimeInterface|null $value): ?\DateTimeImmutable
    {
        if ($value instanceof \DateTimeInterface) {
            return \DateTimeImmutable::createFromInterface($value);
        }
        if ($value === null || !preg_match('/^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?/', $value, $m)) {
            return null;
        }
        $date = date_create_immutable($m[0], new \DateTimeZone('UTC'));
        return $date === false ? null : $date;
    }
}
