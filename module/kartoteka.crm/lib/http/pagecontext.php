<?php
// What every CRM page controller shares: the host, the database, CSRF, templates, notices and rights.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Access\AuditLog;
use Kartoteka\Crm\Access\Rights;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Contacts\KeyRefresh;
use Kartoteka\Crm\Extension;
use Kartoteka\Crm\Host\Host;

final class PageContext
{
    public function __construct(
        public readonly Host $host,
        public readonly Connection $db,
        public readonly Csrf $csrf,
        public readonly View $view,
        public readonly Flash $flash,
    ) {
        // Field names, roles, activity types, errors and warnings shared by all card pages.
        $this->host->loadMessages(__FILE__);
    }

    /**
     * Null when the user is signed in and may do $action on $entity (on $record when given, see
     * Rights::can); otherwise the answer to send instead: the sign-in page for a guest, "access
     * denied" for the others.
     *
     * @param int|array<string, mixed>|null $record
     */
    public function deny(string $entity, string $action, int|array|null $record = null): Response|Page|null
    {
        $user = $this->host->currentUser();
        if ($user === null) {
            return Response::redirect($this->host->pageUrl('login'));
        }
        if (!$this->rights()->can($user, $action, $entity, $record)) {
            return $this->forbidden();
        }
        // The cards read and write phones and keys through the crm extension; without it the
        // layout already says why, and the page says no more than that.
        if (Extension::problemHere() !== null) {
            return new Page('KCRM_PAGE_UNAVAILABLE', new Html(''), 503);
        }
        return null;
    }

    /**
     * For those who administer the CRM: the stored name keys are of an older key format than the
     * loaded crm extension's and are being computed again (search and duplicate checks may miss
     * cards until then); null when they are current or nobody here can act on it.
     */
    public function keyRefreshNotice(): ?string
    {
        if (!$this->allows('settings', 'edit')) {
            return null;
        }
        try {
            if (!(new KeyRefresh($this->db))->pending()) {
                return null;
            }
        } catch (\PDOException $e) {
            return null;
        }
        return $this->host->translate('KCRM_KEYS_PENDING', ['#VERSION#' => KeyRefresh::currentVersion()]);
    }

    /** @param int|array<string, mixed>|null $record */
    public function allows(string $entity, string $action, int|array|null $record = null): bool
    {
        $user = $this->host->currentUser();
        return $user !== null && $this->rights()->can($user, $action, $entity, $record);
    }

    /** @return \Closure(string, int): bool whether the signed-in user may view a card (entity, id) */
    public function viewable(): \Closure
    {
        return fn (string $entity, int $id): bool => $this->allows($entity, 'view', $id);
    }

    /**
     * Rows that name a contact person ($idKey) keep their place but lose what identifies a person
     * the user may not view: names, phone, e-mail, position; contact_hidden says so.
     *
     * @param list<array<string, mixed>> $rows
     * @return list<array<string, mixed>>
     */
    public function maskPeople(array $rows, string $idKey = 'contact_id'): array
    {
        $mayView = [];
        foreach ($rows as $i => $row) {
            $id = $row[$idKey] ?? null;
            $hidden = false;
            if ($id !== null) {
                $hidden = !($mayView[(int) $id] ??= $this->allows('contact', 'view', (int) $id));
            }
            $rows[$i]['contact_hidden'] = $hidden;
            if ($hidden) {
                foreach (['last_name', 'first_name', 'middle_name', 'phone', 'email', 'position'] as $key) {
                    if (array_key_exists($key, $row)) {
                        $rows[$i][$key] = null;
                    }
                }
            }
        }
        return $rows;
    }

    /** The widest scope the signed-in user has for the action: none, own, group or all. */
    public function scope(string $entity, string $action): string
    {
        $user = $this->host->currentUser();
        return $user === null ? 'none' : $this->rights()->scope($user, $action, $entity);
    }

    /** @return list<int>|null whose records a list may show the signed-in user ($action: view); null for everyone's */
    public function visibleOwners(string $entity, string $action = 'view'): ?array
    {
        $user = $this->host->currentUser();
        return $user === null ? [] : $this->rights()->visibleOwners($user, $entity, $action);
    }

    /** @return list<int>|null whose records the signed-in user may edit; null for everyone's */
    public function editableOwners(string $entity): ?array
    {
        return $this->visibleOwners($entity, 'edit');
    }

