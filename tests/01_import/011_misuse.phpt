--TEST--
Reader cannot be constructed, cloned or serialized; options are checked
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/files.inc';
$p = crm_test_file("a,b\n1,2\n");
foreach ([
    fn() => new Crm\Import\Reader(),
    fn() => clone Crm\Import\Reader::open($p),
    fn() => serialize(Crm\Import\Reader::open($p)),
    fn() => Crm\Import\Reader::open($p, ['unknown' => 1]),
    fn() => Crm\Import\Reader::open($p, [0 => 'csv']),
    fn() => Crm\Import\Reader::open($p, ['format' => 'xml']),
    fn() => Crm\Import\Reader::open($p, ['max_field_bytes' => '100']),
    fn() => Crm\Import\Reader::open($p)->fetch("x"),
] as $fn) {
    try {
        $fn();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump(Crm\Import\Reader::open($p) instanceof IteratorAggregate);
$r = Crm\Import\Reader::open($p);
try {
    foreach ($r as &$row) {}
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
Error: Call to private Crm\Import\Reader::__construct() from global scope
Error: Trying to clone an uncloneable object of class Crm\Import\Reader
Exception: Serialization of 'Crm\Import\Reader' is not allowed
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) contains unknown option "unknown"
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) must be an array with string keys (option names)
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "format" must be "auto", "csv" or "xlsx"
ValueError: Crm\Import\Reader::open(): Argument #2 ($options) option "max_field_bytes" must be an int between 1 and 2147483647
TypeError: Crm\Import\Reader::fetch(): Argument #1 ($max) must be of type int, string given
bool(true)
An iterator cannot be used with foreach by reference
