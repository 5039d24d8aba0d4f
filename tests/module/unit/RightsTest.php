<?php
// The built-in groups' rights on SQLite, PostgreSQL and MariaDB: scopes, "own" through a contact's
// organisations, list filtering, and the audit log.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Access\AuditLog;
use Kartoteka\Crm\Access\Rights;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Contacts\SearchTerms;
use Kartoteka\Crm\Db\Connection;
use PHPUnit\Framework\TestCase;

final class RightsTest extends TestCase
{
    use EveryDriver;

    private static function database(string $driver): Connection
    {
        $found = TestDatabase::onDriverOrSkip($driver);
        return $found[0];
    }

    private static function user(Connection $db, string $login, string $group): User
    {
        $users = new UserRepository($db);
        $id = $users->create($login, 'password ' . $login, ucfirst($login));
        $users->setGroup($id, $group);
        $user = $users->find($id);
        self::assertNotNull($user);
        return $user;
    }

    /** @dataProvider drivers */
    public function testScopesOfTheBuiltInGroups(string $driver): void
    {
        $db = self::database($driver);
        $anna = self::user($db, 'anna', 'sales_manager');
        $boris = self::user($db, 'boris', 'sales_manager');
        $head = self::user($db, 'head', 'head_of_sales');
        $agent = self::user($db, 'agent', 'support_agent');
        $admin = (new UserRepository($db))->find((int) $db->fetchValue("SELECT id FROM kcrm_user WHERE login = 'admin'"));
        self::assertNotNull($admin);

        $annas = $db->insert('kcrm_company', ['name' => 'Ромашка', 'company_key' => 'ромашка', 'responsible_user_id' => $anna->id]);
        $boriss = $db->insert('kcrm_company', ['name' => 'Лютик', 'company_key' => 'лютик', 'responsible_user_id' => $boris->id]);
        // Anna's through the organisation, though nobody is responsible for the person.
        $accountant = $db->insert('kcrm_contact', ['last_name' => 'Иванова', 'person_key' => 'ivanova']);
        $db->insert('kcrm_company_contact', ['company_id' => $annas, 'contact_id' => $accountant, 'role' => 'accountant']);
        $borisContact = $db->insert('kcrm_contact', ['last_name' => 'Петров', 'person_key' => 'petrov', 'responsible_user_id' => $boris->id]);

        $rights = new Rights($db);
        self::assertTrue($rights->can($anna, 'view', 'company', $annas));
        self::assertTrue($rights->can($anna, 'edit', 'company', $annas));
        self::assertTrue($rights->can($anna, 'delete', 'company', $annas));
        self::assertFalse($rights->can($anna, 'view', 'company', $boriss), "another manager's card");
        self::assertFalse($rights->can($anna, 'delete', 'company', $boriss));
        self::assertTrue($rights->can($anna, 'view', 'contact', $accountant), 'own through the organisation');
        self::assertFalse($rights->can($anna, 'view', 'contact', $borisContact));
        self::assertTrue($rights->can($anna, 'edit', 'activity', ['company_id' => $annas]));
        self::assertFalse($rights->can($anna, 'edit', 'activity', ['company_id' => $boriss]));
        self::assertSame('own', $rights->scope($anna, 'import', 'import'));
        self::assertFalse($rights->can($anna, 'edit', 'settings'));

        self::assertTrue($rights->can($head, 'delete', 'company', $boriss));
        self::assertTrue($rights->can($head, 'import', 'import'));
        self::assertFalse($rights->can($head, 'view', 'settings'), 'everything but the admin settings');

        self::assertTrue($rights->can($agent, 'view', 'company', $boriss));
        self::assertTrue($rights->can($agent, 'view', 'contact', $accountant));
        self::assertFalse($rights->can($agent, 'edit', 'company', $boriss), 'support agents do not edit');
        self::assertFalse($rights->can($agent, 'edit', 'company'));
        self::assertFalse($rights->can($agent, 'delete', 'contact', $accountant));
        self::assertFalse($rights->can($agent, 'import', 'import'));

        self::assertTrue($rights->can($admin, 'view', 'settings'));
        self::assertTrue($rights->can($admin, 'delete', 'contact', $borisContact));

        // Lists show a manager only their own records, search included.
        $companies = new CompanyRepository($db);
        $all = new ListQuery();
        $annaOnly = $all->withOwners($rights->visibleOwners($anna, 'company'));
        self::assertSame(['Ромашка'], array_column($companies->search($annaOnly, new SearchTerms(''))->rows, 'name'));
        self::assertCount(2, $companies->search($all->withOwners($rights->visibleOwners($agent, 'company')), new SearchTerms(''))->rows);
        $lutik = new ListQuery('Лютик');
        self::assertSame(0, $companies->search($lutik->withOwners([$anna->id]), new SearchTerms('лютик', 'лютик'))->total);
        $contacts = new ContactRepository($db);
        self::assertSame(['Иванова'], array_column($contacts->search($all->withOwners([$anna->id]), new SearchTerms(''))->rows, 'last_name'));
        self::assertSame(0, $contacts->search($all->withOwners([]), new SearchTerms(''))->total);

        // "group" scope: records of anyone sharing a group.
        (new UserRepository($db))->grant('sales_manager', 'company', 'view', 'group');
        self::assertTrue($rights->can($anna, 'view', 'company', $boriss));
        self::assertFalse($rights->can($anna, 'edit', 'company', $boriss));
    }

    /** @dataProvider drivers */
    public function testAuditLogRecordsAndFilters(string $driver): void
    {
        $db = self::database($driver);
        $anna = self::user($db, 'anna', 'sales_manager');
        $log = new AuditLog($db);
        $log->record($anna->id, 'view', 'contact', 7, '10.0.0.1');
        $log->record($anna->id, 'edit', 'company', 3, '10.0.0.1', ['name' => 'Ромашка']);
        $log->record(null, 'delete', 'company', 3, null);

        $found = $log->search(['user_id' => $anna->id]);
        self::assertSame(2, $found['total']);
        self::assertSame('edit', $found['rows'][0]['action'], 'newest first');
        self::assertSame('anna', $found['rows'][0]['user_login']);
        self::assertSame('{"name":"Ромашка"}', $found['rows'][0]['details']);
        self::assertSame(1, $log->search(['action' => 'view', 'entity' => 'contact'])['total']);
        self::assertSame(2, $log->search(['entity' => 'company', 'entity_id' => 3])['total']);
        self::assertSame(3, $log->search(['from' => gmdate('Y-m-d'), 'to' => gmdate('Y-m-d')])['total']);
        self::assertSame(0, $log->search(['to' => '2000-01-01'])['total']);
    }
}
