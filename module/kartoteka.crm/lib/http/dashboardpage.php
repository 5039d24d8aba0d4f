<?php
// The dashboard (counts, my tasks for today, recent activities) and the page of all my open tasks.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Report\Summary;

final class DashboardPage
{
    public function __construct(private readonly PageContext $context)
    {
        $this->context->host->loadMessages(__FILE__);
    }

    public function show(): Response|Page
    {
        // Not deny(): the counts need no crm extension, so the dashboard stays up without it.
        $user = $this->context->user();
        if ($user === null) {
            return Response::redirect($this->context->host->pageUrl('login'));
        }
        if (!$this->context->allows('dashboard', 'view')) {
            return $this->context->forbidden();
        }
        $summary = new Summary($this->context->db, $user);
        return new Page('KCRM_PAGE_DASHBOARD', $this->context->view->render('dashboard', [
            'counts' => $summary->counts(),
            'user' => $user,
            'myTasks' => $summary->tasksDueToday($user->id, gmdate('Y-m-d')),
            'recent' => $summary->recentActivities(),
        ] + $this->context->formVars()));
    }

    /** Every open task of mine, each with its tick, and the latest activities I may see. */
    public function tasks(): Response|Page
    {
        if ($denied = $this->context->deny('activity', 'view')) {
            return $denied;
        }
        $user = $this->context->user();
        $summary = new Summary($this->context->db, $user);
        return new Page('KCRM_PAGE_TASKS', $this->context->view->render('tasks', [
            'tasks' => $summary->openTasks($user->id),
            'recent' => $summary->recentActivities(50),
            'now' => gmdate('Y-m-d H:i:s'),
            'canWrite' => $this->context->allows('activity', 'edit'),
        ] + $this->context->formVars()));
    }
}
