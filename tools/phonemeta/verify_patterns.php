<?php
// Cross-checks the compiled phone tables against PCRE running the original XML patterns.
//
// Usage: php tools/phonemeta/verify_patterns.php [XML] [--strings=N] [--seed=S] [--cc=COMPILER]
// Builds tools/phonemeta/match_cli.c against src/core/phone, feeds it digit strings and compares,
// for every string, what our DFAs and matcher programs answer with what preg_match answers for:
//   - every number-type pattern of the territory     ^(?:p)$        (type mask)
//   - the territory's leadingDigits                  ^(?:p)         (matches or not)
//   - internationalPrefix                            ^(?:p)         (end of match)
//   - nationalPrefixForParsing                       ^(?:p)         (end of match and every group)
//   - every numberFormat: last leadingDigits and     ^(?:p)$        (groups)
// Strings: every example number, then per territory a mix of strings sampled from the patterns
// themselves (so matches are common), the same with one digit changed, inserted or removed, and
// uniformly random digits of length 0..18.  Exit status 1 on any mismatch.

declare(strict_types=1);

const TYPES = ['generalDesc', 'fixedLine', 'mobile', 'tollFree', 'premiumRate', 'sharedCost', 'voip',
	'personalNumber', 'pager', 'uan', 'voicemail', 'noInternationalDialling'];

function norm(string $p): string
{
	return preg_replace('/\s+/', '', $p);
}

/* A random member of the pattern's language (libphonenumber's regex subset only). */
function sample(string $re): string
{
	$i = 0;
	$out = sampleAlt($re, $i);
	return $out;
}

function sampleAlt(string $re, int &$i): string
{
	// Collect top-level branches first, then pick one: branches are re-parsed, cheap at this size.
	$branches = [];
	$start = $i;
	$depth = 0;
	$n = strlen($re);
	for (; $i < $n; $i++) {
		$c = $re[$i];
		if ($c === '[') {
			$i = strpos($re, ']', $i);
		} elseif ($c === '(') {
			$depth++;
		} elseif ($c === ')') {
			if ($depth === 0) {
				break;
			}
			$depth--;
		} elseif ($c === '|' && $depth === 0) {
			$branches[] = [$start, $i];
			$start = $i + 1;
		}
	}
	$branches[] = [$start, $i];
	[$a, $b] = $branches[mt_rand(0, count($branches) - 1)];
	$sub = substr($re, $a, $b - $a);
	$j = 0;
	return sampleCat($sub, $j);
}

function sampleCat(string $re, int &$i): string
{
	$out = '';
	$n = strlen($re);
	while ($i < $n && $re[$i] !== ')' && $re[$i] !== '|') {
		$atomStart = $i;
		$c = $re[$i];
		if ($c === '(') {
			$depth = 0;
			for ($k = $i; $k < $n; $k++) {
				if ($re[$k] === '[') {
					$k = strpos($re, ']', $k);
				} elseif ($re[$k] === '(') {
					$depth++;
				} elseif ($re[$k] === ')' && --$depth === 0) {
					break;
				}
			}
			$inner = substr($re, $i + 1, $k - $i - 1);
			if (str_starts_with($inner, '?:')) {
				$inner = substr($inner, 2);
			}
			$i = $k + 1;
			$gen = fn() => sample($inner);
		} elseif ($c === '[') {
			$k = strpos($re, ']', $i);
			$cls = substr($re, $i, $k - $i + 1);
			$i = $k + 1;
			$gen = function () use ($cls) {
				do {
					$d = (string) mt_rand(0, 9);
				} while (!preg_match('/' . $cls . '/', $d));
				return $d;
			};
		} elseif ($c === '\\') {
			$i += 2;
			$gen = fn() => (string) mt_rand(0, 9);
		} elseif ($c === '$') {
			$i++;
			$gen = fn() => '';
		} else {
			$i++;
			$gen = fn() => $c;
		}
		[$min, $max] = [1, 1];
		if ($i < $n && $re[$i] === '?') {
			[$min, $max] = [0, 1];
			$i++;
		} elseif ($i < $n && ($re[$i] === '*' || $re[$i] === '+')) {
			[$min, $max] = [$re[$i] === '+' ? 1 : 0, 4];
			$i++;
		} elseif ($i < $n && $re[$i] === '{') {
			$k = strpos($re, '}', $i);
			$q = explode(',', substr($re, $i + 1, $k - $i - 1));
			$min = (int) $q[0];
			$max = count($q) === 1 ? $min : ($q[1] === '' ? $min + 4 : (int) $q[1]);
			$i = $k + 1;
		}
		$times = mt_rand($min, $max);
		for ($r = 0; $r < $times; $r++) {
			$out .= $gen();
		}
		unset($atomStart);
	}
	return $out;
}

function mutate(string $s): string
{
	$n = strlen($s);
	switch (mt_rand(0, 3)) {
		case 0:
			if ($n) {
				$s[mt_rand(0, $n - 1)] = (string) mt_rand(0, 9);
			}
			return $s;
		case 1:
			$p = mt_rand(0, $n);
			return substr($s, 0, $p) . mt_rand(0, 9) . substr($s, $p);
		case 2:
			if ($n) {
				$p = mt_rand(0, $n - 1);
				return substr($s, 0, $p) . substr($s, $p + 1);
			}
			return $s;
		default:
			return substr($s, 0, mt_rand(0, $n));
	}
}

