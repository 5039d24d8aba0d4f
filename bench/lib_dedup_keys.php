<?php
// Key inputs of generated cards, and their normalisation timed from PHP (for bench/dedup_keys.sh).
//   php bench/lib_dedup_keys.php dump N SEED > cards.tsv   type, full name, company, e-mails, phones (\x1f between)
//   php -d extension=… bench/lib_dedup_keys.php time cards.tsv   best of 5 passes:
//       "ns_per_record keys_per_record ns_per_record_by_columns"
// A record's keys are what Crm\Dedup\Index derives from a card before blocking: a contact's
// person key, its company's key and its e-mail keys; a company's key, the Latin skeleton of that
// key (a person key) and its e-mail keys. Phones are timed by bench/run phone_speed.

require __DIR__ . '/gen_dedup.php';

if (($argv[1] ?? '') === 'dump') {
	$out = fopen('php://stdout', 'w');
	foreach (gen_dedup_records((int) $argv[2], (int) ($argv[3] ?? 1)) as [, $r]) {
		$name = $r['type'] === 'contact' && isset($r['last_name'])
			? trim(($r['last_name'] ?? '') . ' ' . ($r['first_name'] ?? '') . ' ' . ($r['middle_name'] ?? '')) : ($r['name'] ?? '');
		fwrite($out, implode("\t", [$r['type'] === 'contact' ? 'p' : 'c', $name, $r['company'] ?? '',
			implode("\x1f", $r['emails'] ?? []), implode("\x1f", $r['phones'] ?? [])]) . "\n");
	}
	exit(0);
}

$rows = [];
foreach (file($argv[2], FILE_IGNORE_NEW_LINES) as $line) {
	[$type, $name, $company, $emails] = explode("\t", $line);
	$rows[] = [$type === 'p', $name, $company, $emails === '' ? [] : explode("\x1f", $emails)];
}
$best = INF;
$keys = 0;
for ($pass = 0; $pass < 5; $pass++) {
	$k = 0;
	$t = hrtime(true);
	foreach ($rows as [$person, $name, $company, $emails]) {
		if ($person) {
			Crm\Dedup\personKey($name);
			if ($company !== '') { Crm\Dedup\companyKey($company); $k++; }
		} else {
			Crm\Dedup\personKey(Crm\Dedup\companyKey($name));
			$k++;
		}
		$k++;
		foreach ($emails as $e) { Crm\Dedup\emailKey($e); $k++; }
	}
	$best = min($best, (hrtime(true) - $t) / count($rows));
	$keys = $k;
}
// the same keys a column at a time, as an import normalises a batch of rows: the columns are
// what the rows hold (built once, as reading the file would), the time is the key functions'
$persons = $companies = $contactCompanies = $emails = [];
foreach ($rows as [$person, $name, $company, $mails]) {
	if ($person) {
		$persons[] = $name;
		if ($company !== '') { $contactCompanies[] = $company; }
	} else {
		$companies[] = $name;
	}
	foreach ($mails as $e) { $emails[] = $e; }
}
$bestMany = INF;
for ($pass = 0; $pass < 5; $pass++) {
	$t = hrtime(true);
	Crm\Dedup\personKeys($persons);
	Crm\Dedup\companyKeys($contactCompanies);
	Crm\Dedup\personKeys(Crm\Dedup\companyKeys($companies));
	Crm\Dedup\emailKeys($emails);
	$bestMany = min($bestMany, (hrtime(true) - $t) / count($rows));
}
printf("%.1f %.2f %.1f\n", $best, $keys / count($rows), $bestMany);
