<?php
// Seeded generator of labelled company and contact cards with duplicates, as sources write them.
//   php bench/gen_dedup.php --records=1000 [--seed=1]      JSON lines: {"label":…, "record":{…}}
//   require it and iterate gen_dedup_records($n, $seed) to stream [label, record] pairs.
//
// Russian (60 %) and Swedish (40 %) companies, each with 1–5 contact persons (accountant,
// supplier, storekeeper, manager, director); valid INN/KPP/OGRN and orgnr (check digits
// computed); a switchboard per company that most contacts list, shared mailboxes (info@, buh@,
// sklad@, zakaz@) at the company's own domain (one domain, one company; namesakes get
// romashka24.ru), branches (same INN, other KPP, other city). Every company and person is one
// label; 0–3 more cards of it come from other sources — 1C export, hand-typed Excel, web
// form, partner list — with typos, transliteration, swapped names, dropped fields, other
// phone formats, legal-form variants, ё/е and case. Duplicates arrive later, mixed in, as
// imports in parts do. Names come from a vocabulary of register size (compound company names
// of two or three parts, about 180 Russian and 70 Swedish surname roots with a dozen endings
// each): namesakes exist, as in a real register, without being the rule.

const GD_RU_LAST_ROOTS = ['Иван', 'Петр', 'Сидор', 'Кузнец', 'Смирн', 'Поп', 'Волк', 'Фёдор', 'Мороз', 'Лебед',
	'Соколь', 'Новик', 'Орл', 'Зайц', 'Медвед', 'Егор', 'Козл', 'Степан', 'Никол', 'Ершов', 'Павл', 'Семён',
	'Голуб', 'Виноград', 'Богдан', 'Воробь', 'Фролов', 'Жук', 'Щук', 'Хохл', 'Круглов', 'Белоус', 'Тарас',
	'Громов', 'Сорокин', 'Гусь', 'Киселёв', 'Макар', 'Андрей', 'Ковал', 'Ильин', 'Гаврил', 'Тихон', 'Комар',
	'Чернов', 'Абрам', 'Беляк', 'Шестак', 'Мартын', 'Ефим', 'Дани', 'Журавл', 'Полян', 'Родион', 'Суслов',
	'Грач', 'Баран', 'Кулик', 'Пестов', 'Лапт', 'Рыб', 'Осип', 'Блин', 'Дьяк', 'Ларион', 'Вас', 'Чайк',
	'Зуб', 'Лис', 'Третьяк', 'Панфил', 'Юдин', 'Ярцев', 'Щеглов', 'Ёлкин', 'Цвет', 'Шаров', 'Ушак', 'Моисе',
	'Калин', 'Сафон', 'Гурь', 'Нестер', 'Филат', 'Карп', 'Лукин', 'Аксён', 'Власть', 'Горбун', 'Дороф',
	'Агап', 'Бобр', 'Вершин', 'Глебов', 'Демид', 'Жданов', 'Захар', 'Игнат', 'Казак', 'Ласточк', 'Мельник',
	'Назар', 'Овчинник', 'Пахом', 'Рожк', 'Савел', 'Тимоф', 'Уваров', 'Фомин', 'Харит', 'Цыган', 'Чуд',
	'Шубин', 'Щерб', 'Якушев', 'Антип', 'Бык', 'Вавил', 'Гордей', 'Дятл', 'Елис', 'Жил', 'Зимин', 'Исак',
	'Кудряв', 'Лыс', 'Мухин', 'Носк', 'Окун', 'Пирог', 'Ряб', 'Сом', 'Тетер', 'Угрюм', 'Филипп', 'Хромов',
	'Чистяк', 'Шишк', 'Ястреб', 'Анис', 'Бурлак', 'Гончар', 'Давыд', 'Ерем', 'Жар', 'Звяг', 'Клим', 'Лавр',
	'Мирон', 'Нефед', 'Остап', 'Прох', 'Руд', 'Сазон', 'Трофим', 'Ухтом', 'Федот', 'Худяк', 'Черкас', 'Шапош'];
const GD_RU_LAST_SUFFIX = ['ов', 'ев', 'ин', 'ский', 'енко', 'ович', 'цов', 'ников', 'ищев', 'анов', 'ушкин', 'ёнок'];
const GD_RU_MALE = ['Александр', 'Алексей', 'Андрей', 'Антон', 'Артём', 'Борис', 'Вадим', 'Василий', 'Виктор',
	'Владимир', 'Вячеслав', 'Геннадий', 'Георгий', 'Григорий', 'Денис', 'Дмитрий', 'Евгений', 'Егор', 'Иван',
	'Игорь', 'Илья', 'Кирилл', 'Константин', 'Леонид', 'Максим', 'Михаил', 'Никита', 'Николай', 'Олег', 'Павел',
	'Пётр', 'Роман', 'Руслан', 'Семён', 'Сергей', 'Станислав', 'Степан', 'Тимур', 'Фёдор', 'Юрий', 'Ярослав'];
