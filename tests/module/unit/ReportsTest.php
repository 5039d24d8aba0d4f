<?php
// The reports page: figures per manager, type and week; new cards; overdue tasks; SVG charts; locale formats.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Host\Session;
use Kartoteka\Crm\Host\StandaloneHost;
use Kartoteka\Crm\Http\Csrf;
use Kartoteka\Crm\Http\FrontController;
use Kartoteka\Crm\Http\Request;
use Kartoteka\Crm\Http\Response;
use Kartoteka\Crm\Http\SvgChart;
use Kartoteka\Crm\Localization\LocaleFormat;
use Kartoteka\Crm\Localization\Messages;
use Kartoteka\Crm\Report\PeriodReport;
use PHPUnit\Framework\TestCase;

final class ReportsTest extends TestCase
{
    public function testLocaleFormats(): void
    {
        $nbsp = "\u{00A0}";
        $ru = LocaleFormat::forLanguage('ru');
        $en = LocaleFormat::forLanguage('en');
        $sv = LocaleFormat::forLanguage('sv');
        self::assertSame('28.11.2026', $ru->date('2026-11-28 14:05:00'));
        self::assertSame('Nov 28, 2026', $en->date('2026-11-28'));
        self::assertSame('2026-11-28', $sv->date('2026-11-28'));
        self::assertSame('28.11.2026 14:05', $ru->dateTime('2026-11-28 14:05:59'));
        self::assertSame("1{$nbsp}234", $ru->number(1234));
        self::assertSame('1,234', $en->number(1234));
        self::assertSame("1{$nbsp}234{$nbsp}567,5", $sv->number(1234567.5, 1));
        self::assertSame('11.2026', $ru->month('2026-11-01'));
        self::assertSame('', $ru->date(null));
        self::assertSame('', $ru->date('not a date'));
        self::assertSame('en', LocaleFormat::forLanguage('xx')->language());
    }

    public function testChartsAreAccessibleAndEscapeLabels(): void
    {
        $chart = new SvgChart(LocaleFormat::forLanguage('ru'));
        $svg = (string) $chart->bars('Звонки <script>', 'Описание', ['<b>неделя</b>', 'вторая'], ['Звонок' => [3, 1500], 'Встреча & co' => [1, 0]]);
        self::assertStringContainsString('role="img"', $svg);
        self::assertMatchesRegularExpression('~<title id="(chart-\d+)-title">Звонки &lt;script&gt;</title><desc id="\1-desc">Описание</desc>~', $svg);
        self::assertStringNotContainsString('<script>', $svg);
        self::assertStringNotContainsString('<b>', $svg);
        self::assertStringContainsString('&lt;b&gt;неделя&lt;/b&gt; — Звонок: 3', $svg);
        self::assertStringContainsString("вторая — Звонок: 1\u{00A0}500", $svg);
        self::assertStringContainsString('Встреча &amp; co', $svg);
        self::assertSame(3, substr_count($svg, '<rect x='), 'one segment per non-zero value');
        $doc = new \DOMDocument();
        self::assertTrue($doc->loadXML(preg_replace('~^<figure[^>]*>|<figcaption.*$~s', '', $svg)), 'well-formed SVG');

        $line = (string) $chart->lines('Новые', 'Две линии', ['a', 'b', 'c'], ['x' => [0, 0, 0], 'y' => [1, 2, 3]]);
        self::assertSame(2, substr_count($line, '<polyline '));
        self::assertSame(6, substr_count($line, '<circle '));
    }

