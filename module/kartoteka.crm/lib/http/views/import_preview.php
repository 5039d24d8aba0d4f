<?php
// The import wizard's second step: what the reader saw in the file and which column goes where.
namespace Kartoteka\Crm\Http;
/** @var array<string, mixed> $import @var array<string, mixed> $preview @var array<int, string> $mapping */
/** @var list<string> $fields @var \Closure $fieldLabel @var string $csrfField @var string $csrfToken */
$delimiter = $preview['delimiter'] === "\t" ? 'TAB' : (string) $preview['delimiter'];
?>
<p class="muted"><?= e($t('KCRM_IMPORT_DETECTED', ['#FORMAT#' => $preview['format'], '#ENCODING#' => $preview['encoding'], '#DELIMITER#' => $delimiter])) ?></p>
<form method="post" action="<?= e($url('import_start')) ?>">
  <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
  <input type="hidden" name="id" value="<?= e($import['id']) ?>">
  <div style="overflow-x: auto">
  <table class="list">
    <tr>
      <?php foreach ($preview['header'] as $i => $name): ?>
        <th>
          <label for="map-<?= e($i) ?>"><?= e($name) ?></label>
          <select id="map-<?= e($i) ?>" name="mapping[<?= e($i) ?>]">
            <?php foreach ($fields as $field): ?>
              <option value="<?= e($field) ?>"<?= e(($mapping[$i] ?? '') === $field ? new Html(' selected') : '') ?>><?= e($t($fieldLabel($field))) ?></option>
            <?php endforeach ?>
          </select>
        </th>
      <?php endforeach ?>
    </tr>
    <?php foreach ($preview['rows'] as $row): ?>
      <tr>
        <?php foreach ($preview['header'] as $i => $name): ?>
          <td><?= e($row[$i] ?? '') ?></td>
        <?php endforeach ?>
      </tr>
    <?php endforeach ?>
  </table>
  </div>
  <p><button type="submit"><?= e($t('KCRM_IMPORT_START')) ?></button></p>
</form>
