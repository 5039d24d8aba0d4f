<?php
// The Bitrix admin pages over real HTTP on a fake Bitrix document root (tests/module/fakes/site): the
// module installed by its installer, the same content as the standalone host, rights from mapped
// Bitrix groups, forms with CSRF, the import with the agent, the menu and the settings page.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Bitrix\Main\Config\Option;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Import\ImportService;
use Kartoteka\Crm\Jobs\Agent;
use PHPUnit\Framework\TestCase;

require_once dirname(__DIR__) . '/fakes/bitrix.php';

final class BitrixAdminPagesHttpTest extends TestCase
{
    use StandaloneServer;

    private const ADMIN = [1, 'admin', 'Administrator', [1]];

    /** @param array{0: int, 1: string, 2: string, 3: list<int>} $user */
    private function asBitrixUser(array $user): void
    {
        $this->cookies = ['FAKE_USER' => FakeBitrixSite::user(...$user)];
    }

    /** @return array{0: Connection, 1: string, 2: FakeBitrixSite} a database with an administrator, a site with the module installed */
    private function site(array $options = [], array $groups = [1 => 'Administrators', 2 => 'Everyone']): array
    {
        self::requireExtension();
        [$db, $dsn] = TestDatabase::onDriver('sqlite');
        $site = new FakeBitrixSite($dsn, $options, $groups);
        self::assertTrue($site->install());
        return [$db, $dsn, $site];
    }

    /** Title and content of a standalone page (the layout's <main> after the notices). */
    private static function standaloneContent(string $body): array
    {
        self::assertSame(1, preg_match('~<h1>(.*?)</h1>(.*)</main>~s', $body, $m), 'a standalone page');
        return [$m[1], $m[2]];
    }

    /** Title and content of a Bitrix admin page (inside the fake admin frame). */
    private static function bitrixContent(string $body): array
    {
        self::assertSame(1, preg_match('~<h1 id="adm-title">(.*?)</h1><div class="kcrm-page">(.*)</div></div></body></html>$~s', $body, $m), 'a Bitrix admin page');
        return [$m[1], $m[2]];
    }

    /** Addresses and tokens differ by host; everything else must not. */
    private static function comparable(string $html): string
    {
        $html = preg_replace('~\b(href|action)="[^"]*"~', '$1=""', $html);
        $html = preg_replace('~="(/crm/|/bitrix/admin/)[^"]*"~', '=""', (string) $html);
        $html = preg_replace('~name="csrf_token" value="[0-9a-f]+"~', 'name="csrf_token" value=""', (string) $html);
        return trim((string) preg_replace('~\s+~', ' ', (string) $html));
    }

