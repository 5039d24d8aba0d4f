<?php
// Default values of the module's settings; Bitrix's Option::get and the standalone host both read them.
$kartoteka_crm_default_option = [
    // Empty: inside Bitrix, Bitrix's own database; standalone, the DSN given to bin/crm.
    'db_dsn' => '',
    'default_language' => 'ru',
    // "site" for a customer's installation, "vendor" for the vendor's licence and support desk.
    'role' => 'site',
    // Region assumed for phone numbers written without a country code.
    'phone_region' => 'RU',
];