const GD_RU_FEMALE = ['Александра', 'Алёна', 'Алина', 'Анастасия', 'Анна', 'Валентина', 'Валерия', 'Вера',
	'Виктория', 'Галина', 'Дарья', 'Екатерина', 'Елена', 'Елизавета', 'Жанна', 'Зоя', 'Ирина', 'Ксения', 'Лариса',
	'Любовь', 'Людмила', 'Маргарита', 'Марина', 'Мария', 'Надежда', 'Наталья', 'Нина', 'Оксана', 'Ольга',
	'Полина', 'Светлана', 'Софья', 'Татьяна', 'Ульяна', 'Юлия', 'Яна'];
const GD_SE_FIRST = ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Linnéa',
	'Sofia', 'Elin', 'Malin', 'Johanna', 'Åsa', 'Ulla', 'Birgitta', 'Maja', 'Frida', 'Ebba', 'Lars', 'Erik',
	'Per', 'Karl', 'Anders', 'Johan', 'Nils', 'Jan', 'Mikael', 'Olof', 'Björn', 'Göran', 'Stefan', 'Mats',
	'Fredrik', 'Henrik', 'Oskar', 'Axel', 'Gustav', 'Magnus', 'Jörgen', 'Håkan', 'Ulf', 'Sven', 'Tomas'];
const GD_SE_LAST_ROOTS = ['Anders', 'Johans', 'Karls', 'Nils', 'Eriks', 'Lars', 'Ols', 'Pers', 'Svens', 'Gustafs',
	'Petters', 'Jons', 'Jakobs', 'Magnus', 'Matts', 'Håkans', 'Ström', 'Berg', 'Lind', 'Sjö', 'Ek', 'Holm',
	'Lund', 'Dahl', 'Fors', 'Ny', 'Sand', 'Björk', 'Åker', 'Hed', 'Löf', 'Nord', 'Väst', 'Öst', 'Gran', 'Ros',
	'Axel', 'Bengts', 'Davids', 'Ed', 'Falk', 'Gull', 'Hag', 'Is', 'Kull', 'Lidh', 'Malm', 'Nyg', 'Ohl',
	'Palm', 'Ring', 'Sköld', 'Tör', 'Wall', 'Wik', 'Alm', 'Blom', 'Fager', 'Hammar', 'Kron', 'Lilje', 'Rosen',
	'Sten', 'Sund', 'Tall', 'Ulf', 'Vik', 'Ås', 'Ölund', 'Hult', 'Mo', 'Skog', 'Åström', 'Bäck'];
const GD_SE_LAST_SUFFIX = ['son', 'sson', 'berg', 'ström', 'gren', 'qvist', 'lund', 'man', 'dahl', 'ström', 'blad', 'é'];
const GD_RU_CO_A = ['Техно', 'Строй', 'Торг', 'Снаб', 'Пром', 'Агро', 'Нефте', 'Газ', 'Энерго', 'Авто', 'Мета',
	'Лес', 'Хим', 'Фарм', 'Мед', 'Инвест', 'Транс', 'Логистик', 'Урал', 'Сиб', 'Волга', 'Нева', 'Дон', 'Кама',
	'Север', 'Юг', 'Вост', 'Запад', 'Стан', 'Маш', 'Электро', 'Тепло', 'Вод', 'Бетон', 'Кабель', 'Дор',
	'Алмаз', 'Балт', 'Винт', 'Гидро', 'Дизель', 'Евро', 'Жилкомм', 'Зерно', 'Интер', 'Кварц', 'Лифт', 'Мебель',
	'Нано', 'Опт', 'Пище', 'Радио', 'Сантех', 'Телеком', 'Упак', 'Фасад', 'Хлеб', 'Цемент', 'Чай', 'Шина',
	'Экспо', 'Ювелир', 'Яр', 'Арм', 'Бур', 'Вент', 'Гео', 'Дерево', 'Кров', 'Лак', 'Мото', 'Оптик',
	'Проф', 'Рем', 'Свет', 'Текстиль', 'Уголь', 'Фильтр', 'Холод', 'Цвет', 'Щит', 'Эко', 'Азот', 'Крепёж'];
