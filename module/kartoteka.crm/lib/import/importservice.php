<?php
// Imports of organisations and contact persons from CSV/TSV/XLSX: preview, start as a job, slices, undo.

declare(strict_types=1);

namespace Kartoteka\Crm\Import;

use Kartoteka\Crm\Access\OwnerRepository;
use Kartoteka\Crm\Contacts\Role;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Jobs\JobRepository;
use Kartoteka\Crm\Jobs\JobStep;
use Kartoteka\Crm\Localization\Messages;

final class ImportService
{
    public const JOB_TYPE = 'import';
    /** Rows per checkpoint: one transaction each, so a crash loses at most this much work. */
    public const ROWS_PER_STEP = 200;

    private readonly ImportRepository $imports;
    private readonly JobRepository $jobs;

    public function __construct(
        private readonly Connection $db,
        private readonly string $region = 'RU',
        private readonly int $rowsPerStep = self::ROWS_PER_STEP,
    ) {
        $this->imports = new ImportRepository($db);
        $this->jobs = new JobRepository($db);
    }

    /**
     * The first rows of a file as the reader sees it, with the mapping suggested for its header.
     * A file the reader cannot read throws Crm\Import\Exception with file, row and column.
     *
     * @param array<string, mixed> $options Reader options (encoding, delimiter …) the user overrode
     * @return array{format: string, encoding: string, delimiter: ?string, header: list<string>, rows: list<list<?string>>, mapping: array<int, string>}
     */
    public function preview(string $path, array $options = [], int $rows = 10): array
    {
        $reader = \Crm\Import\Reader::open($path, $options);
        $sample = $reader->fetch(max(1, $rows));
        $header = $reader->header();
        $width = max(count($header ?? []), ...array_map('count', $sample ?: [[]]));
        $names = [];
        for ($i = 0; $i < $width; $i++) {
            $names[] = $header !== null && ($header[$i] ?? '') !== '' ? (string) $header[$i] : '#' . ($i + 1);
        }
        return [
            'format' => $reader->format(),
            'encoding' => $reader->encoding(),
            'delimiter' => $reader->delimiter(),
            'header' => $names,
            'rows' => $sample,
            'mapping' => $header === null ? array_fill(0, $width, '') : ColumnMapping::suggest($names),
        ];
    }

    /**
     * Records an uploaded or named file as a draft import, with what the reader detected and the
     * suggested mapping; start() queues it.
     *
     * @param array<string, mixed> $options
     */
    public function prepare(string $path, string $fileName, ?int $userId, array $options = []): int
    {
        $preview = $this->preview($path, $options, 5);
        return $this->imports->insertImport([
            'file_name' => mb_substr($fileName, 0, 255, 'UTF-8'),
            'file_path' => $path,
            'file_sha1' => sha1_file($path) ?: null,
            'format' => $preview['format'],
            'encoding' => $preview['encoding'],
            'delimiter' => $preview['delimiter'],
            'options' => json_encode($options, JSON_THROW_ON_ERROR),
            'mapping' => json_encode($preview['mapping'], JSON_THROW_ON_ERROR),
            'region' => $this->region,
            'state' => 'draft',
            'created_by' => $userId,
        ]);
    }

    /**
     * Queues a draft import with the mapping chosen (null: keep the suggested one).
     *
     * $scope is whose existing cards the importing user may change, as Rights::visibleOwners
     * answers for "edit": ['company' => list<int>|null, 'contact' => list<int>|null] (null: anyone's).
     * The job keeps it, so a worker applies the rights the user had when they started the import.
     * Without $scope (the command line) every card may be changed.
     *
     * @param array<int|string, mixed>|null $mapping column index => field
     * @param array{company: list<int>|null, contact: list<int>|null}|null $scope
     * @return int the job id
     */
    public function start(int $importId, ?array $mapping = null, ?array $scope = null): int
    {
        return $this->db->transaction(function () use ($importId, $mapping, $scope): int {
            $import = $this->imports->findImport($importId);
            if ($import === null || $import['state'] !== 'draft') {
                throw new \InvalidArgumentException("Import $importId is not waiting to be started.");
            }
            $columns = count($import['mapping']);
            $clean = ColumnMapping::clean($mapping ?? $import['mapping'], $columns);
            $payload = ['import_id' => $importId] + ($scope === null ? [] : ['scope' => [
                'company' => self::ownerList(array_key_exists('company', $scope) ? $scope['company'] : []),
                'contact' => self::ownerList(array_key_exists('contact', $scope) ? $scope['contact'] : []),
            ]]);
            $jobId = $this->jobs->enqueue(self::JOB_TYPE, $payload, $import['created_by'] === null ? null : (int) $import['created_by']);
            $this->imports->updateImport($importId, [
                'mapping' => json_encode($clean, JSON_THROW_ON_ERROR),
                'state' => 'queued',
                'job_id' => $jobId,
            ]);
            return $jobId;
        });
    }

