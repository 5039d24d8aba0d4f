<?php
// Russian messages of module/kartoteka.crm/install/index.php.
$MESS['KCRM_INSTALL_MODULE_NAME'] = 'Картотека CRM';
$MESS['KCRM_INSTALL_MODULE_DESCRIPTION'] = 'CRM для малого бизнеса: компании, контактные лица, дела, задачи, импорт из Excel и 1С без дублей.';
$MESS['KCRM_INSTALL_PARTNER_NAME'] = 'Картотека';
$MESS['KCRM_INSTALL_PARTNER_URI'] = 'https://kartoteka.example';
$MESS['KCRM_INSTALL_FAILED'] = 'Установка модуля не удалась, сделанные изменения отменены. Причина: #ERROR#';
