<?php
// Russian messages of module/kartoteka.crm/lib/extension.php.
$MESS['KCRM_EXTENSION_MISSING'] = 'Модуль kartoteka.crm не загружен: нет PHP-расширения crm (нужна версия #MINIMUM# или новее). Соберите и установите его из исходников: phpize && ./configure && make && make install, затем добавьте строку extension=crm в php.ini и перезапустите PHP.';
$MESS['KCRM_EXTENSION_TOO_OLD'] = 'Модуль kartoteka.crm не загружен: PHP-расширение crm версии #FOUND# устарело, нужна #MINIMUM# или новее. Обновите его: phpize && ./configure && make && make install, в php.ini должно быть extension=crm; перезапустите PHP.';
$MESS['KCRM_EXTENSION_MISSING_SHORT'] = 'PHP-расширение crm не установлено: импорт и поиск дублей недоступны. Установка: phpize && ./configure && make && make install, затем extension=crm в php.ini.';
$MESS['KCRM_EXTENSION_TOO_OLD_SHORT'] = 'PHP-расширение crm устарело (#FOUND#, нужна #MINIMUM#): обновите его (phpize && ./configure && make && make install).';
