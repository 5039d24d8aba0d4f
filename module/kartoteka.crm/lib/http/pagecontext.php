<?php
// What every CRM page controller shares: the host, the database, CSRF, templates, notices and rights.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Access\Permissions;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
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
     * Null when the user is signed in and may do $action on $entity; otherwise the answer to
     * send instead: the sign-in page for a guest, "access denied" for the others.
     */
    public function deny(string $entity, string $action): Response|Page|null
    {
        $user = $this->host->currentUser();
        if ($user === null) {
            return Response::redirect($this->host->pageUrl('login'));
        }
        if (!(new Permissions($this->db))->allows($user->groups, $entity, $action)) {
            return $this->forbidden();
        }
        // The cards read and write phones and keys through the crm extension; without it the
        // layout already says why, and the page says no more than that.
        if (Extension::problemHere() !== null) {
            return new Page('KCRM_PAGE_UNAVAILABLE', new Html(''), 503);
        }
        return null;
    }

    public function allows(string $entity, string $action): bool
    {
        $user = $this->host->currentUser();
        return $user !== null && (new Permissions($this->db))->allows($user->groups, $entity, $action);
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

    /** Values every form template needs. @return array<string, string> */
    public function formVars(): array
    {
        return ['csrfField' => Csrf::FIELD, 'csrfToken' => $this->csrf->token()];
    }
}
