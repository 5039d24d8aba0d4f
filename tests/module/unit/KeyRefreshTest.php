<?php
// Stored name keys of an older key format (Crm\Dedup\KEY_VERSION) are computed again, with their
// search words, by KeyRefresh: on every driver, in batches that a time budget can cut and the next
// run resumes, from the Bitrix agent before its jobs, and a new database starts current.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Contacts\ContactWords;
use Kartoteka\Crm\Contacts\KeyRefresh;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Contacts\WordIndex;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Jobs\Agent;
use Kartoteka\Crm\Jobs\JobRunner;
use PHPUnit\Framework\TestCase;

final class KeyRefreshTest extends TestCase
{
    use CommandLine;
    use EveryDriver;
    use StandaloneServer;

    private Connection $db;

    private string $dsn;

    private function connect(string $driver): void
    {
        if (!function_exists('Crm\Dedup\personKey')) {
            self::markTestSkipped('Needs the crm extension: php -d extension=…/crm.so');
        }
        [$this->db, $this->dsn] = TestDatabase::onDriverOrSkip($driver);
    }

    private function contact(string $last, string $first): int
    {
        $contacts = new ContactService($this->db, 'RU');
        $saved = $contacts->save(['last_name' => $last, 'first_name' => $first], null, 'x');
        if (!$saved->saved() && $saved->fingerprint !== null) {
            $saved = $contacts->save(['last_name' => $last, 'first_name' => $first], null, $saved->fingerprint);
        }
        self::assertTrue($saved->saved(), json_encode($saved->errors, JSON_UNESCAPED_UNICODE));
        return (int) $saved->id;
    }

    /** Leaves a person as a module of an older key format stored it: that key, and the words of it. */
    private function storedAs(int $id, string $oldKey): void
    {
        $this->db->execute('UPDATE kcrm_contact SET person_key = ? WHERE id = ?', [$oldKey, $id]);
        ContactWords::refresh($this->db, $id);
    }

    private function olderFormat(): void
    {
        $this->db->execute('UPDATE kcrm_setting SET value = ? WHERE name = ?', ['1', KeyRefresh::VERSION_SETTING]);
    }

    /** @return list<string> full names the contact list search finds, sorted */
    private function find(string $q): array
    {
        $rows = (new ContactService($this->db, 'RU'))->search(new ListQuery(text: $q))->rows;
        $names = array_map(static fn (array $r): string => ContactRepository::fullName($r), $rows);
        sort($names);
        return $names;
    }

    /** @dataProvider drivers */
    public function testKeysOfAnOlderFormatAreComputedAgainWithTheirWords(string $driver): void
    {
        $this->connect($driver);
        $refresh = new KeyRefresh($this->db);
        self::assertSame(\Crm\Dedup\KEY_VERSION, $refresh->storedVersion(), 'a new database starts with current keys');
        self::assertFalse($refresh->pending());

        $cyr = $this->contact('Цветков', 'Юрий');
        $gost = $this->contact('Cvetkov', 'Jurij');
        $other = $this->contact('Петров', 'Иван');
        $company = (int) (new CompanyService($this->db, 'RU'))->save(['name' => 'ООО "Ромашка"'], null, 'x')->id;
        self::assertGreaterThan(0, $company);
        // what the module kept before: Cvetkov under the key format 1 gave it, a stale company key
        $this->storedAs($gost, 'iuri kvetkov');
        $this->db->execute('UPDATE kcrm_company SET company_key = ? WHERE id = ?', ['стар ромашка', $company]);
        WordIndex::companies()->write($this->db, $company, ['стар', 'ромашка']);
        $this->olderFormat();
        self::assertTrue($refresh->pending());
        self::assertSame(['Цветков Юрий'], $this->find('Цветков'), 'before: the old key does not meet the new one');

        $seen = [];
        $result = $refresh->run(function (string $kind, int $done, int $total) use (&$seen): void {
            $seen[] = "$kind $done/$total";
        });

        self::assertSame(['done' => true, 'changed' => 2], $result);
        self::assertSame(['company 1/1', 'contact 3/3'], $seen);
        self::assertFalse($refresh->pending());
        self::assertSame(\Crm\Dedup\KEY_VERSION, $refresh->storedVersion());
        self::assertSame('iuri tsvetkov', $this->db->fetchValue('SELECT person_key FROM kcrm_contact WHERE id = ?', [$gost]));
        self::assertSame(['Cvetkov Jurij', 'Цветков Юрий'], $this->find('Цветков'), 'after: one key, and found by it');
        self::assertSame(['Cvetkov Jurij', 'Цветков Юрий'], $this->find('tsvet'), 'the words of the new key');
        self::assertSame([], $this->find('kvet'), 'the words of the old key are gone');
        self::assertSame('ромашка', $this->db->fetchValue('SELECT company_key FROM kcrm_company WHERE id = ?', [$company]));
        self::assertSame(['ромашка'], array_column($this->db->fetchAll(
            'SELECT word FROM kcrm_company_word WHERE company_id = ? ORDER BY word', [$company]), 'word'));
        self::assertSame('ivan petrov', $this->db->fetchValue('SELECT person_key FROM kcrm_contact WHERE id = ?', [$other]));
        self::assertNotSame($cyr, $gost);

        self::assertSame(['done' => true, 'changed' => 0], $refresh->run(), 'a second run has nothing to do');
    }

