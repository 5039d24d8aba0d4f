<?php
// The import wizard's first step: choose a file; and the latest imports with their outcome.
namespace Kartoteka\Crm\Http;
/** @var ?string $error @var string $detail @var int $maxMb @var list<array<string, mixed>> $imports */
/** @var string $csrfField @var string $csrfToken */
?>
<p><?= e($t('KCRM_IMPORT_UPLOAD_INTRO', ['#MAX#' => $maxMb])) ?></p>
<?php if ($error !== null): ?>
  <p class="error" role="alert"><?= e($t($error)) ?><?php if ($detail !== ''): ?> <?= e($detail) ?><?php endif ?></p>
<?php endif ?>
<form method="post" enctype="multipart/form-data" action="<?= e($url('import')) ?>">
  <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
  <input type="hidden" name="MAX_FILE_SIZE" value="<?= e($maxMb * 1024 * 1024) ?>">
  <label for="file"><?= e($t('KCRM_IMPORT_UPLOAD_FILE')) ?></label>
  <input type="file" id="file" name="file" accept=".csv,.txt,.tsv,.xlsx" required>
  <button type="submit"><?= e($t('KCRM_IMPORT_UPLOAD_SUBMIT')) ?></button>
</form>
<?php if ($imports !== []): ?>
  <h2><?= e($t('KCRM_IMPORT_RECENT')) ?></h2>
  <table class="list">
    <tr><th>#</th><th><?= e($t('KCRM_IMPORT_COL_FILE')) ?></th><th><?= e($t('KCRM_IMPORT_COL_STATE')) ?></th><th><?= e($t('KCRM_IMPORT_COL_ROWS')) ?></th></tr>
    <?php foreach ($imports as $import): ?>
      <tr>
        <td><a href="<?= e($url($import['state'] === 'draft' ? 'import_preview' : 'import_job', ['id' => $import['id']])) ?>"><?= e($import['id']) ?></a></td>
        <td><?= e($import['file_name']) ?></td>
        <td><?= e($t('KCRM_IMPORT_STATE_' . strtoupper((string) $import['state']))) ?></td>
        <td><?= e($import['rows_done']) ?></td>
      </tr>
    <?php endforeach ?>
  </table>
<?php endif ?>
