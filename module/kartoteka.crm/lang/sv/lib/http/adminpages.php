<?php
// Swedish messages of module/kartoteka.crm/lib/http/adminpages.php.
$MESS['KCRM_PAGE_USERS'] = 'Användare och grupper';
$MESS['KCRM_PAGE_AUDIT'] = 'Granskningslogg';
$MESS['KCRM_USERS_ERROR_LOGIN'] = 'Ange ett användarnamn på högst 100 tecken.';
$MESS['KCRM_USERS_ERROR_LOGIN_TAKEN'] = 'Användarnamnet är redan upptaget.';
$MESS['KCRM_USERS_ERROR_PASSWORD'] = 'Lösenordet måste ha minst 8 tecken.';
$MESS['KCRM_USERS_ERROR_GROUP'] = 'Välj en av grupperna.';
$MESS['KCRM_USERS_ERROR_SELF'] = 'Du kan inte ta bort dina egna administratörsrättigheter eller inaktivera dig själv.';
$MESS['KCRM_GROUP_ADMIN'] = 'Administratör';
$MESS['KCRM_GROUP_HEAD_OF_SALES'] = 'Försäljningschef';
$MESS['KCRM_GROUP_SALES_MANAGER'] = 'Säljare';
$MESS['KCRM_GROUP_SUPPORT_AGENT'] = 'Supporthandläggare';
