<?php
// The contact person pages: list with search, card, create/edit form with organisations and roles, delete and undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Activity\Timeline;
use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\ContactService;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Contacts\Role;
use Kartoteka\Crm\Contacts\SaveResult;

final class ContactPages
{
    private const FIELDS = ['last_name', 'first_name', 'middle_name', 'city', 'comment', 'responsible_user_id'];

    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    private function service(): ContactService
    {
        return new ContactService($this->context->db, $this->context->region());
    }

    public function list(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('contact', 'view')) {
            return $denied;
        }
        // The organisation filter is a search (any number of organisations): the one it finds
        // filters the list; several are offered to choose from, none says so.
        $params = $request->query;
        $companyText = mb_substr(trim(is_string($request->query['company_q'] ?? null) ? $request->query['company_q'] : ''), 0, 200, 'UTF-8');
        $choices = [];
        $companyNotice = null;
        if (($params['company'] ?? '') === '') {
            if ($companyText !== '') {
                $found = (new CompanyPages($this->context))->search($companyText, CompanyPages::CHOICES);
                if ($found->total === 1) {
                    $params['company'] = (string) $found->rows[0]['id'];
                } else {
                    $choices = array_map(static fn (array $r): array => ['id' => (int) $r['id'], 'name' => (string) $r['name']], $found->rows);
                    $companyNotice = $found->total === 0
                        ? ['KCRM_ERROR_COMPANY_NOT_FOUND', ['#QUERY#' => mb_substr($companyText, 0, 100, 'UTF-8')]]
                        : ['KCRM_ERROR_COMPANY_CHOOSE', ['#QUERY#' => mb_substr($companyText, 0, 100, 'UTF-8'), '#COUNT#' => (string) $found->total]];
                }
            }
        }
        $query = ListQuery::fromArray($params, ContactRepository::sorts())
            ->withOwners($this->context->visibleOwners('contact'));
        if ($query->companyId !== null && $this->context->allows('company', 'view', $query->companyId)) {
            $name = (new CompanyRepository($this->context->db))->find($query->companyId)['name'] ?? null;
            if ($name !== null) {
                $choices = [['id' => $query->companyId, 'name' => (string) $name]];
            }
        }
        $list = $this->service()->search($query);
        return new Page('KCRM_PAGE_CONTACTS', $this->context->view->render('contact_list', [
            'query' => $query,
            'list' => $list,
            'pager' => $this->context->view->render('pager', ['list' => $list, 'query' => $query, 'page' => 'contacts']),
            'responsibles' => $this->context->responsibles(),
            'companies' => $choices,
            'companyText' => $companyText,
            'companyNotice' => $companyNotice === null ? null : $this->context->host->translate(...$companyNotice),
            'pickerUrl' => $this->context->host->pageUrl('company_choices'),
            'pickerScript' => $this->context->host->pageUrl('company_picker.js'),
            'canWrite' => $this->context->allows('contact', 'edit'),
            'canDelete' => $this->context->allows('contact', 'delete'),
            'export' => $this->context->allows('contact', 'export') ? $this->context->view->render('export_form', [
                'action' => $this->context->host->pageUrl('contacts_export', $query->toArray(['page' => null])),
            ] + $this->context->formVars()) : null,
        ] + $this->context->formVars()));
    }

    public function card(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('contact', 'view')) {
            return $denied;
        }
        $id = $request->id();
        $contact = $id === null ? null : $this->service()->card($id);
        if ($contact === null) {
            return $this->context->notFound();
        }
        if ($denied = $this->context->deny('contact', 'view', $id)) {
            return $denied;
        }
        $this->context->audit($request, 'view', 'contact', $id);
        $contact['companies'] = $this->maskForeign($contact['companies']);
        $timeline = (new Timeline($this->context->db))->ofContact($id, $this->context->visibleOwners('activity'));
        return new Page('KCRM_PAGE_CONTACT', $this->context->view->render('contact_card', [
            'contact' => $contact,
            'name' => ContactRepository::fullName($contact),
            'timeline' => $this->context->view->render('timeline', [
                'owner' => ['company_id' => null, 'contact_id' => $id, 'back' => $this->context->host->pageUrl('contact', ['id' => $id])],
                'activities' => $timeline['activities'],
                'tasks' => $timeline['tasks'],
                'responsibles' => $this->context->responsibles(),
                'me' => $this->context->user()?->id,
                'canWrite' => $this->context->allows('activity', 'edit', ['contact_id' => $id]) && $contact['deleted_at'] === null,
                'errors' => [],
            ] + $this->context->formVars()),
            'canWrite' => $this->context->allows('contact', 'edit', $id),
            'canDelete' => $this->context->allows('contact', 'delete', $id),
        ] + $this->context->formVars()), 200, ['#NAME#' => ContactRepository::fullName($contact)]);
    }

    public function form(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('contact', 'edit')) {
            return $denied;
        }
        $id = $request->id();
        // A new card is the author's until they choose someone else.
        $values = ['phones' => [''], 'emails' => [''], 'companies' => [], 'responsible_user_id' => (string) $this->context->host->currentUser()?->id];
        if ($id !== null) {
            $contact = $this->service()->card($id);
            if ($contact === null || $contact['deleted_at'] !== null) {
                return $this->context->notFound();
            }
            if ($denied = $this->context->deny('contact', 'edit', $id)) {
                return $denied;
            }
            $values = $contact;
            $values['phones'] = array_column($contact['phones'], 'raw') ?: [''];
            $values['emails'] = array_column($contact['emails'], 'raw') ?: [''];
        } elseif (($company = $request->id('company')) !== null) {
            // "Add a contact person" on an organisation's card comes with the organisation chosen.
            $values['companies'] = [['company_id' => $company, 'role' => Role::Other->value, 'position' => '']];
        }
        return $this->renderForm($id, $values, new SaveResult(null));
    }

    public function save(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('contact', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $id = $request->id();
        if ($id !== null) {
            $existing = $this->service()->card($id);
            if ($existing === null || $existing['deleted_at'] !== null) {
                return $this->context->notFound();
            }
            if ($denied = $this->context->deny('contact', 'edit', $id)) {
                return $denied;
            }
        }
        $input = [];
        foreach (self::FIELDS as $field) {
            $input[$field] = (string) $request->input($field);
        }
        $input['phones'] = $request->inputList('phones');
        $input['emails'] = $request->inputList('emails');
        $input['companies'] = $request->inputRows('companies');
        $input['responsible_user_id'] = $this->context->responsibleFor('contact', $input['responsible_user_id'] ?? '');
        [$input['companies'], $picked] = $this->pickCompanies($input['companies']);
        $result = $picked
            ?? $this->refuseForeignCompanies($input['companies'], $id)
            ?? $this->service()->save($input, $id, (string) $request->input('confirm'));
        if ($result->saved()) {
            $this->context->audit($request, $id === null ? 'create' : 'edit', 'contact', $result->id);
            return Response::redirect($this->context->host->pageUrl('contact', ['id' => $result->id]));
        }
        $input['phones'] = $input['phones'] ?: [''];
        $input['emails'] = $input['emails'] ?: [''];
        return $this->renderForm($id, $input, $result, $result->errors !== [] ? 422 : 409);
    }

    public function delete(Request $request): Response|Page
    {
        return $this->context->deleteCard($request, 'contact', $this->service(), static fn (array $c): string => ContactRepository::fullName($c), 'contacts');
    }

    public function restore(Request $request): Response|Page
    {
        return $this->context->restoreCard($request, 'contact', $this->service());
    }

    public function check(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('contact', 'edit')) {
            return $denied;
        }
        $warnings = $this->service()->warnings([
            'phones' => is_array($request->query['phones'] ?? null) ? $request->query['phones'] : [],
            'emails' => is_array($request->query['emails'] ?? null) ? $request->query['emails'] : [],
        ], $request->id());
        return Response::json(['warnings' => DuplicateText::describe($warnings, $this->context->host, $this->context->viewable())]);
    }

    /**
     * Organisations the user may not view keep their place on the card but not their name or link.
     *
     * @param list<array<string, mixed>> $memberships
     * @return list<array<string, mixed>>
     */
    private function maskForeign(array $memberships): array
    {
        foreach ($memberships as $i => $m) {
            $memberships[$i]['hidden'] = !$this->context->allows('company', 'view', (int) $m['company_id']);
            if ($memberships[$i]['hidden']) {
                $memberships[$i]['company_name'] = null;
            }
        }
        return $memberships;
    }

    /**
     * The form's organisation rows typed as a search (without JavaScript, or without choosing in
     * the list): the one organisation the search finds is chosen; several or none stop the save,
     * and the row then offers what was found (matches).
     *
     * @param list<array<string, string>> $rows
     * @return array{0: list<array<string, mixed>>, 1: ?SaveResult}
     */
    private function pickCompanies(array $rows): array
    {
        $error = null;
        $companies = new CompanyPages($this->context);
        foreach ($rows as $i => $m) {
            $text = trim((string) ($m['company_query'] ?? ''));
            if (($m['company_id'] ?? '') !== '' || $text === '') {
                continue;
            }
            $found = $companies->search($text, CompanyPages::CHOICES);
            if ($found->total === 1) {
                $rows[$i]['company_id'] = (string) $found->rows[0]['id'];
                continue;
            }
            $rows[$i]['matches'] = array_map(static fn (array $r): array => ['id' => (int) $r['id'], 'name' => (string) $r['name']], $found->rows);
            $error ??= $found->total === 0
                ? ['code' => 'KCRM_ERROR_COMPANY_NOT_FOUND', 'replace' => ['#QUERY#' => mb_substr($text, 0, 100, 'UTF-8')]]
                : ['code' => 'KCRM_ERROR_COMPANY_CHOOSE', 'replace' => ['#QUERY#' => mb_substr($text, 0, 100, 'UTF-8'), '#COUNT#' => (string) $found->total]];
        }
        return [$rows, $error === null ? null : new SaveResult(null, ['companies' => $error])];
    }

    /**
     * A contact may be tied only to organisations the user may view; ties the card already has
     * (made by someone who could) stay as they are.
     *
     * @param list<array<string, mixed>> $rows the form's organisation rows
     */
    private function refuseForeignCompanies(array $rows, ?int $id): ?SaveResult
    {
        $existing = $id === null ? [] : array_map('intval', array_column((new ContactRepository($this->context->db))->memberships($id), 'company_id'));
        foreach ($rows as $m) {
            $companyId = is_array($m) ? ($m['company_id'] ?? null) : null;
            if (!is_string($companyId) || !ctype_digit($companyId) || (int) $companyId <= 0) {
                continue;
            }
            if (!in_array((int) $companyId, $existing, true) && !$this->context->allows('company', 'view', (int) $companyId)) {
                return new SaveResult(null, ['companies' => ['code' => 'KCRM_ERROR_COMPANY_FORBIDDEN', 'replace' => []]]);
            }
        }
        return null;
    }

    /** @param array<string, mixed> $values */
    private function renderForm(?int $id, array $values, SaveResult $result, int $status = 200): Page
    {
        $companies = is_array($values['companies'] ?? null) ? $values['companies'] : [];
        // One empty row to add an organisation with.
        $companies[] = ['company_id' => '', 'role' => Role::Other->value, 'position' => ''];
        $values['companies'] = $companies;
        // Each row offers its chosen organisation and what its search found, not a list of them all.
        // A tie to an organisation the user may not view is kept, under a name that says whose it is.
        $repository = new CompanyRepository($this->context->db);
        $choices = [];
        foreach ($companies as $i => $m) {
            $choices[$i] = [];
            $companyId = (string) ($m['company_id'] ?? '');
            if ($companyId !== '' && ctype_digit($companyId) && ($company = $repository->find((int) $companyId)) !== null) {
                $choices[$i][] = ['id' => (int) $companyId, 'name' => $this->context->allows('company', 'view', (int) $companyId)
                    ? (string) $company['name'] : $this->context->host->translate('KCRM_FOREIGN_COMPANY')];
            }
            foreach (is_array($m['matches'] ?? null) ? $m['matches'] : [] as $match) {
                if ((string) $match['id'] !== $companyId) {
                    $choices[$i][] = $match;
                }
            }
        }
        $content = $this->context->view->render('contact_form', [
            'id' => $id,
            'values' => $values,
            'errors' => $result->errors,
            'warnings' => DuplicateText::describe($result->warnings, $this->context->host, $this->context->viewable()),
            'fingerprint' => $result->fingerprint,
            'responsibles' => $this->context->responsibles(),
            'companyChoices' => $choices,
            'pickerUrl' => $this->context->host->pageUrl('company_choices'),
            'pickerScript' => $this->context->host->pageUrl('company_picker.js'),
            'roles' => Role::cases(),
        ] + $this->context->formVars());
        return $id === null
            ? new Page('KCRM_PAGE_CONTACT_NEW', $content, $status)
            : new Page('KCRM_PAGE_CONTACT_EDIT', $content, $status, ['#NAME#' => ContactRepository::fullName($values)]);
    }
}
