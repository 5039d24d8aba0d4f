--TEST--
Crm\Phone\PhoneNumber::$error: every reason a number is not valid
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Phone\parse;
foreach ([
    ["12", "RU"], ["8 916 123 45 67 89", "RU"], ["+999 123 45 67", "RU"], ["123-45-67", "RU"],
    ["abc", "RU"], ["", "RU"], ["7.91612E+10", "RU"], ["8 (100) 123-45-67", "RU"], ["+7 100 123 45 67", "RU"],
    ["49 160 7557203", "DE"], ["8 (916) 123-45-67 / 8", "RU"],
] as [$raw, $region]) {
    $p = parse($raw, $region);
    printf("%-22s %s valid=%s e164=%s cc=%s region=%s type=%s\n", $raw, $p->error, var_export($p->valid, true),
        var_export($p->e164, true), var_export($p->countryCode, true), var_export($p->region, true), var_export($p->type, true));
}
?>
--EXPECT--
12                     too_short valid=false e164=NULL cc=NULL region=NULL type=NULL
8 916 123 45 67 89     too_long valid=false e164=NULL cc=NULL region=NULL type=NULL
+999 123 45 67         invalid_country_code valid=false e164=NULL cc=NULL region=NULL type=NULL
123-45-67              no_area_code valid=false e164=NULL cc=NULL region=NULL type=NULL
abc                    not_a_number valid=false e164=NULL cc=NULL region=NULL type=NULL
                       not_a_number valid=false e164=NULL cc=NULL region=NULL type=NULL
7.91612E+10            digits_lost valid=false e164=NULL cc=NULL region=NULL type=NULL
8 (100) 123-45-67      invalid_number valid=false e164=NULL cc=NULL region=NULL type=NULL
+7 100 123 45 67       invalid_number valid=false e164=NULL cc=NULL region=NULL type=NULL
49 160 7557203         ambiguous valid=false e164=NULL cc=NULL region=NULL type=NULL
8 (916) 123-45-67 / 8  too_long valid=false e164=NULL cc=NULL region=NULL type=NULL
