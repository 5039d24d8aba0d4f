<?php
// English messages of module/kartoteka.crm/lib/http/views/forbidden.php.
$MESS['KCRM_FORBIDDEN_TEXT'] = 'You have no right to this page or action. Ask your CRM administrator.';
