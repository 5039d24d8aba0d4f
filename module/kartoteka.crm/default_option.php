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
    // Inside Bitrix: where uploaded import files wait for the agent; empty: var/uploads in the
    // module's folder (Bitrix keeps /bitrix/modules closed to the web; choose a closed folder too).
    'upload_dir' => '',
    // Inside Bitrix: ids of the Bitrix groups holding each CRM role, comma-separated (options.php).
    'role_groups_admin' => '',
    'role_groups_head_of_sales' => '',
    'role_groups_sales_manager' => '',
    'role_groups_support_agent' => '',
];
