<?php
// Writes kontragenty.csv, the demo counterparties as 1C exports them: Windows-1251, ";", CRLF.
// Seeded, so the committed file is what this script writes: php make_demo.php > /dev/null && git diff

declare(strict_types=1);

mt_srand(20240611);

/** INN of a legal entity (10 digits) with its real check digit. */
function inn10(string $nine): string
{
    $weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    $sum = 0;
    foreach ($weights as $i => $w) {
        $sum += $w * (int) $nine[$i];
    }
    return $nine . (($sum % 11) % 10);
}

/** INN of a person or sole trader (12 digits) with its two check digits. */
function inn12(string $ten): string
{
    $check = static function (string $digits, array $weights): string {
        $sum = 0;
        foreach ($weights as $i => $w) {
            $sum += $w * (int) $digits[$i];
        }
        return (string) (($sum % 11) % 10);
    };
    $eleven = $ten . $check($ten, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
    return $eleven . $check($eleven, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

/** OGRN (13 digits): the 12 first digits mod 11, last digit of that. */
function ogrn13(string $twelve): string
{
    return $twelve . (string) (((int) $twelve % 11) % 10);
}

function digits(int $n): string
{
    $s = '';
    for ($i = 0; $i < $n; $i++) {
        $s .= (string) mt_rand(0, 9);
    }
    return $s;
}

function pick(array $list): mixed
{
    return $list[mt_rand(0, count($list) - 1)];
}

$forms = ['ООО', 'ООО', 'ООО', 'АО', 'ПАО', 'ЗАО', 'ИП'];
$names = ['Ромашка', 'Вектор', 'СеверСтрой', 'Техносфера', 'Альфа-Снаб', 'Гранит', 'Меридиан', 'Полимер-М', 'ТрансЛогистик',
    'Уральские окна', 'Волжский хлеб', 'Калина', 'Сибирский лес', 'Балтика-Трейд', 'Агрокомплекс', 'Светлый дом', 'Ладога',
    'Фармация', 'Электромонтаж', 'СтройКерамика', 'Кондитер', 'ПромАвтоматика', 'Белые ночи', 'Кедр', 'Медтехника',
    'Горизонт', 'Оптима', 'Росинка', 'Новые технологии', 'Тепловые сети', 'Мясной двор', 'Аврора', 'Стальконструкция',
    'Пищекомбинат', 'Союз', 'Восток-Сервис', 'Дельта', 'Спектр', 'Энергосбыт', 'Полюс', 'Заря', 'Орион', 'Прогресс',
    'Русское поле', 'Триумф', 'Магистраль', 'Эталон', 'Берёзка', 'Чистая вода', 'Рассвет', 'Инжиниринг-Про', 'Континент',
    'Лидер', 'Сфера', 'Каскад', 'Темп', 'Атлант', 'Фаворит'];
$cities = [
    ['Москва', '77', '495', 'г. Москва, ул. Тверская, д. %d'],
    ['Москва', '77', '499', 'г. Москва, Ленинский пр-т, д. %d, офис 12'],
    ['Санкт-Петербург', '78', '812', 'г. Санкт-Петербург, Невский пр-т, д. %d'],
    ['Екатеринбург', '66', '343', 'г. Екатеринбург, ул. Малышева, д. %d'],
    ['Новосибирск', '54', '383', 'г. Новосибирск, Красный пр-т, д. %d'],
    ['Казань', '16', '843', 'г. Казань, ул. Баумана, д. %d'],
    ['Нижний Новгород', '52', '831', 'г. Нижний Новгород, ул. Большая Покровская, д. %d'],
];
$people = [
    ['Иванова Анна Петровна', 'Главный бухгалтер'], ['Петров Сергей Иванович', 'Генеральный директор'],
    ['Сидоров Алексей Викторович', 'Менеджер по закупкам'], ['Кузнецова Ольга Николаевна', 'Бухгалтер'],
    ['Смирнов Дмитрий Александрович', 'Кладовщик'], ['Попова Елена Сергеевна', 'Снабженец'],
    ['Васильев Игорь Олегович', 'Директор'], ['Морозова Татьяна Юрьевна', 'Менеджер'],
    ['Новиков Андрей Павлович', 'Заведующий складом'], ['Фёдорова Наталья Владимировна', 'Бухгалтер по расчётам'],
    ['Волков Максим Евгеньевич', 'Коммерческий директор'], ['Алексеева Ирина Михайловна', 'Офис-менеджер'],
    ['Лебедев Павел Андреевич', 'Инженер'], ['Семёнова Мария Игоревна', 'Менеджер по продажам'],
];
$translit = ['Иванова' => 'ivanova', 'Петров' => 'petrov', 'Сидоров' => 'sidorov', 'Кузнецова' => 'kuznetsova', 'Смирнов' => 'smirnov',
    'Попова' => 'popova', 'Васильев' => 'vasiliev', 'Морозова' => 'morozova', 'Новиков' => 'novikov', 'Фёдорова' => 'fedorova',
    'Волков' => 'volkov', 'Алексеева' => 'alekseeva', 'Лебедев' => 'lebedev', 'Семёнова' => 'semenova'];
$comments = [
    'Оплата по факту; отсрочка 14 дней',
    "Звонить после 10:00.\nСкидка 5% на опт; договор до 31.12",
    'Постоянный клиент',
    "Доставка: только до обеда;\nпропуск заказывать заранее",
    '',
    '',
    'Просили прислать прайс "Весна-2024"',
];

function phone(string $area): string
{
    $local = digits(3) . '-' . digits(2) . '-' . digits(2);
    $mobile = '9' . digits(2);
    return match (mt_rand(0, 6)) {
        0 => "8 ($area) $local",
        1 => "+7 $mobile " . digits(3) . '-' . digits(2) . '-' . digits(2),
        2 => "$area-$local доб. " . mt_rand(10, 250),
        3 => "8 ($area) $local, +7 $mobile " . digits(3) . ' ' . digits(2) . ' ' . digits(2),
        4 => "8-$mobile-" . digits(3) . '-' . digits(2) . '-' . digits(2),
        5 => "+7 ($area) $local",
        default => "8$area" . str_replace('-', '', $local),
    };
}

$rows = [];
$companies = [];
foreach ($names as $i => $name) {
    $form = pick($forms);
    [$city, $region, $area, $address] = pick($cities);
    $inn = $form === 'ИП' ? inn12($region . digits(8)) : inn10($region . digits(7));
    $company = [
        'name' => $form === 'ИП' ? 'ИП ' . explode(' ', pick($people)[0])[0] . ' ' . mb_substr($name, 0, 1) . '.' : "$form «{$name}»",
        'inn' => $inn,
        'kpp' => $form === 'ИП' ? '' : $region . '01' . '01' . '001',
        'ogrn' => $form === 'ИП' ? '' : ogrn13(pick(['1', '5']) . digits(2) . $region . digits(7)),
        'city' => $city,
        'address' => sprintf($address, mt_rand(1, 150)),
        'area' => $area,
    ];
    $companies[] = $company;
    // One to three contact persons, each on a row of their own as 1C writes them.
    $count = mt_rand(1, 10) <= 6 ? 1 : (mt_rand(0, 1) ? 2 : 3);
    $used = [];
    for ($k = 0; $k < $count; $k++) {
        do {
            $person = pick($people);
        } while (isset($used[$person[0]]));
        $used[$person[0]] = true;
        $last = explode(' ', $person[0])[0];
        $rows[] = [
            $company['name'], $company['inn'], $company['kpp'], $company['ogrn'], $person[0], $person[1],
            phone($area), mt_rand(0, 3) === 0 ? '' : $translit[$last] . '@' . 'firma' . ($i + 1) . '.ru',
            $company['address'], $company['city'], $k === 0 ? pick($comments) : '',
        ];
    }
}
// Organisations with no contact person: the phone and e-mail are the organisation's.
foreach (array_slice($companies, 0, 3) as $j => $company) {
    $rows[] = [$company['name'], $company['inn'], $company['kpp'], $company['ogrn'], '', '', phone($company['area']), 'info@firma' . ($j + 1) . '.ru', $company['address'], $company['city'], ''];
}
// Duplicates as they happen: the same INN written with spaces, the name spelt another way, another person.
foreach ([4, 9, 17, 30] as $n) {
    $company = $companies[$n];
    $inn = substr($company['inn'], 0, 4) . ' ' . substr($company['inn'], 4, 3) . ' ' . substr($company['inn'], 7);
    $name = str_replace(['«', '»'], ['"', '"'], $company['name']);
    $rows[] = [$name, $inn, $company['kpp'], '', pick($people)[0], 'Бухгалтер', phone($company['area']), '', '', $company['city'], 'Повторная карточка из другой базы'];
}
// Bad data the import must report by row and column and still import where it is safe.
$rows[] = ['ООО «Опечатка»', '7707083894', '770701001', '', 'Орлов Пётр', 'Менеджер', '12-34', 'orlov@@opechatka', 'г. Москва', 'Москва', 'ИНН с ошибкой в контрольной цифре'];
$rows[] = ['', '', '', '', '', '', '', '', '', '', 'Строка без организации и контакта'];

// The bulk of a real export: a few thousand organisations with one to three contact persons each,
// after the hand-made rows above so that their row numbers (and the tests that quote them) stay put.
// Its own seed: more or fewer bulk rows never change the hand-made part.
mt_srand(20261128);
const BULK_COMPANIES = 3000;
$prefixes = ['', '', '', 'ТД ', 'ПК ', 'ГК ', 'НПО ', 'ТК ', 'СК '];
$suffixes = ['', '-Плюс', '-Трейд', '-Сервис', '-Строй', '-Урал', '-Сибирь', '-Юг', '-Логистик', '-Инвест', '-М', '-Центр', '-Опт', '-Регион'];
$maleLast = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Васильев', 'Морозов', 'Новиков', 'Фёдоров', 'Волков',
    'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров',
    'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин',
    'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв', 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов'];
$maleFirst = ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Игорь', 'Павел', 'Михаил', 'Николай', 'Олег', 'Владимир', 'Евгений', 'Юрий', 'Артём'];
$femaleFirst = ['Анна', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Мария', 'Светлана', 'Екатерина', 'Юлия', 'Марина', 'Галина', 'Людмила', 'Дарья', 'Ксения'];
$patronymics = ['Александров', 'Сергеев', 'Дмитриев', 'Андреев', 'Алексеев', 'Иванов', 'Петров', 'Павлов', 'Михайлов', 'Николаев', 'Олегов', 'Владимиров', 'Юрьев', 'Викторов'];
$positions = [['Главный бухгалтер', 3], ['Бухгалтер', 3], ['Генеральный директор', 3], ['Директор', 2], ['Снабженец', 2],
    ['Менеджер по закупкам', 3], ['Кладовщик', 2], ['Заведующий складом', 1], ['Менеджер', 2], ['Инженер', 1], ['Офис-менеджер', 1], ['Коммерческий директор', 1]];
$positionPool = [];
foreach ($positions as [$position, $weight]) {
    array_push($positionPool, ...array_fill(0, $weight, $position));
}
$bulkCities = [...$cities,
    ['Самара', '63', '846', 'г. Самара, ул. Куйбышева, д. %d'],
    ['Ростов-на-Дону', '61', '863', 'г. Ростов-на-Дону, ул. Большая Садовая, д. %d'],
    ['Пермь', '59', '342', 'г. Пермь, Комсомольский пр-т, д. %d'],
    ['Воронеж', '36', '473', 'г. Воронеж, пр-т Революции, д. %d'],
    ['Краснодар', '23', '861', 'г. Краснодар, ул. Красная, д. %d'],
];

function latin(string $cyrillic): string
{
    static $map = ['а' => 'a', 'б' => 'b', 'в' => 'v', 'г' => 'g', 'д' => 'd', 'е' => 'e', 'ё' => 'e', 'ж' => 'zh', 'з' => 'z', 'и' => 'i',
        'й' => 'y', 'к' => 'k', 'л' => 'l', 'м' => 'm', 'н' => 'n', 'о' => 'o', 'п' => 'p', 'р' => 'r', 'с' => 's', 'т' => 't', 'у' => 'u',
        'ф' => 'f', 'х' => 'kh', 'ц' => 'ts', 'ч' => 'ch', 'ш' => 'sh', 'щ' => 'shch', 'ъ' => '', 'ы' => 'y', 'ь' => '', 'э' => 'e',
        'ю' => 'yu', 'я' => 'ya'];
    return strtr(mb_strtolower($cyrillic, 'UTF-8'), $map);
}

$taken = [];
foreach ($companies as $company) {
    $taken[$company['name']] = true;
}
for ($i = 0; $i < BULK_COMPANIES; $i++) {
    $form = pick($forms);
    [$city, $region, $area, $address] = pick($bulkCities);
    do {
        $base = pick($prefixes) . pick($names) . pick($suffixes);
        $name = $form === 'ИП' ? 'ИП ' . pick($maleLast) . ' ' . mb_substr(pick($maleFirst), 0, 1) . '. ' . mb_substr(pick($patronymics), 0, 1) . '.' : "$form «{$base}»";
    } while (isset($taken[$name]));
    $taken[$name] = true;
    $inn = $form === 'ИП' ? inn12($region . digits(8)) : inn10($region . digits(7));
    $kpp = $form === 'ИП' ? '' : $region . '01' . '01' . '001';
    $ogrn = $form === 'ИП' ? '' : ogrn13(pick(['1', '5']) . digits(2) . $region . digits(7));
    $street = sprintf($address, mt_rand(1, 250));
    $domain = 'firma-' . ($i + 101) . '.ru';
    // Two contact persons on average: one, two or three, as often as each other.
    $count = mt_rand(1, 3);
    $used = [];
    for ($k = 0; $k < $count; $k++) {
        do {
            $female = mt_rand(0, 1) === 1;
            $last = pick($maleLast);
            $first = $female ? pick($femaleFirst) : pick($maleFirst);
            $full = ($female ? $last . 'а' : $last) . ' ' . $first . ' ' . pick($patronymics) . ($female ? 'на' : 'ич');
            // Two people of one organisation never share a mailbox: the import would take them for one.
            $mailbox = latin($first) . '.' . latin(explode(' ', $full)[0]);
        } while (isset($used[$full]) || isset($used[$mailbox]));
        $used[$full] = $used[$mailbox] = true;
        $email = mt_rand(0, 4) === 0 ? '' : $mailbox . '@' . $domain;
        $rows[] = [$name, $inn, $kpp, $ogrn, $full, pick($positionPool), phone($area), $email, $street, $city, mt_rand(0, 9) === 0 ? pick($comments) : ''];
    }
    // Now and then the organisation's own line and mailbox on a row with no person.
    if (mt_rand(0, 19) === 0) {
        $rows[] = [$name, $inn, $kpp, $ogrn, '', '', phone($area), 'info@' . $domain, $street, $city, ''];
    }
    $companies[] = ['name' => $name];
}

$header = ['Наименование', 'ИНН', 'КПП', 'ОГРН', 'Контактное лицо', 'Должность', 'Телефон', 'E-mail', 'Юридический адрес', 'Город', 'Комментарий'];
$out = '';
foreach ([$header, ...$rows] as $row) {
    $cells = [];
    foreach ($row as $cell) {
        $cell = str_replace("\n", "\r\n", (string) $cell);
        $cells[] = preg_match('/[;"\r\n]/', $cell) ? '"' . str_replace('"', '""', $cell) . '"' : $cell;
    }
    $out .= implode(';', $cells) . "\r\n";
}
$encoded = iconv('UTF-8', 'Windows-1251', $out);
if ($encoded === false) {
    fwrite(STDERR, "make_demo: a character has no Windows-1251 form\n");
    exit(1);
}
file_put_contents(__DIR__ . '/kontragenty.csv', $encoded);
printf("%s: %d rows, %d organisations\n", __DIR__ . '/kontragenty.csv', count($rows), count($companies));
