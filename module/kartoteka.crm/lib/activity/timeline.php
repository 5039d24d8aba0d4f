<?php
// What happened with a client and what is to be done: logs activities, adds tasks, ticks them off.

declare(strict_types=1);

namespace Kartoteka\Crm\Activity;

use Kartoteka\Crm\Access\OwnedRecords;
use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Contacts\ContactRepository;
use Kartoteka\Crm\Db\Connection;

final class Timeline
{
    public const TYPES = ['call', 'meeting', 'note', 'email'];
    public const DIRECTIONS = ['in', 'out'];
    public const CALL_RESULTS = ['reached', 'no_answer', 'busy', 'voicemail', 'wrong_number'];

    private readonly ActivityRepository $activities;
    private readonly TaskRepository $tasks;

    public function __construct(private readonly Connection $db)
    {
        $this->activities = new ActivityRepository($db);
        $this->tasks = new TaskRepository($db);
    }

    /**
     * Logs an activity on an organisation and/or a contact person. Returns the new id, or field
     * errors as lang codes.
     *
     * @param array<string, mixed> $input type, direction, result, duration_minutes, subject, body, happened_at
     * @return int|array<string, string>
     */
    public function log(?int $companyId, ?int $contactId, ?int $userId, array $input): int|array
    {
        $errors = $this->ownerErrors($companyId, $contactId);
        $type = self::text($input, 'type');
        if (!in_array($type, self::TYPES, true)) {
            $errors['type'] = 'KCRM_ERROR_ACTIVITY_TYPE';
        }
        $direction = self::text($input, 'direction');
        if ($direction === '' || !in_array($type, ['call', 'email'], true)) {
            $direction = null;
        } elseif (!in_array($direction, self::DIRECTIONS, true)) {
            $errors['direction'] = 'KCRM_ERROR_ACTIVITY_DIRECTION';
        }
        $result = $type === 'call' ? self::text($input, 'result') : '';
        if ($result !== '' && !in_array($result, self::CALL_RESULTS, true)) {
            $errors['result'] = 'KCRM_ERROR_CALL_RESULT';
        }
        $minutes = self::text($input, 'duration_minutes');
        $duration = null;
        if ($type === 'call' && $minutes !== '') {
            if (!preg_match('/^\d{1,4}([.,]\d{1,2})?$/', $minutes)) {
                $errors['duration_minutes'] = 'KCRM_ERROR_DURATION';
            } else {
                $duration = (int) round((float) str_replace(',', '.', $minutes) * 60);
            }
        }
        $subject = self::text($input, 'subject');
        $body = self::text($input, 'body');
        if ($subject === '' && $body === '') {
            $errors['subject'] = 'KCRM_ERROR_ACTIVITY_EMPTY';
        } elseif (mb_strlen($subject, 'UTF-8') > 500) {
            $errors['subject'] = 'KCRM_ERROR_SUBJECT_TOO_LONG';
        }
        $happened = self::text($input, 'happened_at');
        $happenedAt = $happened === '' ? gmdate('Y-m-d H:i:s') : self::dateTime($happened);
        if ($happenedAt === null) {
            $errors['happened_at'] = 'KCRM_ERROR_DATE';
        }
        if ($errors !== []) {
            return $errors;
        }
        return $this->activities->insert([
            'type' => $type,
            'direction' => $direction,
            'result' => $result === '' ? null : $result,
            'duration_seconds' => $duration,
            'subject' => mb_substr($subject, 0, 500, 'UTF-8'),
            'body' => $body === '' ? null : $body,
            'company_id' => $companyId,
            'contact_id' => $contactId,
            'user_id' => $userId,
            'happened_at' => $happenedAt,
        ]);
    }

    /**
     * @param array<string, mixed> $input title, description, due_at, responsible_user_id
     * @return int|array<string, string>
     */
    public function addTask(?int $companyId, ?int $contactId, ?int $createdBy, array $input): int|array
    {
        $errors = $this->ownerErrors($companyId, $contactId);
        $title = self::text($input, 'title');
        if ($title === '') {
            $errors['title'] = 'KCRM_ERROR_TASK_TITLE';
        } elseif (mb_strlen($title, 'UTF-8') > 500) {
            $errors['title'] = 'KCRM_ERROR_SUBJECT_TOO_LONG';
        }
        $due = self::text($input, 'due_at');
        $dueAt = $due === '' ? null : self::dateTime($due);
        if ($due !== '' && $dueAt === null) {
            $errors['due_at'] = 'KCRM_ERROR_DATE';
        }
        $responsible = self::text($input, 'responsible_user_id');
        if ($errors !== []) {
            return $errors;
        }
        $description = self::text($input, 'description');
        return $this->tasks->insert([
            'title' => $title,
            'description' => $description === '' ? null : $description,
            'due_at' => $dueAt,
            'company_id' => $companyId,
            'contact_id' => $contactId,
            'responsible_user_id' => ctype_digit($responsible) && $responsible !== '0' ? (int) $responsible : $createdBy,
            'created_by_user_id' => $createdBy,
        ]);
    }

