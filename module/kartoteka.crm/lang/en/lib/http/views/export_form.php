<?php
// English messages of module/kartoteka.crm/lib/http/views/export_form.php: a list's CSV download.
$MESS['KCRM_EXPORT_ENCODING'] = 'File encoding';
$MESS['KCRM_EXPORT_ENCODING_UTF8'] = 'UTF-8 (Excel, any language)';
$MESS['KCRM_EXPORT_ENCODING_1251'] = 'Windows-1251 (1C, old Excel; no å, ä, ö)';
$MESS['KCRM_EXPORT_DOWNLOAD'] = 'Download this list as CSV';