const GD_RU_CO_B = ['сервис', 'снаб', 'торг', 'строй', 'пром', 'комплект', 'монтаж', 'ресурс', 'маркет', 'трейд',
	'профи', 'лайн', 'тех', 'групп', 'холдинг', 'мир', 'центр', 'дом', 'сталь', 'пласт', 'инвест', 'регион',
	'систем', 'проект', 'поставка', 'завод', 'индустрия', 'логистик', 'эксперт', 'стандарт', 'альянс', 'база',
	'контракт', 'импорт', 'экспорт', 'деталь', 'мастер', 'плюс', 'вектор', 'капитал'];
const GD_RU_CO_WORD = ['Ромашка', 'Вектор', 'Альфа', 'Сигма', 'Гранит', 'Меридиан', 'Восход', 'Байкал', 'Прогресс',
	'Лотос', 'Рассвет', 'Заря', 'Орион', 'Атлант', 'Феникс', 'Ёлка', 'Берёзка', 'Звезда', 'Радуга', 'Спектр',
	'Аврора', 'Бриз', 'Вертикаль', 'Гарант', 'Дельта', 'Эверест', 'Исток', 'Кристалл', 'Лидер', 'Магистраль',
	'Нептун', 'Олимп', 'Пегас', 'Ресурс', 'Сапфир', 'Титан', 'Уют', 'Фаворит', 'Хронос', 'Эталон', 'Янтарь',
	'Алтай', 'Бастион', 'Горизонт', 'Держава', 'Купол', 'Монолит', 'Новатор', 'Омега', 'Перспектива'];
const GD_RU_FORMS = [['ООО', 'Общество с ограниченной ответственностью', 'OOO', 'LLC'], ['АО', 'Акционерное общество', 'AO', 'JSC'],
	['ПАО', 'Публичное акционерное общество', 'PAO', 'PJSC'], ['ЗАО', 'Закрытое акционерное общество', 'ZAO', 'CJSC']];
const GD_SE_CO_A = ['Nord', 'Syd', 'Väst', 'Öst', 'Fjäll', 'Skog', 'Sjö', 'Berg', 'Dal', 'Strand', 'Bygg', 'El',
	'Rör', 'Trä', 'Stål', 'Data', 'Mat', 'Frakt', 'Miljö', 'Energi', 'Konsult', 'Hem', 'Bil', 'Glas', 'Kraft',
	'Mark', 'Vatten', 'Sol', 'Vind', 'Hav', 'Öresund', 'Mälar', 'Norr', 'Lapp', 'Gotlands', 'Smålands',
	'Svea', 'Göta', 'Fyr', 'Ljus', 'Plåt', 'Sten', 'Tak', 'Golv', 'Färg', 'Måleri', 'Verktygs', 'Kyl', 'Värme'];
const GD_SE_CO_B = ['bygg', 'service', 'konsult', 'teknik', 'handel', 'frakt', 'partner', 'gruppen', 'el', 'rör',
	'data', 'produkter', 'maskin', 'system', 'design', 'montage', 'städ', 'transport', 'invest', 'import',
	'lager', 'center', 'kompaniet', 'verken', 'huset', 'tjänst', 'logistik', 'projekt', 'förvaltning', 'media'];
const GD_SE_FORMS = [['AB', 'Aktiebolag', 'AB (publ)', 'Aktiebolaget'], ['HB', 'Handelsbolag', 'HB', 'Handelsbolag']];
const GD_RU_CITIES = [['Москва', '495'], ['Москва', '499'], ['Санкт-Петербург', '812'], ['Новосибирск', '383'],
	['Екатеринбург', '343'], ['Казань', '843'], ['Нижний Новгород', '831'], ['Самара', '846'], ['Тверь', '4822'],
	['Ростов-на-Дону', '863'], ['Краснодар', '861'], ['Пермь', '342'], ['Воронеж', '473'], ['Уфа', '347']];
const GD_SE_CITIES = [['Stockholm', '8'], ['Göteborg', '31'], ['Malmö', '40'], ['Uppsala', '18'], ['Västerås', '21'],
	['Örebro', '19'], ['Linköping', '13'], ['Helsingborg', '42'], ['Jönköping', '36'], ['Umeå', '90']];