    public function testAdminPagesShowWhatTheStandaloneHostShows(): void
    {
        [$db, $dsn, $site] = $this->site();
        $company = (new CompanyService($db, 'RU'))->save([
            'name' => 'ООО «Ромашка» <b>', 'inn' => '7707083893', 'kpp' => '', 'ogrn' => '', 'orgnr' => '', 'legal_address' => 'Москва, ул. Тверская, 1',
            'city' => 'Москва', 'responsible_user_id' => '1', 'phones' => ['8 (495) 123-45-67'], 'emails' => ['info@romashka.ru'],
        ])->id;
        $contact = (new ContactService($db, 'RU'))->save([
            'last_name' => 'Иванова', 'first_name' => 'Анна', 'middle_name' => '', 'responsible_user_id' => '1',
            'phones' => ['+7 916 123-45-67'], 'emails' => [], 'companies' => [['company_id' => (string) $company, 'role' => 'accountant', 'position' => 'Главбух']],
        ])->id;
        self::assertNotNull($company);
        self::assertNotNull($contact);
        $db->insert('kcrm_task', ['title' => 'Позвонить <i>', 'status' => 'open', 'due_at' => '2020-01-01 10:00:00', 'company_id' => $company, 'responsible_user_id' => 1]);

        $pages = [
            'dashboard' => ['/crm/', 'kartoteka_crm_dashboard.php?lang=en'],
            'companies' => ['/crm/companies?sort=name', 'kartoteka_crm_companies.php?lang=en&sort=name'],
            'company' => ["/crm/company?id=$company", "kartoteka_crm_company.php?lang=en&id=$company"],
            'company_edit' => ["/crm/company_edit?id=$company", "kartoteka_crm_company_edit.php?lang=en&id=$company"],
            'contacts' => ['/crm/contacts', 'kartoteka_crm_contacts.php?lang=en'],
            'contact' => ["/crm/contact?id=$contact", "kartoteka_crm_contact.php?lang=en&id=$contact"],
            'contact_edit' => ['/crm/contact_edit', 'kartoteka_crm_contact_edit.php?lang=en'],
            'tasks' => ['/crm/tasks', 'kartoteka_crm_tasks.php?lang=en'],
            'reports' => ['/crm/reports', 'kartoteka_crm_reports.php?lang=en'],
            'import' => ['/crm/import', 'kartoteka_crm_import.php?lang=en'],
        ];
        $this->startServer($dsn);
        $this->signIn('admin', 'correct horse');
        $this->request('GET', '/crm/?lang=en');
        $standalone = [];
        foreach ($pages as $name => [$path]) {
            [$status, , $body] = $this->request('GET', $path);
            self::assertSame(200, $status, "standalone $name");
            $standalone[$name] = self::standaloneContent($body);
        }
        $this->stopServer();

        $this->startServer($dsn, [], $site->root);
        $this->asBitrixUser(self::ADMIN);
        foreach ($pages as $name => [, $path]) {
            [$status, , $body] = $this->request('GET', '/bitrix/admin/' . $path);
            self::assertSame(200, $status, "Bitrix $name: $body");
            [$title, $content] = self::bitrixContent($body);
            self::assertSame($standalone[$name][0], $title, "title of $name");
            self::assertSame(self::comparable($standalone[$name][1]), self::comparable($content), "content of $name");
        }
        // What differs is where the links go: to the admin scripts.
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en');
        self::assertStringContainsString('href="/bitrix/admin/kartoteka_crm_company.php?lang=en&amp;id=' . $company . '"', $body);
        self::assertStringContainsString('ООО «Ромашка» &lt;b&gt;', $body, 'escaped');
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_tasks.php?lang=en');
        self::assertStringContainsString('Позвонить &lt;i&gt;', $body);
        self::assertStringContainsString('action="/bitrix/admin/kartoteka_crm_tasks.php?lang=en&amp;do=task_toggle"', $body);
        // The pages' styles, kept inside the page so that Bitrix's own frame keeps its look.
        self::assertStringContainsString('<link rel="stylesheet" href="/bitrix/admin/kartoteka_crm_dashboard.php?lang=en&amp;do=admin.css">', $body);
        [$status, $headers, $css] = $this->request('GET', '/bitrix/admin/kartoteka_crm_dashboard.php?lang=en&do=admin.css');
        self::assertSame(200, $status);
        self::assertStringStartsWith('text/css', $headers['content-type']);
        self::assertStringContainsString('.kcrm-page table.list th, .kcrm-page table.list td {', $css);
        foreach (preg_split('/\R/', trim($css)) as $rule) {
            self::assertStringStartsWith('.kcrm-page ', $rule);
            self::assertDoesNotMatchRegularExpression('/(^|, )\.kcrm-page (body|header|main|nav)\b/', $rule);
        }
        // The language is Bitrix's.
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=sv');
        self::assertStringContainsString('<h1 id="adm-title">Organisationer</h1>', $body);
        [$status, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_audit.php?lang=en');
        self::assertSame(200, $status);
        self::assertStringContainsString('<h1 id="adm-title">Audit log</h1>', $body);
    }

    public function testAdministratorsSeeThatNameKeysAreBeingComputedAgain(): void
    {
        [$db, $dsn, $site] = $this->site(['role_groups_sales_manager' => '5'], [1 => 'Administrators', 2 => 'Everyone', 5 => 'Sales']);
        $db->execute('UPDATE kcrm_setting SET value = ? WHERE name = ?', ['1', \Kartoteka\Crm\Contacts\KeyRefresh::VERSION_SETTING]);
        $this->startServer($dsn, [], $site->root);
        $notice = '<p class="notice" role="status">The names are being indexed again for key format';

        $this->asBitrixUser(self::ADMIN);
        [$status, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en');
        self::assertSame(200, $status);
        self::assertStringContainsString('<div class="kcrm-page">' . $notice, $body);
        $this->asBitrixUser([21, 'vera', 'Vera', [2, 5]]);
        [$status, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en');
        self::assertSame(200, $status);
        self::assertStringNotContainsString($notice, $body, 'a sales manager cannot act on it');
    }

    public function testMappedGroupsGiveTheirRoleAndUnmappedUsersAreRefused(): void
    {
        [$db, $dsn, $site] = $this->site(['role_groups_sales_manager' => '5'], [1 => 'Administrators', 2 => 'Everyone', 5 => 'Sales', 7 => 'Warehouse']);
        $vera = [21, 'vera', 'Vera', [2, 5]];
        $oleg = [22, 'oleg', 'Oleg', [2, 5]];
        $veras = $db->insert('kcrm_company', ['name' => 'Veras AB', 'company_key' => 'veras', 'responsible_user_id' => 21]);
        $olegs = $db->insert('kcrm_company', ['name' => 'Olegs AB', 'company_key' => 'olegs', 'responsible_user_id' => 22]);
        $this->startServer($dsn, [], $site->root);

        $this->asBitrixUser($vera);
        [$status, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_company.php?lang=en&id=$veras");
        self::assertSame(200, $status);
        self::assertStringContainsString('<h1 id="adm-title">Veras AB</h1>', $body);
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en');
        self::assertStringContainsString('Veras AB', $body);
        self::assertStringNotContainsString('Olegs AB', $body, 'a sales manager lists only their own');

        $this->asBitrixUser($oleg);
        [$status, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_company.php?lang=en&id=$veras");
        self::assertSame(403, $status, "another manager's card by URL");
        self::assertStringContainsString('You have no right to this page or action.', $body);
        self::assertStringNotContainsString('Veras AB', $body);
        [$status] = $this->request('GET', '/bitrix/admin/kartoteka_crm_audit.php?lang=en');
        self::assertSame(403, $status, 'the audit log is for administrators');

        // A Bitrix user whose groups hold no CRM role is told why, in their language.
        $this->asBitrixUser([23, 'ivan', 'Ivan', [2, 7]]);
        [$status, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_company.php?lang=ru&id=$olegs");
        self::assertSame(403, $status);
        self::assertStringContainsString('Ни одной из ваших групп не назначена роль в Картотеке CRM.', $body);
        [$status] = $this->request('GET', '/bitrix/admin/kartoteka_crm_dashboard.php?lang=en');
        self::assertSame(403, $status);

        // A guest gets Bitrix's sign-in form and nothing of the CRM.
        $this->cookies = [];
        [$status, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_company.php?lang=en&id=$veras");
        self::assertSame(401, $status);
        self::assertStringNotContainsString('Veras AB', $body);
    }

    public function testFormsPostWithTheirTokenAndRedirectToAdminScripts(): void
    {
        [$db, $dsn, $site] = $this->site(['role_groups_sales_manager' => '5'], [1 => 'Administrators', 5 => 'Sales']);
        $this->startServer($dsn, [], $site->root);
        $this->asBitrixUser([21, 'vera', 'Vera', [5]]);

        [$status, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en');
        self::assertSame(200, $status);
        $token = self::token($body);
        $form = ['name' => 'Nya Verktyg AB', 'city' => 'Göteborg', 'phones' => ['+46 31-123 45 67'], 'emails' => ['info@nya.se']];
        [$status] = $this->request('POST', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en', $form);
        self::assertSame(403, $status, 'no token, no card');
        self::assertNull($db->fetchValue("SELECT id FROM kcrm_company WHERE name = 'Nya Verktyg AB'"));

        [$status, $headers] = $this->request('POST', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en', $form + ['csrf_token' => $token]);
        self::assertSame(303, $status);
        $id = (int) $db->fetchValue("SELECT id FROM kcrm_company WHERE name = 'Nya Verktyg AB'");
        self::assertSame("/bitrix/admin/kartoteka_crm_company.php?lang=en&id=$id", $headers['location']);
        self::assertSame(21, (int) $db->fetchValue('SELECT responsible_user_id FROM kcrm_company WHERE id = ?', [$id]), 'the Bitrix user is responsible');
        // The Bitrix user has a row of their own, so their name shows in lists, choices and reports.
        $users = new UserRepository($db);
        self::assertSame(['sales_manager'], $users->groupCodes(21));
        self::assertSame([['id' => 1, 'name' => 'Administrator'], ['id' => 21, 'name' => 'Vera']], $users->activeUsers());
        self::assertNotNull($users->findByLogin('bitrix:vera'));
        [, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&id=$id");
        self::assertStringContainsString('<option value="21" selected>Vera</option>', $body);

        // The live duplicate check answers JSON, without the admin frame.
        [$status, $headers, $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&do=company_check&phones%5B%5D=' . rawurlencode('+46 31 123 45 67'));
        self::assertSame(200, $status);
        self::assertStringStartsWith('application/json', $headers['content-type']);
        $warning = json_decode($body, true)['warnings'][0] ?? [];
        self::assertSame(['Phone +46311234567 already belongs to the organisation', 'Nya Verktyg AB', "/bitrix/admin/kartoteka_crm_company.php?lang=en&id=$id"], [$warning['text'] ?? null, $warning['name'] ?? null, $warning['url'] ?? null]);

        // Delete, then undo from the notice on the list.
        [$status, $headers] = $this->request('POST', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&do=company_delete', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertSame('/bitrix/admin/kartoteka_crm_companies.php?lang=en', $headers['location']);
        [, , $body] = $this->request('GET', $headers['location']);
        self::assertStringContainsString('Deleted: Nya Verktyg AB.', $body);
        self::assertStringContainsString('action="/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&amp;do=company_restore"', $body);
        [$status] = $this->request('POST', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&do=company_restore', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertNull($db->fetchValue('SELECT deleted_at FROM kcrm_company WHERE id = ?', [$id]));

        // A task from the card, ticked done on the tasks page.
        [$status] = $this->request('POST', '/bitrix/admin/kartoteka_crm_tasks.php?lang=en&do=task_add', ['company_id' => (string) $id, 'title' => 'Skicka offert', 'due_at' => '2030-01-01T10:00', 'from' => 'company', 'csrf_token' => $token]);
        self::assertSame(303, $status);
        $task = (int) $db->fetchValue("SELECT id FROM kcrm_task WHERE title = 'Skicka offert'");
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_tasks.php?lang=en');
        self::assertStringContainsString('Skicka offert', $body);
        [$status, $headers] = $this->request('POST', '/bitrix/admin/kartoteka_crm_tasks.php?lang=en&do=task_toggle', ['id' => (string) $task, 'from' => 'tasks', 'csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertSame('/bitrix/admin/kartoteka_crm_tasks.php?lang=en', $headers['location']);
        self::assertSame('done', $db->fetchValue('SELECT status FROM kcrm_task WHERE id = ?', [$task]));

        // An action a screen does not serve is no page.
        [$status] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en&do=company_delete');
        self::assertSame(200, $status, 'an unknown "do" shows the screen itself');
        [$status] = $this->request('GET', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en&do=company_delete');
        self::assertSame(404, $status, 'delete takes a POST only');
    }

    public function testExportAndTheOrganisationPickerWorkFromTheAdminScripts(): void
    {
        [$db, $dsn, $site] = $this->site();
        $this->startServer($dsn, [], $site->root);
        $this->asBitrixUser(self::ADMIN);
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en');
        $token = self::token($body);
        $form = ['name' => 'ООО «Ромашка»', 'inn' => '7707083893', 'city' => 'Москва', 'phones' => ['8 (495) 123-45-67'], 'csrf_token' => $token];
        [$status] = $this->request('POST', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en', $form);
        self::assertSame(303, $status);

        // The list's export button posts to its own screen; the file comes without the admin frame.
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en');
        self::assertStringContainsString('action="/bitrix/admin/kartoteka_crm_companies.php?lang=en&amp;do=companies_export', $body);
        [$status, $headers, $body] = $this->request('POST', '/bitrix/admin/kartoteka_crm_companies.php?lang=en&do=companies_export', ['csrf_token' => $token, 'encoding' => 'UTF-8']);
        self::assertSame(200, $status);
        self::assertStringStartsWith('text/csv', $headers['content-type']);
        self::assertStringStartsWith("\u{FEFF}", $body, 'Excel reads UTF-8 by its BOM');
        self::assertStringContainsString('ООО «Ромашка»;7707083893', $body);
        self::assertStringNotContainsString('adm-title', $body);
        [$status] = $this->request('POST', '/bitrix/admin/kartoteka_crm_companies.php?lang=en&do=companies_export', ['encoding' => 'UTF-8']);
        self::assertSame(403, $status, 'no token, no file');

        // The contact form's organisation picker asks the contact form's screen.
        [$status, $headers, $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_contact_edit.php?lang=en&do=company_choices&q=' . rawurlencode('ромаш'));
        self::assertSame(200, $status);
        self::assertStringStartsWith('application/json', $headers['content-type']);
        self::assertSame(['ООО «Ромашка»'], array_column(json_decode($body, true)['results'] ?? [], 'name'));
    }

    public function testAnUploadedImportIsRunByTheAgent(): void
    {
        [$db, $dsn, $site] = $this->site();
        $this->startServer($dsn, [], $site->root);
        $this->asBitrixUser(self::ADMIN);
        [, , $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_import.php?lang=en');
        $token = self::token($body);
        [$status, $headers] = $this->request('POST', '/bitrix/admin/kartoteka_crm_import.php?lang=en', ['csrf_token' => $token], ['file', 'kontragenty.csv', (string) file_get_contents(TestDatabase::handMadeDemo())]);
        self::assertSame(303, $status);
        self::assertSame(1, preg_match('~^/bitrix/admin/kartoteka_crm_import\.php\?lang=en&do=import_preview&id=(\d+)$~', $headers['location'], $m));
        $import = (int) $m[1];
        self::assertStringStartsWith($site->root . '/uploads/', (string) $db->fetchValue('SELECT file_path FROM kcrm_import_job WHERE id = ?', [$import]), 'kept where the setting says');
        [$status, , $body] = $this->request('GET', $headers['location']);
        self::assertSame(200, $status);
        self::assertStringContainsString('kontragenty.csv', $body);
        [$status, $headers] = $this->request('POST', "/bitrix/admin/kartoteka_crm_import.php?lang=en&do=import_start&id=$import", ['id' => (string) $import, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_import.php?lang=en&do=import_status&id=$import");
        self::assertSame('queued', json_decode($body, true)['state']);

        // Bitrix runs the agent on a later hit; here the test is that hit.
        Option::$values = $site->options();
        for ($calls = 0; $calls < 50 && json_decode($body, true)['state'] !== 'done'; $calls++) {
            self::assertSame(Agent::CALL, Agent::run());
            [, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_import.php?lang=en&do=import_status&id=$import");
        }
        $status = json_decode($body, true);
        self::assertSame('done', $status['state']);
        self::assertSame($status['total'], $status['done']);
        self::assertSame($status['total'], (new ImportService($db, 'RU'))->find($import)['progress_done']);
        [$code, , $body] = $this->request('GET', "/bitrix/admin/kartoteka_crm_import.php?lang=en&do=import_job&id=$import");
        self::assertSame(200, $code);
        self::assertStringContainsString('<h1 id="adm-title">Import of kontragenty.csv</h1>', $body);
        // The progress script comes from the same admin script, alone.
        [$code, $headers, $body] = $this->request('GET', '/bitrix/admin/kartoteka_crm_import.php?lang=en&do=import.js');
        self::assertSame(200, $code);
        self::assertStringStartsWith('text/javascript', $headers['content-type']);
        self::assertStringNotContainsString('adm-workarea', $body);
    }

    public function testMenuShowsTheScreensTheRoleMayOpen(): void
    {
        [, $dsn, $site] = $this->site(['role_groups_sales_manager' => '5'], [1 => 'Administrators', 5 => 'Sales', 7 => 'Warehouse']);
        $this->startServer($dsn, [], $site->root);
        $urls = function (): ?array {
            [, , $body] = $this->request('GET', '/bitrix/admin/kcrm_menu.php?lang=ru');
            $menu = json_decode($body, true);
            return $menu === false ? null : array_map(static fn (array $item): string => strtok($item['url'], '?'), $menu['items']);
        };
        $this->asBitrixUser(self::ADMIN);
        self::assertSame([
            'kartoteka_crm_dashboard.php', 'kartoteka_crm_companies.php', 'kartoteka_crm_contacts.php', 'kartoteka_crm_tasks.php',
            'kartoteka_crm_reports.php', 'kartoteka_crm_import.php', 'kartoteka_crm_audit.php',
        ], $urls());
        [, , $body] = $this->request('GET', '/bitrix/admin/kcrm_menu.php?lang=ru');
        self::assertSame('global_menu_services', json_decode($body, true)['parent_menu']);
        self::assertSame('Организации', json_decode($body, true)['items'][1]['text']);

        $this->asBitrixUser([21, 'vera', 'Vera', [5]]);
        self::assertSame([
            'kartoteka_crm_dashboard.php', 'kartoteka_crm_companies.php', 'kartoteka_crm_contacts.php', 'kartoteka_crm_tasks.php', 'kartoteka_crm_import.php',
        ], $urls(), 'a sales manager has no reports and no audit log');

        $this->asBitrixUser([23, 'ivan', 'Ivan', [7]]);
        self::assertNull($urls(), 'no role, no menu');
    }

    public function testSettingsPageMapsBitrixGroupsToRoles(): void
    {
        [, $dsn, $site] = $this->site([], [1 => 'Administrators', 2 => 'Everyone', 5 => 'Sales <team>', 6 => 'Support']);
        $this->startServer($dsn, [], $site->root);
        $this->asBitrixUser(self::ADMIN);
        [$status, , $body] = $this->request('GET', '/bitrix/admin/settings.php?mid=kartoteka.crm&lang=en');
        self::assertSame(200, $status);
        self::assertStringContainsString('Sales manager', $body);
        self::assertStringContainsString('name="role_groups_sales_manager[]"', $body);
        self::assertStringContainsString('Sales &lt;team&gt; [5]', $body);
        self::assertSame(1, preg_match('/name="sessid" value="([0-9a-f]+)"/', $body, $m));

        $form = ['save' => 'Save', 'sessid' => $m[1], 'default_language' => 'ru', 'role' => 'site', 'phone_region' => 'RU', 'db_dsn' => $dsn,
            'role_groups_sales_manager' => ['5', '99'], 'role_groups_support_agent' => ['6'], 'role_groups_head_of_sales' => []];
        [$status] = $this->request('POST', '/bitrix/admin/settings.php?mid=kartoteka.crm&lang=en', ['sessid' => 'forged'] + $form);
        self::assertSame('', $site->options()['kartoteka.crm']['role_groups_sales_manager'] ?? '', 'a forged post changes nothing');
        [$status] = $this->request('POST', '/bitrix/admin/settings.php?mid=kartoteka.crm&lang=en', $form);
        self::assertSame(200, $status);
        self::assertSame('5', $site->options()['kartoteka.crm']['role_groups_sales_manager'], 'a group Bitrix does not have is not stored');
        self::assertSame('6', $site->options()['kartoteka.crm']['role_groups_support_agent']);
        [, , $body] = $this->request('GET', '/bitrix/admin/settings.php?mid=kartoteka.crm&lang=en');
        self::assertMatchesRegularExpression('~<option value="5" selected>Sales &lt;team&gt; \[5\]</option>~', $body);

        // The saved mapping is what the pages go by.
        $this->asBitrixUser([30, 'sara', 'Sara', [6]]);
        [$status] = $this->request('GET', '/bitrix/admin/kartoteka_crm_companies.php?lang=en');
        self::assertSame(200, $status, 'support agents view all organisations');
        [$status] = $this->request('GET', '/bitrix/admin/kartoteka_crm_company_edit.php?lang=en');
        self::assertSame(403, $status, 'but do not edit');

        // Only Bitrix's administrators reach the settings.
        $this->asBitrixUser([21, 'vera', 'Vera', [5]]);
        [$status, , $body] = $this->request('GET', '/bitrix/admin/settings.php?mid=kartoteka.crm&lang=en');
        self::assertSame(401, $status);
        self::assertStringNotContainsString('role_groups', $body);
    }
}
