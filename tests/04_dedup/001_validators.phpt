--TEST--
INN, OGRN/OGRNIP, KPP and Swedish organisationsnummer validators check digits and format
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Dedup\{validInn, validOgrn, validKpp, validOrgnr};
$cases = [
    'validInn'   => ['7707083893', ' 7707083893 ', '7707083894', '500100732259', '500100732258', '770708389', '77070838930', '7707 083893', ''],
    'validOgrn'  => ['1027700132195', '1027700132194', '304500116000157', '304500116000158', '102770013219', ''],
    'validKpp'   => ['773601001', '7736AB001', '7736ab001', '77360100', '7736010011'],
    'validOrgnr' => ['556036-0793', '5560360793', '165560360793', '556036-0794', '212000-1355', '19811218-9876', '811218-9876', '811218-9875', '123'],
];
foreach ($cases as $fn => $inputs) {
    $full = 'Crm\\Dedup\\' . $fn;
    foreach ($inputs as $in) {
        printf("%-10s %-16s %s\n", $fn, json_encode($in), $full($in) ? 'valid' : 'invalid');
    }
}
?>
--EXPECT--
validInn   "7707083893"     valid
validInn   " 7707083893 "   valid
validInn   "7707083894"     invalid
validInn   "500100732259"   valid
validInn   "500100732258"   invalid
validInn   "770708389"      invalid
validInn   "77070838930"    invalid
validInn   "7707 083893"    invalid
validInn   ""               invalid
validOgrn  "1027700132195"  valid
validOgrn  "1027700132194"  invalid
validOgrn  "304500116000157" valid
validOgrn  "304500116000158" invalid
validOgrn  "102770013219"   invalid
validOgrn  ""               invalid
validKpp   "773601001"      valid
validKpp   "7736AB001"      valid
validKpp   "7736ab001"      invalid
validKpp   "77360100"       invalid
validKpp   "7736010011"     invalid
validOrgnr "556036-0793"    valid
validOrgnr "5560360793"     valid
validOrgnr "165560360793"   valid
validOrgnr "556036-0794"    invalid
validOrgnr "212000-1355"    valid
validOrgnr "19811218-9876"  valid
validOrgnr "811218-9876"    valid
validOrgnr "811218-9875"    invalid
validOrgnr "123"            invalid
