<?php
// Russian messages of module/kartoteka.crm/lib/http/views/export_form.php: a list's CSV download.
$MESS['KCRM_EXPORT_ENCODING'] = 'Кодировка файла';
$MESS['KCRM_EXPORT_ENCODING_UTF8'] = 'UTF-8 (Excel, любой язык)';
$MESS['KCRM_EXPORT_ENCODING_1251'] = 'Windows-1251 (1С, старый Excel)';
$MESS['KCRM_EXPORT_DOWNLOAD'] = 'Скачать этот список в CSV';
