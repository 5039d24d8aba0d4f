<?php
// All open tasks of the signed-in user, each with its "done" tick, and the latest activities they may see.
namespace Kartoteka\Crm\Http;
use Kartoteka\Crm\Contacts\ContactRepository;
/** @var list<array<string, mixed>> $tasks @var list<array<string, mixed>> $recent @var string $now @var bool $canWrite */
/** @var string $csrfField @var string $csrfToken */
$card = static function (array $row) use ($t, $url): Html {
    if ($row['company_id'] !== null && !empty($row['company_hidden'])) {
        return new Html('<span class="muted">' . e($t('KCRM_FOREIGN_COMPANY')) . '</span>');
    }
    if ($row['company_id'] !== null) {
        return new Html('<a href="' . e($url('company', ['id' => $row['company_id']])) . '">' . e($row['company_name']) . '</a>');
    }
    if ($row['contact_id'] !== null && !empty($row['contact_hidden'])) {
        return new Html('<span class="muted">' . e($t('KCRM_FOREIGN_CONTACT')) . '</span>');
    }
    if ($row['contact_id'] !== null) {
        return new Html('<a href="' . e($url('contact', ['id' => $row['contact_id']])) . '">' . e(ContactRepository::fullName($row)) . '</a>');
    }
    return new Html('');
};
?>
<section id="open-tasks">
  <h2><?= e($t('KCRM_TASKS_OPEN')) ?></h2>
  <?php if ($tasks === []): ?>
    <p class="muted"><?= e($t('KCRM_TASKS_NONE')) ?></p>
  <?php else: ?>
    <ul>
      <?php foreach ($tasks as $task): ?>
        <li class="task-open">
          <?php if ($canWrite): ?>
            <form method="post" class="inline" action="<?= e($url('task_toggle')) ?>">
              <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
              <input type="hidden" name="from" value="tasks">
              <input type="hidden" name="id" value="<?= e($task['id']) ?>">
              <button type="submit" title="<?= e($t('KCRM_TASK_DONE')) ?>">☐</button>
            </form>
          <?php endif ?>
          <?= e($task['title']) ?>
          <?php if ($task['due_at'] !== null): ?>
            <span class="<?= e($task['due_at'] < $now ? 'error' : 'muted') ?>"><?= e($t('KCRM_TASK_DUE', ['#DATE#' => $fmt->dateTime($task['due_at'])])) ?></span>
          <?php endif ?>
          <?= e($card($task)) ?>
        </li>
      <?php endforeach ?>
    </ul>
  <?php endif ?>
</section>
<section id="recent-activities">
  <h2><?= e($t('KCRM_TASKS_RECENT')) ?></h2>
  <?php if ($recent === []): ?>
    <p class="muted"><?= e($t('KCRM_TASKS_NO_ACTIVITIES')) ?></p>
  <?php else: ?>
    <ul>
      <?php foreach ($recent as $a): ?>
        <li><span class="muted"><?= e($fmt->dateTime($a['happened_at'])) ?></span>
          <?= e($t('KCRM_ACTIVITY_' . strtoupper((string) $a['type']))) ?>: <?= e($a['subject']) ?>
          <?= e($card($a)) ?></li>
      <?php endforeach ?>
    </ul>
  <?php endif ?>
</section>
