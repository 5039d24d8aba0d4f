--TEST--
API surface: everything lives under the Crm namespace; classes are final except exceptions
--EXTENSIONS--
crm
--FILE--
<?php
$ext = new ReflectionExtension('crm');
$bad = [];
foreach ($ext->getClasses() as $class) {
    if (!str_starts_with($class->getName(), 'Crm\\')) {
        $bad[] = "class outside Crm: " . $class->getName();
    }
    if (!$class->isSubclassOf(Throwable::class) && !$class->isInterface() && !$class->isFinal()) {
        $bad[] = "class not final: " . $class->getName();
    }
    if ($class->isSubclassOf(Throwable::class) && !$class->isSubclassOf('Crm\Exception')
        && $class->getName() !== 'Crm\Exception') {
        $bad[] = "exception outside the Crm\\Exception hierarchy: " . $class->getName();
    }
}
foreach ($ext->getFunctions() as $fn) {
    if (!str_starts_with(strtolower($fn->getName()), 'crm\\')) { // the case reported differs between PHP versions
        $bad[] = "function outside Crm: " . $fn->getName();
    }
}
echo $bad ? implode("\n", $bad) . "\n" : "ok\n";
var_dump(count($ext->getClasses()) >= 4);
?>
--EXPECT--
ok
bool(true)