const GD_ROLES = ['accountant', 'supplier', 'storekeeper', 'manager', 'director'];
const GD_TRANSLIT = [
	// ICAO / passport, BGN-like, GOST-B-like, "by ear"
	['а'=>'a','б'=>'b','в'=>'v','г'=>'g','д'=>'d','е'=>'e','ё'=>'e','ж'=>'zh','з'=>'z','и'=>'i','й'=>'i','к'=>'k','л'=>'l','м'=>'m','н'=>'n','о'=>'o','п'=>'p','р'=>'r','с'=>'s','т'=>'t','у'=>'u','ф'=>'f','х'=>'kh','ц'=>'ts','ч'=>'ch','ш'=>'sh','щ'=>'shch','ъ'=>'ie','ы'=>'y','ь'=>'','э'=>'e','ю'=>'iu','я'=>'ia'],
	['а'=>'a','б'=>'b','в'=>'v','г'=>'g','д'=>'d','е'=>'e','ё'=>'yo','ж'=>'zh','з'=>'z','и'=>'i','й'=>'y','к'=>'k','л'=>'l','м'=>'m','н'=>'n','о'=>'o','п'=>'p','р'=>'r','с'=>'s','т'=>'t','у'=>'u','ф'=>'f','х'=>'kh','ц'=>'ts','ч'=>'ch','ш'=>'sh','щ'=>'shch','ъ'=>'','ы'=>'y','ь'=>"'",'э'=>'e','ю'=>'yu','я'=>'ya'],
	['а'=>'a','б'=>'b','в'=>'v','г'=>'g','д'=>'d','е'=>'e','ё'=>'yo','ж'=>'zh','з'=>'z','и'=>'i','й'=>'j','к'=>'k','л'=>'l','м'=>'m','н'=>'n','о'=>'o','п'=>'p','р'=>'r','с'=>'s','т'=>'t','у'=>'u','ф'=>'f','х'=>'h','ц'=>'c','ч'=>'ch','ш'=>'sh','щ'=>'shh','ъ'=>'','ы'=>'y','ь'=>'','э'=>'e','ю'=>'yu','я'=>'ya'],
	['а'=>'a','б'=>'b','в'=>'v','г'=>'g','д'=>'d','е'=>'e','ё'=>'e','ж'=>'j','з'=>'z','и'=>'i','й'=>'y','к'=>'k','л'=>'l','м'=>'m','н'=>'n','о'=>'o','п'=>'p','р'=>'r','с'=>'s','т'=>'t','у'=>'u','ф'=>'f','х'=>'h','ц'=>'tz','ч'=>'ch','ш'=>'sh','щ'=>'sch','ъ'=>'','ы'=>'i','ь'=>'','э'=>'e','ю'=>'ju','я'=>'ja'],
];

/* The kinds of corruption of the card being written (labels only: no random draws). */
function gd_kind(?string $k = null, bool $reset = false): array
{
	static $kinds = [];
	if ($reset) { $kinds = []; }
	if ($k !== null) { $kinds[$k] = true; }
	return array_keys($kinds);
}

/* Registers a domain; false when another company has it. A new stream starts with none taken. */
function gd_domain_free(?string $domain, bool $reset = false): bool
{
	static $taken = [];
	if ($reset) { $taken = []; }
	if ($domain === null || isset($taken[$domain])) { return $domain === null; }
	$taken[$domain] = true;
	return true;
}

function gd_pick(array $a) { return $a[mt_rand(0, count($a) - 1)]; }
function gd_chance(float $p): bool { return mt_rand() / mt_getrandmax() < $p; }
function gd_digits(int $n): string { $s = ''; for ($i = 0; $i < $n; $i++) { $s .= mt_rand(0, 9); } return $s; }

function gd_inn(): string
{
	$w = [2, 4, 10, 3, 5, 9, 4, 6, 8];
	$s = gd_pick(['77', '78', '50', '66', '16', '52', '63', '54', '61', '23']) . gd_digits(7);
	$sum = 0;
	for ($i = 0; $i < 9; $i++) { $sum += (int) $s[$i] * $w[$i]; }
	return $s . ($sum % 11 % 10);
}
function gd_ogrn(string $inn): string
{
	$s = '1' . sprintf('%02d', mt_rand(2, 23)) . substr($inn, 0, 2) . gd_digits(7);
	return $s . ((int) $s % 11 % 10);
}
function gd_orgnr(): string
{
	$s = '55' . mt_rand(2, 9) . gd_digits(6);
	$sum = 0;
	for ($i = 0; $i < 9; $i++) { $d = (int) $s[$i] * ($i % 2 ? 1 : 2); $sum += $d > 9 ? $d - 9 : $d; }
	return $s . ((10 - $sum % 10) % 10);
}

