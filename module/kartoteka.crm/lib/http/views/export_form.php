<?php
// A list's "Download as CSV" button: the list's search, filters and sort go in the address, the encoding is the user's choice.
namespace Kartoteka\Crm\Http;
/** @var string $action @var string $csrfField @var string $csrfToken */
?>
<form method="post" action="<?= e($action) ?>" class="filters export" id="export">
  <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
  <div><label for="export-encoding"><?= e($t('KCRM_EXPORT_ENCODING')) ?></label>
    <select id="export-encoding" name="encoding">
      <option value="UTF-8"><?= e($t('KCRM_EXPORT_ENCODING_UTF8')) ?></option>
      <option value="Windows-1251"><?= e($t('KCRM_EXPORT_ENCODING_1251')) ?></option>
    </select></div>
  <div><button type="submit"><?= e($t('KCRM_EXPORT_DOWNLOAD')) ?></button></div>
</form>
