<?php
// A one-time notice after a delete or restore ("Deleted. Undo"), above the page in either host.
namespace Kartoteka\Crm\Http;
/** @var ?array<string, int|string> $flash ['kind' => 'deleted'|'restored', 'entity' => 'company'|'contact', 'id' => …, 'name' => …] */
/** @var string $csrfField @var string $csrfToken */
?>
<?php if (($flash ?? null) !== null && in_array($flash['entity'] ?? '', ['company', 'contact'], true)): ?>
  <div class="notice" role="status" id="flash">
    <?php if ($flash['kind'] === 'deleted'): ?>
      <?= e($t('KCRM_LAYOUT_DELETED', ['#NAME#' => (string) ($flash['name'] ?? '')])) ?>
      <form method="post" class="inline" action="<?= e($url($flash['entity'] . '_restore')) ?>">
        <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
        <input type="hidden" name="id" value="<?= e($flash['id']) ?>">
        <button type="submit"><?= e($t('KCRM_LAYOUT_UNDO')) ?></button>
      </form>
    <?php else: ?>
      <?= e($t('KCRM_LAYOUT_RESTORED')) ?>
    <?php endif ?>
  </div>
<?php endif ?>
