<?php
// The dashboard: how many companies, contact persons and open tasks the CRM holds now.
namespace Kartoteka\Crm\Http;
/** @var array{companies: int, contacts: int, open_tasks: int} $counts @var \Kartoteka\Crm\Access\User $user */
?>
<p><?= e($t('KCRM_DASHBOARD_GREETING', ['#NAME#' => $user->displayName()])) ?></p>
<div class="cards">
  <section class="card" id="count-companies">
    <div class="number"><?= e($fmt->number($counts['companies'])) ?></div>
    <div><?= e($t('KCRM_DASHBOARD_COMPANIES')) ?></div>
  </section>
  <section class="card" id="count-contacts">
    <div class="number"><?= e($fmt->number($counts['contacts'])) ?></div>
    <div><?= e($t('KCRM_DASHBOARD_CONTACTS')) ?></div>
  </section>
  <section class="card" id="count-open-tasks">
    <div class="number"><?= e($fmt->number($counts['open_tasks'])) ?></div>
    <div><?= e($t('KCRM_DASHBOARD_OPEN_TASKS')) ?></div>
  </section>
</div>
<?php /** @var list<array<string, mixed>> $myTasks @var list<array<string, mixed>> $recent (absent on the Bitrix admin page) */ ?>
<section id="my-tasks">
  <h2><?= e($t('KCRM_DASHBOARD_MY_TASKS')) ?></h2>
  <?php if (($myTasks ?? []) === []): ?>
    <p class="muted"><?= e($t('KCRM_DASHBOARD_NO_TASKS')) ?></p>
  <?php else: ?>
    <ul>
      <?php foreach ($myTasks as $task): ?>
        <li><?= e($task['title']) ?> <span class="muted"><?= e($fmt->dateTime($task['due_at'])) ?></span>
          <?php if ($task['company_id'] !== null && !empty($task['company_hidden'])): ?><span class="muted"><?= e($t('KCRM_FOREIGN_COMPANY')) ?></span>
          <?php elseif ($task['company_id'] !== null): ?><a href="<?= e($url('company', ['id' => $task['company_id']])) ?>"><?= e($task['company_name']) ?></a>
          <?php elseif ($task['contact_id'] !== null && !empty($task['contact_hidden'])): ?><span class="muted"><?= e($t('KCRM_FOREIGN_CONTACT')) ?></span>
          <?php elseif ($task['contact_id'] !== null): ?><a href="<?= e($url('contact', ['id' => $task['contact_id']])) ?>"><?= e(\Kartoteka\Crm\Contacts\ContactRepository::fullName($task)) ?></a><?php endif ?></li>
      <?php endforeach ?>
    </ul>
  <?php endif ?>
</section>
<section id="recent-activities">
  <h2><?= e($t('KCRM_DASHBOARD_RECENT')) ?></h2>
  <?php if (($recent ?? []) === []): ?>
    <p class="muted"><?= e($t('KCRM_DASHBOARD_NO_ACTIVITIES')) ?></p>
  <?php else: ?>
    <ul>
      <?php foreach ($recent as $a): ?>
        <li><span class="muted"><?= e($fmt->dateTime($a['happened_at'])) ?></span> <?= e($a['subject'] !== '' ? $a['subject'] : $a['type']) ?>
          <?php if ($a['company_id'] !== null && !empty($a['company_hidden'])): ?><span class="muted"><?= e($t('KCRM_FOREIGN_COMPANY')) ?></span>
          <?php elseif ($a['company_id'] !== null): ?><a href="<?= e($url('company', ['id' => $a['company_id']])) ?>"><?= e($a['company_name']) ?></a><?php endif ?>
          <?php if ($a['contact_id'] !== null && !empty($a['contact_hidden'])): ?><span class="muted"><?= e($t('KCRM_FOREIGN_CONTACT')) ?></span>
          <?php elseif ($a['contact_id'] !== null): ?><a href="<?= e($url('contact', ['id' => $a['contact_id']])) ?>"><?= e(\Kartoteka\Crm\Contacts\ContactRepository::fullName($a)) ?></a><?php endif ?></li>
      <?php endforeach ?>
    </ul>
  <?php endif ?>
</section>
