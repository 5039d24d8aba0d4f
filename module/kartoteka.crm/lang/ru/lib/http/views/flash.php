<?php
// Russian messages of module/kartoteka.crm/lib/http/views/flash.php.
$MESS['KCRM_LAYOUT_DELETED'] = 'Удалено: #NAME#.';
$MESS['KCRM_LAYOUT_UNDO'] = 'Отменить';
$MESS['KCRM_LAYOUT_RESTORED'] = 'Восстановлено.';
