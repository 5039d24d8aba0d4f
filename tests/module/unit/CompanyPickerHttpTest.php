<?php
// The contact form's organisation picker over HTTP on SQLite, PostgreSQL and MariaDB: no list of the
// first 1,000 organisations, a JSON search in the user's scope, and the same search on save without JavaScript.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Contacts\CompanyRepository;
use PHPUnit\Framework\TestCase;

final class CompanyPickerHttpTest extends TestCase
{
    use EveryDriver;
    use StandaloneServer;

    /** @dataProvider drivers */
    public function testTheOrganisationPickerSearchesInTheUsersScopeWithAndWithoutJavaScript(string $driver): void
    {
        self::requireExtension();
        $found = TestDatabase::onDriverOrSkip($driver);
        [$db, $dsn] = $found;
        $anna = TestDatabase::member($db, 'anna', 'sales_manager');
        $boris = TestDatabase::member($db, 'boris', 'sales_manager');
        TestDatabase::member($db, 'agent', 'support_agent');
        $companies = new CompanyRepository($db);
        // 1,000 organisations ahead of "Яблоко" by name: the old list stopped before it.
        $db->transaction(static function () use ($companies, $anna): void {
            for ($i = 1; $i <= 1000; $i++) {
                $name = sprintf('ООО «Поставщик %04d»', $i);
                $companies->insert(['name' => $name, 'company_key' => \Crm\Dedup\companyKey($name), 'responsible_user_id' => $anna]);
            }
        });
        $apple = $companies->insert(['name' => 'ООО «Яблоко»', 'company_key' => \Crm\Dedup\companyKey('ООО «Яблоко»'), 'inn' => '7707083893', 'city' => 'Тула', 'responsible_user_id' => $anna]);
        $borissApple = $companies->insert(['name' => 'ООО «Яблоня Бориса»', 'company_key' => \Crm\Dedup\companyKey('ООО «Яблоня Бориса»'), 'responsible_user_id' => $boris]);
        $this->startServer($dsn);

        [$status, $headers] = $this->request('GET', '/crm/company_choices?q=' . rawurlencode('Ябло'));
        self::assertSame(303, $status, 'a guest is sent to sign in');
        self::assertStringContainsString('/crm/login', $headers['location']);

        $token = $this->signIn('anna', 'password of anna');
        [$status, $headers, $json] = $this->request('GET', '/crm/company_choices?q=' . rawurlencode('ябло'));
        self::assertSame(200, $status);
        self::assertStringStartsWith('application/json', $headers['content-type']);
        self::assertSame(['results' => [['id' => $apple, 'name' => 'ООО «Яблоко»', 'inn' => '7707083893', 'city' => 'Тула']], 'total' => 1],
            json_decode($json, true), 'hers only: not Boris\'s "Яблоня"');
        [, , $json] = $this->request('GET', '/crm/company_choices?q=7707083893');
        self::assertSame([$apple], array_column(json_decode($json, true)['results'], 'id'), 'by INN as the list finds it');
        [, , $json] = $this->request('GET', '/crm/company_choices?q=' . rawurlencode('Поставщик'));
        $many = json_decode($json, true);
        self::assertSame(1000, $many['total']);
        self::assertCount(20, $many['results']);
        self::assertSame('ООО «Поставщик 0001»', $many['results'][0]['name']);

        // The form lists no organisations until a search finds some.
        [$status, , $body] = $this->request('GET', '/crm/contact_edit?lang=en');
        self::assertSame(200, $status);
        self::assertStringNotContainsString('Поставщик', $body);
        self::assertStringContainsString('name="companies[0][company_query]"', $body);
        self::assertStringContainsString('data-choices="/crm/company_choices"', $body);
        self::assertStringContainsString('src="/crm/company_picker.js"', $body);
        [$status, $headers, $js] = $this->request('GET', '/crm/company_picker.js');
        self::assertSame(200, $status);
        self::assertStringStartsWith('text/javascript', $headers['content-type']);
        self::assertStringContainsString('data-choices', $js);
        // Coming from an organisation's card, that one is chosen already.
        [, , $body] = $this->request('GET', '/crm/contact_edit?lang=en&company=' . $apple);
        self::assertMatchesRegularExpression('~<option value="' . $apple . '" selected>ООО «Яблоко»</option>~', $body);

        // Without JavaScript the search runs on save: one match is chosen …
        [$status, $headers] = $this->request('POST', '/crm/contact_edit?lang=en', ['csrf_token' => $token, 'last_name' => 'Садовникова',
            'companies' => [['company_id' => '', 'company_query' => 'Яблоко', 'role' => 'accountant', 'position' => '']]]);
        self::assertSame(303, $status);
        $person = (int) $db->fetchValue("SELECT id FROM kcrm_contact WHERE last_name = 'Садовникова'");
        self::assertSame([[(string) $apple, 'accountant']], array_map(static fn (array $r): array => [(string) $r['company_id'], (string) $r['role']],
            $db->fetchAll('SELECT company_id, role FROM kcrm_company_contact WHERE contact_id = ?', [$person])));
        // … several are offered to choose from, and nothing is saved …
        [$status, , $body] = $this->request('POST', '/crm/contact_edit?lang=en', ['csrf_token' => $token, 'last_name' => 'Выбирающий',
            'companies' => [['company_id' => '', 'company_query' => 'Поставщик 000', 'role' => 'supplier', 'position' => '']]]);
        self::assertSame(422, $status);
        self::assertStringContainsString('Organisations: 9 found for &quot;Поставщик 000&quot;; choose one in the list.', $body);
        self::assertSame(9, preg_match_all('~<option value="\d+">ООО «Поставщик 000\d»</option>~', $body));
        self::assertStringContainsString('value="Поставщик 000"', $body, 'the search text stays in its field');
        // … and another manager's organisation is not found at all.
        [$status, , $body] = $this->request('POST', '/crm/contact_edit?lang=ru', ['csrf_token' => $token, 'last_name' => 'Выбирающий',
            'companies' => [['company_id' => '', 'company_query' => 'Яблоня', 'role' => 'supplier', 'position' => '']]]);
        self::assertSame(422, $status);
        self::assertStringContainsString('по запросу «Яблоня» ничего не найдено', $body);
        self::assertStringNotContainsString('Яблоня Бориса', $body);
        self::assertNull($db->fetchValue("SELECT id FROM kcrm_contact WHERE last_name = 'Выбирающий'"));

        // The contact list's organisation filter is the same search: no list of 1,000 either …
        [$status, , $body] = $this->request('GET', '/crm/contacts?lang=en');
        self::assertSame(200, $status);
        self::assertStringNotContainsString('Поставщик', $body);
        self::assertStringContainsString('name="company_q"', $body);
        self::assertStringContainsString('src="/crm/company_picker.js"', $body);
        // … one match filters the list by it …
        [, , $body] = $this->request('GET', '/crm/contacts?lang=en&company_q=' . rawurlencode('Яблоко'));
        self::assertMatchesRegularExpression('~<option value="' . $apple . '" selected>ООО «Яблоко»</option>~', $body);
        self::assertStringContainsString('Садовникова', $body);
        [, , $body] = $this->request('GET', '/crm/contacts?lang=en&company=' . ($apple - 1));
        self::assertStringNotContainsString('Садовникова', $body, 'another organisation\'s persons only');
        self::assertMatchesRegularExpression('~<option value="' . ($apple - 1) . '" selected>ООО «Поставщик 1000»</option>~', $body);
        // … several are offered, the list staying unfiltered.
        [, , $body] = $this->request('GET', '/crm/contacts?lang=en&company_q=' . rawurlencode('Поставщик 000'));
        self::assertStringContainsString('Organisations: 9 found for &quot;Поставщик 000&quot;; choose one in the list.', $body);
        self::assertSame(9, preg_match_all('~<option value="\d+">ООО «Поставщик 000\d»</option>~', $body));
        self::assertStringContainsString('Садовникова', $body);

        // Someone who may view every organisation finds Boris's too.
        $this->signIn('agent', 'password of agent');
        [, , $json] = $this->request('GET', '/crm/company_choices?q=' . rawurlencode('ябло'));
        self::assertSame([$apple, $borissApple], array_column(json_decode($json, true)['results'], 'id'));
    }
}
