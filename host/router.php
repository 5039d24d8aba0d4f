<?php
// Front controller of the standalone host; PHP's built-in server runs it for every request.

declare(strict_types=1);

use Kartoteka\Crm\Http\Request;
use Kartoteka\Crm\Http\Response;

$path = (string) (parse_url((string) ($_SERVER['REQUEST_URI'] ?? '/'), PHP_URL_PATH) ?: '/');
if ($path === '/' || $path === '/crm') {
    (Response::redirect('/crm/'))->send();
    return true;
}
if (!str_starts_with($path, '/crm/')) {
    http_response_code(404);
    header('Content-Type: text/plain; charset=UTF-8');
    echo "Not found\n";
    return true;
}

$handle = require __DIR__ . '/bootstrap.php';
$handle(Request::fromGlobals())->send();
return true;
