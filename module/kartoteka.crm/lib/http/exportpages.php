<?php
// Downloads of the organisation and contact person lists as CSV, for users with the export right:
// the list as filtered and sorted on the page, in the user's scope, streamed, noted in the audit log.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Contacts\ListQuery;
use Kartoteka\Crm\Contacts\Role;
use Kartoteka\Crm\Export\CsvWriter;
use Kartoteka\Crm\Export\ListExport;

final class ExportPages
{
    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    public function companies(Request $request): Response|Page
    {
        return $this->export($request, 'company');
    }

    public function contacts(Request $request): Response|Page
    {
        return $this->export($request, 'contact');
    }

    /** @param 'company'|'contact' $entity */
    private function export(Request $request, string $entity): Response|Page
    {
        // Both rights: the list the user may see, and the right to take it away.
        if ($denied = $this->context->deny($entity, 'export') ?? $this->context->deny($entity, 'view')) {
            return $denied;
        }
        $list = $entity === 'company' ? 'companies' : 'contacts';
        $query = ListQuery::fromArray($request->query, $entity === 'company' ? CompanyRepository::sorts() : ContactRepository::sorts());
        // A download is a POST with the form's token, like every other action; the address typed
        // in by hand leads back to the list it exports.
        if ($request->method !== 'POST') {
            return Response::redirect($this->context->host->pageUrl($list, $query->toArray(['page' => null])));
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $query = $query->withOwners(self::narrower(
            $this->context->visibleOwners($entity),
            $this->context->visibleOwners($entity, 'export'),
        ));
        $encoding = $request->input('encoding') === 'Windows-1251' ? 'Windows-1251' : 'UTF-8';
        $columns = $entity === 'company' ? ListExport::COMPANY_COLUMNS : ListExport::CONTACT_COLUMNS;
        $headers = [];
        foreach ($columns as $column) {
            $headers[$column] = $this->context->host->translate('KCRM_EXPORT_' . strtoupper($entity) . '_' . strtoupper($column));
        }
        $companyOwners = $this->context->visibleOwners('company');
        $roleName = fn (string $role): string => $this->context->host->translate((Role::tryFrom($role) ?? Role::Other)->labelCode());
        $export = new ListExport($this->context->db, $this->context->region());
        $context = $this->context;
        $fileName = $this->context->host->translate('KCRM_EXPORT_FILE_' . strtoupper($entity)) . '-' . gmdate('Y-m-d') . '.csv';

        return Response::stream(200, [
            'Content-Type' => 'text/csv; charset=' . $encoding,
            'Content-Disposition' => sprintf('attachment; filename="%s-%s.csv"; filename*=UTF-8\'\'%s', $list, gmdate('Y-m-d'), rawurlencode($fileName)),
        ], static function () use ($export, $entity, $query, $companyOwners, $encoding, $headers, $roleName, $context, $request): void {
            // The audit line is written after the last row, when the count is known; a reader who
            // leaves early stops the export, and the line says how far it got.
            ignore_user_abort(true);
            // A long list takes longer than a page may: cut short, the file would look complete.
            set_time_limit(0);
            $out = fopen('php://output', 'wb');
            $csv = new CsvWriter($out, $encoding);
            $stop = static function (): bool {
                flush();
                return connection_aborted() === 1;
            };
            $rows = $entity === 'company'
                ? $export->companies($query, $csv, $headers, $stop)
                : $export->contacts($query, $companyOwners, $csv, $headers, $roleName, $stop);
            fclose($out);
            $context->audit($request, 'export', $entity, null, [
                'rows' => $rows,
                'query' => http_build_query($query->toArray(['page' => null])),
                'encoding' => $encoding,
                'complete' => connection_aborted() === 1 ? 0 : 1,
            ]);
        });
    }

    /**
     * Whose records both scopes cover.
     *
     * @param list<int>|null $a
     * @param list<int>|null $b
     * @return list<int>|null
     */
    private static function narrower(?array $a, ?array $b): ?array
    {
        if ($a === null || $b === null) {
            return $a ?? $b;
        }
        return array_values(array_intersect($a, $b));
    }
}
