<?php
// Over real HTTP through the standalone host: create an organisation with its CSRF token, find it by a
// phone written another way, delete it, undo from the notice.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use PHPUnit\Framework\TestCase;

final class CardPagesHttpTest extends TestCase
{
    use StandaloneServer;

    public function testCreateFindByPhoneDeleteAndUndo(): void
    {
        self::requireExtension();
        $dsn = TestDatabase::sqliteDsn();
        $db = \Kartoteka\Crm\Db\Connection::open($dsn);
        (new \Kartoteka\Crm\Install\Installer($db, KCRM_MODULE_DIR . '/install/db'))->install('admin', 'correct horse');
        $this->startServer($dsn);

        [, , $body] = $this->request('GET', '/crm/login?lang=en');
        $token = self::token($body);
        [$status] = $this->request('POST', '/crm/login', ['login' => 'admin', 'password' => 'correct horse', 'csrf_token' => $token]);
        self::assertSame(303, $status);

        [$status, , $body] = $this->request('GET', '/crm/company_edit');
        self::assertSame(200, $status);
        $token = self::token($body);
        $form = ['name' => 'ООО «Ромашка» <b>', 'inn' => '7707083893', 'city' => 'Москва', 'phones' => ['8 (495) 123-45-67'], 'emails' => ['info@romashka.ru']];

        [$status] = $this->request('POST', '/crm/company_edit', $form);
        self::assertSame(403, $status, 'no CSRF token, no card');

        [$status, , $body] = $this->request('POST', '/crm/company_edit', ['inn' => '7707083894'] + $form + ['csrf_token' => $token]);
        self::assertSame(422, $status);
        self::assertStringContainsString('INN: &quot;7707083894&quot; is not a valid INN', $body);

        [$status, $headers] = $this->request('POST', '/crm/company_edit', $form + ['csrf_token' => $token]);
        self::assertSame(303, $status);
        self::assertMatchesRegularExpression('~^/crm/company\?id=(\d+)$~', $headers['location']);
        $id = (int) substr($headers['location'], strlen('/crm/company?id='));

        [$status, , $body] = $this->request('GET', $headers['location']);
        self::assertSame(200, $status);
        self::assertStringContainsString('ООО «Ромашка» &lt;b&gt;', $body, 'escaped');
        self::assertStringContainsString('+74951234567', $body);

        // The same phone on a second card is a duplicate warning with a link, and "save anyway" saves it.
        [$status, , $body] = $this->request('POST', '/crm/company_edit', ['name' => 'Ромашка-2', 'phones' => ['+7 495 123 4567'], 'csrf_token' => $token]);
        self::assertSame(409, $status);
        self::assertStringContainsString('href="/crm/company?id=' . $id . '"', $body);
        self::assertSame(1, preg_match('/name="confirm" value="([0-9a-f]+)"/', $body, $m));
        [$status] = $this->request('POST', '/crm/company_edit', ['name' => 'Ромашка-2', 'phones' => ['+7 495 123 4567'], 'confirm' => $m[1], 'csrf_token' => $token]);
        self::assertSame(303, $status);

        [$status, , $body] = $this->request('GET', '/crm/companies?q=' . rawurlencode('+7 (495) 123-4567'));
        self::assertSame(200, $status);
        self::assertStringContainsString('ООО «Ромашка» &lt;b&gt;', $body);
        self::assertStringContainsString('Found: 2', $body);

        [$status, $headers] = $this->request('POST', '/crm/company_delete', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', $headers['location']);
        self::assertStringContainsString('Deleted: ООО «Ромашка» &lt;b&gt;.', $body);
        self::assertStringContainsString('action="/crm/company_restore"', $body);
        self::assertStringContainsString('Found: 1', $body, 'gone from the list');
        [, , $body] = $this->request('GET', '/crm/companies?deleted=1');
        self::assertStringContainsString('href="/crm/company?id=' . $id . '"', $body);

        [$status, $headers] = $this->request('POST', '/crm/company_restore', ['id' => (string) $id, 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', '/crm/companies?q=84951234567');
        self::assertStringContainsString('Found: 2', $body);

        // A contact person in this organisation as its accountant; the card lists them with the role.
        [$status] = $this->request('POST', '/crm/contact_edit', [
            'last_name' => 'Иванова', 'first_name' => 'Анна', 'phones' => ['8 916 765 43 21'],
            'companies' => [['company_id' => (string) $id, 'role' => 'accountant', 'position' => 'Главбух']],
            'csrf_token' => $token,
        ]);
        self::assertSame(303, $status);
        [$status] = $this->request('POST', '/crm/activity_add', ['company_id' => (string) $id, 'type' => 'call', 'direction' => 'out', 'subject' => 'Сверка', 'csrf_token' => $token]);
        self::assertSame(303, $status);
        [, , $body] = $this->request('GET', '/crm/company?id=' . $id);
        self::assertStringContainsString('Иванова Анна', $body);
        self::assertStringContainsString('accountant, Главбух', $body);
        self::assertStringContainsString('Сверка', $body);

        // Each change of personal data is in the audit log, with who and from where.
        $logged = $db->fetchAll("SELECT action, entity_type, entity_id, ip FROM kcrm_audit_log WHERE entity_type = 'company' AND entity_id = ? ORDER BY id", [$id]);
        self::assertSame(['create', 'delete', 'restore'], array_column($logged, 'action'));
        self::assertSame('127.0.0.1', $logged[0]['ip']);
        self::assertSame(1, (int) $db->fetchValue("SELECT COUNT(*) FROM kcrm_audit_log WHERE action = 'create' AND entity_type = 'contact'"));
    }
}
