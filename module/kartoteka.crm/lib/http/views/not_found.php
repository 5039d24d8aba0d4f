<?php
// Shown for an address under /crm/ that is no page.
namespace Kartoteka\Crm\Http;
?>
<p><?= e($t('KCRM_NOT_FOUND_TEXT')) ?> <a href="<?= e($url('dashboard')) ?>"><?= e($t('KCRM_NOT_FOUND_BACK')) ?></a></p>
