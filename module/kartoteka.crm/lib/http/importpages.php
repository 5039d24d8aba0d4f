<?php
// The import wizard: upload a file, check the preview and the column mapping, start a job, watch it, undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Import\ColumnMapping;
use Kartoteka\Crm\Import\ImportService;

final class ImportPages
{
    public const MAX_BYTES = 20 * 1024 * 1024;
    private const EXTENSIONS = ['csv', 'txt', 'tsv', 'xlsx'];

    public function __construct(
        private readonly PageContext $context,
        private readonly string $uploadDir,
    ) {
        $this->context->host->loadMessages(__FILE__);
        $this->context->host->loadMessages(dirname(__DIR__) . '/import/rowimporter.php');
        $this->context->host->loadMessages(dirname(__DIR__) . '/import/columnmapping.php');
    }

    public function uploadForm(?string $error = null, int $status = 200, string $detail = ''): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        return new Page('KCRM_PAGE_IMPORT', $this->context->view->render('import_upload', [
            'error' => $error,
            'detail' => $detail,
            'maxMb' => (int) (self::MAX_BYTES / 1024 / 1024),
            'imports' => $this->service()->recent(10, $this->context->visibleOwners('import', 'import')),
        ] + $this->context->formVars()), $status);
    }

    public function upload(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $file = $request->file('file');
        if ($file === null || $file['error'] === UPLOAD_ERR_NO_FILE) {
            return $this->uploadForm('KCRM_IMPORT_UPLOAD_NONE', 422);
        }
        if (in_array($file['error'], [UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE], true) || $file['size'] > self::MAX_BYTES) {
            return $this->uploadForm('KCRM_IMPORT_UPLOAD_TOO_BIG', 413);
        }
        $extension = strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
        if ($file['error'] !== UPLOAD_ERR_OK || !in_array($extension, self::EXTENSIONS, true)) {
            return $this->uploadForm('KCRM_IMPORT_UPLOAD_BAD_TYPE', 422);
        }
        if (!is_dir($this->uploadDir) && !@mkdir($this->uploadDir, 0770, true) && !is_dir($this->uploadDir)) {
            return $this->uploadForm('KCRM_IMPORT_UPLOAD_FAILED', 500);
        }
        // The stored name is ours, never the user's: no path tricks, no overwriting.
        $path = $this->uploadDir . '/' . gmdate('Ymd-His') . '-' . bin2hex(random_bytes(8)) . '.' . $extension;
        if (!move_uploaded_file($file['tmp_name'], $path)) {
            return $this->uploadForm('KCRM_IMPORT_UPLOAD_FAILED', 500);
        }
        try {
            $id = $this->service()->prepare($path, basename($file['name']), $this->context->user()?->id);
        } catch (\Crm\Import\Exception $e) {
            @unlink($path);
            return $this->uploadForm('KCRM_IMPORT_UPLOAD_UNREADABLE', 422, $e->getMessage());
        }
        return Response::redirect($this->context->host->pageUrl('import_preview', ['id' => $id]));
    }

    public function preview(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        $import = $this->import($request);
        if ($import === null) {
            return $this->context->notFound();
        }
        if ($import['state'] !== 'draft') {
            return Response::redirect($this->context->host->pageUrl('import_job', ['id' => $import['id']]));
        }
        $preview = $this->service()->preview((string) $import['file_path'], $import['options'], 10);
        return new Page('KCRM_PAGE_IMPORT_PREVIEW', $this->context->view->render('import_preview', [
            'import' => $import,
            'preview' => $preview,
            'mapping' => $import['mapping'],
            'fields' => ['', ...ColumnMapping::FIELDS],
            'fieldLabel' => static fn (string $field): string => ColumnMapping::labelCode($field),
        ] + $this->context->formVars()), 200, ['#FILE#' => (string) $import['file_name']]);
    }

    public function start(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $import = $this->import($request);
        if ($import === null || $import['state'] !== 'draft') {
            return $this->context->notFound();
        }
        $mapping = is_array($request->post['mapping'] ?? null) ? $request->post['mapping'] : [];
        // The rows may change only the existing cards this user may edit (the job keeps the scope).
        $this->service()->start($import['id'], $mapping, [
            'company' => $this->context->editableOwners('company'),
            'contact' => $this->context->editableOwners('contact'),
        ]);
        return Response::redirect($this->context->host->pageUrl('import_job', ['id' => $import['id']]));
    }

    public function job(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        $import = $this->import($request);
        if ($import === null) {
            return $this->context->notFound();
        }
        $running = in_array($import['state'], ['queued', 'running'], true);
        return new Page('KCRM_PAGE_IMPORT_JOB', $this->context->view->render('import_job', [
            'import' => $import,
            'running' => $running,
            'problems' => $running ? [] : $this->service()->problems($import['id'], 200),
            'statusUrl' => $this->context->host->pageUrl('import_status', ['id' => $import['id']]),
            'scriptUrl' => $this->context->host->pageUrl('import.js'),
        ] + $this->context->formVars()), 200, ['#FILE#' => (string) $import['file_name']]);
    }

    /** The progress as JSON for the page's polling script. */
    public function status(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        $import = $this->import($request);
        if ($import === null) {
            return Response::json(['error' => 'not found'], 404);
        }
        return Response::json([
            'state' => $import['state'],
            'done' => $import['progress_done'] ?? 0,
            'total' => $import['progress_total'],
            'finished' => !in_array($import['state'], ['queued', 'running'], true),
        ]);
    }

    public function undo(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('import', 'import')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $import = $this->import($request);
        if ($import === null) {
            return $this->context->notFound();
        }
        $this->service()->undo($import['id']);
        $this->context->audit($request, 'import_undo', 'import', (int) $import['id']);
        return Response::redirect($this->context->host->pageUrl('import_job', ['id' => $import['id']]));
    }

    private function service(): ImportService
    {
        return new ImportService($this->context->db, $this->context->region());
    }

    /**
     * The import the request names, when the user may see it: with "own" scope only those they
     * started (ids of others' look as missing as ids that do not exist).
     *
     * @return array<string, mixed>|null
     */
    private function import(Request $request): ?array
    {
        $id = $request->id();
        if ($id === null || !$this->context->allows('import', 'import', $id)) {
            return null;
        }
        return $this->service()->find($id);
    }
}
