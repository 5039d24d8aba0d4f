<?php
// The dashboard: how many companies, contact persons and open tasks the CRM holds now.
namespace Kartoteka\Crm\Http;
/** @var array{companies: int, contacts: int, open_tasks: int} $counts @var \Kartoteka\Crm\Access\User $user */
?>
<p><?= e($t('KCRM_DASHBOARD_GREETING', ['#NAME#' => $user->displayName()])) ?></p>
<div class="cards">
  <section class="card" id="count-companies">
    <div class="number"><?= e($counts['companies']) ?></div>
    <div><?= e($t('KCRM_DASHBOARD_COMPANIES')) ?></div>
  </section>
  <section class="card" id="count-contacts">
    <div class="number"><?= e($counts['contacts']) ?></div>
    <div><?= e($t('KCRM_DASHBOARD_CONTACTS')) ?></div>
  </section>
  <section class="card" id="count-open-tasks">
    <div class="number"><?= e($counts['open_tasks']) ?></div>
    <div><?= e($t('KCRM_DASHBOARD_OPEN_TASKS')) ?></div>
  </section>
</div>