    public function testWeeksAndMonthsOfAPeriod(): void
    {
        $db = TestDatabase::installed();
        $weeks = new PeriodReport($db, '2026-11-01', '2026-11-28', 'week', '2026-11-28');
        self::assertSame(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'], $weeks->buckets());
        $months = new PeriodReport($db, '2026-09-15', '2026-11-28', 'month', '2026-11-28');
        self::assertSame(['2026-09-01', '2026-10-01', '2026-11-01'], $months->buckets());
        $default = new PeriodReport($db, '', 'rubbish', 'day', '2026-11-28');
        self::assertSame('2026-08-29', $default->from->format('Y-m-d'));
        self::assertSame('week', $default->step);
        $swapped = new PeriodReport($db, '2026-11-28', '2026-11-01', 'month', '2026-11-28');
        self::assertSame('2026-11-01', $swapped->from->format('Y-m-d'));
    }

    public function testFiguresPerManagerTypeAndPeriod(): void
    {
        $db = TestDatabase::installed('admin', 'correct horse');
        $anna = $db->insert('kcrm_user', ['login' => 'anna', 'password_hash' => 'x', 'name' => 'Анна <Петрова>']);
        $company = $db->insert('kcrm_company', ['name' => 'ООО «Ромашка»', 'created_at' => '2026-11-03 10:00:00']);
        $db->insert('kcrm_company', ['name' => 'Old', 'created_at' => '2026-01-03 10:00:00']);
        $db->insert('kcrm_company', ['name' => 'Gone', 'created_at' => '2026-11-04 10:00:00', 'deleted_at' => '2026-11-05 00:00:00']);
        $db->insert('kcrm_contact', ['last_name' => 'Иванов', 'created_at' => '2026-11-20 10:00:00']);
        foreach ([['call', '2026-11-02 09:00:00'], ['call', '2026-11-03 09:00:00'], ['meeting', '2026-11-17 12:00:00'], ['email', '2026-10-01 12:00:00']] as [$type, $at]) {
            $db->insert('kcrm_activity', ['type' => $type, 'subject' => 's', 'company_id' => $company, 'user_id' => $anna, 'happened_at' => $at]);
        }
        $db->insert('kcrm_activity', ['type' => 'note', 'subject' => 'gone', 'user_id' => $anna, 'happened_at' => '2026-11-03 09:00:00', 'deleted_at' => '2026-11-04 00:00:00']);
        $db->insert('kcrm_task', ['title' => 'Перезвонить <срочно>', 'due_at' => '2026-11-01 10:00:00', 'company_id' => $company, 'responsible_user_id' => $anna]);
        $db->insert('kcrm_task', ['title' => 'Done', 'status' => 'done', 'due_at' => '2026-11-01 10:00:00', 'responsible_user_id' => $anna]);
        $db->insert('kcrm_task', ['title' => 'Later', 'due_at' => '2099-11-01 10:00:00', 'responsible_user_id' => $anna]);

        $report = new PeriodReport($db, '2026-11-01', '2026-11-28', 'week', '2026-11-28');
        $activities = $report->activities();
        self::assertSame(3, $activities['total']);
        self::assertSame(['call' => 2, 'meeting' => 1, 'note' => 0, 'email' => 0], $activities['byUser'][$anna]['types']);
        self::assertSame(2, $activities['byBucket']['2026-11-02']['call']);
        self::assertSame(1, $activities['byBucket']['2026-11-16']['meeting']);
        $cards = $report->newCards();
        self::assertSame(1, array_sum($cards['companies']));
        self::assertSame(1, $cards['contacts']['2026-11-16']);
        $overdue = $report->overdueTasks('2026-11-28 12:00:00');
        self::assertSame([['user_id' => $anna, 'user_name' => 'Анна <Петрова>', 'n' => 1]], $overdue['perUser']);

        if (!function_exists('Crm\Dedup\personKey')) {
            self::markTestSkipped('The figures above are checked; the reports page needs the crm extension (CRM pages answer 503 without it).');
        }
        $session = Session::inMemory();
        $send = function (string $method, string $path, array $post = [], array $query = []) use ($db, $session): Response {
            $host = new StandaloneHost($db, $session, new Messages('ru'), ['default_language' => 'ru']);
            $controller = new FrontController($host, $db, new Csrf($session), new \Kartoteka\Crm\Http\View($host));
            return $controller->handle(new Request($method, $path, $query, $post, '10.0.0.9'));
        };
        self::assertSame(303, $send('GET', '/crm/reports')->status, 'guests sign in first');
        preg_match('/name="csrf_token" value="([0-9a-f]{64})"/', $send('GET', '/crm/login')->body, $m);
        self::assertSame(303, $send('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $m[1]])->status);

        $page = $send('GET', '/crm/reports', [], ['from' => '2026-11-01', 'to' => '2026-11-28', 'step' => 'week']);
        self::assertSame(200, $page->status);
        self::assertStringContainsString('<h1>Отчёты</h1>', $page->body);
        self::assertStringContainsString('с 01.11.2026 по 28.11.2026', $page->body);
        self::assertGreaterThanOrEqual(3, substr_count($page->body, '<svg '));
        self::assertStringContainsString('Анна &lt;Петрова&gt;', $page->body);
        self::assertStringNotContainsString('Анна <Петрова>', $page->body);
        self::assertStringContainsString('Перезвонить &lt;срочно&gt;', $page->body);
        self::assertStringContainsString('01.11.2026 10:00', $page->body, 'overdue task due date in Russian form');
        self::assertStringContainsString('<option value="week" selected>', $page->body);
        self::assertStringContainsString('href="/crm/reports"', $page->body, 'menu link');

        $sv = $send('GET', '/crm/reports', [], ['from' => '2026-11-01', 'to' => '2026-11-28', 'step' => 'month', 'lang' => 'sv']);
        self::assertStringContainsString('<h1>Rapporter</h1>', $sv->body);
        self::assertStringContainsString('2026-11-01 – 2026-11-28', $sv->body);
    }
}
