<?php
// English messages of module/kartoteka.crm/lib/http/views/flash.php.
$MESS['KCRM_LAYOUT_DELETED'] = 'Deleted: #NAME#.';
$MESS['KCRM_LAYOUT_UNDO'] = 'Undo';
$MESS['KCRM_LAYOUT_RESTORED'] = 'Restored.';
