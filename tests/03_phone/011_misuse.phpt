--TEST--
Crm\Phone: misuse throws ValueError / TypeError; PhoneNumber is final, readonly, not constructible
--EXTENSIONS--
crm
--FILE--
<?php
use Crm\Phone;
$calls = [
    fn() => Phone\normalize("89161234567", "XX"),
    fn() => Phone\normalize("89161234567", ""),
    fn() => Phone\normalize("89161234567", "001"),
    fn() => Phone\parse("89161234567", "RU", "49a"),
    fn() => Phone\extract("89161234567", "RU", ""),
    fn() => Phone\normalizeMany([], "RU", "123456789"),
    fn() => Phone\normalizeMany(["89161234567", 1.5]),
    fn() => Phone\normalizeMany(["x" => []]),
    fn() => Phone\normalize([]),
    fn() => Phone\parse("89161234567")->format("E.164"),
    fn() => new Phone\PhoneNumber(),
    function () { $p = Phone\parse("89161234567"); $p->e164 = "+1"; },
    function () { $p = Phone\parse("89161234567"); $p->note = 1; },
];
foreach ($calls as $f) {
    try { $f(); echo "no error\n"; }
    catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
var_dump(Phone\normalize("+7 916 123 45 67", "ru"));   // region code is case-insensitive
$r = new ReflectionClass(Phone\PhoneNumber::class);
var_dump($r->isFinal(), $r->getProperty("e164")->isReadOnly());
$p = Phone\parse("8 (495) 123-45-67 доб. 7");
var_dump(unserialize(serialize($p)) == $p);
?>
--EXPECT--
ValueError: Crm\Phone\normalize(): Argument #2 ($region) must be a region code known to the phone metadata, such as "RU" or "SE"
ValueError: Crm\Phone\normalize(): Argument #2 ($region) must be a region code known to the phone metadata, such as "RU" or "SE"
ValueError: Crm\Phone\normalize(): Argument #2 ($region) must be a region code known to the phone metadata, such as "RU" or "SE"
ValueError: Crm\Phone\parse(): Argument #3 ($areaCode) must be 1 to 8 digits (an area code such as "495") or null
ValueError: Crm\Phone\extract(): Argument #3 ($areaCode) must be 1 to 8 digits (an area code such as "495") or null
ValueError: Crm\Phone\normalizeMany(): Argument #3 ($areaCode) must be 1 to 8 digits (an area code such as "495") or null
TypeError: Crm\Phone\normalizeMany(): Argument #1 ($raws) must contain only strings, ints or null, float given
TypeError: Crm\Phone\normalizeMany(): Argument #1 ($raws) must contain only strings, ints or null, array given
TypeError: Crm\Phone\normalize(): Argument #1 ($raw) must be of type string, array given
ValueError: Crm\Phone\PhoneNumber::format(): Argument #1 ($style) must be "e164", "international" or "national"
Error: Call to private Crm\Phone\PhoneNumber::__construct() from global scope
Error: Cannot modify readonly property Crm\Phone\PhoneNumber::$e164
Error: Cannot create dynamic property Crm\Phone\PhoneNumber::$note
string(12) "+79161234567"
bool(true)
bool(true)
bool(true)