/* One typo: a letter dropped, doubled, swapped with its neighbour or replaced by a neighbour's. */
function gd_typo(string $s): string
{
	$c = mb_str_split($s);
	$n = count($c);
	if ($n < 4) { return $s; }
	gd_kind('typo');
	$i = mt_rand(1, $n - 2);
	switch (mt_rand(0, 3)) {
		case 0: array_splice($c, $i, 1); break;
		case 1: array_splice($c, $i, 0, [$c[$i]]); break;
		case 2: [$c[$i], $c[$i + 1]] = [$c[$i + 1], $c[$i]]; break;
		default: $c[$i] = $c[$i - 1]; break;
	}
	return implode('', $c);
}
function gd_translit(string $s, int $sys): string
{
	$out = '';
	foreach (mb_str_split($s) as $ch) {
		$l = mb_strtolower($ch);
		$t = GD_TRANSLIT[$sys][$l] ?? $ch;
		$out .= $l !== $ch ? ucfirst($t) : $t;
	}
	return $out;
}
function gd_case(string $s): string
{
	$r = mt_rand(0, 9);
	return $r === 0 ? mb_strtoupper($s) : ($r === 1 ? mb_strtolower($s) : $s);
}
function gd_yo(string $s): string { return str_replace(['ё', 'Ё'], ['е', 'Е'], $s); }

function gd_phone_ru(string $area, bool $mobile): array
{
	if ($mobile) { return ['7', '9' . mt_rand(0, 9) . mt_rand(0, 9), gd_digits(7)]; }
	return ['7', $area, gd_digits(10 - strlen($area))];
}
function gd_phone_se(string $area, bool $mobile): array
{
	if ($mobile) { return ['46', '7' . gd_pick(['0', '2', '3', '6']), gd_digits(7)]; }
	return ['46', $area, mt_rand(2, 9) . gd_digits(strlen($area) === 1 ? 6 : 5)];
}
/* The same number written as a given source would: 8 (495) 123-45-67, +7 495 1234567, 08-123 45 67 … */
function gd_phone_text(array $p, int $style): string
{
	[$cc, $area, $num] = $p;
	$grp = strlen($num) === 7 ? substr($num, 0, 3) . '-' . substr($num, 3, 2) . '-' . substr($num, 5) : $num;
	if ($cc === '7') {
		return match ($style % 5) {
			0 => "8 ($area) $grp",
			1 => "+7 $area $num",
			2 => "8$area$num",
			3 => "+7($area)$grp",
			default => "7 $area " . str_replace('-', ' ', $grp),
		};
	}
	$sp = strlen($num) >= 6 ? substr($num, 0, 3) . ' ' . substr($num, 3, 2) . ' ' . substr($num, 5) : $num;
	return match ($style % 4) {
		0 => "0$area-$sp",
		1 => "+46 $area $sp",
		2 => "0$area$num",
		default => "0046 $area $num",
	};
}

/* A company (or a branch of one) and its contact persons, as entities. */
function gd_company(int &$label, bool $se): array
{
	if ($se) {
		$word = gd_chance(0.5) ? gd_pick(GD_SE_CO_A) . gd_pick(GD_SE_CO_B) . (gd_chance(0.3) ? ' ' . gd_pick(GD_SE_CITIES)[0] : '')
			: gd_pick(GD_SE_LAST_ROOTS) . gd_pick(GD_SE_LAST_SUFFIX) . ' ' . ucfirst(gd_pick(GD_SE_CO_B));
		$forms = gd_chance(0.9) ? GD_SE_FORMS[0] : GD_SE_FORMS[1];
		[$city, $area] = gd_pick(GD_SE_CITIES);
		$domain = strtolower(strtr($word, ['å' => 'a', 'ä' => 'a', 'ö' => 'o', 'Å' => 'a', 'Ä' => 'a', 'Ö' => 'o', ' ' => ''])) . '.se';
		$co = ['label' => $label++, 'se' => true, 'word' => $word, 'forms' => $forms, 'city' => $city, 'area' => $area,
			'orgnr' => gd_orgnr(), 'inn' => null, 'kpp' => null, 'ogrn' => null];
	} else {
		// compound names of two or three parts (Техностройсервис), or a word with a suffix: a
		// register has hundreds of thousands of names, and look-alikes still collide
		$word = gd_chance(0.6) ? gd_pick(GD_RU_CO_A) . gd_pick(GD_RU_CO_B) . (gd_chance(0.5) ? gd_pick(GD_RU_CO_B) : '')
			: gd_pick(GD_RU_CO_WORD) . (gd_chance(0.7) ? '-' . gd_pick(['М', 'Плюс', 'Групп', 'Сервис', 'Трейд', 'Юг', 'Север', 'Центр', 'Строй', 'Авто', 'Опт', 'Регион', 'Инвест', 'Лайн', 'Профи', 'Урал']) : '');
		$forms = GD_RU_FORMS[mt_rand(0, 9) < 7 ? 0 : mt_rand(1, 3)];
		[$city, $area] = gd_pick(GD_RU_CITIES);
		$domain = strtolower(gd_translit($word, 0)) . gd_pick(['.ru', '.ru', '.com', '-' . mt_rand(1, 99) . '.ru']);
		$inn = gd_inn();
		$co = ['label' => $label++, 'se' => false, 'word' => $word, 'forms' => $forms, 'city' => $city, 'area' => $area,
			'orgnr' => null, 'inn' => $inn, 'kpp' => substr($inn, 0, 4) . '01001', 'ogrn' => gd_ogrn($inn)];
	}
	$domain = str_replace(["'", '-', 'ʼ'], '', $domain);
	// a domain belongs to one company: a namesake registered another (romashka.ru, romashka24.ru)
	while (!gd_domain_free($domain)) {
		$domain = preg_replace('/^([^.]*?)\d*\./', '${1}' . mt_rand(2, 999) . '.', $domain, 1);
	}
	$co['domain'] = $domain;
	$co['switchboard'] = $se ? gd_phone_se($area, false) : gd_phone_ru($area, false);
	$co['phones'] = [$co['switchboard']];
	if (gd_chance(0.3)) { $co['phones'][] = $se ? gd_phone_se($area, false) : gd_phone_ru($area, false); }
	$co['mailboxes'] = ['info@' . $domain];
	return $co;
}

