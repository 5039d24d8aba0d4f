<?php
// The administrators' pages: users and their groups (create, change group, deactivate) and the audit log.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Access\AuditLog;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Install\Installer;

final class AdminPages
{
    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    public function users(?string $error = null, int $status = 200, array $values = []): Response|Page
    {
        if ($denied = $this->context->deny('settings', 'edit')) {
            return $denied;
        }
        $users = new UserRepository($this->context->db);
        return new Page('KCRM_PAGE_USERS', $this->context->view->render('users', [
            'users' => $users->all(),
            'groups' => $users->groups(),
            'me' => $this->context->user()?->id,
            'error' => $error,
            'values' => $values + ['login' => '', 'name' => '', 'group' => 'sales_manager'],
        ] + $this->context->formVars()), $status);
    }

    public function create(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('settings', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $users = new UserRepository($this->context->db);
        $login = UserRepository::normalizeLogin((string) $request->input('login'));
        $name = trim((string) $request->input('name'));
        $password = (string) $request->input('password');
        $group = (string) $request->input('group');
        $values = ['login' => $login, 'name' => $name, 'group' => $group];
        $error = match (true) {
            $login === '' || mb_strlen($login, 'UTF-8') > 100 => 'KCRM_USERS_ERROR_LOGIN',
            $users->findByLogin($login) !== null => 'KCRM_USERS_ERROR_LOGIN_TAKEN',
            mb_strlen($password, 'UTF-8') < Installer::MIN_PASSWORD_LENGTH => 'KCRM_USERS_ERROR_PASSWORD',
            !in_array($group, array_column($users->groups(), 'code'), true) => 'KCRM_USERS_ERROR_GROUP',
            default => null,
        };
        if ($error !== null) {
            return $this->users($error, 422, $values);
        }
        $id = $this->context->db->transaction(static function () use ($users, $login, $password, $name, $group): int {
            $id = $users->create($login, $password, $name);
            $users->setGroup($id, $group);
            return $id;
        });
        // The password stays out of the log: only who, which login and which group.
        $this->context->audit($request, 'user_create', 'user', $id, ['login' => $login, 'group' => $group]);
        return Response::redirect($this->context->host->pageUrl('users'));
    }

    public function changeGroup(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('settings', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $users = new UserRepository($this->context->db);
        $id = $request->id();
        $group = (string) $request->input('group');
        if ($id === null || $users->findById($id) === null) {
            return $this->context->notFound();
        }
        if (!in_array($group, array_column($users->groups(), 'code'), true)) {
            return $this->users('KCRM_USERS_ERROR_GROUP', 422);
        }
        if ($id === $this->context->user()?->id && $group !== Installer::ADMIN_GROUP) {
            return $this->users('KCRM_USERS_ERROR_SELF', 422);
        }
        $users->setGroup($id, $group);
        $this->context->audit($request, 'user_group', 'user', $id, ['group' => $group]);
        return Response::redirect($this->context->host->pageUrl('users'));
    }

    public function deactivate(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('settings', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $users = new UserRepository($this->context->db);
        $id = $request->id();
        if ($id === null || $users->findById($id) === null) {
            return $this->context->notFound();
        }
        // Locking oneself out would leave nobody to undo it.
        if ($id === $this->context->user()?->id) {
            return $this->users('KCRM_USERS_ERROR_SELF', 422);
        }
        $users->setActive($id, false);
        $this->context->audit($request, 'user_deactivate', 'user', $id);
        return Response::redirect($this->context->host->pageUrl('users'));
    }

    public function audit(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('settings', 'view')) {
            return $denied;
        }
        $id = static fn (string $name): ?int => ctype_digit((string) $request->queryValue($name)) && (int) $request->queryValue($name) > 0
            ? (int) $request->queryValue($name) : null;
        $choice = static fn (string $name, array $allowed): ?string => in_array($request->queryValue($name), $allowed, true)
            ? (string) $request->queryValue($name) : null;
        $date = static function (string $name) use ($request): ?string {
            $v = (string) $request->queryValue($name);
            $parsed = \DateTimeImmutable::createFromFormat('!Y-m-d', $v);
            return $parsed !== false && $parsed->format('Y-m-d') === $v ? $v : null;
        };
        $filters = [
            'user_id' => $id('user'),
            'action' => $choice('action', AuditLog::ACTIONS),
            'entity' => $choice('entity', AuditLog::ENTITIES),
            'entity_id' => $id('entity_id'),
            'from' => $date('from'),
            'to' => $date('to'),
        ];
        $page = max(1, min(100000, (int) $request->queryValue('page')));
        $found = (new AuditLog($this->context->db))->search($filters, $page);
        return new Page('KCRM_PAGE_AUDIT', $this->context->view->render('audit', [
            'filters' => $filters,
            'rows' => $found['rows'],
            'total' => $found['total'],
            'page' => $page,
            'pages' => max(1, (int) ceil($found['total'] / AuditLog::PAGE_SIZE)),
            'users' => (new UserRepository($this->context->db))->all(),
            'actions' => AuditLog::ACTIONS,
            'entities' => AuditLog::ENTITIES,
        ]));
    }
}
