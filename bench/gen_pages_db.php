<?php
// Fills an installed CRM database with N organisations and 3N contact persons (with phones, e-mails, roles) by bulk SQL, seeded.
//   php -d extension=modules/crm.so bench/gen_pages_db.php sqlite:/tmp/x.sqlite 100000 300000
// Prints one JSON line: ids and search terms the page benchmark asks for.

declare(strict_types=1);

use Kartoteka\Crm\Autoloader;
use Kartoteka\Crm\Contacts\ContactWords;
use Kartoteka\Crm\Contacts\WordIndex;
use Kartoteka\Crm\Db\Connection;

require dirname(__DIR__) . '/module/kartoteka.crm/lib/autoloader.php';
Autoloader::register(dirname(__DIR__) . '/module/kartoteka.crm/lib');

[, $dsn, $companies, $contacts] = $argv + [null, null, '100000', '300000'];
$companies = (int) $companies;
$contacts = (int) $contacts;
mt_srand(100000);
$db = Connection::open((string) $dsn);
$pdo = $db->pdo();
$pdo->exec('PRAGMA synchronous = OFF');

$words = ['Ромашка', 'Вектор', 'Север', 'Техно', 'Альфа', 'Гранит', 'Меридиан', 'Полимер', 'Транс', 'Окна', 'Хлеб', 'Калина', 'Лес',
    'Балтика', 'Агро', 'Свет', 'Ладога', 'Фарм', 'Электро', 'Керамика', 'Кондитер', 'Автоматика', 'Кедр', 'Медтех', 'Горизонт',
    'Оптима', 'Аврора', 'Сталь', 'Союз', 'Дельта', 'Спектр', 'Энерго', 'Полюс', 'Заря', 'Орион', 'Прогресс', 'Триумф', 'Эталон'];
$suffixes = ['Трейд', 'Сервис', 'Строй', 'Групп', 'Плюс', 'Центр', 'Логистик', 'Инвест', 'Пром', 'Снаб'];
$cities = ['Москва', 'Санкт-Петербург', 'Екатеринбург', 'Новосибирск', 'Казань', 'Самара', 'Пермь', 'Воронеж'];
$areas = ['495', '499', '812', '343', '383', '843', '846', '342'];
$last = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Васильев', 'Морозов', 'Новиков', 'Волков', 'Лебедев', 'Козлов'];
$first = ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Игорь', 'Павел', 'Михаил', 'Николай'];
$middle = ['Александрович', 'Сергеевич', 'Дмитриевич', 'Андреевич', 'Иванович', 'Петрович'];
$roles = ['accountant', 'supplier', 'storekeeper', 'director', 'manager', 'other'];

function inn10(): string
{
    $nine = (string) mt_rand(10, 99) . str_pad((string) mt_rand(0, 9999999), 7, '0', STR_PAD_LEFT);
    $sum = 0;
    foreach ([2, 4, 10, 3, 5, 9, 4, 6, 8] as $i => $w) {
        $sum += $w * (int) $nine[$i];
    }
    return $nine . (($sum % 11) % 10);
}

$now = gmdate('Y-m-d H:i:s');
$started = microtime(true);
$sample = [];
$pdo->beginTransaction();
$company = $pdo->prepare('INSERT INTO kcrm_company (id, name, company_key, inn, kpp, city, legal_address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
$word = $pdo->prepare('INSERT INTO kcrm_company_word (company_id, word) VALUES (?, ?)');
$phone = $pdo->prepare('INSERT INTO kcrm_phone (owner_type, owner_id, raw, e164, type, created_at) VALUES (?, ?, ?, ?, ?, ?)');
$email = $pdo->prepare('INSERT INTO kcrm_email (owner_type, owner_id, raw, email_key, created_at) VALUES (?, ?, ?, ?, ?)');
for ($id = 1; $id <= $companies; $id++) {
    $name = 'ООО «' . $words[mt_rand(0, count($words) - 1)] . '-' . $suffixes[mt_rand(0, count($suffixes) - 1)] . ' ' . $id . '»';
    $c = mt_rand(0, count($cities) - 1);
    $inn = inn10();
    $created = gmdate('Y-m-d H:i:s', strtotime($now) - mt_rand(0, 3 * 365 * 86400));
    $company->execute([$id, $name, \Crm\Dedup\companyKey($name), $inn, substr($inn, 0, 4) . '01001', $cities[$c], 'ул. Ленина, д. ' . mt_rand(1, 200), $created, $created]);
    foreach (WordIndex::of(\Crm\Dedup\companyKey($name)) as $w) {
        $word->execute([$id, $w]);
    }
    $local = str_pad((string) mt_rand(0, 9999999), 7, '0', STR_PAD_LEFT);
    $raw = sprintf('8 (%s) %s-%s-%s', $areas[$c], substr($local, 0, 3), substr($local, 3, 2), substr($local, 5, 2));
    $phone->execute(['company', $id, $raw, '+7' . $areas[$c] . $local, 'fixed', $created]);
    if ($id === intdiv($companies, 2)) {
        $sample = ['company_id' => $id, 'name' => $words[0] !== '' ? mb_substr($name, 5, 12) : '', 'word' => mb_substr($name, mb_strpos($name, '-') + 1, 5), 'inside' => mb_substr($name, mb_strpos($name, '-') + 2, 4), 'inn' => $inn, 'phone' => '+7 ' . $areas[$c] . ' ' . $local];
    }
}
$contact = $pdo->prepare('INSERT INTO kcrm_contact (id, last_name, first_name, middle_name, person_key, city, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
$contactWord = $pdo->prepare('INSERT INTO kcrm_contact_word (contact_id, word) VALUES (?, ?)');
$link = $pdo->prepare('INSERT INTO kcrm_company_contact (company_id, contact_id, role, position, created_at) VALUES (?, ?, ?, ?, ?)');
for ($id = 1; $id <= $contacts; $id++) {
    [$l, $f, $m] = [$last[mt_rand(0, count($last) - 1)], $first[mt_rand(0, count($first) - 1)], $middle[mt_rand(0, count($middle) - 1)]];
    $companyId = (($id - 1) % $companies) + 1;
    $personKey = \Crm\Dedup\personKey("$l $f $m");
    $contact->execute([$id, $l, $f, $m, $personKey, $cities[mt_rand(0, count($cities) - 1)], $now, $now]);
    $link->execute([$companyId, $id, $roles[mt_rand(0, count($roles) - 1)], null, $now]);
    $mobile = '9' . str_pad((string) mt_rand(0, 999999999), 9, '0', STR_PAD_LEFT);
    $phone->execute(['contact', $id, '+7 ' . $mobile, '+7' . $mobile, 'mobile', $now]);
    $address = 'p' . $id . '@firma' . $companyId . '.ru';
    $email->execute(['contact', $id, $address, $address, $now]);
    foreach (ContactWords::of($personKey, $l, $f, $m, [$address]) as $w) {
        $contactWord->execute([$id, $w]);
    }
    if ($id === intdiv($contacts, 2)) {
        // A part inside the surname ("мирн" of Смирнов) starts no word: the search falls back to parts inside words.
        $sample += ['contact_id' => $id, 'contact_name' => "$l $f", 'contact_email' => $address, 'contact_inside' => mb_substr($l, 1, 4)];
    }
}
$pdo->commit();
$pdo->exec('ANALYZE');
fwrite(STDERR, sprintf("generated %d organisations, %d contact persons in %.1f s\n", $companies, $contacts, microtime(true) - $started));
echo json_encode($sample, JSON_UNESCAPED_UNICODE), "\n";
