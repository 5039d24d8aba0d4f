--TEST--
Crm\Exception hierarchy: one base over RuntimeException, one subclass per area
--EXTENSIONS--
crm
--FILE--
<?php
foreach (['Crm\Import\Exception', 'Crm\Phone\Exception', 'Crm\Dedup\Exception'] as $class) {
    $e = new $class("bad data", 7);
    printf("%s: %s %s %s %d\n", $class,
        $e instanceof Crm\Exception ? 'is-crm' : 'NOT-crm',
        $e instanceof RuntimeException ? 'is-runtime' : 'NOT-runtime',
        $e->getMessage(), $e->getCode());
    try {
        throw $e;
    } catch (Crm\Exception $caught) {
        echo "  caught as Crm\\Exception\n";
    }
}
var_dump(get_parent_class('Crm\Exception'));
var_dump((new ReflectionClass('Crm\Exception'))->isInternal());
?>
--EXPECT--
Crm\Import\Exception: is-crm is-runtime bad data 7
  caught as Crm\Exception
Crm\Phone\Exception: is-crm is-runtime bad data 7
  caught as Crm\Exception
Crm\Dedup\Exception: is-crm is-runtime bad data 7
  caught as Crm\Exception
string(16) "RuntimeException"
bool(true)