function gd_contact(int &$label, array $co, string $role): array
{
	if ($co['se']) {
		$p = ['first' => gd_pick(GD_SE_FIRST), 'last' => gd_pick(GD_SE_LAST_ROOTS) . gd_pick(GD_SE_LAST_SUFFIX), 'middle' => null];
	} else {
		$female = gd_chance(0.5);
		$last = gd_pick(GD_RU_LAST_ROOTS) . gd_pick(GD_RU_LAST_SUFFIX);
		if ($female) {
			$last = preg_match('/(ов|ев|ин|цов|ников|ищев|анов|ушкин)$/u', $last) ? $last . 'а'
				: (str_ends_with($last, 'ский') ? mb_substr($last, 0, -2) . 'ая' : $last);
		}
		$father = gd_pick(GD_RU_MALE);
		$stem = preg_replace('/(ий|ей|ь|й|а|я)$/u', '', $father);
		$soft = preg_match('/(ий|ей|ь|й)$/u', $father);
		$p = ['first' => $female ? gd_pick(GD_RU_FEMALE) : gd_pick(GD_RU_MALE), 'last' => $last,
			'middle' => $stem . ($soft ? 'е' : 'о') . ($female ? 'вна' : 'вич')];
	}
	$p['label'] = $label++;
	$p['role'] = $role;
	$p['phones'] = [];
	$p['mailbox'] = null;
	if (gd_chance(0.7)) { $p['phones'][] = $co['se'] ? gd_phone_se('', true) : gd_phone_ru('', true); }
	$p['switchboard'] = gd_chance(0.75);
	$p['ext'] = gd_chance(0.3) ? (string) mt_rand(100, 399) : null;
	$lat = $co['se'] ? $p : ['first' => gd_translit($p['first'], 1), 'last' => gd_translit($p['last'], 1)];
	$norm = fn ($s) => strtolower(strtr($s, ["'" => '', 'å' => 'a', 'ä' => 'a', 'ö' => 'o', 'é' => 'e', 'Å' => 'a', 'Ä' => 'a', 'Ö' => 'o', 'Ö' => 'o']));
	$p['email'] = gd_chance(0.65) ? (gd_chance(0.7) ? $norm(mb_substr($lat['first'], 0, 1)) . '.' . $norm($lat['last']) . '@' . $co['domain']
		: $norm($lat['last']) . mt_rand(60, 99) . '@' . gd_pick(['mail.ru', 'gmail.com', 'yandex.ru', 'bk.ru', 'hotmail.com'])) : null;
	$shared = ['accountant' => $co['se'] ? 'ekonomi' : 'buh', 'storekeeper' => $co['se'] ? 'lager' : 'sklad',
		'supplier' => $co['se'] ? 'order' : 'zakaz', 'manager' => 'info', 'director' => null][$role];
	if ($shared !== null && gd_chance(0.5)) { $p['mailbox'] = $shared . '@' . $co['domain']; }
	return $p;
}

