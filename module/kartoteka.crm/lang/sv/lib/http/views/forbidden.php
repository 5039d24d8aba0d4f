<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/forbidden.php.
$MESS['KCRM_FORBIDDEN_TEXT'] = 'Du har ingen behörighet till den här sidan eller åtgärden. Kontakta din CRM-administratör.';
