<?php
// The import wizard's last step: progress while the job runs, then the outcome with row numbers and Undo.
namespace Kartoteka\Crm\Http;
/** @var array<string, mixed> $import @var bool $running @var list<array<string, mixed>> $problems */
/** @var string $statusUrl @var string $scriptUrl @var string $csrfField @var string $csrfToken */
$stats = $import['stats'] + ['created' => 0, 'updated' => 0, 'unchanged' => 0, 'skipped' => 0, 'warnings' => 0, 'companies_created' => 0, 'contacts_created' => 0];
?>
<p><?= e($t('KCRM_IMPORT_STATE')) ?>: <strong><?= e($t('KCRM_IMPORT_STATE_' . strtoupper((string) $import['state']))) ?></strong></p>
<?php if ($running): ?>
  <meta http-equiv="refresh" content="3">
  <div id="import-progress" data-status="<?= e($statusUrl) ?>">
    <progress max="<?= e($import['progress_total'] ?? 1) ?>" value="<?= e($import['progress_done'] ?? 0) ?>"></progress>
    <span class="count"><?= e($import['progress_done'] ?? 0) ?> / <?= e($import['progress_total'] ?? '?') ?></span>
    <p class="muted"><?= e($t('KCRM_IMPORT_WAITING_WORKER')) ?></p>
  </div>
  <script src="<?= e($scriptUrl) ?>" defer></script>
<?php else: ?>
  <?php if ($import['error'] !== null && $import['error'] !== ''): ?>
    <p class="error" role="alert"><?= e($t('KCRM_IMPORT_FAILED')) ?> <?= e($import['error']) ?></p>
  <?php endif ?>
  <div class="cards" id="import-summary">
    <div class="card"><div class="number"><?= e($stats['created']) ?></div><?= e($t('KCRM_IMPORT_CREATED')) ?></div>
    <div class="card"><div class="number"><?= e($stats['updated']) ?></div><?= e($t('KCRM_IMPORT_UPDATED')) ?></div>
    <div class="card"><div class="number"><?= e($stats['unchanged']) ?></div><?= e($t('KCRM_IMPORT_UNCHANGED')) ?></div>
    <div class="card"><div class="number"><?= e($stats['skipped']) ?></div><?= e($t('KCRM_IMPORT_SKIPPED')) ?></div>
    <div class="card"><div class="number"><?= e($stats['warnings']) ?></div><?= e($t('KCRM_IMPORT_WARNINGS')) ?></div>
  </div>
  <p><?= e($t('KCRM_IMPORT_NEW_CARDS', ['#COMPANIES#' => $stats['companies_created'], '#CONTACTS#' => $stats['contacts_created']])) ?></p>
  <?php if ($problems !== []): ?>
    <h2><?= e($t('KCRM_IMPORT_PROBLEMS')) ?></h2>
    <ul>
      <?php foreach ($problems as $row): ?>
        <?php foreach ($row['messages'] as $message): ?>
          <li class="<?= e($message['level'] === 'error' ? 'error' : '') ?>"><?= e($t((string) $message['code'], (array) $message['replace'])) ?></li>
        <?php endforeach ?>
      <?php endforeach ?>
    </ul>
  <?php endif ?>
  <?php if (in_array($import['state'], ['done', 'failed'], true)): ?>
    <form method="post" action="<?= e($url('import_undo')) ?>">
      <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
      <input type="hidden" name="id" value="<?= e($import['id']) ?>">
      <p class="muted"><?= e($t('KCRM_IMPORT_UNDO_NOTE')) ?></p>
      <button type="submit"><?= e($t('KCRM_IMPORT_UNDO')) ?></button>
    </form>
  <?php endif ?>
<?php endif ?>
<p><a href="<?= e($url('import')) ?>"><?= e($t('KCRM_IMPORT_ANOTHER')) ?></a></p>
