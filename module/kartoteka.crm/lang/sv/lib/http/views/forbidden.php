<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/forbidden.php.
$MESS['KCRM_FORBIDDEN_TEXT'] = 'Du har ingen behörighet till den här sidan eller åtgärden. Kontakta din CRM-administratör.';
$MESS['KCRM_FORBIDDEN_NO_ROLE'] = 'Ingen av dina grupper har en roll i Kartoteka CRM. Be webbplatsens administratör koppla din grupp till en CRM-roll i modulens inställningar.';