    /** Done ⇄ open; returns the new status, or null when there is no such task. */
    public function toggleTask(int $id): ?string
    {
        $task = $this->tasks->find($id);
        if ($task === null) {
            return null;
        }
        $done = $task['status'] !== 'done';
        $this->tasks->setStatus($id, $done ? 'done' : 'open', $done ? gmdate('Y-m-d H:i:s') : null);
        return $done ? 'done' : 'open';
    }

    /** @return array<string, mixed>|null */
    public function task(int $id): ?array
    {
        return $this->tasks->find($id);
    }

    /**
     * The card's activities and tasks; with $owners (Rights::visibleOwners for "activity") only
     * those the viewer may see, as Rights::can decides for one (the card's owners, a task's responsible).
     *
     * @param list<int>|null $owners null: all of them
     * @return array{activities: list<array<string, mixed>>, tasks: list<array<string, mixed>>}
     */
    public function ofCompany(int $companyId, ?array $owners = null): array
    {
        [$activityWhere, $activityParams] = OwnedRecords::card($owners, 'a');
        [$taskWhere, $taskParams] = OwnedRecords::task($owners, 't');
        return [
            'activities' => $this->activities->forCompany($companyId, 100, $activityWhere, $activityParams),
            'tasks' => $this->tasks->forCompany($companyId, $taskWhere, $taskParams),
        ];
    }

    /**
     * @param list<int>|null $owners as for ofCompany()
     * @return array{activities: list<array<string, mixed>>, tasks: list<array<string, mixed>>}
     */
    public function ofContact(int $contactId, ?array $owners = null): array
    {
        [$activityWhere, $activityParams] = OwnedRecords::card($owners, 'a');
        [$taskWhere, $taskParams] = OwnedRecords::task($owners, 't');
        return [
            'activities' => $this->activities->forContact($contactId, 100, $activityWhere, $activityParams),
            'tasks' => $this->tasks->forContact($contactId, $taskWhere, $taskParams),
        ];
    }

    /** @return array<string, string> */
    private function ownerErrors(?int $companyId, ?int $contactId): array
    {
        if ($companyId === null && $contactId === null) {
            return ['owner' => 'KCRM_ERROR_ACTIVITY_OWNER'];
        }
        if ($companyId !== null && !(new CompanyRepository($this->db))->isLive($companyId)) {
            return ['owner' => 'KCRM_ERROR_ACTIVITY_OWNER'];
        }
        if ($contactId !== null) {
            $contact = (new ContactRepository($this->db))->find($contactId);
            if ($contact === null || $contact['deleted_at'] !== null) {
                return ['owner' => 'KCRM_ERROR_ACTIVITY_OWNER'];
            }
        }
        return [];
    }

    private static function text(array $input, string $name): string
    {
        return is_string($input[$name] ?? null) ? trim($input[$name]) : '';
    }

    /** Accepts what a datetime-local or date field sends: "2026-03-01T14:30", "2026-03-01 14:30:00", "2026-03-01". */
    private static function dateTime(string $value): ?string
    {
        foreach (['!Y-m-d\TH:i', '!Y-m-d\TH:i:s', '!Y-m-d H:i', '!Y-m-d H:i:s', '!Y-m-d'] as $format) {
            $parsed = \DateTimeImmutable::createFromFormat($format, $value, new \DateTimeZone('UTC'));
            $errors = \DateTimeImmutable::getLastErrors();
            if ($parsed !== false && ($errors === false || ($errors['warning_count'] === 0 && $errors['error_count'] === 0))) {
                return $format === '!Y-m-d' ? $parsed->format('Y-m-d 23:59:59') : $parsed->format('Y-m-d H:i:s');
            }
        }
        return null;
    }
}