/* A company card as one source writes it. */
function gd_company_card(array $co, string $src): array
{
	$f = $co['forms'];
	$r = ['type' => 'company'];
	$name = $co['word'];
	switch ($src) {
		case '1c':
			$r['name'] = $co['se'] ? "$name {$f[0]}" : "{$f[0]} \"$name\"";
			break;
		case 'excel':
			$n = gd_chance(0.25) ? gd_typo($name) : $name;
			$r['name'] = gd_case(gd_yo(gd_chance(0.5) ? "$n {$f[0]}" : "{$f[0]} $n"));
			break;
		case 'web':
			$r['name'] = gd_chance(0.2) ? gd_typo($name) : $name;
			break;
		default: // partner list
			$r['name'] = $co['se'] ? "$name {$f[1]}" : (gd_chance(0.7) ? "{$f[1]} «{$name}»" : ucfirst(strtolower(gd_translit($name, 1))) . " {$f[3]}");
			if (!$co['se'] && !str_contains($r['name'], $name)) { gd_kind('translit'); }
	}
	$full = ['1c' => 1.0, 'excel' => 0.6, 'web' => 0.0, 'partner' => 0.9][$src];
	if ($co['inn'] !== null && gd_chance($full)) {
		$r['inn'] = $co['inn'];
		if ($src === 'excel' && gd_chance(0.15)) { // a mistyped digit
			$i = mt_rand(0, 9);
			$r['inn'] = substr($co['inn'], 0, $i) . (((int) $co['inn'][$i] + mt_rand(1, 9)) % 10) . substr($co['inn'], $i + 1);
			gd_kind('inn_typo');
		}
		if ($src !== 'web' && gd_chance($full * 0.8)) { $r['kpp'] = $co['kpp']; }
		if ($src === '1c' && gd_chance(0.7)) { $r['ogrn'] = $co['ogrn']; }
	}
	if ($co['orgnr'] !== null && gd_chance($full)) {
		$o = $co['orgnr'];
		$r['orgnr'] = gd_chance(0.5) ? substr($o, 0, 6) . '-' . substr($o, 6) : $o;
	}
	$style = mt_rand(0, 9);
	$phones = [];
	foreach ($co['phones'] as $i => $p) {
		if ($i === 0 ? gd_chance($src === 'partner' ? 0.7 : 0.9) : gd_chance(0.5)) { $phones[] = gd_phone_text($p, $style); }
	}
	if ($phones) { $r['phones'] = $phones; }
	if (gd_chance($src === 'partner' ? 0.3 : 0.6)) { $r['emails'] = [gd_chance(0.2) ? strtoupper($co['mailboxes'][0]) : $co['mailboxes'][0]]; }
	if (gd_chance($src === 'web' ? 0.3 : 0.8)) { $r['city'] = gd_case(gd_yo($co['city'])); }
	$r['region'] = $co['se'] ? 'SE' : 'RU';
	return $r;
}

function gd_contact_card(array $p, array $co, string $src): array
{
	$r = ['type' => 'contact'];
	$first = $p['first']; $last = $p['last']; $middle = $p['middle'];
	$latin = !$co['se'] && ($src === 'partner' ? gd_chance(0.6) : ($src === 'web' ? gd_chance(0.3) : false));
	if ($latin) {
		$sys = mt_rand(0, 3);
		$first = gd_translit($first, $sys); $last = gd_translit($last, $sys); $middle = null;
		gd_kind('translit');
	}
	if ($src === 'excel' || $src === 'web') {
		if (gd_chance(0.25)) { if (gd_chance(0.5)) { $last = gd_typo($last); } else { $first = gd_typo($first); } }
		$first = gd_yo($first); $last = gd_yo($last);
	}
	switch ($src) {
		case '1c':
			$r['last_name'] = $last; $r['first_name'] = $first;
			if ($middle) { $r['middle_name'] = $middle; }
			break;
		case 'excel':
			$r['name'] = gd_case(gd_chance(0.1) ? $last . ' ' . mb_substr($first, 0, 1) . '.' . ($middle ? mb_substr($middle, 0, 1) . '.' : '')
				: trim("$last $first " . ($middle && gd_chance(0.6) ? $middle : '')));
			if (str_ends_with($r['name'], '.')) { gd_kind('initials'); }
			break;
		case 'web':
			$r['name'] = gd_chance(0.7) ? "$first $last" : "$last $first";
			break;
		default:
			$r['name'] = gd_chance(0.5) ? "$first $last" : "$last $first";
	}
	if (gd_chance($src === 'web' ? 0.5 : 0.85)) {
		$f = $co['forms'];
		$r['company'] = match ($src) {
			'1c' => $co['se'] ? "{$co['word']} {$f[0]}" : "{$f[0]} \"{$co['word']}\"",
			'excel' => gd_case(gd_yo($co['word'])) . (gd_chance(0.5) ? " {$f[0]}" : ''),
			'web' => $co['word'],
			default => $co['se'] ? "{$co['word']} {$f[1]}" : "{$f[1]} «{$co['word']}»",
		};
	}
	if (!isset($r['company'])) { gd_kind('no_company'); }
	$style = mt_rand(0, 9);
	$phones = [];
	foreach ($p['phones'] as $ph) {
		if (gd_chance($src === 'partner' ? 0.6 : 0.85)) { $phones[] = gd_phone_text($ph, $style); }
	}
	if ($p['switchboard'] && $src !== 'web' && gd_chance(0.8)) {
		$t = gd_phone_text($co['switchboard'], $style);
		if ($p['ext'] && gd_chance(0.7)) { $t .= gd_pick([' доб. ', ' вн. ', ' ext. ', '#']) . $p['ext']; }
		$phones[] = $t;
	}
	if ($phones) { $r['phones'] = $phones; }
	if (!$phones) { gd_kind('no_phone'); }
	$emails = [];
	if ($p['email'] && gd_chance($src === 'web' ? 0.95 : 0.7)) { $emails[] = gd_chance(0.15) ? ucfirst($p['email']) : $p['email']; }
	if ($p['mailbox'] && gd_chance(0.7)) { $emails[] = $p['mailbox']; }
	if ($emails) { $r['emails'] = $emails; }
	if (gd_chance($src === 'web' ? 0.2 : 0.5)) { $r['city'] = gd_case(gd_yo($co['city'])); }
	$r['region'] = $co['se'] ? 'SE' : 'RU';
	return $r;
}

