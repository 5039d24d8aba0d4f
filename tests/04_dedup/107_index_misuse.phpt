--TEST--
Index: misuse throws ValueError / TypeError; the class is final, strict and not serializable
--EXTENSIONS--
crm
--FILE--
<?php
$ix = new Crm\Dedup\Index();
$ix->add(1, ['name' => 'ООО Ромашка']);
$try = function (callable $f) { try { $f(); echo "no error\n"; } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } };
$try(fn () => $ix->add(1, ['name' => 'x']));
$try(fn () => $ix->add('1', ['name' => 'x']));
$try(fn () => $ix->add(2, ['nmae' => 'x']));
$try(fn () => $ix->add(2, ['x']));
$try(fn () => $ix->add(2, ['type' => 'person']));
$try(fn () => $ix->add(2, ['name' => ['x']]));
$try(fn () => $ix->add(2, ['phones' => '+74951234567']));
$try(fn () => $ix->add(2, ['emails' => [1]]));
$try(fn () => $ix->add(2, ['region' => 'XX']));
$try(fn () => $ix->add(1.5, []));
$try(fn () => $ix->match([], 10, 'strict'));
$try(fn () => $ix->match([], 10, 1.5));
$try(fn () => $ix->match([], -1));
$try(fn () => $ix->clusters([]));
$try(fn () => new Crm\Dedup\Index(['treshold' => 1]));
$try(fn () => new Crm\Dedup\Index(['thresholds' => ['auto' => 0.5, 'review' => 0.8]]));
$try(fn () => new Crm\Dedup\Index(['thresholds' => ['safe' => 0.5]]));
$try(fn () => new Crm\Dedup\Index(['region' => 'ZZ']));
$try(fn () => serialize($ix));
$try(fn () => clone $ix);
$try(function () use ($ix) { $ix->foo = 1; });
$try(fn () => (new ReflectionClass(Crm\Dedup\Index::class))->newInstanceWithoutConstructor()->clusters());
var_dump((new ReflectionClass(Crm\Dedup\Index::class))->isFinal());
?>
--EXPECT--
ValueError: Crm\Dedup\Index::add(): Argument #1 ($id) is already in the index (id 1)
ValueError: Crm\Dedup\Index::add(): Argument #1 ($id) is already in the index (id "1")
ValueError: Crm\Dedup\Index::add(): Argument #2 ($record) has an unknown field "nmae" (known: type, name, last_name, first_name, middle_name, company, inn, kpp, ogrn, orgnr, phones, emails, city, region)
ValueError: Crm\Dedup\Index::add(): Argument #2 ($record) must have string keys (record fields), integer key 0 given
ValueError: Crm\Dedup\Index::add(): Argument #2 ($record) field "type" must be "company" or "contact"
TypeError: Crm\Dedup\Index::add(): Argument #2 ($record) field "name" must be of type ?string, array given
TypeError: Crm\Dedup\Index::add(): Argument #2 ($record) field "phones" must be of type array, string given
TypeError: Crm\Dedup\Index::add(): Argument #2 ($record) field "emails[]" must be of type ?string, int given
ValueError: Crm\Dedup\Index::add(): Argument #2 ($record) field "region" must be a region code known to the phone metadata, such as "RU" or "SE"
TypeError: Crm\Dedup\Index::add(): Argument #1 ($id) must be of type string|int, float given
ValueError: Crm\Dedup\Index::match(): Argument #3 ($threshold) must be "auto", "review" or a float between 0 and 1
ValueError: Crm\Dedup\Index::match(): Argument #3 ($threshold) must be between 0 and 1
ValueError: Crm\Dedup\Index::match(): Argument #2 ($limit) must be greater than or equal to 0
TypeError: Crm\Dedup\Index::clusters(): Argument #1 ($threshold) must be of type string|float, array given
ValueError: Crm\Dedup\Index::__construct(): Argument #1 ($options) has an unknown option "treshold" (known: thresholds, region)
ValueError: Crm\Dedup\Index::__construct(): Argument #1 ($options) threshold "review" must not be above "auto"
ValueError: Crm\Dedup\Index::__construct(): Argument #1 ($options) option "thresholds" takes only the keys "auto" and "review"
ValueError: Crm\Dedup\Index::__construct(): Argument #1 ($options) option "region" must be a region code known to the phone metadata, such as "RU" or "SE"
Exception: Serialization of 'Crm\Dedup\Index' is not allowed
Error: Trying to clone an uncloneable object of class Crm\Dedup\Index
Error: Cannot create dynamic property Crm\Dedup\Index::$foo
ReflectionException: Class Crm\Dedup\Index is an internal class marked as final that cannot be instantiated without invoking its constructor
bool(true)
