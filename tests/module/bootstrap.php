<?php
// Test bootstrap: the module's own autoloader, no Bitrix, no crm extension required.

declare(strict_types=1);

define('KCRM_REPO_ROOT', dirname(__DIR__, 2));
define('KCRM_MODULE_DIR', KCRM_REPO_ROOT . '/module/kartoteka.crm');

require_once KCRM_MODULE_DIR . '/lib/autoloader.php';
Kartoteka\Crm\Autoloader::register(KCRM_MODULE_DIR . '/lib');
require_once __DIR__ . '/support/testdatabase.php';
require_once __DIR__ . '/support/everydriver.php';
require_once __DIR__ . '/support/commandline.php';
require_once __DIR__ . '/support/migrationchecks.php';
require_once __DIR__ . '/support/servermigrationtestcase.php';
require_once __DIR__ . '/support/standaloneserver.php';
require_once __DIR__ . '/support/fakebitrixsite.php';