/* How many more cards of an entity other sources wrote: 0 (60 %), 1, 2 or 3. */
function gd_dups(): int
{
	$r = mt_rand(0, 99);
	return $r < 60 ? 0 : ($r < 85 ? 1 : ($r < 95 ? 2 : 3));
}

/**
 * Streams [label, record] pairs until $n records; duplicates come later, mixed in.
 * @return Generator<int, array{0:int, 1:array}>
 */
function gen_dedup_records(int $n, int $seed = 1): Generator
{
	mt_srand($seed);
	gd_domain_free(null, true);
	$label = 0;
	$emitted = 0;
	$pending = [];
	$sources = ['1c', 'excel', 'web', 'partner'];
	while ($emitted < $n) {
		$se = gd_chance(0.4);
		$co = gd_company($label, $se);
		$entities = [[$co, null]];
		if (!$se && gd_chance(0.1)) { // a branch: same INN, another KPP and city, its own phones
			$br = $co;
			$br['label'] = $label++;
			[$br['city'], $br['area']] = gd_pick(GD_RU_CITIES);
			$br['kpp'] = substr($co['kpp'], 0, 2) . sprintf('%02d', mt_rand(2, 99)) . '43001';
			$br['switchboard'] = gd_phone_ru($br['area'], false);
			$br['phones'] = [$br['switchboard']];
			$entities[] = [$br, null];
		}
		$roles = GD_ROLES;
		shuffle($roles);
		$k = mt_rand(1, 5);
		for ($i = 0; $i < $k; $i++) { $entities[] = [$co, gd_contact($label, $co, $roles[$i])]; }
		foreach ($entities as [$c, $p]) {
			$order = $sources;
			shuffle($order);
			$d = gd_dups();
			for ($j = 0; $j <= $d && $emitted < $n; $j++) {
				gd_kind(null, true);
				$card = $p === null ? gd_company_card($c, $order[$j]) : gd_contact_card($p, $c, $order[$j]);
				$item = [$p === null ? $c['label'] : $p['label'], $card, ['src' => $order[$j], 'kinds' => gd_kind()]];
				if ($j === 0) { yield $item; $emitted++; } else { $pending[] = $item; }
			}
		}
		while ($pending && (count($pending) > 2000 || gd_chance(0.3)) && $emitted < $n) {
			$i = mt_rand(0, count($pending) - 1);
			yield $pending[$i];
			$emitted++;
			$pending[$i] = end($pending);
			array_pop($pending);
		}
	}
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
	$opt = getopt('', ['records:', 'seed:']);
	foreach (gen_dedup_records((int) ($opt['records'] ?? 1000), (int) ($opt['seed'] ?? 1)) as [$label, $rec, $meta]) {
		echo json_encode(['label' => $label, 'record' => $rec, 'source' => $meta['src'], 'corruption' => $meta['kinds']], JSON_UNESCAPED_UNICODE), "\n";
	}
}
