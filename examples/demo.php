<?php
// A tour of the crm extension's functions as they exist today; run by scripts/start.
declare(strict_types=1);

if (!extension_loaded('crm')) {
    fwrite(STDERR, "The crm extension is not loaded: run scripts/start, or php -d extension=modules/crm.so\n");
    exit(1);
}

printf("crm %s\n\n", phpversion('crm'));

$ext = new ReflectionExtension('crm');
echo "Functions:\n";
foreach ($ext->getFunctions() as $fn) {
    echo "  ", $fn->getName(), "()\n";
}
echo "Classes:\n";
foreach ($ext->getClasses() as $class) {
    echo "  ", $class->getName(), ($class->getParentClass() ? " extends " . $class->getParentClass()->getName() : ""), "\n";
}