    public function testABudgetCutsTheRefreshBetweenBatchesAndTheNextRunGoesOnWhereItStopped(): void
    {
        $this->connect('sqlite');
        $ids = [];
        foreach (['Кузнецов', 'Зайцев', 'Куценко', 'Цыганов', 'Ёлкин'] as $last) {
            $ids[] = $this->contact($last, 'Пётр');
        }
        foreach ($ids as $id) {
            $this->storedAs($id, 'old ' . $id);
        }
        $this->olderFormat();
        $now = 0.0;
        $clock = static function () use (&$now): float {
            return $now += 1.0;
        };
        $refresh = new KeyRefresh($this->db, 2);
        $runs = [];
        for ($i = 0; $i < 10 && $refresh->pending(); $i++) {
            $seen = [];
            $result = $refresh->run(function (string $kind, int $done, int $total) use (&$seen): void {
                $seen[] = "$kind $done/$total";
            }, 0.5, $clock);
            $runs[] = [$result['done'], $result['changed'], $seen];
        }

        self::assertSame([
            [false, 2, ['contact 2/5']],
            [false, 2, ['contact 4/5']],
            [true, 1, ['contact 5/5']],
        ], $runs, 'one batch of two per run, each run going on from the last');
        foreach ($ids as $id) {
            $row = $this->db->fetchOne('SELECT last_name, first_name, person_key FROM kcrm_contact WHERE id = ?', [$id]);
            self::assertSame(\Crm\Dedup\personKey(ContactRepository::fullName($row)), $row['person_key']);
        }
        self::assertSame(['Ёлкин Пётр'], $this->find('Yolkin'));
        self::assertSame('', $this->db->fetchValue('SELECT value FROM kcrm_setting WHERE name = ?', [KeyRefresh::PROGRESS_SETTING]));
    }

    public function testBinCrmRekeySaysWhatItDoesInTheUsersLanguage(): void
    {
        $this->connect('sqlite');
        $id = $this->contact('Кузнецов', 'Юрий');
        $this->storedAs($id, 'iuri kuznekov');
        $this->olderFormat();
        $dsn = $this->dsn;
        $version = \Crm\Dedup\KEY_VERSION;

        [$status, $out, $err] = self::cli(['rekey', '--db=' . $dsn, '--lang=ru']);
        self::assertSame(0, $status, $err);
        self::assertStringContainsString("сохранённые ключи — в формате 1: вычисляем их заново", $out);
        self::assertStringContainsString('контактные лица: 1 из 1', $out);
        self::assertStringContainsString("Ключи имён актуальны (формат ключей $version); новый ключ получили карточек: 1.", $out);
        self::assertSame('iuri kuznetsov', $this->db->fetchValue('SELECT person_key FROM kcrm_contact WHERE id = ?', [$id]));

        [$status, $out] = self::cli(['rekey', '--db=' . $dsn, '--lang=sv']);
        self::assertSame(0, $status);
        self::assertSame("Namnnycklarna är aktuella (nyckelformat $version); inget att göra.\n", $out);
    }

