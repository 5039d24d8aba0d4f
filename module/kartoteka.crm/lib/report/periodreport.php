<?php
// The reports page's figures for one period: activities per manager and type, new cards, overdue tasks, by week or month.

declare(strict_types=1);

namespace Kartoteka\Crm\Report;

use Kartoteka\Crm\Activity\Timeline;
use Kartoteka\Crm\Db\Connection;

final class PeriodReport
{
    public const STEPS = ['week', 'month'];
    /** A period longer than this is cut: a bar per day of ten years helps nobody and costs a lot. */
    private const MAX_DAYS = 3 * 366;

    public readonly \DateTimeImmutable $from;
    public readonly \DateTimeImmutable $to;
    public readonly string $step;

    /**
     * @param string $from first day, Y-m-d ('' for three months before $to)
     * @param string $to last day, Y-m-d, included ('' for $today)
     * @param string $step week|month
     */
    public function __construct(private readonly Connection $db, string $from, string $to, string $step, string $today)
    {
        $utc = new \DateTimeZone('UTC');
        $todayDate = self::date($today, $utc) ?? new \DateTimeImmutable('today', $utc);
        $end = self::date($to, $utc) ?? $todayDate;
        $start = self::date($from, $utc) ?? $end->modify('-3 months')->modify('+1 day');
        if ($start > $end) {
            [$start, $end] = [$end, $start];
        }
        if ($end->diff($start)->days > self::MAX_DAYS) {
            $start = $end->modify('-' . self::MAX_DAYS . ' days');
        }
        $this->from = $start;
        $this->to = $end;
        $this->step = in_array($step, self::STEPS, true) ? $step : 'week';
    }

    /** @return list<string> the first day (Y-m-d) of every week (Monday) or month the period touches */
    public function buckets(): array
    {
        $buckets = [];
        $cursor = $this->bucketOf($this->from->format('Y-m-d'));
        $last = $this->bucketOf($this->to->format('Y-m-d'));
        $date = new \DateTimeImmutable($cursor, new \DateTimeZone('UTC'));
        while ($date->format('Y-m-d') <= $last) {
            $buckets[] = $date->format('Y-m-d');
            $date = $date->modify($this->step === 'week' ? '+1 week' : 'first day of next month');
        }
        return $buckets;
    }

    /** The week's Monday or the month's first day for a Y-m-d day. */
    public function bucketOf(string $day): string
    {
        $date = new \DateTimeImmutable($day, new \DateTimeZone('UTC'));
        return $this->step === 'week'
            ? $date->modify('-' . ((int) $date->format('N') - 1) . ' days')->format('Y-m-d')
            : $date->format('Y-m-01');
    }

    /**
     * Activities per manager: for each user (by id; 0 for "nobody"), name, totals per type, and
     * per bucket per type.
     *
     * @return array{
     *   byUser: array<int, array{name: ?string, types: array<string, int>, total: int}>,
     *   byBucket: array<string, array<string, int>>,
     *   total: int
     * }
     */
    public function activities(): array
    {
        $zero = array_fill_keys(Timeline::TYPES, 0);
        $byBucket = array_fill_keys($this->buckets(), $zero);
        $byUser = [];
        $total = 0;
        foreach ((new ReportRepository($this->db))->activitiesPerDay($this->fromBound(), $this->toBound()) as $row) {
            $user = $row['user_id'] ?? 0;
            $byUser[$user] ??= ['name' => $row['user_name'], 'types' => $zero, 'total' => 0];
            $type = $row['type'];
            $byUser[$user]['types'][$type] = ($byUser[$user]['types'][$type] ?? 0) + $row['n'];
            $byUser[$user]['total'] += $row['n'];
            $bucket = $this->bucketOf($row['day']);
            $byBucket[$bucket][$type] = ($byBucket[$bucket][$type] ?? 0) + $row['n'];
            $total += $row['n'];
        }
        uasort($byUser, static fn (array $a, array $b): int => [$b['total'], (string) $a['name']] <=> [$a['total'], (string) $b['name']]);
        return ['byUser' => $byUser, 'byBucket' => $byBucket, 'total' => $total];
    }

    /** @return array{companies: array<string, int>, contacts: array<string, int>} new cards per bucket */
    public function newCards(): array
    {
        $repository = new ReportRepository($this->db);
        $result = [];
        foreach (['companies' => 'company', 'contacts' => 'contact'] as $key => $entity) {
            $perBucket = array_fill_keys($this->buckets(), 0);
            foreach ($repository->createdPerDay($entity, $this->fromBound(), $this->toBound()) as $day => $n) {
                $bucket = $this->bucketOf($day);
                $perBucket[$bucket] = ($perBucket[$bucket] ?? 0) + $n;
            }
            $result[$key] = $perBucket;
        }
        return $result;
    }

    /**
     * Open tasks whose due time has passed, now; not bound to the period (a task overdue since
     * last year is still overdue).
     *
     * @return array{perUser: list<array{user_id: ?int, user_name: ?string, n: int}>, tasks: list<array<string, mixed>>}
     */
    public function overdueTasks(string $now): array
    {
        $repository = new ReportRepository($this->db);
        return ['perUser' => $repository->overdueCountsPerUser($now), 'tasks' => $repository->overdueTasks($now)];
    }

    private function fromBound(): string
    {
        return $this->from->format('Y-m-d 00:00:00');
    }

    private function toBound(): string
    {
        return $this->to->modify('+1 day')->format('Y-m-d 00:00:00');
    }

    private static function date(string $value, \DateTimeZone $utc): ?\DateTimeImmutable
    {
        $date = \DateTimeImmutable::createFromFormat('!Y-m-d', trim($value), $utc);
        return $date !== false && $date->format('Y-m-d') === trim($value) ? $date : null;
    }
}
