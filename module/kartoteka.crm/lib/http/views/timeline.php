<?php
// A card's tasks and activity timeline, with the forms to add a task and to log a call, meeting, note or e-mail.
namespace Kartoteka\Crm\Http;
use Kartoteka\Crm\Activity\Timeline;
/** @var array{company_id: ?int, contact_id: ?int, back: string} $owner @var list<array<string, mixed>> $activities */
/** @var list<array<string, mixed>> $tasks @var list<array{id: int, name: string}> $responsibles @var ?int $me */
/** @var bool $canWrite @var string $csrfField @var string $csrfToken */
$from = $owner['contact_id'] !== null ? 'contact' : 'company';
$ownerFields = new Html(
    '<input type="hidden" name="' . e($csrfField) . '" value="' . e($csrfToken) . '">'
    . '<input type="hidden" name="from" value="' . e($from) . '">'
    . ($owner['company_id'] !== null ? '<input type="hidden" name="company_id" value="' . e($owner['company_id']) . '">' : '')
    . ($owner['contact_id'] !== null ? '<input type="hidden" name="contact_id" value="' . e($owner['contact_id']) . '">' : '')
);
?>
<section id="tasks">
  <h2><?= e($t('KCRM_TIMELINE_TASKS')) ?></h2>
  <?php if ($tasks === []): ?><p class="muted"><?= e($t('KCRM_TIMELINE_NO_TASKS')) ?></p><?php endif ?>
  <ul>
    <?php foreach ($tasks as $task): ?>
      <li class="task-<?= e($task['status']) ?>">
        <?php if ($canWrite): ?>
          <form method="post" class="inline" action="<?= e($url('task_toggle')) ?>"><?= e($ownerFields) ?>
            <input type="hidden" name="id" value="<?= e($task['id']) ?>">
            <button type="submit" title="<?= e($t($task['status'] === 'done' ? 'KCRM_TASK_REOPEN' : 'KCRM_TASK_DONE')) ?>"><?= e($task['status'] === 'done' ? '☑' : '☐') ?></button>
          </form>
        <?php endif ?>
        <?= e($task['status'] === 'done' ? new Html('<s>' . e($task['title']) . '</s>') : $task['title']) ?>
        <span class="muted"><?= e($task['due_at'] !== null ? $t('KCRM_TASK_DUE', ['#DATE#' => $fmt->dateTime($task['due_at'])]) : '') ?>
          <?= e($task['responsible_name']) ?></span>
      </li>
    <?php endforeach ?>
  </ul>
  <?php if ($canWrite): ?>
    <form method="post" action="<?= e($url('task_add')) ?>" class="filters" id="task-form"><?= e($ownerFields) ?>
      <div><label for="task-title"><?= e($t('KCRM_TASK_TITLE')) ?></label><input id="task-title" name="title" required maxlength="500" size="30"></div>
      <div><label for="task-due"><?= e($t('KCRM_TASK_DUE_AT')) ?></label><input id="task-due" name="due_at" type="datetime-local"></div>
      <div><label for="task-responsible"><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></label>
        <select id="task-responsible" name="responsible_user_id">
          <?php foreach ($responsibles as $r): ?>
            <option value="<?= e($r['id']) ?>"<?= e($r['id'] === $me ? new Html(' selected') : '') ?>><?= e($r['name']) ?></option>
          <?php endforeach ?>
        </select></div>
      <div><button type="submit"><?= e($t('KCRM_TASK_ADD')) ?></button></div>
    </form>
  <?php endif ?>
</section>
<section id="timeline">
  <h2><?= e($t('KCRM_TIMELINE')) ?></h2>
  <?php if ($canWrite): ?>
    <form method="post" action="<?= e($url('activity_add')) ?>" id="activity-form"><?= e($ownerFields) ?>
      <div class="filters">
        <div><label for="activity-type"><?= e($t('KCRM_ACTIVITY_TYPE')) ?></label>
          <select id="activity-type" name="type">
            <?php foreach (Timeline::TYPES as $type): ?><option value="<?= e($type) ?>"><?= e($t('KCRM_ACTIVITY_' . strtoupper($type))) ?></option><?php endforeach ?>
          </select></div>
        <div><label for="activity-direction"><?= e($t('KCRM_ACTIVITY_DIRECTION')) ?></label>
          <select id="activity-direction" name="direction"><option value=""></option>
            <?php foreach (Timeline::DIRECTIONS as $direction): ?><option value="<?= e($direction) ?>"><?= e($t('KCRM_DIRECTION_' . strtoupper($direction))) ?></option><?php endforeach ?>
          </select></div>
        <div><label for="activity-result"><?= e($t('KCRM_ACTIVITY_RESULT')) ?></label>
          <select id="activity-result" name="result"><option value=""></option>
            <?php foreach (Timeline::CALL_RESULTS as $result): ?><option value="<?= e($result) ?>"><?= e($t('KCRM_CALL_RESULT_' . strtoupper($result))) ?></option><?php endforeach ?>
          </select></div>
        <div><label for="activity-duration"><?= e($t('KCRM_ACTIVITY_DURATION')) ?></label>
          <input id="activity-duration" name="duration_minutes" inputmode="decimal" size="5"></div>
        <div><label for="activity-at"><?= e($t('KCRM_ACTIVITY_AT')) ?></label>
          <input id="activity-at" name="happened_at" type="datetime-local"></div>
      </div>
      <label for="activity-subject"><?= e($t('KCRM_ACTIVITY_SUBJECT')) ?></label>
      <input id="activity-subject" name="subject" maxlength="500" size="60">
      <label for="activity-body"><?= e($t('KCRM_ACTIVITY_BODY')) ?></label>
      <textarea id="activity-body" name="body" rows="3" cols="60"></textarea>
      <p><button type="submit"><?= e($t('KCRM_ACTIVITY_ADD')) ?></button></p>
    </form>
  <?php endif ?>
  <?php if ($activities === []): ?><p class="muted"><?= e($t('KCRM_TIMELINE_EMPTY')) ?></p><?php endif ?>
  <ul class="timeline">
    <?php foreach ($activities as $a): ?>
      <li>
        <strong><?= e($t('KCRM_ACTIVITY_' . strtoupper((string) $a['type']))) ?></strong>
        <?= e($a['direction'] !== null ? $t('KCRM_DIRECTION_' . strtoupper((string) $a['direction'])) : '') ?>
        <?= e($a['result'] !== null ? '· ' . $t('KCRM_CALL_RESULT_' . strtoupper((string) $a['result'])) : '') ?>
        <?= e($a['duration_seconds'] !== null ? '· ' . $t('KCRM_ACTIVITY_MINUTES', ['#MIN#' => round((int) $a['duration_seconds'] / 60, 1)]) : '') ?>
        <span class="muted"><?= e($fmt->dateTime($a['happened_at'])) ?> <?= e($a['user_name']) ?>
          <?= e($from === 'company' && $a['contact_id'] !== null ? '· ' . (($a['contact_hidden'] ?? false) ? $t('KCRM_FOREIGN_CONTACT') : \Kartoteka\Crm\Contacts\ContactRepository::fullName($a)) : '') ?></span>
        <?php if ((string) $a['subject'] !== ''): ?><div><?= e($a['subject']) ?></div><?php endif ?>
        <?php if ((string) $a['body'] !== ''): ?><div class="muted"><?= e($a['body']) ?></div><?php endif ?>
      </li>
    <?php endforeach ?>
  </ul>
</section>