    public function testAdministratorsAreToldWhileKeysAreOfAnOlderFormatOthersAreNot(): void
    {
        $this->connect('sqlite');
        TestDatabase::member($this->db, 'anna', 'sales_manager');
        $id = $this->contact('Цветкова', 'Зоя');
        $this->storedAs($id, 'kvetkova zoia');
        $this->olderFormat();
        $this->startServer($this->dsn);
        $notice = 'The names are being indexed again for key format ' . \Crm\Dedup\KEY_VERSION;

        $this->signIn('admin', 'correct horse');
        [$status, , $body] = $this->request('GET', '/crm/?lang=en');
        self::assertSame(200, $status);
        self::assertStringContainsString($notice, $body);
        [, , $body] = $this->request('GET', '/crm/contacts?lang=ru');
        self::assertStringContainsString('Имена переиндексируются под формат ключей', $body);

        $this->signIn('anna', 'password of anna');
        [$status, , $body] = $this->request('GET', '/crm/?lang=en');
        self::assertSame(200, $status);
        self::assertStringNotContainsString($notice, $body, 'a sales manager cannot act on it');

        (new KeyRefresh($this->db))->run();
        $this->signIn('admin', 'correct horse');
        [, , $body] = $this->request('GET', '/crm/?lang=en');
        self::assertStringNotContainsString($notice, $body, 'gone once the keys are current');
    }

    public function testWithoutTheExtensionNothingIsDueAndTheAgentGoesOn(): void
    {
        $this->connect('sqlite');
        $this->contact('Кузнецов', 'Юрий');
        // a PHP without crm.so (whose KEY_VERSION would read as 1 against the 2 or more stored): what a site runs until the extension is installed
        $code = 'require $argv[1] . "/lib/autoloader.php"; Kartoteka\\Crm\\Autoloader::register($argv[1] . "/lib");'
            . ' $db = Kartoteka\\Crm\\Db\\Connection::open($argv[2]); $k = new Kartoteka\\Crm\\Contacts\\KeyRefresh($db);'
            . ' $a = new Kartoteka\\Crm\\Jobs\\Agent(new Kartoteka\\Crm\\Jobs\\JobRunner($db, []), $k);'
            . ' echo json_encode([extension_loaded("crm"), $k->pending(), $a->work(1), $k->storedVersion()]);';
        $process = proc_open([PHP_BINARY, '-r', $code, KCRM_MODULE_DIR, $this->dsn], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = (string) stream_get_contents($pipes[1]);
        $err = (string) stream_get_contents($pipes[2]);
        self::assertSame(0, proc_close($process), $err);
        self::assertSame('[false,false,0,' . \Crm\Dedup\KEY_VERSION . ']', $out, 'nothing due, no job, the stored keys left as they are');
    }

    public function testTheAgentBringsKeysUpToDateBeforeItsJobs(): void
    {
        $this->connect('sqlite');
        $id = $this->contact('Цветкова', 'Зоя');
        $this->storedAs($id, 'kvetkova zoia');
        $this->olderFormat();

        $agent = new Agent(new JobRunner($this->db, []), new KeyRefresh($this->db));
        self::assertSame(0, $agent->work(10), 'no job is queued');

        self::assertFalse((new KeyRefresh($this->db))->pending());
        self::assertSame('tsvetkova zoia', $this->db->fetchValue('SELECT person_key FROM kcrm_contact WHERE id = ?', [$id]));
    }
}
