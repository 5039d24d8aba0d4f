--TEST--
companyKey, personKey and emailKey give one key for the ways people write the same thing
--EXTENSIONS--
crm
--FILE--
<?php
use function Crm\Dedup\{companyKey, personKey, emailKey};
$groups = [
    'companyKey' => [
        ['ООО "Ромашка"', '"Ромашка" ООО', 'Общество с ограниченной ответственностью «Ромашка»', 'ромашка', 'ООО „Ромашка“'],
        ['ЗАО «Ёлка-Плюс»', 'АО "Елка Плюс"', 'Закрытое акционерное общество "ЁЛКА ПЛЮС"'],
        ['ОАО «Заря»', 'ПАО "Заря"', 'Публичное акционерное общество Заря'],
        ['Åkesson & Söner AB', 'AKESSON & SONER', 'Åkesson och Söner Aktiebolag'],
    ],
    'personKey' => [
        ['Юлия Щукина', 'Iuliia Shchukina', 'Yuliya Shchukina', 'Julija Schukina', 'Щукина Юлия Сергеевна', 'iulia shchukina'],
        ['Александр Хохлов', 'Aleksandr Khokhlov', 'Alexander Hohlov', 'Саша Хохлов', 'ХОХЛОВ Александр Андреевич'],
        ['Наталья Цой', 'Natalia Tsoi', "Natal'ya Tsoy", 'Наташа Цой'],
        // ц as GOST 7.79-B / ISO 9 write it: c before consonants and in Russian surnames
        ['Юрий Кузнецов', 'Yurii Kuznetsov', 'Jurij Kuznecov', 'Yurij Kuzneczov'],
        ['Цветкова Зоя', 'Zoia Tsvetkova', 'Zoya Cvetkova', 'Zaitseva Zoia'],
        // ё at the start of a word and after a consonant: ICAO e, BGN / GOST 7.79-B yo, German jo
        ['Пётр Ёлкин', 'Petr Elkin', 'Pyotr Yolkin', 'Pjotr Jolkin'],
    ],
    'emailKey' => [
        ['Info@Romashka.RU', ' info@romashka.ru ', 'mailto:info@romashka.ru', '<INFO@romashka.ru>', 'info@romashka.ru'],
    ],
];
foreach ($groups as $fn => $sets) {
    $full = 'Crm\\Dedup\\' . $fn;
    foreach ($sets as $set) {
        $keys = array_unique(array_map($full, $set));
        printf("%s: %d key(s) for %d spellings: %s\n", $fn, count($keys), count($set), json_encode(array_values($keys), JSON_UNESCAPED_UNICODE));
    }
}
// a key fed back in is its own key (the functions then hand back the string they were given)
$stored = [companyKey('ООО "Ромашка"'), personKey('Юлия Щукина'), emailKey('Info@Romashka.RU')];
var_dump([companyKey($stored[0]), personKey($stored[1]), emailKey($stored[2])] === $stored);
var_dump(companyKey('ООО "Ромашка"') !== companyKey('ООО "Лютик"'));
var_dump(personKey('Юлия Щукина') !== personKey('Юрий Щукин'));
var_dump(emailKey('not an address'), emailKey('a@b'), emailKey('two@a.ru three@b.ru'));
?>
--EXPECTF--
companyKey: 1 key(s) for 5 spellings: ["%s"]
companyKey: 1 key(s) for 3 spellings: ["%s"]
companyKey: 1 key(s) for 3 spellings: ["%s"]
companyKey: 1 key(s) for 3 spellings: ["%s"]
personKey: 1 key(s) for 6 spellings: ["%s"]
personKey: 1 key(s) for 5 spellings: ["%s"]
personKey: 1 key(s) for 4 spellings: ["%s"]
personKey: 1 key(s) for 4 spellings: ["iuri kuznetsov"]
personKey: 2 key(s) for 4 spellings: ["tsvetkova zoia","zaitseva zoia"]
personKey: 1 key(s) for 4 spellings: ["elkin petr"]
emailKey: 1 key(s) for 5 spellings: ["info@romashka.ru"]
bool(true)
bool(true)
bool(true)
NULL
NULL
NULL
