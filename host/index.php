<?php
// Entry for Apache or nginx with PHP-FPM: point /crm/ at this file; the router does the rest.

declare(strict_types=1);

require __DIR__ . '/router.php';