    /**
     * The responsible user a card may be saved with: what was chosen when the user may edit
     * everyone's records, else the user themself unless they chose a group mate (for "group").
     */
    public function responsibleFor(string $entity, string $chosen): string
    {
        $user = $this->host->currentUser();
        $owners = $user === null ? [] : $this->rights()->visibleOwners($user, $entity, 'edit');
        if ($owners === null || ($chosen !== '' && in_array((int) $chosen, $owners, true))) {
            return $chosen;
        }
        return $user === null ? '' : (string) $user->id;
    }

    public function rights(): Rights
    {
        return new Rights($this->db);
    }

    /**
     * Notes in the audit log that the signed-in user viewed or changed personal data.
     *
     * @param array<string, scalar|null> $details never secrets
     */
    public function audit(Request $request, string $action, string $entity, ?int $id, array $details = []): void
    {
        (new AuditLog($this->db))->record($this->host->currentUser()?->id, $action, $entity, $id, $request->ip, $details);
    }

    /**
     * A card's soft delete, the same for organisations and persons: the right to delete (to delete
     * this one), the form's token, the audit line, the "Deleted. Undo" notice, then the list.
     *
     * @param 'company'|'contact' $entity
     * @param \Closure(array<string, mixed>): string $name the card's name for the notice
     */
    public function deleteCard(Request $request, string $entity, CompanyService|ContactService $service, \Closure $name, string $list): Response|Page
    {
        if ($denied = $this->deny($entity, 'delete')) {
            return $denied;
        }
        if ($forged = $this->refuseForgedPost($request)) {
            return $forged;
        }
        $id = $request->id();
        $card = $id === null ? null : $service->card($id);
        if ($card === null) {
            return $this->notFound();
        }
        if ($denied = $this->deny($entity, 'delete', $id)) {
            return $denied;
        }
        $service->delete($id);
        $this->audit($request, 'delete', $entity, $id);
        $this->flash->set(['kind' => 'deleted', 'entity' => $entity, 'id' => $id, 'name' => $name($card)]);
        return Response::redirect($this->host->pageUrl($list));
    }

    /**
     * The undo of deleteCard(): the same rights and token, the audit line, the "Restored" notice,
     * then the card (its page has the entity's name).
     *
     * @param 'company'|'contact' $entity
     */
    public function restoreCard(Request $request, string $entity, CompanyService|ContactService $service): Response|Page
    {
        if ($denied = $this->deny($entity, 'delete')) {
            return $denied;
        }
        if ($forged = $this->refuseForgedPost($request)) {
            return $forged;
        }
        $id = $request->id();
        if ($id !== null && ($denied = $this->deny($entity, 'delete', $id))) {
            return $denied;
        }
        if ($id === null || !$service->restore($id)) {
            return $this->notFound();
        }
        $this->audit($request, 'restore', $entity, $id);
        $this->flash->set(['kind' => 'restored', 'entity' => $entity, 'id' => $id]);
        return Response::redirect($this->host->pageUrl($entity, ['id' => $id]));
    }

    /** A POST must carry the session's CSRF token; null when it does, "access denied" when not. */
    public function refuseForgedPost(Request $request): ?Page
    {
        return $this->csrf->isValid($request->input(Csrf::FIELD)) ? null : $this->forbidden();
    }

    public function forbidden(): Page
    {
        return new Page('KCRM_PAGE_FORBIDDEN', $this->view->render('forbidden'), 403);
    }

    public function notFound(): Page
    {
        return new Page('KCRM_PAGE_NOT_FOUND', $this->view->render('not_found'), 404);
    }

    public function user(): ?User
    {
        return $this->host->currentUser();
    }

    /** Region assumed for phones typed without a country code. */
    public function region(): string
    {
        return (string) $this->host->setting('phone_region', 'RU');
    }

    /** @return list<array{id: int, name: string}> who can be made responsible for a card or task */
    public function responsibles(): array
    {
        return (new UserRepository($this->db))->activeUsers();
    }

    /** The one-time notice left by the previous request, rendered (empty when there is none). */
    public function flashNotice(): Html
    {
        $flash = $this->flash->take();
        return $flash === null ? new Html('') : $this->view->render('flash', ['flash' => $flash] + $this->formVars());
    }

    /** Values every form template needs. @return array<string, string> */
    public function formVars(): array
    {
        return ['csrfField' => Csrf::FIELD, 'csrfToken' => $this->csrf->token()];
    }
}
