<?php
// Jobs\Agent, the Bitrix agent that runs queued imports: a whole import over repeated calls, at least
// one slice per call, and an agent that stays registered when the database is away.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Bitrix\Main\Config\Option;
use Kartoteka\Crm\Import\ImportJob;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Jobs\Agent;
use Kartoteka\Crm\Jobs\JobRepository;
use Kartoteka\Crm\Jobs\JobRunner;
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__) . '/fakes/bitrix.php';

final class BitrixAgentTest extends TestCase
{
    use EveryDriver;

    protected function setUp(): void
    {
        if (!class_exists('Crm\Import\Reader') || !function_exists('Crm\Dedup\companyKey')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
        Option::$values = [];
    }

    /** @dataProvider drivers */
    public function testAgentCallsFinishAQueuedImport(string $driver): void
    {
        $installed = TestDatabase::onDriverOrSkip($driver);
        [$db, $dsn] = $installed;
        // Inside Bitrix the agent finds the CRM's database through the module's settings.
        Option::set('kartoteka.crm', 'db_dsn', $dsn);
        $service = new ImportService($db, 'RU');
        $import = $service->prepare(TestDatabase::handMadeDemo(), 'kontragenty.csv', 1);
        $service->start($import);
        self::assertSame('queued', $service->find($import)['state']);

        $calls = 0;
        do {
            self::assertSame('\Kartoteka\Crm\Jobs\Agent::run();', Agent::run(), 'the agent returns its call to stay registered');
            $calls++;
        } while ($service->find($import)['state'] !== 'done' && $calls < 100);

        $done = $service->find($import);
        self::assertSame('done', $done['state']);
        self::assertGreaterThan(100, $done['progress_total']);
        self::assertSame($done['progress_total'], $done['progress_done']);
        self::assertGreaterThan(50, (int) $db->fetchValue('SELECT COUNT(DISTINCT company_id) FROM kcrm_import_row WHERE import_id = ?', [$import]));
    }

    public function testEachCallDoesAtLeastOneSliceThenLeavesTheJobQueued(): void
    {
        [$db] = TestDatabase::onDriver('sqlite');
        $service = new ImportService($db, 'RU', 30);
        $import = $service->prepare(TestDatabase::handMadeDemo(), 'kontragenty.csv', 1);
        $job = $service->start($import);
        $jobs = new JobRepository($db);
        $agent = new Agent(new JobRunner($db, [ImportService::JOB_TYPE => new ImportJob($service)]));

        // A budget already spent still buys one slice: every call makes progress.
        self::assertSame(1, $agent->work(0));
        self::assertSame(['queued', 30], [$jobs->state($job), $service->find($import)['progress_done']]);
        self::assertSame(1, $agent->work(0));
        self::assertSame(['queued', 60], [$jobs->state($job), $service->find($import)['progress_done']]);

        // With time left, it goes on slice after slice until the job is done, and then stops.
        $total = (int) $service->find($import)['progress_total'];
        self::assertSame((int) ceil(($total - 60) / 30), $agent->work(3600));
        self::assertSame('done', $jobs->state($job));
        self::assertSame(['done', $total], [$service->find($import)['state'], $service->find($import)['progress_done']]);
        self::assertSame(0, $agent->work(3600));
    }

    public function testTheAgentStaysRegisteredWhenTheDatabaseIsAway(): void
    {
        Option::set('kartoteka.crm', 'db_dsn', 'sqlite:' . TestDatabase::tempDir() . '/missing/dir/crm.sqlite');
        self::assertSame(Agent::CALL, Agent::run());
    }
}
