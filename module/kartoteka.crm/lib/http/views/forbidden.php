<?php
// Shown when the signed-in user's groups have no right to the page, or a form came without its token.
namespace Kartoteka\Crm\Http;
/** @var bool $noRole (Bitrix) none of the user's Bitrix groups is mapped to a CRM role */
?>
<p><?= e($t(($noRole ?? false) ? 'KCRM_FORBIDDEN_NO_ROLE' : 'KCRM_FORBIDDEN_TEXT')) ?></p>
