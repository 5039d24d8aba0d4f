<?php
// Seeded generator of CSV files shaped like a 1C counterparty export, for benchmarks and tests.
//   php bench/gen_1c_csv.php --rows=1000000 --encoding=cp1251 --delimiter=';' --out=/tmp/1c.csv
//   --encoding=cp1251 (CRLF line ends, as 1C writes) | utf8bom (UTF-8 with BOM, CRLF); --seed=N

$opt = getopt('', ['rows:', 'encoding:', 'delimiter:', 'out:', 'seed:']);
$rows = (int) ($opt['rows'] ?? 1000);
$encoding = $opt['encoding'] ?? 'cp1251';
$delim = $opt['delimiter'] ?? ';';
$out = $opt['out'] ?? null;
if ($out === null || $rows < 0 || !in_array($encoding, ['cp1251', 'utf8bom'], true) || strlen($delim) !== 1) {
	fwrite(STDERR, "usage: php gen_1c_csv.php --rows=N --encoding=cp1251|utf8bom --delimiter=';'|',' --out=FILE [--seed=N]\n");
	exit(2);
}
mt_srand((int) ($opt['seed'] ?? 1));

$forms = ['ООО', 'ЗАО', 'АО', 'ПАО', 'ИП', 'ООО', 'ООО'];
$names = ['Ромашка', 'Вектор', 'Альфа-Строй', 'Северный ветер', 'ТехноСнаб', 'Уралмаш-Сервис', 'Гранит',
	'Меридиан', 'Восход', 'Байкал', 'Сибирская торговая компания', 'Прогресс', 'Лотос', 'Электросила'];
$last = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Волков', 'Фёдоров', 'Морозов', 'Лебедев'];
$first = ['Иван', 'Пётр', 'Сергей', 'Алексей', 'Дмитрий', 'Андрей', 'Михаил', 'Николай'];
$middle = ['Иванович', 'Петрович', 'Сергеевич', 'Алексеевич', 'Дмитриевич', 'Андреевич'];
$posts = ['Генеральный директор', 'Главный бухгалтер', 'Менеджер по закупкам', 'Кладовщик', 'Снабженец', 'Директор'];
$cities = ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Екатеринбург', 'Казань', 'Нижний Новгород', 'Тверь', 'Самара'];
$streets = ['ул. Ленина', 'пр-т Мира', 'ул. Гагарина', 'Садовая ул.', 'ул. Советская', 'Невский пр-т'];
$comments = ['', '', '', 'Постоянный клиент', 'Звонить после 14:00; спросить бухгалтера',
	'Договор № 15 от 01.03.2023', 'Просил "перезвонить" в понедельник', 'Отгрузка только по предоплате',
	"Склад закрыт по выходным;\nоплата в течение 5 дней", 'Скидка 5%, "VIP"'];
$managers = ['Соколова А. В.', 'Новиков Д. С.', 'Орлова Е. П.', 'Зайцев К. М.'];
$latin = ['romashka', 'vector', 'alfa', 'sever', 'tehnosnab', 'granit', 'meridian', 'voshod'];

function field(string $s, string $delim): string
{
	// Quote as 1C and Excel do: only when the value holds the delimiter, a quote or a line break.
	if (strpbrk($s, $delim . "\"\r\n") !== false) {
		return '"' . str_replace('"', '""', $s) . '"';
	}
	return $s;
}

function pick(array $a): string
{
	return $a[mt_rand(0, count($a) - 1)];
}

$fh = fopen($out, 'wb');
if (!$fh) {
	fwrite(STDERR, "cannot write $out\n");
	exit(1);
}
$header = ['Организация', 'ИНН', 'КПП', 'Контактное лицо', 'Должность', 'Телефон', 'E-mail', 'Адрес', 'Город',
	'Комментарий', 'Ответственный', 'Дата создания'];
$batch = implode($delim, $header) . "\r\n";
if ($encoding === 'utf8bom') {
	fwrite($fh, "\xEF\xBB\xBF");
}
for ($i = 1; $i <= $rows; $i++) {
	$form = pick($forms);
	$org = $form . ' "' . pick($names) . ($i % 7 === 0 ? ' ' . $i : '') . '"';
	$inn = $form === 'ИП' ? sprintf('%012d', mt_rand(100000000, 999999999) * 1000 + $i % 1000)
		: sprintf('%010d', mt_rand(1000000000, 2147483647) % 10000000000);
	$kpp = $form === 'ИП' ? '' : sprintf('%09d', mt_rand(100000000, 999999999));
	$city = pick($cities);
	$phone = mt_rand(0, 1) ? sprintf('+7 (%03d) %03d-%02d-%02d', mt_rand(900, 999), mt_rand(0, 999), mt_rand(0, 99), mt_rand(0, 99))
		: sprintf('8 %03d %03d %02d %02d', mt_rand(900, 999), mt_rand(0, 999), mt_rand(0, 99), mt_rand(0, 99));
	$row = [
		$org, $inn, $kpp,
		pick($last) . ' ' . pick($first) . ' ' . pick($middle),
		pick($posts),
		$phone,
		pick($latin) . mt_rand(1, 999) . '@' . pick($latin) . '.ru',
		mt_rand(100000, 999999) . ', г. ' . $city . ', ' . pick($streets) . ', д. ' . mt_rand(1, 200) . ', оф. ' . mt_rand(1, 500),
		$city,
		str_replace("\n", "\r\n", pick($comments)),
		pick($managers),
		sprintf('%02d.%02d.%04d %02d:%02d:%02d', mt_rand(1, 28), mt_rand(1, 12), mt_rand(2015, 2024), mt_rand(0, 23), mt_rand(0, 59), mt_rand(0, 59)),
	];
	$batch .= implode($delim, array_map(fn($s) => field($s, $delim), $row)) . "\r\n";
	if ($i % 10000 === 0 || $i === $rows) {
		fwrite($fh, $encoding === 'cp1251' ? iconv('UTF-8', 'CP1251', $batch) : $batch);
		$batch = '';
	}
}
if ($batch !== '') {
	fwrite($fh, $encoding === 'cp1251' ? iconv('UTF-8', 'CP1251', $batch) : $batch);
}
fclose($fh);