    /**
     * One slice: the next rows after the checkpoint, each journalled in kcrm_import_row. The job
     * runner holds the transaction; the file is read again from the top and the done rows skipped.
     *
     * @param array<string, mixed>|null $checkpoint
     * @param array<string, mixed>|null $scope as start() took it (the job's payload keeps it)
     */
    public function step(int $importId, ?array $checkpoint, ?array $scope = null): JobStep
    {
        $import = $this->imports->findImport($importId) ?? throw new \InvalidArgumentException("There is no import $importId.");
        $options = ['format' => $import['format'] ?: 'auto', 'encoding' => $import['encoding'] ?: 'auto']
            + ($import['delimiter'] !== null && $import['delimiter'] !== '' ? ['delimiter' => $import['delimiter']] : [])
            + $import['options'];
        $checkpoint ??= ['rows' => 0, 'total' => null, 'stats' => self::emptyStats()];
        if ($checkpoint['total'] === null) {
            $checkpoint['total'] = self::countRows($import['file_path'], $options);
        }
        $reader = \Crm\Import\Reader::open($import['file_path'], $options);
        for ($skip = (int) $checkpoint['rows']; $skip > 0; $skip -= count($batch)) {
            $batch = $reader->fetch(min($skip, 1000));
            if ($batch === []) {
                break;
            }
        }
        $header = $reader->header() ?? [];
        $columns = [];
        foreach ($import['mapping'] as $i => $field) {
            if ($field !== '') {
                $columns[$field] = (string) ($header[$i] ?? '#' . ($i + 1));
            }
        }
        $rowImporter = new RowImporter($this->imports, (string) $import['region'], $columns, $import['created_by'] === null ? null : (int) $import['created_by'], (string) $import['file_name'], $this->mayChange($scope), self::roleNames());
        $stats = $checkpoint['stats'];
        $finished = false;
        for ($n = 0; $n < $this->rowsPerStep; $n++) {
            $batch = $reader->fetch(1);
            if ($batch === []) {
                $finished = true;
                break;
            }
            $cells = $batch[0];
            $values = [];
            foreach ($import['mapping'] as $i => $field) {
                if ($field !== '') {
                    $values[$field] = $cells[$i] ?? null;
                }
            }
            $rowNumber = $reader->rowNumber();
            $result = $rowImporter->import($values, $rowNumber);
            $this->imports->insertRow($importId, $rowNumber, $result['status'], $result['company_id'], $result['contact_id'], $values, $result['messages'], $result['changes']);
            $stats[$result['status']]++;
            $stats['warnings'] += count(array_filter($result['messages'], static fn (array $m): bool => $m['level'] === 'warning'));
            $stats['errors'] += count(array_filter($result['messages'], static fn (array $m): bool => $m['level'] === 'error'));
            foreach ($result['changes'] as $change) {
                if ($change['op'] === 'insert' && in_array($change['table'], ['kcrm_company', 'kcrm_contact'], true)) {
                    $stats[$change['table'] === 'kcrm_company' ? 'companies_created' : 'contacts_created']++;
                }
                if ($change['table'] === 'kcrm_company' && $change['op'] === 'update') {
                    $stats['companies_updated']++;
                }
            }
            $checkpoint['rows']++;
        }
        if (!$finished && $checkpoint['rows'] >= $checkpoint['total']) {
            $finished = $reader->fetch(1) === [];
        }
        $checkpoint['stats'] = $stats;
        $this->imports->flushContactWords();
        $this->imports->updateImport($importId, [
            'state' => $finished ? 'done' : 'running',
            'rows_done' => $checkpoint['rows'],
            'created_count' => $stats['created'],
            'updated_count' => $stats['updated'],
            'unchanged_count' => $stats['unchanged'],
            'skipped_count' => $stats['skipped'],
            'warning_count' => $stats['warnings'],
            'stats' => json_encode($stats, JSON_THROW_ON_ERROR),
            'finished_at' => $finished ? gmdate('Y-m-d H:i:s') : null,
        ]);
        return new JobStep($checkpoint, (int) $checkpoint['rows'], (int) $checkpoint['total'], $finished);
    }

