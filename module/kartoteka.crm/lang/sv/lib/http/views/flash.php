<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/flash.php.
$MESS['KCRM_LAYOUT_DELETED'] = 'Borttaget: #NAME#.';
$MESS['KCRM_LAYOUT_UNDO'] = 'Ångra';
$MESS['KCRM_LAYOUT_RESTORED'] = 'Återställt.';
