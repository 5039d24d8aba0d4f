<?php
// English messages of module/kartoteka.crm/lib/http/frontcontroller.php.
$MESS['KCRM_PAGE_LOGIN'] = 'Sign in';
$MESS['KCRM_ERROR_CSRF'] = 'The form has expired or was not sent from this page. Reload the page and try again.';
$MESS['KCRM_ERROR_WRONG_CREDENTIALS'] = 'Wrong login or password.';
$MESS['KCRM_ERROR_TOO_MANY_ATTEMPTS'] = 'Too many failed sign-in attempts. Wait 15 minutes and try again.';
$MESS['KCRM_HOST_NOT_INSTALLED'] = 'Kartoteka CRM is not installed yet. Run on the server: bin/crm install --admin-login=LOGIN --admin-password=PASSWORD';
