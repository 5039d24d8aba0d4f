<?php
// The module's version as Bitrix's update system reads it.
$arModuleVersion = [
    'VERSION' => '0.1.0',
    'VERSION_DATE' => '2026-11-28 00:00:00',
];