function randomDigits(): string
{
	$len = mt_rand(0, 18);
	$s = '';
	for ($k = 0; $k < $len; $k++) {
		$s .= mt_rand(0, 9);
	}
	return $s;
}

/** PCRE's answer in match_cli's notation. */
function pcreMatch(string $re, string $s, bool $full): string
{
	$r = preg_match('/^(?:' . $re . ')' . ($full ? '$' : '') . '/', $s, $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL);
	if ($r === false) {
		throw new RuntimeException("PCRE failed on /$re/: " . preg_last_error_msg());
	}
	if (!$r) {
		return '-1';
	}
	$out = (string) strlen($m[0][0]);
	for ($g = 1; $g < count($m); $g++) {
		$out .= $m[$g][0] === null ? ' -1:-1' : ' ' . $m[$g][1] . ':' . ($m[$g][1] + strlen($m[$g][0]));
	}
	return $out;
}

function main(array $argv): int
{
	$root = dirname(__DIR__, 2);
	$xml = $root . '/../shared/data/PhoneNumberMetadata.xml';
	$total = 1000000;
	$seed = 20260716;
	$cc = getenv('CC') ?: 'cc';
	foreach (array_slice($argv, 1) as $a) {
		if (preg_match('/^--strings=(\d+)$/', $a, $m)) {
			$total = (int) $m[1];
		} elseif (preg_match('/^--seed=(\d+)$/', $a, $m)) {
			$seed = (int) $m[1];
		} elseif (preg_match('/^--cc=(.+)$/', $a, $m)) {
			$cc = $m[1];
		} elseif ($a[0] !== '-') {
			$xml = $a;
		} else {
			fwrite(STDERR, "usage: verify_patterns.php [XML] [--strings=N] [--seed=S] [--cc=COMPILER]\n");
			return 2;
		}
	}
	mt_srand($seed);
	ini_set('pcre.jit', '1');

	$tmp = sys_get_temp_dir() . '/crm_phonemeta_' . getmypid();
	@mkdir($tmp);
	$cli = "$tmp/match_cli";
	$core = "$root/src/core/phone";
	$cmd = sprintf('%s -std=c11 -O2 -Wall -Wextra -Werror -I%s %s %s %s -o %s', $cc, escapeshellarg($core),
		escapeshellarg("$root/tools/phonemeta/match_cli.c"), escapeshellarg("$core/phone_meta.c"),
		escapeshellarg("$core/phone_meta_data.c"), escapeshellarg($cli));
	system($cmd, $rc);
	if ($rc !== 0) {
		fwrite(STDERR, "verify_patterns: building match_cli failed\n");
		return 2;
	}
	$index = [];
	foreach (explode("\n", trim(shell_exec("echo T | " . escapeshellarg($cli)))) as $line) {
		if ($line === '.') {
			break;
		}
		[$i, $region, $code, $ff, $fc] = explode(' ', $line);
		$index["$region/$code"] = [(int) $i, (int) $ff, (int) $fc];
	}

	$doc = new DOMDocument();
	$doc->load($xml, LIBXML_NONET);
	$xp = new DOMXPath($doc);
	$terr = [];
	foreach ($xp->query('/phoneNumberMetadata/territories/territory') as $t) {
		$key = $t->getAttribute('id') . '/' . $t->getAttribute('countryCode');
		if (!isset($index[$key])) {
			fwrite(STDERR, "verify_patterns: $key missing from the tables\n");
			return 1;
		}
		[$i, $ff, $fc] = $index[$key];
		$row = ['key' => $key, 'i' => $i, 'types' => [], 'examples' => [], 'formats' => []];
		foreach (TYPES as $bit => $name) {
			foreach ($t->childNodes as $ch) {
				if ($ch instanceof DOMElement && $ch->tagName === $name) {
					$row['types'][$bit] = norm($xp->query('nationalNumberPattern', $ch)->item(0)->textContent);
					$ex = $xp->query('exampleNumber', $ch)->item(0);
					if ($ex) {
						$row['examples'][$bit] = trim($ex->textContent);
					}
				}
			}
		}
		$row['leading'] = $t->hasAttribute('leadingDigits') ? norm($t->getAttribute('leadingDigits')) : null;
		$row['idd'] = $t->hasAttribute('internationalPrefix') ? norm($t->getAttribute('internationalPrefix')) : null;
		$np = $t->getAttribute('nationalPrefix');
		$row['npfp'] = $t->hasAttribute('nationalPrefixForParsing') ? norm($t->getAttribute('nationalPrefixForParsing')) : ($np === '' ? null : $np);
		$k = 0;
		foreach ($xp->query('availableFormats/numberFormat', $t) as $nf) {
			$ld = $xp->query('leadingDigits', $nf);
			$row['formats'][] = [$ff + $k++, norm($nf->getAttribute('pattern')), $ld->length ? norm($ld->item($ld->length - 1)->textContent) : null];
		}
		if ($k !== $fc) {
			fwrite(STDERR, "verify_patterns: $key has $k formats, tables $fc\n");
			return 1;
		}
		$terr[] = $row;
	}

	// Strings per territory: examples first, then samples.
	$per = intdiv($total + count($terr) - 1, count($terr));
	$queries = [];
	$expect = [];
	$strings = 0;
	$exampleFailures = 0;
	foreach ($terr as $r) {
		$sources = array_values(array_filter(array_merge(array_values($r['types']), [$r['leading'], $r['idd'], $r['npfp']],
			array_map(fn($f) => $f[1], $r['formats']), array_filter(array_map(fn($f) => $f[2], $r['formats'])))));
		$list = array_values($r['examples']);
		while (count($list) < $per + count($r['examples'])) {
			$k = mt_rand(0, 9);
			if ($k < 4) {
				$s = sample($sources[mt_rand(0, count($sources) - 1)]);
			} elseif ($k < 6) {
				// Prefix patterns followed by a national number: how they meet real input.
				$s = sample($sources[mt_rand(0, count($sources) - 1)]) . sample($r['types'][mt_rand(0, 1) ? 0 : array_rand($r['types'])]);
			} elseif ($k < 9) {
				$s = mutate(sample($sources[mt_rand(0, count($sources) - 1)]));
			} else {
				$s = randomDigits();
			}
			$list[] = substr($s, 0, 30);
		}
		foreach ($list as $s) {
			$strings++;
			$mask = 0;
			foreach ($r['types'] as $bit => $p) {
				if (preg_match('/^(?:' . $p . ')$/', $s)) {
					$mask |= 1 << $bit;
				}
			}
			$queries[] = "N $r[i] $s";
			$expect[] = [(string) $mask, $r['key'], 'types', $s];
			if ($r['leading'] !== null) {
				$queries[] = "L $r[i] $s";
				$expect[] = [preg_match('/^(?:' . $r['leading'] . ')/', $s) ? '1' : '0', $r['key'], 'leadingDigits', $s];
			}
			if ($r['idd'] !== null) {
				$queries[] = "I $r[i] $s";
				$expect[] = [pcreMatch($r['idd'], $s, false), $r['key'], 'internationalPrefix', $s];
			}
			if ($r['npfp'] !== null) {
				$queries[] = "P $r[i] $s";
				$expect[] = [pcreMatch($r['npfp'], $s, false), $r['key'], 'nationalPrefixForParsing', $s];
			}
			foreach ($r['formats'] as [$fi, $pat, $ld]) {
				$queries[] = "F $fi $s";
				$lm = $ld === null || preg_match('/^(?:' . $ld . ')/', $s) ? '1' : '0';
				$expect[] = [$lm . ' ' . pcreMatch($pat, $s, true), $r['key'], "format $pat", $s];
			}
		}
		foreach ($r['examples'] as $bit => $ex) {
			if (!preg_match('/^(?:' . $r['types'][$bit] . ')$/', $ex)) {
				fwrite(STDERR, "note: $r[key] example $ex does not match its own " . TYPES[$bit] . " pattern in PCRE\n");
				$exampleFailures++;
			}
		}
	}

	file_put_contents("$tmp/in.txt", implode("\n", $queries) . "\n");
	$t0 = microtime(true);
	exec(escapeshellarg($cli) . ' < ' . escapeshellarg("$tmp/in.txt"), $got, $rc);
	$elapsed = microtime(true) - $t0;
	if ($rc !== 0 || count($got) !== count($queries)) {
		fwrite(STDERR, "verify_patterns: match_cli failed ($rc, " . count($got) . ' of ' . count($queries) . " answers)\n");
		return 1;
	}
	$mismatches = 0;
	$byKind = [];
	$positive = [];
	foreach ($expect as $k => [$want, $key, $kind, $s]) {
		$kindKey = explode(' ', $kind)[0];
		$byKind[$kindKey] = ($byKind[$kindKey] ?? 0) + 1;
		// Positives show the sample is not all misses: a mask, a prefix, a full format match.
		if (!in_array($want, ['0', '-1', '0 -1', '1 -1'], true)) {
			$positive[$kindKey] = ($positive[$kindKey] ?? 0) + 1;
		}
		if ($got[$k] !== $want) {
			if (++$mismatches <= 20) {
				fwrite(STDERR, "MISMATCH $key $kind \"$s\": ours \"$got[$k]\", PCRE \"$want\"\n");
			}
		}
	}
	@unlink("$tmp/in.txt");
	@unlink($cli);
	@rmdir($tmp);
	$kinds = [];
	foreach ($byKind as $k => $v) {
		$kinds[] = "$k=$v/" . ($positive[$k] ?? 0) . ' matched';
	}
	printf("verify_patterns: %d territories, %d strings, %d comparisons (%s), %d mismatches; example numbers not matching own pattern: %d; match_cli %.2fs\n",
		count($terr), $strings, count($queries), implode(' ', $kinds), $mismatches, $exampleFailures, $elapsed);
	return $mismatches || $exampleFailures ? 1 : 0;
}

exit(main($argv));
