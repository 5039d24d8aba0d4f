<?php
// The organisation pages: list with search and filters, card, create/edit form, delete and undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Activity\Timeline;
use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\CompanyService;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Contacts\Role;
use Kartoteka\Crm\Contacts\SaveResult;

final class CompanyPages
{
    /** How many organisations a picker offers at most. */
    public const CHOICES = 20;

    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    private function service(): CompanyService
    {
        return new CompanyService($this->context->db, $this->context->region());
    }

    public function list(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('company', 'view')) {
            return $denied;
        }
        $query = ListQuery::fromArray($request->query, CompanyRepository::sorts())
            ->withOwners($this->context->visibleOwners('company'));
        $list = $this->service()->search($query);
        return new Page('KCRM_PAGE_COMPANIES', $this->context->view->render('company_list', [
            'query' => $query,
            'list' => $list,
            'pager' => $this->context->view->render('pager', ['list' => $list, 'query' => $query, 'page' => 'companies']),
            'responsibles' => $this->context->responsibles(),
            'canWrite' => $this->context->allows('company', 'edit'),
            'canDelete' => $this->context->allows('company', 'delete'),
            'export' => $this->context->allows('company', 'export') ? $this->context->view->render('export_form', [
                'action' => $this->context->host->pageUrl('companies_export', $query->toArray(['page' => null])),
            ] + $this->context->formVars()) : null,
        ] + $this->context->formVars()));
    }

    public function card(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('company', 'view')) {
            return $denied;
        }
        $id = $request->id();
        $company = $id === null ? null : $this->service()->card($id);
        if ($company === null) {
            return $this->context->notFound();
        }
        if ($denied = $this->context->deny('company', 'view', $id)) {
            return $denied;
        }
        // Whom the user may see on the card: people and timeline entries in their own scope; another
        // manager's person keeps a row that says one is there.
        $company['contacts'] = $this->context->maskPeople($company['contacts'], 'id');
        $timeline = (new Timeline($this->context->db))->ofCompany($id, $this->context->visibleOwners('activity'));
        $timeline['activities'] = $this->context->maskPeople($timeline['activities']);
        return new Page('KCRM_PAGE_COMPANY', $this->context->view->render('company_card', [
            'company' => $company,
            'roles' => Role::cases(),
            'timeline' => $this->context->view->render('timeline', [
                'owner' => ['company_id' => $id, 'contact_id' => null, 'back' => $this->context->host->pageUrl('company', ['id' => $id])],
                'activities' => $timeline['activities'],
                'tasks' => $timeline['tasks'],
                'responsibles' => $this->context->responsibles(),
                'me' => $this->context->user()?->id,
                'canWrite' => $this->context->allows('activity', 'edit', ['company_id' => $id]) && $company['deleted_at'] === null,
                'errors' => [],
            ] + $this->context->formVars()),
            'canWrite' => $this->context->allows('company', 'edit', $id),
            'canDelete' => $this->context->allows('company', 'delete', $id),
        ] + $this->context->formVars()), 200, ['#NAME#' => (string) $company['name']]);
    }

    public function form(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('company', 'edit')) {
            return $denied;
        }
        $id = $request->id();
        // A new card is the author's until they choose someone else.
        $values = ['phones' => [''], 'emails' => [''], 'responsible_user_id' => (string) $this->context->host->currentUser()?->id];
        if ($id !== null) {
            $company = $this->service()->card($id);
            if ($company === null || $company['deleted_at'] !== null) {
                return $this->context->notFound();
            }
            if ($denied = $this->context->deny('company', 'edit', $id)) {
                return $denied;
            }
            $values = $company;
            $values['phones'] = array_column($company['phones'], 'raw') ?: [''];
            $values['emails'] = array_column($company['emails'], 'raw') ?: [''];
        }
        return $this->renderForm($id, $values, new SaveResult(null));
    }

    public function save(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('company', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $id = $request->id();
        $input = [];
        foreach (['name', 'inn', 'kpp', 'ogrn', 'orgnr', 'legal_address', 'city', 'responsible_user_id'] as $field) {
            $input[$field] = (string) $request->input($field);
        }
        $input['phones'] = $request->inputList('phones');
        $input['emails'] = $request->inputList('emails');
        if ($id !== null) {
            $existing = $this->service()->card($id);
            if ($existing === null || $existing['deleted_at'] !== null) {
                return $this->context->notFound();
            }
            if ($denied = $this->context->deny('company', 'edit', $id)) {
                return $denied;
            }
        }
        $input['responsible_user_id'] = $this->context->responsibleFor('company', $input['responsible_user_id']);
        $result = $this->service()->save($input, $id, (string) $request->input('confirm'));
        if ($result->saved()) {
            $this->context->audit($request, $id === null ? 'create' : 'edit', 'company', $result->id);
            return Response::redirect($this->context->host->pageUrl('company', ['id' => $result->id]));
        }
        $input['phones'] = $input['phones'] ?: [''];
        $input['emails'] = $input['emails'] ?: [''];
        return $this->renderForm($id, $input, $result, $result->errors !== [] ? 422 : 409);
    }

    public function delete(Request $request): Response|Page
    {
        return $this->context->deleteCard($request, 'company', $this->service(), static fn (array $c): string => (string) $c['name'], 'companies');
    }

    public function restore(Request $request): Response|Page
    {
        return $this->context->restoreCard($request, 'company', $this->service());
    }

    /**
     * The organisations a picker may offer for what has been typed: the list's own search (name,
     * INN or phone), in the user's scope, the first 20 by name, as JSON.
     */
    public function choices(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('company', 'view')) {
            return $denied;
        }
        $list = $this->search((string) $request->queryValue('q'), self::CHOICES);
        return Response::json([
            'results' => array_map(static fn (array $r): array => [
                'id' => (int) $r['id'],
                'name' => (string) $r['name'],
                'inn' => $r['inn'] === null ? null : (string) $r['inn'],
                'city' => $r['city'] === null ? null : (string) $r['city'],
            ], $list->rows),
            'total' => $list->total,
        ]);
    }

    /** The user's organisations that $text finds, as the list finds them, by name. */
    public function search(string $text, int $limit): \Kartoteka\Crm\Contacts\ListPage
    {
        $query = (new ListQuery(text: mb_substr(trim($text), 0, 200, 'UTF-8'), perPage: $limit))
            ->withOwners($this->context->visibleOwners('company'));
        return $this->service()->search($query);
    }

    /** The form's live duplicate check: JSON warnings for what has been typed so far. */
    public function check(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('company', 'edit')) {
            return $denied;
        }
        $warnings = $this->service()->warnings([
            'inn' => (string) $request->queryValue('inn'),
            'phones' => is_array($request->query['phones'] ?? null) ? $request->query['phones'] : [],
            'emails' => is_array($request->query['emails'] ?? null) ? $request->query['emails'] : [],
        ], $request->id());
        return Response::json(['warnings' => DuplicateText::describe($warnings, $this->context->host, $this->context->viewable())]);
    }

    /** @param array<string, mixed> $values */
    private function renderForm(?int $id, array $values, SaveResult $result, int $status = 200): Page
    {
        $content = $this->context->view->render('company_form', [
            'id' => $id,
            'values' => $values,
            'errors' => $result->errors,
            'warnings' => DuplicateText::describe($result->warnings, $this->context->host, $this->context->viewable()),
            'fingerprint' => $result->fingerprint,
            'responsibles' => $this->context->responsibles(),
        ] + $this->context->formVars());
        return $id === null
            ? new Page('KCRM_PAGE_COMPANY_NEW', $content, $status)
            : new Page('KCRM_PAGE_COMPANY_EDIT', $content, $status, ['#NAME#' => (string) ($values['name'] ?? '')]);
    }
}
