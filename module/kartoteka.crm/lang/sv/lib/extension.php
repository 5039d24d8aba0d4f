<?php
// Swedish messages of module/kartoteka.crm/lib/extension.php.
$MESS['KCRM_EXTENSION_MISSING'] = 'Modulen kartoteka.crm laddades inte: PHP-tillägget crm saknas (version #MINIMUM# eller senare krävs). Bygg och installera det från källkoden: phpize && ./configure && make && make install, lägg sedan till raden extension=crm i php.ini och starta om PHP.';
$MESS['KCRM_EXTENSION_TOO_OLD'] = 'Modulen kartoteka.crm laddades inte: PHP-tillägget crm har version #FOUND#, men #MINIMUM# eller senare krävs. Uppdatera det: phpize && ./configure && make && make install, behåll extension=crm i php.ini och starta om PHP.';
$MESS['KCRM_EXTENSION_MISSING_SHORT'] = 'PHP-tillägget crm är inte installerat: import och dubblettsökning är inte tillgängliga. Installera: phpize && ./configure && make && make install, sedan extension=crm i php.ini.';
$MESS['KCRM_EXTENSION_TOO_OLD_SHORT'] = 'PHP-tillägget crm är för gammalt (#FOUND#, #MINIMUM# krävs): uppdatera det (phpize && ./configure && make && make install).';
