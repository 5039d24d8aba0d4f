<?php
// The reports page: activities per manager, new organisations and contact persons, overdue tasks, for a chosen period.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Activity\Timeline;
use Kartoteka\Crm\Localization\LocaleFormat;
use Kartoteka\Crm\Report\PeriodReport;

final class ReportPages
{
    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    public function show(Request $request, ?string $today = null): Response|Page
    {
        if ($denied = $this->context->deny('report', 'view')) {
            return $denied;
        }
        $host = $this->context->host;
        $report = new PeriodReport(
            $this->context->db,
            (string) $request->queryValue('from'),
            (string) $request->queryValue('to'),
            (string) $request->queryValue('step'),
            $today ?? gmdate('Y-m-d')
        );
        $format = LocaleFormat::forLanguage($host->language());
        $chart = new SvgChart($format);
        $buckets = $report->buckets();
        $labels = array_map(
            static fn (string $day): string => $report->step === 'week' ? $format->date($day) : $format->month($day),
            $buckets
        );
        $range = ['#FROM#' => $format->date($report->from), '#TO#' => $format->date($report->to)];

        $activities = $report->activities();
        $typeNames = [];
        $perType = [];
        foreach (Timeline::TYPES as $type) {
            $typeNames[$type] = $host->translate('KCRM_ACTIVITY_' . strtoupper($type));
            $perType[$typeNames[$type]] = array_map(static fn (string $b): int => $activities['byBucket'][$b][$type] ?? 0, $buckets);
        }
        $managers = [];
        foreach ($activities['byUser'] as $id => $row) {
            $managers[] = ['id' => $id, 'name' => $row['name'] ?? $host->translate('KCRM_NOBODY')] + $row;
        }
        $managerChart = [];
        foreach (Timeline::TYPES as $type) {
            $managerChart[$typeNames[$type]] = array_map(static fn (array $m): int => $m['types'][$type], $managers);
        }

        $cards = $report->newCards();
        $companiesName = $host->translate('KCRM_REPORT_NEW_COMPANIES');
        $contactsName = $host->translate('KCRM_REPORT_NEW_CONTACTS');
        $overdue = $report->overdueTasks(gmdate('Y-m-d H:i:s'));

        return new Page('KCRM_PAGE_REPORTS', $this->context->view->render('reports', [
            'from' => $report->from->format('Y-m-d'),
            'to' => $report->to->format('Y-m-d'),
            'step' => $report->step,
            'steps' => PeriodReport::STEPS,
            'presets' => $this->presets($today ?? gmdate('Y-m-d')),
            'range' => $range,
            'types' => $typeNames,
            'managers' => $managers,
            'activityTotal' => $activities['total'],
            'activityChart' => $chart->bars(
                $host->translate('KCRM_REPORT_ACTIVITIES_CHART', $range),
                $host->translate('KCRM_REPORT_ACTIVITIES_DESC', ['#TOTAL#' => $format->number($activities['total'])]),
                $labels,
                $perType
            ),
            'managerChart' => $managers === [] ? null : $chart->bars(
                $host->translate('KCRM_REPORT_MANAGERS_CHART', $range),
                $host->translate('KCRM_REPORT_MANAGERS_DESC'),
                array_column($managers, 'name'),
                $managerChart
            ),
            'newCards' => [
                'companies' => array_sum($cards['companies']),
                'contacts' => array_sum($cards['contacts']),
            ],
            'cardsChart' => $chart->lines(
                $host->translate('KCRM_REPORT_CARDS_CHART', $range),
                $host->translate('KCRM_REPORT_CARDS_DESC', [
                    '#COMPANIES#' => $format->number(array_sum($cards['companies'])),
                    '#CONTACTS#' => $format->number(array_sum($cards['contacts'])),
                ]),
                $labels,
                [$companiesName => array_values($cards['companies']), $contactsName => array_values($cards['contacts'])]
            ),
            'overdue' => $overdue['tasks'],
            'overdueTotal' => array_sum(array_column($overdue['perUser'], 'n')),
            'overdueChart' => $overdue['perUser'] === [] ? null : $chart->bars(
                $host->translate('KCRM_REPORT_OVERDUE_CHART'),
                $host->translate('KCRM_REPORT_OVERDUE_DESC'),
                array_map(static fn (array $r): string => $r['user_name'] ?? $host->translate('KCRM_NOBODY'), $overdue['perUser']),
                [$host->translate('KCRM_REPORT_OVERDUE') => array_column($overdue['perUser'], 'n')]
            ),
        ]));
    }

    /** @return array<string, array{from: string, to: string, step: string}> quick periods ending today */
    private function presets(string $today): array
    {
        $end = new \DateTimeImmutable($today, new \DateTimeZone('UTC'));
        return [
            'KCRM_REPORT_PRESET_MONTH' => ['from' => $end->modify('-29 days')->format('Y-m-d'), 'to' => $today, 'step' => 'week'],
            'KCRM_REPORT_PRESET_QUARTER' => ['from' => $end->modify('-3 months +1 day')->format('Y-m-d'), 'to' => $today, 'step' => 'week'],
            'KCRM_REPORT_PRESET_YEAR' => ['from' => $end->modify('-12 months')->modify('first day of next month')->format('Y-m-d'), 'to' => $today, 'step' => 'month'],
        ];
    }
}
