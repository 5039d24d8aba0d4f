<?php
// Swedish messages of module/kartoteka.crm/lib/http/frontcontroller.php.
$MESS['KCRM_PAGE_LOGIN'] = 'Logga in';
$MESS['KCRM_ERROR_CSRF'] = 'Formuläret har gått ut eller skickades inte från den här sidan. Ladda om sidan och försök igen.';
$MESS['KCRM_ERROR_WRONG_CREDENTIALS'] = 'Fel inloggning eller lösenord.';
$MESS['KCRM_ERROR_TOO_MANY_ATTEMPTS'] = 'För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.';
$MESS['KCRM_HOST_NOT_INSTALLED'] = 'Kartoteka CRM är inte installerat än. Kör på servern: bin/crm install --admin-login=INLOGGNING --admin-password=LÖSENORD';
