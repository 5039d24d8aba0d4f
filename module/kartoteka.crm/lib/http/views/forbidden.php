<?php
// Shown when the signed-in user's groups have no right to the page, or a form came without its token.
namespace Kartoteka\Crm\Http;
?>
<p><?= e($t('KCRM_FORBIDDEN_TEXT')) ?></p>
