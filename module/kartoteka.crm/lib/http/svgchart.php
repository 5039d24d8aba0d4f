<?php
// Bar and line charts as inline SVG, drawn on the server: no script, a title and a description for screen readers.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Localization\LocaleFormat;

final class SvgChart
{
    /** Colours that stay apart for the common kinds of colour blindness (Okabe–Ito). */
    private const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
    private const WIDTH = 720;
    private const HEIGHT = 260;
    private const LEFT = 48;
    private const RIGHT = 12;
    private const TOP = 12;
    private const BOTTOM = 48;

    private static int $count = 0;

    public function __construct(private readonly LocaleFormat $format)
    {
    }

    /**
     * Stacked bars: one bar per label, one coloured segment per series.
     *
     * @param list<string> $labels x-axis labels
     * @param array<string, list<int|float>> $series legend name => one value per label
     */
    public function bars(string $title, string $description, array $labels, array $series): Html
    {
        $totals = [];
        foreach ($labels as $i => $_) {
            $totals[$i] = 0;
            foreach ($series as $values) {
                $totals[$i] += max(0, $values[$i] ?? 0);
            }
        }
        [$max, $ticks] = self::scale($totals === [] ? 0 : max($totals));
        $plotW = self::WIDTH - self::LEFT - self::RIGHT;
        $slot = $plotW / max(1, count($labels));
        $barW = max(2.0, min(48.0, $slot * 0.7));
        $shapes = '';
        foreach ($labels as $i => $label) {
            $x = self::LEFT + $slot * $i + ($slot - $barW) / 2;
            $base = 0.0;
            $k = 0;
            foreach ($series as $name => $values) {
                $value = max(0, $values[$i] ?? 0);
                if ($value > 0) {
                    $y0 = $this->y($base, $max);
                    $y1 = $this->y($base + $value, $max);
                    $shapes .= sprintf(
                        '<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s</title></rect>',
                        $x, $y1, $barW, max(0.5, $y0 - $y1), self::COLOURS[$k % count(self::COLOURS)],
                        e($label . ' — ' . $name . ': ' . $this->format->number($value))
                    );
                }
                $base += $value;
                $k++;
            }
        }
        return $this->frame($title, $description, $labels, array_keys($series), $ticks, $max, $shapes, 'bar');
    }

    /**
     * Lines with dots: one line per series over the labels.
     *
     * @param list<string> $labels
     * @param array<string, list<int|float>> $series
     */
    public function lines(string $title, string $description, array $labels, array $series): Html
    {
        $top = 0;
        foreach ($series as $values) {
            $top = max($top, $values === [] ? 0 : max($values));
        }
        [$max, $ticks] = self::scale($top);
        $plotW = self::WIDTH - self::LEFT - self::RIGHT;
        $slot = $plotW / max(1, count($labels));
        $shapes = '';
        $k = 0;
        foreach ($series as $name => $values) {
            $colour = self::COLOURS[$k % count(self::COLOURS)];
            $points = [];
            $dots = '';
            foreach ($labels as $i => $label) {
                $value = $values[$i] ?? 0;
                $x = self::LEFT + $slot * $i + $slot / 2;
                $y = $this->y($value, $max);
                $points[] = sprintf('%.1f,%.1f', $x, $y);
                $dots .= sprintf(
                    '<circle cx="%.1f" cy="%.1f" r="3.5" fill="%s"><title>%s</title></circle>',
                    $x, $y, $colour, e($label . ' — ' . $name . ': ' . $this->format->number($value))
                );
            }
            $shapes .= sprintf('<polyline points="%s" fill="none" stroke="%s" stroke-width="2.5"/>', implode(' ', $points), $colour) . $dots;
            $k++;
        }
        return $this->frame($title, $description, $labels, array_keys($series), $ticks, $max, $shapes, 'line');
    }

    /**
     * @param list<string> $labels
     * @param list<string|int> $legend
     * @param list<int|float> $ticks
     */
    private function frame(string $title, string $description, array $labels, array $legend, array $ticks, float $max, string $shapes, string $kind): Html
    {
        $id = 'chart-' . ++self::$count;
        $plotW = self::WIDTH - self::LEFT - self::RIGHT;
        $slot = $plotW / max(1, count($labels));
        $axes = '';
        foreach ($ticks as $tick) {
            $y = $this->y($tick, $max);
            $axes .= sprintf(
                '<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#dde3ea"/><text x="%d" y="%.1f" text-anchor="end" class="tick">%s</text>',
                self::LEFT, self::WIDTH - self::RIGHT, $y, $y, self::LEFT - 6, $y + 4, e($this->format->number($tick))
            );
        }
        // Every label when they fit, otherwise every n-th, so that they never overlap.
        $every = max(1, (int) ceil(count($labels) * 70 / $plotW));
        foreach ($labels as $i => $label) {
            if ($i % $every === 0) {
                $axes .= sprintf(
                    '<text x="%.1f" y="%d" text-anchor="middle" class="tick">%s</text>',
                    self::LEFT + $slot * $i + $slot / 2, self::HEIGHT - self::BOTTOM + 16, e($label)
                );
            }
        }
        $key = '';
        foreach ($legend as $k => $name) {
            $key .= sprintf(
                '<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="%s"/></svg>%s</li>',
                self::COLOURS[$k % count(self::COLOURS)], e((string) $name)
            );
        }
        return new Html(sprintf(
            '<figure class="chart chart-%s"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-title %s-desc">'
            . '<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>%s'
            . '<line x1="%d" x2="%d" y1="%d" y2="%d" stroke="#5b6875"/>%s</svg>'
            . '<figcaption aria-hidden="true"><span class="chart-title">%s</span><ul class="legend">%s</ul></figcaption></figure>',
            $kind, self::WIDTH, self::HEIGHT, $id, $id, $id, e($title), $id, e($description), $axes,
            self::LEFT, self::WIDTH - self::RIGHT, self::HEIGHT - self::BOTTOM, self::HEIGHT - self::BOTTOM, $shapes, e($title), $key
        ));
    }

    private function y(float|int $value, float $max): float
    {
        $plotH = self::HEIGHT - self::TOP - self::BOTTOM;
        return self::HEIGHT - self::BOTTOM - ($max > 0 ? $value / $max * $plotH : 0);
    }

    /**
     * A round top for the axis and four or five ticks: 0, 5, 10, 15, 20 rather than 0, 4.6, 9.2 ….
     *
     * @return array{0: float, 1: list<int|float>}
     */
    private static function scale(float|int $top): array
    {
        if ($top <= 0) {
            return [1.0, [0, 1]];
        }
        $raw = $top / 4;
        $magnitude = 10 ** floor(log10($raw));
        $step = $magnitude;
        foreach ([1, 2, 2.5, 5, 10] as $m) {
            if ($m * $magnitude >= $raw) {
                $step = $m * $magnitude;
                break;
            }
        }
        if ($step < 1) {
            $step = 1;
        }
        $ticks = [];
        for ($v = 0; $v < $top + $step; $v += $step) {
            $ticks[] = $v;
            if ($v >= $top) {
                break;
            }
        }
        return [(float) end($ticks), $ticks];
    }
}
