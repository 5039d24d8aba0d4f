<?php
// English messages of module/kartoteka.crm/lib/extension.php.
$MESS['KCRM_EXTENSION_MISSING'] = 'The kartoteka.crm module is not loaded: the crm PHP extension is missing (version #MINIMUM# or newer is needed). Build and install it from source: phpize && ./configure && make && make install, then add the line extension=crm to php.ini and restart PHP.';
$MESS['KCRM_EXTENSION_TOO_OLD'] = 'The kartoteka.crm module is not loaded: the crm PHP extension is version #FOUND#, but #MINIMUM# or newer is needed. Update it: phpize && ./configure && make && make install, keep extension=crm in php.ini and restart PHP.';
$MESS['KCRM_EXTENSION_MISSING_SHORT'] = 'The crm PHP extension is not installed: import and duplicate search are unavailable. To install: phpize && ./configure && make && make install, then extension=crm in php.ini.';
$MESS['KCRM_EXTENSION_TOO_OLD_SHORT'] = 'The crm PHP extension is too old (#FOUND#, #MINIMUM# needed): update it (phpize && ./configure && make && make install).';
