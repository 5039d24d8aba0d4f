<?php
// Builds the standalone host's objects for one request: database, session, messages, controller.

declare(strict_types=1);

use Kartoteka\Crm\Autoloader;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Host\Session;
use Kartoteka\Crm\Host\SessionStore;
use Kartoteka\Crm\Host\StandaloneHost;
use Kartoteka\Crm\Http\Csrf;
use Kartoteka\Crm\Http\Flash;
use Kartoteka\Crm\Http\FrontController;
use Kartoteka\Crm\Http\Request;
use Kartoteka\Crm\Http\View;
use Kartoteka\Crm\Localization\Messages;
use Kartoteka\Crm\Settings\SettingRepository;

$moduleDir = dirname(__DIR__) . '/module/kartoteka.crm';
require_once $moduleDir . '/lib/autoloader.php';
Autoloader::register($moduleDir . '/lib');

return static function (Request $request) use ($moduleDir): \Kartoteka\Crm\Http\Response {
    // bin/crm serve passes the database in KARTOTEKA_CRM_DB; a site's own web server can set it the same way.
    $dsn = getenv('KARTOTEKA_CRM_DB') ?: 'sqlite:' . dirname(__DIR__) . '/var/crm.sqlite';
    $messages = new Messages('ru');
    // The host folder has no lang/ of its own: its one message sits with the front controller's.
    $messages->loadMessages($moduleDir . '/lib/http/frontcontroller.php');
    try {
        $db = Connection::open($dsn);
        $installed = $db->hasTable('kcrm_user');
    } catch (\PDOException $e) {
        $installed = false;
    }
    if (!$installed) {
        return new \Kartoteka\Crm\Http\Response(
            503,
            $messages->getMessage('KCRM_HOST_NOT_INSTALLED') . "\n",
            ['Content-Type' => 'text/plain; charset=UTF-8']
        );
    }
    $session = Session::native(new SessionStore($db), 'KCRMSESSID', $request->secure, '/crm/');
    $host = new StandaloneHost($db, $session, $messages, SettingRepository::defaultsFrom($moduleDir . '/default_option.php'));
    // Uploaded import files: var/uploads beside the database unless KARTOTEKA_CRM_UPLOADS names a folder.
    $uploads = getenv('KARTOTEKA_CRM_UPLOADS') ?: dirname(__DIR__) . '/var/uploads';
    $controller = new FrontController($host, $db, new Csrf($session), new View($host), '/crm/', new Flash($session), $uploads);
    return $controller->handle($request);
};
