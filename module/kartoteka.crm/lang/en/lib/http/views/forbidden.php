<?php
// English messages of module/kartoteka.crm/lib/http/views/forbidden.php.
$MESS['KCRM_FORBIDDEN_TEXT'] = 'You have no right to this page or action. Ask your CRM administrator.';
$MESS['KCRM_FORBIDDEN_NO_ROLE'] = 'None of your groups has a role in Kartoteka CRM. Ask the site administrator to map your group to a CRM role in the module settings.';
