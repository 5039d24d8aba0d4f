<?php
// Swedish messages of module/kartoteka.crm/lib/http/views/export_form.php: a list's CSV download.
$MESS['KCRM_EXPORT_ENCODING'] = 'Filens teckenkodning';
$MESS['KCRM_EXPORT_ENCODING_UTF8'] = 'UTF-8 (Excel, alla språk)';
$MESS['KCRM_EXPORT_ENCODING_1251'] = 'Windows-1251 (1C; utan å, ä, ö)';
$MESS['KCRM_EXPORT_DOWNLOAD'] = 'Ladda ner listan som CSV';
