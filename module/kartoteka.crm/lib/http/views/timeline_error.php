<?php
// Shown when an activity or task could not be added: what is wrong, and the way back to the card.
namespace Kartoteka\Crm\Http;
/** @var list<string> $errors lang codes @var string $back */
?>
<ul class="error" role="alert">
  <?php foreach ($errors as $code): ?><li><?= e($t($code)) ?></li><?php endforeach ?>
</ul>
<p><a href="<?= e($back) ?>"><?= e($t('KCRM_TIMELINE_BACK')) ?></a></p>
