<?php
// The forms on a card's timeline: log an activity, add a task, tick a task done or open again.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Activity\Timeline;

final class TimelinePages
{
    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    public function addActivity(Request $request): Response|Page
    {
        return $this->add($request, static fn (Timeline $t, ?int $company, ?int $contact, ?int $user, array $input): int|array
            => $t->log($company, $contact, $user, $input), ['type', 'direction', 'result', 'duration_minutes', 'subject', 'body', 'happened_at']);
    }

    public function addTask(Request $request): Response|Page
    {
        return $this->add($request, static fn (Timeline $t, ?int $company, ?int $contact, ?int $user, array $input): int|array
            => $t->addTask($company, $contact, $user, $input), ['title', 'description', 'due_at', 'responsible_user_id']);
    }

    public function toggleTask(Request $request): Response|Page
    {
        if ($denied = $this->context->deny('activity', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $timeline = new Timeline($this->context->db);
        $id = $request->id();
        $task = $id === null ? null : $timeline->task($id);
        if ($task === null) {
            return $this->context->notFound();
        }
        if ($denied = $this->context->deny('activity', 'edit', $id)) {
            return $denied;
        }
        $timeline->toggleTask($id);
        return Response::redirect($this->back($request, $task['company_id'] === null ? null : (int) $task['company_id'], $task['contact_id'] === null ? null : (int) $task['contact_id']));
    }

    /**
     * @param \Closure(Timeline, ?int, ?int, ?int, array<string, string>): (int|array<string, string>) $write
     * @param list<string> $fields
     */
    private function add(Request $request, \Closure $write, array $fields): Response|Page
    {
        if ($denied = $this->context->deny('activity', 'edit')) {
            return $denied;
        }
        if ($forged = $this->context->refuseForgedPost($request)) {
            return $forged;
        }
        $companyId = $request->id('company_id');
        $contactId = $request->id('contact_id');
        // What is logged on a card belongs to the card's responsible user.
        if ($denied = $this->context->deny('activity', 'edit', ['company_id' => $companyId, 'contact_id' => $contactId])) {
            return $denied;
        }
        $input = [];
        foreach ($fields as $field) {
            $input[$field] = (string) $request->input($field);
        }
        $result = $write(new Timeline($this->context->db), $companyId, $contactId, $this->context->user()?->id, $input);
        if (is_array($result)) {
            return new Page('KCRM_PAGE_TIMELINE_ERROR', $this->context->view->render('timeline_error', [
                'errors' => array_values($result),
                'back' => $this->back($request, $companyId, $contactId),
            ]), 422);
        }
        return Response::redirect($this->back($request, $companyId, $contactId));
    }

    /** Back to the page the form was on: the task list, or the card (the organisation's when there is one). */
    private function back(Request $request, ?int $companyId, ?int $contactId): string
    {
        $from = $request->input('from');
        if ($from === 'tasks') {
            return $this->context->host->pageUrl('tasks');
        }
        if ($from === 'contact' && $contactId !== null) {
            return $this->context->host->pageUrl('contact', ['id' => $contactId]);
        }
        if ($companyId !== null) {
            return $this->context->host->pageUrl('company', ['id' => $companyId]);
        }
        return $contactId !== null ? $this->context->host->pageUrl('contact', ['id' => $contactId]) : $this->context->host->pageUrl('dashboard');
    }
}