    /**
     * Records why an import stopped. A Crm\Import\Exception's message already names the file,
     * row and column; the rows of earlier checkpoints stay and can be undone.
     */
    public function fail(int $importId, \Throwable $error): string
    {
        $message = $error instanceof \Crm\Import\Exception || $error instanceof \InvalidArgumentException
            ? $error->getMessage()
            : get_class($error) . ': ' . $error->getMessage();
        $this->imports->updateImport($importId, ['state' => 'failed', 'error' => mb_substr($message, 0, 2000, 'UTF-8'), 'finished_at' => gmdate('Y-m-d H:i:s')]);
        return $message;
    }

    /**
     * Undoes a whole import in one transaction: deletes what it created, puts back the previous
     * values of what it changed, newest change first. Cards created by the import go even when
     * someone edited them since; the import page says so before the button.
     */
    public function undo(int $importId): bool
    {
        return $this->db->transaction(function () use ($importId): bool {
            $import = $this->imports->findImport($importId);
            if ($import === null || !in_array($import['state'], ['done', 'failed'], true)) {
                return false;
            }
            foreach ($this->imports->changesNewestFirst($importId) as $change) {
                $table = (string) ($change['table'] ?? '');
                $id = (int) ($change['id'] ?? 0);
                if (($change['op'] ?? '') === 'insert') {
                    $this->imports->deleteCreated($table, $id);
                } elseif (($change['op'] ?? '') === 'update' && is_array($change['before'] ?? null)) {
                    $this->imports->updateColumns($table, $id, $change['before']);
                }
            }
            $this->imports->flushContactWords();
            $this->imports->updateImport($importId, ['state' => 'undone', 'undone_at' => gmdate('Y-m-d H:i:s')]);
            return true;
        });
    }

    /** @return array<string, mixed>|null */
    public function find(int $importId): ?array
    {
        return $this->imports->findImport($importId);
    }

    public function importOfJob(int $jobId): ?int
    {
        return $this->imports->importOfJob($jobId);
    }

    /**
     * @param list<int>|null $starters only imports these users started; null: everyone's
     * @return list<array<string, mixed>>
     */
    public function recent(int $limit = 20, ?array $starters = null): array
    {
        return $this->imports->recentImports($limit, $starters);
    }

    /** @return list<array<string, mixed>> rows with warnings or errors, in file order */
    public function problems(int $importId, int $limit = 500): array
    {
        return $this->imports->rows($importId, true, $limit);
    }

    /** @return list<array<string, mixed>> */
    public function rows(int $importId, int $limit = 1000): array
    {
        return $this->imports->rows($importId, false, $limit);
    }

    /**
     * The roles' names in every language the module speaks (a file exported in Swedish names them
     * in Swedish), from the card pages' lang files: lower-case name => role code.
     *
     * @return array<string, string>
     */
    private static function roleNames(): array
    {
        $messages = new Messages();
        $messages->loadMessages(dirname(__DIR__) . '/http/pagecontext.php');
        $names = [];
        foreach (Messages::LANGUAGES as $language) {
            foreach (Role::cases() as $role) {
                $name = $messages->getMessage($role->labelCode(), null, $language);
                if ($name !== null) {
                    $names[mb_strtolower($name, 'UTF-8')] ??= $role->value;
                }
            }
        }
        return $names;
    }

    /**
     * @param array<string, mixed>|null $scope
     * @return (\Closure(string, int): bool)|null
     */
    private function mayChange(?array $scope): ?\Closure
    {
        if ($scope === null) {
            return null;
        }
        $owners = new OwnerRepository($this->db);
        return static function (string $entity, int $id) use ($scope, $owners): bool {
            // A key that is there and null is "anyone's"; a missing one is nobody's.
            $allowed = self::ownerList(array_key_exists($entity, $scope) ? $scope[$entity] : []);
            if ($allowed === null) {
                return true;
            }
            $of = $entity === 'company' ? $owners->ofCompany($id) : $owners->ofContact($id);
            return array_intersect($of, $allowed) !== [];
        };
    }

    /** @return list<int>|null null stays "anyone's"; anything else is read as a list of user ids */
    private static function ownerList(mixed $owners): ?array
    {
        return $owners === null ? null : array_values(array_map('intval', is_array($owners) ? $owners : []));
    }

    /** @return array<string, int> */
    public static function emptyStats(): array
    {
        return ['created' => 0, 'updated' => 0, 'unchanged' => 0, 'skipped' => 0, 'warnings' => 0, 'errors' => 0,
            'companies_created' => 0, 'contacts_created' => 0, 'companies_updated' => 0];
    }

    /** @param array<string, mixed> $options */
    private static function countRows(string $path, array $options): int
    {
        $reader = \Crm\Import\Reader::open($path, $options);
        $count = 0;
        while (($batch = $reader->fetch(1000)) !== []) {
            $count += count($batch);
        }
        return $count;
    }
}
