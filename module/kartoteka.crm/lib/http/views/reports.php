<?php
// The reports page: period selector, activity charts and table per manager, new cards, overdue tasks.
namespace Kartoteka\Crm\Http;
/** @var string $from @var string $to @var string $step @var list<string> $steps @var array<string, string> $range */
/** @var array<string, array{from: string, to: string, step: string}> $presets @var array<string, string> $types */
/** @var list<array<string, mixed>> $managers @var int $activityTotal @var Html $activityChart @var ?Html $managerChart */
/** @var array{companies: int, contacts: int} $newCards @var Html $cardsChart */
/** @var list<array<string, mixed>> $overdue @var int $overdueTotal @var ?Html $overdueChart */
?>
<form method="get" action="<?= e($url('reports')) ?>" class="filters" id="period">
  <div><label for="from"><?= e($t('KCRM_REPORT_FROM')) ?></label>
    <input id="from" name="from" type="date" value="<?= e($from) ?>"></div>
  <div><label for="to"><?= e($t('KCRM_REPORT_TO')) ?></label>
    <input id="to" name="to" type="date" value="<?= e($to) ?>"></div>
  <div><label for="step"><?= e($t('KCRM_REPORT_STEP')) ?></label>
    <select id="step" name="step">
      <?php foreach ($steps as $s): ?>
        <option value="<?= e($s) ?>"<?= e($s === $step ? new Html(' selected') : '') ?>><?= e($t('KCRM_REPORT_STEP_' . strtoupper($s))) ?></option>
      <?php endforeach ?>
    </select></div>
  <div><button type="submit"><?= e($t('KCRM_REPORT_SHOW')) ?></button></div>
  <div class="presets">
    <?php foreach ($presets as $code => $preset): ?>
      <a href="<?= e($url('reports', $preset)) ?>"><?= e($t($code)) ?></a>
    <?php endforeach ?>
  </div>
</form>

<section id="report-activities">
  <h2><?= e($t('KCRM_REPORT_ACTIVITIES')) ?></h2>
  <p class="muted"><?= e($t('KCRM_REPORT_RANGE', $range)) ?> · <?= e($t('KCRM_REPORT_TOTAL', ['#COUNT#' => $fmt->number($activityTotal)])) ?></p>
  <?= e($activityChart) ?>
  <?php if ($managers === []): ?>
    <p><?= e($t('KCRM_REPORT_NO_ACTIVITIES')) ?></p>
  <?php else: ?>
    <?= e($managerChart) ?>
    <table class="list" id="report-managers">
      <caption class="muted"><?= e($t('KCRM_REPORT_MANAGERS_TABLE')) ?></caption>
      <thead><tr>
        <th scope="col"><?= e($t('KCRM_REPORT_MANAGER')) ?></th>
        <?php foreach ($types as $name): ?><th scope="col" class="num"><?= e($name) ?></th><?php endforeach ?>
        <th scope="col" class="num"><?= e($t('KCRM_REPORT_SUM')) ?></th>
      </tr></thead>
      <tbody>
      <?php foreach ($managers as $m): ?>
        <tr>
          <th scope="row"><?= e($m['name']) ?></th>
          <?php foreach (array_keys($types) as $type): ?><td class="num"><?= e($fmt->number($m['types'][$type] ?? 0)) ?></td><?php endforeach ?>
          <td class="num"><?= e($fmt->number($m['total'])) ?></td>
        </tr>
      <?php endforeach ?>
      </tbody>
    </table>
  <?php endif ?>
</section>

<section id="report-cards">
  <h2><?= e($t('KCRM_REPORT_CARDS')) ?></h2>
  <p class="muted"><?= e($t('KCRM_REPORT_NEW_COMPANIES')) ?>: <?= e($fmt->number($newCards['companies'])) ?> ·
    <?= e($t('KCRM_REPORT_NEW_CONTACTS')) ?>: <?= e($fmt->number($newCards['contacts'])) ?></p>
  <?= e($cardsChart) ?>
</section>

<section id="report-overdue">
  <h2><?= e($t('KCRM_REPORT_OVERDUE')) ?></h2>
  <?php if ($overdue === []): ?>
    <p><?= e($t('KCRM_REPORT_NO_OVERDUE')) ?></p>
  <?php else: ?>
    <p class="muted"><?= e($t('KCRM_REPORT_TOTAL', ['#COUNT#' => $fmt->number($overdueTotal)])) ?></p>
    <?= e($overdueChart) ?>
    <table class="list" id="report-overdue-tasks">
      <thead><tr>
        <th scope="col"><?= e($t('KCRM_TASK_TITLE')) ?></th>
        <th scope="col"><?= e($t('KCRM_TASK_DUE_AT')) ?></th>
        <th scope="col"><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></th>
        <th scope="col"><?= e($t('KCRM_REPORT_CARD')) ?></th>
      </tr></thead>
      <tbody>
      <?php foreach ($overdue as $task): ?>
        <tr>
          <td><?= e($task['title']) ?></td>
          <td><?= e($fmt->dateTime($task['due_at'])) ?></td>
          <td><?= e($task['responsible_name'] ?? $t('KCRM_NOBODY')) ?></td>
          <td>
            <?php if ($task['company_id'] !== null): ?>
              <a href="<?= e($url('company', ['id' => $task['company_id']])) ?>"><?= e($task['company_name']) ?></a>
            <?php elseif ($task['contact_id'] !== null): ?>
              <a href="<?= e($url('contact', ['id' => $task['contact_id']])) ?>"><?= e(trim($task['last_name'] . ' ' . $task['first_name'] . ' ' . $task['middle_name'])) ?></a>
            <?php endif ?>
          </td>
        </tr>
      <?php endforeach ?>
      </tbody>
    </table>
  <?php endif ?>
</section>
