<?php
// Compiles libphonenumber's PhoneNumberMetadata.xml into the static C tables of src/core/phone/phone_meta_data.c.
//
// Usage (from anywhere):
//   php tools/phonemeta/gen_phone_meta.php [XML] [--meta-version=X.Y.Z] [--out=FILE] [--check]
// XML defaults to ../shared/data/PhoneNumberMetadata.xml relative to the repository root.
// --check writes nothing and exits 1 when the committed file differs from what would be generated.
//
// Why compile instead of shipping the regexes: the normaliser must classify a number in well under
// a microsecond with no allocation, so the national-number patterns of a territory become one
// minimised DFA whose accepting states carry a bitmask of the number types that match.  The few
// patterns whose *captures* or *backtracking order* matter (international prefix, national prefix
// for parsing, format patterns) become tiny programs for a backtracking matcher that reproduces
// Java/PCRE semantics exactly.  See docs/phone-metadata.md.

declare(strict_types=1);

namespace Crm\PhoneMeta;

use DOMDocument;
use DOMElement;
use DOMXPath;
use RuntimeException;

const TYPES = ['generalDesc', 'fixedLine', 'mobile', 'tollFree', 'premiumRate', 'sharedCost', 'voip',
	'personalNumber', 'pager', 'uan', 'voicemail', 'noInternationalDialling'];
const MAX_LENGTH = 17; // libphonenumber's MAX_LENGTH_FOR_NSN; possible lengths live in a uint32 bit set

// Opcodes of the backtracking matcher; must agree with phone_meta.c.
const OP_SET = 0, OP_SPLIT = 1, OP_JMP = 2, OP_SAVE = 3, OP_EOS = 4, OP_MATCH = 5;
const MAX_GROUPS = 9;

/*
 * Parser for the regex subset libphonenumber uses.  Anything outside it throws, so a future
 * metadata release that starts using, say, lookahead fails the build instead of compiling wrongly.
 * AST: ['set', mask10] | ['cat', [..]] | ['alt', [..]] | ['rep', node, min, max|-1]
 *      | ['group', node, captureIndex|0] | ['eos']
 */
final class RegexParser
{
	private string $s;
	private int $i = 0;
	private int $n;
	private int $groups = 0;

	private function __construct(string $src, private bool $allowEos)
	{
		$this->s = preg_replace('/\s+/', '', $src);
		$this->n = strlen($this->s);
	}

	/** @return array{0: array, 1: int} AST and number of capturing groups */
	public static function parse(string $src, bool $allowEos = false): array
	{
		$p = new self($src, $allowEos);
		$ast = $p->alt();
		if ($p->i < $p->n) {
			$p->fail('unbalanced )');
		}
		return [$ast, $p->groups];
	}

	public static function normalise(string $src): string
	{
		return preg_replace('/\s+/', '', $src);
	}

	private function fail(string $why): never
	{
		throw new RuntimeException("unsupported regex /{$this->s}/ at offset {$this->i}: $why");
	}

	private function peek(): string
	{
		return $this->i < $this->n ? $this->s[$this->i] : '';
	}

	private function alt(): array
	{
		$branches = [$this->cat()];
		while ($this->peek() === '|') {
			$this->i++;
			$branches[] = $this->cat();
		}
		return count($branches) === 1 ? $branches[0] : ['alt', $branches];
	}

	private function cat(): array
	{
		$items = [];
		while ($this->i < $this->n && $this->peek() !== '|' && $this->peek() !== ')') {
			$items[] = $this->quant($this->atom());
		}
		return count($items) === 1 ? $items[0] : ['cat', $items];
	}

	private function atom(): array
	{
		$c = $this->peek();
		if ($c >= '0' && $c <= '9') {
			$this->i++;
			return ['set', 1 << (int) $c];
		}
		if ($c === '\\') {
			if (($this->s[$this->i + 1] ?? '') !== 'd') {
				$this->fail('escape other than \\d');
			}
			$this->i += 2;
			return ['set', 0x3FF];
		}
		if ($c === '[') {
			return $this->charClass();
		}
		if ($c === '(') {
			$this->i++;
			$cap = 0;
			if ($this->peek() === '?') {
				if (($this->s[$this->i + 1] ?? '') !== ':') {
					$this->fail('group modifier other than (?:');
				}
				$this->i += 2;
			} else {
				$cap = ++$this->groups;
				if ($cap > MAX_GROUPS) {
					$this->fail('more than ' . MAX_GROUPS . ' capturing groups');
				}
			}
			$inner = $this->alt();
			if ($this->peek() !== ')') {
				$this->fail('missing )');
			}
			$this->i++;
			return ['group', $inner, $cap];
		}
		if ($c === '$' && $this->allowEos) {
			$this->i++;
			return ['eos'];
		}
		$this->fail("character '$c'");
	}

	private function charClass(): array
	{
		$this->i++;
		if ($this->peek() === '^') {
			$this->fail('negated class');
		}
		$mask = 0;
		while ($this->peek() !== ']') {
			$c = $this->peek();
			if ($c === '\\' && ($this->s[$this->i + 1] ?? '') === 'd') {
				$mask |= 0x3FF;
				$this->i += 2;
				continue;
			}
			if (!($c >= '0' && $c <= '9')) {
				$this->fail("class member '$c'");
			}
			$lo = (int) $c;
			$this->i++;
			$hi = $lo;
			if ($this->peek() === '-' && ($this->s[$this->i + 1] ?? ']') !== ']') {
				$h = $this->s[$this->i + 1];
				if (!($h >= '0' && $h <= '9') || (int) $h < $lo) {
					$this->fail('bad range');
				}
				$hi = (int) $h;
				$this->i += 2;
			}
			for ($d = $lo; $d <= $hi; $d++) {
				$mask |= 1 << $d;
			}
		}
		$this->i++;
		if ($mask === 0) {
			$this->fail('empty class');
		}
		return ['set', $mask];
	}

	private function quant(array $atom): array
	{
		$c = $this->peek();
		if ($c === '?' || $c === '*' || $c === '+') {
			$this->i++;
			[$min, $max] = ['?' => [0, 1], '*' => [0, -1], '+' => [1, -1]][$c];
		} elseif ($c === '{' && preg_match('/\G\{(\d+)(,(\d*))?\}/', $this->s, $m, 0, $this->i)) {
			$this->i += strlen($m[0]);
			$min = (int) $m[1];
			$max = !isset($m[2]) ? $min : ($m[3] === '' ? -1 : (int) $m[3]);
			if ($max !== -1 && $max < $min) {
				$this->fail('bad {n,m}');
			}
		} else {
			return $atom;
		}
		$next = $this->peek();
		if ($next === '?' || $next === '+' || $next === '*' || $next === '{') {
			$this->fail('lazy, possessive or stacked quantifier');
		}
		return ['rep', $atom, $min, $max];
	}
}

/* Thompson NFA; several patterns may hang off one start state, each tagging its end with a bit. */
final class Nfa
{
	/** @var list<list<int>> */ public array $eps = [];
	/** @var list<list<array{int,int}>> */ public array $tr = [];
	/** @var list<int> */ public array $acc = [];

	public function add(): int
	{
		$this->eps[] = [];
		$this->tr[] = [];
		$this->acc[] = 0;
		return count($this->acc) - 1;
	}

	public function frag(array $n, int $from): int
	{
		switch ($n[0]) {
			case 'set':
				$t = $this->add();
				$this->tr[$from][] = [$n[1], $t];
				return $t;
			case 'cat':
				foreach ($n[1] as $item) {
					$from = $this->frag($item, $from);
				}
				return $from;
			case 'alt':
				$end = $this->add();
				foreach ($n[1] as $b) {
					$s = $this->add();
					$this->eps[$from][] = $s;
					$this->eps[$this->frag($b, $s)][] = $end;
				}
				return $end;
			case 'group':
				return $this->frag($n[1], $from);
			case 'rep':
				[, $body, $min, $max] = $n;
				for ($k = 0; $k < $min; $k++) {
					$from = $this->frag($body, $from);
				}
				if ($max === -1) {
					$loop = $this->add();
					$this->eps[$from][] = $loop;
					$this->eps[$this->frag($body, $loop)][] = $loop;
					return $loop;
				}
				$end = $this->add();
				for ($k = $min; $k < $max; $k++) {
					$this->eps[$from][] = $end;
					$from = $this->frag($body, $from);
				}
				$this->eps[$from][] = $end;
				return $end;
		}
		throw new RuntimeException("'$n[0]' cannot be compiled to a DFA (only allowed where captures are kept)");
	}

	/** @param list<int> $states @return list<int> sorted closure */
	public function closure(array $states): array
	{
		$seen = [];
		$stack = $states;
		while ($stack) {
			$s = array_pop($stack);
			if (isset($seen[$s])) {
				continue;
			}
			$seen[$s] = true;
			foreach ($this->eps[$s] as $t) {
				if (!isset($seen[$t])) {
					$stack[] = $t;
				}
			}
		}
		$out = array_keys($seen);
		sort($out);
		return $out;
	}
}

/*
 * All DFAs of all territories live in one state pool, minimised together: the acyclic DFAs are
 * canonicalised bottom-up (Revuz), so "seven more digits, then accept as fixed|mobile" exists
 * once for the whole world.  State 0 is dead, state 1 accepts everything (the sink a prefix
 * match falls into once it has matched).
 */
final class DfaPool
{
	/** @var list<list<int>> */ public array $next = [];
	/** @var list<int> */ public array $acc = [];
	/** @var array<string,int> */ private array $intern = [];

	public function __construct()
	{
		$this->next[] = array_fill(0, 10, 0);
		$this->acc[] = 0;
		$this->intern['0:' . implode(',', array_fill(0, 10, 0))] = 0;
		$this->next[] = array_fill(0, 10, 1);
		$this->acc[] = 1;
	}

	private function intern(int $acc, array $next): int
	{
		$k = $acc . ':' . implode(',', $next);
		if (!isset($this->intern[$k])) {
			$this->intern[$k] = count($this->acc);
			$this->next[] = $next;
			$this->acc[] = $acc;
		}
		return $this->intern[$k];
	}

	/**
	 * Subset construction from $start, then canonical insertion into the pool.
	 * $prefix: match a prefix (leadingDigits semantics): any accepting state becomes the sink.
	 */
	public function build(Nfa $nfa, int $start, bool $prefix): int
	{
		$key = [];
		$sets = [];
		$acc = [];
		$next = [];
		$first = $nfa->closure([$start]);
		$key[implode(',', $first)] = 0;
		$sets[] = $first;
		for ($q = 0; $q < count($sets); $q++) {
			$a = 0;
			foreach ($sets[$q] as $s) {
				$a |= $nfa->acc[$s];
			}
			$acc[$q] = $a;
			$next[$q] = array_fill(0, 10, -1);
			if ($prefix && $a) {
				continue;
			}
			$byDigit = array_fill(0, 10, []);
			foreach ($sets[$q] as $s) {
				foreach ($nfa->tr[$s] as [$mask, $t]) {
					for ($d = 0; $d < 10; $d++) {
						if ($mask >> $d & 1) {
							$byDigit[$d][] = $t;
						}
					}
				}
			}
			$memo = [];
			for ($d = 0; $d < 10; $d++) {
				if (!$byDigit[$d]) {
					continue;
				}
				$raw = array_unique($byDigit[$d]);
				sort($raw);
				$rk = implode(',', $raw);
				if (!isset($memo[$rk])) {
					$cl = $nfa->closure($raw);
					$ck = implode(',', $cl);
					if (!isset($key[$ck])) {
						$key[$ck] = count($sets);
						$sets[] = $cl;
					}
					$memo[$rk] = $key[$ck];
				}
				$next[$q][$d] = $memo[$rk];
			}
		}
		// Bottom-up canonicalisation needs a DAG; unbounded repetition would need Hopcroft instead.
		$canon = [];
		$onStack = [];
		$visit = function (int $q) use (&$visit, &$canon, &$onStack, $acc, $next, $prefix): int {
			if (isset($canon[$q])) {
				return $canon[$q];
			}
			if ($prefix && $acc[$q]) {
				return $canon[$q] = 1;
			}
			if (isset($onStack[$q])) {
				throw new RuntimeException('pattern with unbounded repetition: DFA would be cyclic');
			}
			$onStack[$q] = true;
			$row = [];
			foreach ($next[$q] as $t) {
				$row[] = $t < 0 ? 0 : $visit($t);
			}
			unset($onStack[$q]);
			return $canon[$q] = $this->intern($acc[$q], $row);
		};
		return $visit(0);
	}
}

/* Compiles an AST into a program for the backtracking matcher in phone_meta.c. */
final class Vm
{
	/** @return list<int> words: [ngroups, code..., MATCH] */
	public static function compile(array $ast, int $ngroups): array
	{
		$c = [$ngroups];
		self::emit($ast, $c);
		$c[] = OP_MATCH << 12;
		if (count($c) > 0xFFFF) {
			throw new RuntimeException('matcher program too long');
		}
		return $c;
	}

	private static function emit(array $n, array &$c): void
	{
		switch ($n[0]) {
			case 'set':
				$c[] = OP_SET << 12 | $n[1];
				return;
			case 'eos':
				$c[] = OP_EOS << 12;
				return;
			case 'cat':
				foreach ($n[1] as $item) {
					self::emit($item, $c);
				}
				return;
			case 'group':
				if ($n[2]) {
					$c[] = OP_SAVE << 12 | 2 * $n[2];
				}
				self::emit($n[1], $c);
				if ($n[2]) {
					$c[] = OP_SAVE << 12 | (2 * $n[2] + 1);
				}
				return;
			case 'alt':
				$fix = [];
				$last = count($n[1]) - 1;
				foreach ($n[1] as $k => $b) {
					if ($k === $last) {
						self::emit($b, $c);
						break;
					}
					$sp = count($c);
					array_push($c, OP_SPLIT << 12, $sp + 3, 0);
					self::emit($b, $c);
					$fix[] = count($c) + 1;
					array_push($c, OP_JMP << 12, 0);
					$c[$sp + 2] = count($c);
				}
				foreach ($fix as $f) {
					$c[$f] = count($c);
				}
				return;
			case 'rep':
				[, $body, $min, $max] = $n;
				for ($k = 0; $k < $min; $k++) {
					self::emit($body, $c);
				}
				if ($max === -1) {
					$l = count($c);
					array_push($c, OP_SPLIT << 12, $l + 3, 0);
					self::emit($body, $c);
					array_push($c, OP_JMP << 12, $l);
					$c[$l + 2] = count($c);
					return;
				}
				// Greedy x{0,k} as nested optionals sharing one exit: same try order as PCRE/Java.
				$fix = [];
				for ($k = $min; $k < $max; $k++) {
					$sp = count($c);
					array_push($c, OP_SPLIT << 12, $sp + 3, 0);
					$fix[] = $sp + 2;
					self::emit($body, $c);
				}
				foreach ($fix as $f) {
					$c[$f] = count($c);
				}
				return;
		}
		throw new RuntimeException("unknown node $n[0]");
	}
}

final class StringPool
{
	private string $bytes = "\0";
	/** @var array<string,int> */ private array $at = ['' => 0];

	public function add(?string $s): int
	{
		if ($s === null || $s === '') {
			return 0;
		}
		if (str_contains($s, "\0")) {
			throw new RuntimeException('NUL in metadata string');
		}
		if (!isset($this->at[$s])) {
			$this->at[$s] = strlen($this->bytes);
			$this->bytes .= $s . "\0";
		}
		return $this->at[$s];
	}

	public function bytes(): string
	{
		return $this->bytes;
	}
}

final class CodePool
{
	/** @var list<int> */ public array $words = [0]; // offset 0 means "no program"
	/** @var array<string,int> */ private array $at = [];

	public function add(array $prog): int
	{
		$k = implode(',', $prog);
		if (!isset($this->at[$k])) {
			$this->at[$k] = count($this->words);
			array_push($this->words, ...$prog);
		}
		return $this->at[$k];
	}
}

/** "[6-8],10,12" -> bit set of lengths */
function parseLengths(string $spec, string $where): int
{
	$bits = 0;
	if ($spec === '') {
		return 0;
	}
	foreach (explode(',', $spec) as $part) {
		if (preg_match('/^\[(\d+)-(\d+)\]$/', $part, $m)) {
			[$lo, $hi] = [(int) $m[1], (int) $m[2]];
		} elseif (preg_match('/^\d+$/', $part)) {
			$lo = $hi = (int) $part;
		} else {
			throw new RuntimeException("$where: bad possibleLengths '$spec'");
		}
		if ($lo < 1 || $hi > MAX_LENGTH || $lo > $hi) {
			throw new RuntimeException("$where: possibleLengths '$spec' out of range");
		}
		for ($l = $lo; $l <= $hi; $l++) {
			$bits |= 1 << $l;
		}
	}
	return $bits;
}

/*
 * libphonenumber applies a national-prefix formatting rule by replacing the first "$n" token of
 * the format with the rule, whose "$1" stands for that token (FIRST_GROUP_PATTERN.replaceFirst);
 * done here once so the runtime only substitutes groups.
 */
function applyNationalPrefixRule(string $format, string $rule): string
{
	if (!preg_match('/\$\d/', $format, $m, PREG_OFFSET_CAPTURE)) {
		return $format;
	}
	[$tok, $pos] = $m[0];
	$expanded = replaceFirst($rule, '$1', $tok);
	return substr($format, 0, $pos) . $expanded . substr($format, $pos + 2);
}

function replaceFirst(string $s, string $needle, string $with): string
{
	$p = strpos($s, $needle);
	return $p === false ? $s : substr($s, 0, $p) . $with . substr($s, $p + strlen($needle));
}

function cString(string $s): string
{
	$out = '';
	$n = strlen($s);
	for ($i = 0; $i < $n; $i++) {
		$c = $s[$i];
		$o = ord($c);
		if ($c === '"' || $c === '\\') {
			$out .= '\\' . $c;
		} elseif ($o < 0x20 || $o >= 0x7F || $c === '?') {
			// Octal, always 3 digits so a following digit cannot extend it; '?' to dodge trigraphs.
			$out .= sprintf('\\%03o', $o);
		} else {
			$out .= $c;
		}
	}
	return $out;
}

function numberList(array $nums, int $perLine, string $indent = "\t"): string
{
	$lines = [];
	foreach (array_chunk($nums, $perLine) as $chunk) {
		$lines[] = $indent . implode(',', $chunk) . ',';
	}
	return implode("\n", $lines);
}

function metaVersion(string $xmlPath, DOMDocument $doc, ?string $given): string
{
	$root = $doc->documentElement;
	foreach (['version', 'release'] as $attr) {
		if ($root->hasAttribute($attr)) {
			return $root->getAttribute($attr);
		}
	}
	if ($given !== null) {
		return $given;
	}
	// The XML carries no version; the data folder's README names the release of each file.
	$readme = dirname($xmlPath) . '/README.md';
	if (is_file($readme)) {
		$base = preg_quote(basename($xmlPath), '/');
		if (preg_match('/^- `' . $base . '`((?:(?!\n- ).)*?)release v(\d+(?:\.\d+)+)/sm', file_get_contents($readme), $m)) {
			return $m[2];
		}
	}
	throw new RuntimeException('metadata version not in the XML; pass --meta-version=X.Y.Z');
}

/** @return array{0: string, 1: array<string,int|float>} C source and statistics */
function generate(string $xmlPath, string $version): array
{
	$doc = new DOMDocument();
	if (!$doc->load($xmlPath, LIBXML_NONET)) {
		throw new RuntimeException("cannot read $xmlPath");
	}
	$xp = new DOMXPath($doc);
	$pool = new DfaPool();
	$code = new CodePool();
	$str = new StringPool();
	$territories = [];
	$formats = [];
	$patternCount = 0;

	foreach ($xp->query('/phoneNumberMetadata/territories/territory') as $t) {
		/** @var DOMElement $t */
		$id = $t->getAttribute('id');
		$cc = (int) $t->getAttribute('countryCode');
		$where = "$id/+$cc";
		if (!preg_match('/^([A-Z]{2}|001)$/', $id) || $cc < 1 || $cc > 999) {
			throw new RuntimeException("$where: bad id or country code");
		}
		$np = $t->getAttribute('nationalPrefix');
		$row = ['id' => $id, 'cc' => $cc, 'main' => $t->getAttribute('mainCountryForCode') === 'true',
			'portable' => $t->getAttribute('mobileNumberPortableRegion') === 'true'];

		// Number types: one NFA, one DFA, accepting states tagged with type bits.
		$nfa = new Nfa();
		$start = $nfa->add();
		$row['types'] = 0;
		$row['lengths'] = array_fill(0, count(TYPES), 0);
		$row['local'] = array_fill(0, count(TYPES), 0);
		$row['example'] = array_fill(0, count(TYPES), 0);
		foreach (TYPES as $bit => $name) {
			$el = null;
			foreach ($t->childNodes as $ch) {
				if ($ch instanceof DOMElement && $ch->tagName === $name) {
					$el = $ch;
				}
			}
			if ($el === null) {
				continue;
			}
			$pat = $xp->query('nationalNumberPattern', $el)->item(0);
			if ($pat === null) {
				throw new RuntimeException("$where: $name without nationalNumberPattern");
			}
			[$ast] = RegexParser::parse($pat->textContent);
			$s = $nfa->add();
			$nfa->eps[$start][] = $s;
			$nfa->acc[$nfa->frag($ast, $s)] |= 1 << $bit;
			$row['types'] |= 1 << $bit;
			$patternCount++;
			$row['pattern_text'][$bit] = RegexParser::normalise($pat->textContent);
			$pl = $xp->query('possibleLengths', $el)->item(0);
			if ($pl !== null) {
				$row['lengths'][$bit] = parseLengths($pl->getAttribute('national'), "$where $name");
				$row['local'][$bit] = parseLengths($pl->getAttribute('localOnly'), "$where $name");
			} elseif ($bit !== 0) {
				throw new RuntimeException("$where: $name without possibleLengths");
			}
			$ex = $xp->query('exampleNumber', $el)->item(0);
			if ($ex !== null) {
				$row['example'][$bit] = $str->add(trim($ex->textContent));
			}
		}
		if (!($row['types'] & 1)) {
			throw new RuntimeException("$where: no generalDesc pattern");
		}
		// As libphonenumber's BuildMetadataFromXml: general lengths are the union over the
		// types (noInternationalDialling excluded), local-only minus anything possible nationally.
		$gen = 0;
		$genLocal = 0;
		for ($bit = 1; $bit < 11; $bit++) {
			$gen |= $row['lengths'][$bit];
			$genLocal |= $row['local'][$bit];
		}
		$row['lengths'][0] = $gen;
		$row['local'][0] = $genLocal & ~$gen;
		$row['dfa'] = $pool->build($nfa, $start, false);

		$row['leading'] = 0;
		if ($t->hasAttribute('leadingDigits')) {
			$row['leading'] = prefixDfa($pool, $t->getAttribute('leadingDigits'));
		}
		$row['idd'] = 0;
		if ($t->hasAttribute('internationalPrefix')) {
			$row['idd'] = $code->add(Vm::compile(...RegexParser::parse($t->getAttribute('internationalPrefix'))));
		}
		// libphonenumber falls back to the national prefix itself when no parsing rule is given.
		$npfp = $t->hasAttribute('nationalPrefixForParsing')
			? RegexParser::normalise($t->getAttribute('nationalPrefixForParsing')) : $np;
		$row['npfp'] = $npfp === '' ? 0 : $code->add(Vm::compile(...RegexParser::parse($npfp, true)));
		$transform = $t->getAttribute('nationalPrefixTransformRule');
		if ($transform !== '' && !preg_match('/^(\d|\$[1-9])+$/', $transform)) {
			throw new RuntimeException("$where: unsupported transform rule '$transform'");
		}
		$row['s'] = [
			'idd' => $str->add(RegexParser::normalise($t->getAttribute('internationalPrefix'))),
			'pidd' => $str->add($t->getAttribute('preferredInternationalPrefix')),
			'np' => $str->add($np),
			'npfp' => $str->add($npfp),
			'transform' => $str->add($transform),
			'extn' => $str->add($t->getAttribute('preferredExtnPrefix')),
		];

		// Formats, in file order (libphonenumber takes the first whose leading digits and pattern fit).
		$row['format_first'] = count($formats);
		foreach ($xp->query('availableFormats/numberFormat', $t) as $nf) {
			/** @var DOMElement $nf */
			$f = [];
			$f['pattern'] = $code->add(Vm::compile(...RegexParser::parse($nf->getAttribute('pattern'))));
			$fmtNode = $xp->query('format', $nf)->item(0);
			if ($fmtNode === null) {
				throw new RuntimeException("$where: numberFormat without format");
			}
			$fmt = $fmtNode->textContent;
			$intlNodes = $xp->query('intlFormat', $nf);
			$intl = $intlNodes->length ? $intlNodes->item(0)->textContent : null;
			if ($intlNodes->length > 1) {
				throw new RuntimeException("$where: several intlFormat");
			}
			foreach (array_filter([$fmt, $intl === 'NA' ? null : $intl]) as $fs) {
				if (preg_match('/\$(?![1-9])/', $fs)) {
					throw new RuntimeException("$where: unsupported format '$fs'");
				}
			}
			// The formatter looks at the last, most specific leadingDigits pattern only.
			$ld = $xp->query('leadingDigits', $nf);
			$f['leading'] = $ld->length ? prefixDfa($pool, $ld->item($ld->length - 1)->textContent) : 0;
			$rule = $nf->getAttribute('nationalPrefixFormattingRule');
			$rule = replaceFirst(replaceFirst($rule, '$NP', $np), '$FG', '$1');
			$carrier = $nf->getAttribute('carrierCodeFormattingRule');
			$carrier = replaceFirst(replaceFirst($carrier, '$NP', $np), '$FG', '$1');
			$f['format'] = $str->add($fmt);
			$f['intl'] = $intl === null || $intl === 'NA' ? 0 : $str->add($intl);
			$f['national'] = $rule === '' ? 0 : $str->add(applyNationalPrefixRule($fmt, $rule));
			$f['carrier'] = $carrier === '' ? 0 : $str->add(applyNationalPrefixRule($fmt, $carrier));
			$f['flags'] = ($intl === 'NA' ? 1 : 0) | ($nf->getAttribute('nationalPrefixOptionalWhenFormatting') === 'true' ? 2 : 0);
			$formats[] = $f;
		}
		$row['format_count'] = count($formats) - $row['format_first'];
		$territories[] = $row;
	}
	if (count($pool->acc) > 0xFFFF) {
		throw new RuntimeException('more than 65535 DFA states: widen the state type');
	}
	if (count($code->words) > 0xFFFFFF || strlen($str->bytes()) > 0xFFFFFF) {
		throw new RuntimeException('pools too large');
	}

	// Sorted by region so lookups can bisect; "001" entities sort first, by country code.
	$order = array_keys($territories);
	usort($order, fn($a, $b) => [$territories[$a]['id'], $territories[$a]['cc']] <=> [$territories[$b]['id'], $territories[$b]['cc']]);
	$sorted = array_map(fn($k) => $territories[$k], $order);
	foreach ($sorted as $k => $r) {
		if ($k && $r['id'] !== '001' && $r['id'] === $sorted[$k - 1]['id']) {
			throw new RuntimeException("duplicate region $r[id]");
		}
	}
	// Country code -> territories, main country first, then region order (libphonenumber's order).
	$byCode = [];
	foreach ($sorted as $k => $r) {
		$byCode[$r['cc']][] = $k;
	}
	ksort($byCode);
	$codeList = [];
	$codeGroups = [];
	$codeIndex = array_fill(0, 1000, 0);
	foreach ($byCode as $cc => $list) {
		$mains = array_values(array_filter($list, fn($k) => $sorted[$k]['main']));
		if (count($list) > 1 && count($mains) !== 1) {
			throw new RuntimeException("+$cc shared by several regions but not exactly one main country");
		}
		$list = array_values(array_unique(array_merge($mains, $list)));
		$codeGroups[] = [count($codeList), count($list)];
		$codeIndex[$cc] = count($codeGroups);
		array_push($codeList, ...$list);
	}

	$nStates = count($pool->acc);
	$stats = [
		'territories' => count($sorted),
		'patterns' => $patternCount,
		'formats' => count($formats),
		'dfa_states' => $nStates,
		'dfa_bytes' => $nStates * 22,
		'vm_words' => count($code->words),
		'vm_bytes' => count($code->words) * 2,
		'string_bytes' => strlen($str->bytes()),
		'territory_count' => count($sorted),
		'code_count' => count($codeGroups),
	];

	$o = [];
	$o[] = "/* Generated by tools/phonemeta/gen_phone_meta.php from libphonenumber PhoneNumberMetadata.xml v$version (Apache License 2.0, Copyright (C) 2009 The Libphonenumber Authors). Do not edit. */";
	$o[] = '';
	$o[] = "/*";
	$o[] = " * {$stats['territories']} territories, {$stats['patterns']} number-type patterns, {$stats['formats']} formats.";
	$o[] = " * DFA: {$nStates} states (next: " . ($nStates * 20) . " bytes, accept masks: " . ($nStates * 2) . " bytes).";
	$o[] = " * Matcher programs: {$stats['vm_words']} words ({$stats['vm_bytes']} bytes). Strings: {$stats['string_bytes']} bytes.";
	$o[] = " */";
	$o[] = '#include "phone_meta.h"';
	$o[] = '';
	$o[] = 'const char crm_phone_meta_version_string[] = "' . cString($version) . '";';
	$o[] = '';
	$o[] = "const uint16_t crm_phone_dfa_state_count = $nStates;";
	$o[] = '';
	$o[] = '/* Row s: next state for digits 0..9; state 0 is dead, state 1 the accept-everything sink. */';
	$o[] = "const uint16_t crm_phone_dfa_next[$nStates][10] = {";
	foreach ($pool->next as $row) {
		$o[] = "\t{" . implode(',', $row) . '},';
	}
	$o[] = '};';
	$o[] = '';
	$o[] = '/* Bit t set: the input consumed so far is a complete number of type t (crm_phone_type). */';
	$o[] = "const uint16_t crm_phone_dfa_accept[$nStates] = {";
	$o[] = numberList($pool->acc, 20);
	$o[] = '};';
	$o[] = '';
	$o[] = '/* Programs of the backtracking matcher: [group count, code..., MATCH]; offset 0 means none. */';
	$o[] = 'const uint16_t crm_phone_vm_code[' . count($code->words) . '] = {';
	$o[] = numberList($code->words, 16);
	$o[] = '};';
	$o[] = '';
	$o[] = '/* NUL-terminated strings; offset 0 is the empty string and means absent. */';
	$o[] = 'const char crm_phone_strings[' . strlen($str->bytes()) . '] =';
	$chunks = preg_split('/(?<=\0)/', $str->bytes(), -1, PREG_SPLIT_NO_EMPTY);
	$line = "\t";
	foreach ($chunks as $k => $chunk) {
		// The array is sized exactly, so the literal's own terminating NUL is dropped.
		$lit = '"' . cString($chunk) . '"';
		if (strlen($line) + strlen($lit) > 100) {
			$o[] = rtrim($line);
			$line = "\t";
		}
		$line .= $lit . ' ';
	}
	$o[] = rtrim($line) . ';';
	$o[] = '';
	$o[] = 'const crm_phone_format crm_phone_formats[' . max(1, count($formats)) . '] = {';
	foreach ($formats as $f) {
		$o[] = "\t{{$f['pattern']}, {$f['format']}, {$f['intl']}, {$f['national']}, {$f['carrier']}, {$f['leading']}, {$f['flags']}},";
	}
	$o[] = '};';
	$o[] = '';
	$o[] = 'const crm_phone_territory crm_phone_territories[' . count($sorted) . '] = {';
	foreach ($sorted as $r) {
		$flags = ($r['main'] ? 'CRM_PHONE_MAIN_FOR_CODE' : '0') . ($r['portable'] ? ' | CRM_PHONE_MOBILE_PORTABLE' : '');
		if (isset($r['pattern_text'][1], $r['pattern_text'][2]) && $r['pattern_text'][1] === $r['pattern_text'][2]) {
			$flags .= ' | CRM_PHONE_SAME_FIXED_MOBILE';
		}
		$s = $r['s'];
		$o[] = "\t{\"$r[id]\", $r[cc], $flags, $r[types], $r[dfa], $r[leading], $r[format_first], $r[format_count],";
		$o[] = "\t\t$r[idd], $r[npfp], $s[idd], $s[pidd], $s[np], $s[npfp], $s[transform], $s[extn],";
		$o[] = "\t\t{" . implode(',', $r['lengths']) . '},';
		$o[] = "\t\t{" . implode(',', $r['local']) . '},';
		$o[] = "\t\t{" . implode(',', $r['example']) . '},';
		// lengths transposed: per national length, the mask of the types it is possible for
		$byLength = [];
		for ($len = 0; $len <= MAX_LENGTH; $len++) {
			$m = 0;
			foreach ($r['lengths'] as $bit => $set) {
				if ($set >> $len & 1) {
					$m |= 1 << $bit;
				}
			}
			$byLength[] = $m;
		}
		$o[] = "\t\t{" . implode(',', $byLength) . '}},';
	}
	$o[] = '};';
	$o[] = '';
	$o[] = 'const uint16_t crm_phone_territory_count = ' . count($sorted) . ';';
	$o[] = '';
	$o[] = '/* Territory indexes grouped by country code, the main country of a shared code first. */';
	$o[] = 'const uint16_t crm_phone_code_territories[' . count($codeList) . '] = {';
	$o[] = numberList($codeList, 20);
	$o[] = '};';
	$o[] = '';
	$o[] = '/* Per country code: first entry in crm_phone_code_territories and how many. */';
	$o[] = 'const uint16_t crm_phone_code_groups[' . count($codeGroups) . '][2] = {';
	$o[] = numberList(array_map(fn($g) => '{' . $g[0] . ',' . $g[1] . '}', $codeGroups), 10);
	$o[] = '};';
	$o[] = '';
	$o[] = '/* Country calling code -> 1 + index into crm_phone_code_groups; 0: not a country code. */';
	$o[] = 'const uint8_t crm_phone_code_index[1000] = {';
	$o[] = numberList($codeIndex, 25);
	$o[] = '};';
	$o[] = '';
	return [implode("\n", $o), $stats];
}

function prefixDfa(DfaPool $pool, string $pattern): int
{
	[$ast] = RegexParser::parse($pattern);
	$nfa = new Nfa();
	$s = $nfa->add();
	$nfa->acc[$nfa->frag($ast, $s)] = 1;
	return $pool->build($nfa, $s, true);
}

function main(array $argv): int
{
	$root = dirname(__DIR__, 2);
	$xml = $root . '/../shared/data/PhoneNumberMetadata.xml';
	$out = $root . '/src/core/phone/phone_meta_data.c';
	$check = false;
	$version = null;
	$quiet = false;
	foreach (array_slice($argv, 1) as $a) {
		if ($a === '--check') {
			$check = true;
		} elseif ($a === '--quiet') {
			$quiet = true;
		} elseif (str_starts_with($a, '--meta-version=')) {
			$version = substr($a, 15);
		} elseif (str_starts_with($a, '--out=')) {
			$out = substr($a, 6);
		} elseif ($a !== '' && $a[0] !== '-') {
			$xml = $a;
		} else {
			fwrite(STDERR, "usage: gen_phone_meta.php [XML] [--meta-version=X.Y.Z] [--out=FILE] [--check] [--quiet]\n");
			return 2;
		}
	}
	$doc = new DOMDocument();
	if (!is_file($xml) || !$doc->load($xml, LIBXML_NONET)) {
		fwrite(STDERR, "gen_phone_meta: cannot read $xml\n");
		return 2;
	}
	try {
		$version = metaVersion($xml, $doc, $version);
		[$src, $stats] = generate($xml, $version);
	} catch (RuntimeException $e) {
		fwrite(STDERR, 'gen_phone_meta: ' . $e->getMessage() . "\n");
		return 1;
	}
	if ($check) {
		$have = is_file($out) ? file_get_contents($out) : '';
		if ($have !== $src) {
			fwrite(STDERR, "gen_phone_meta: $out is stale; regenerate with php tools/phonemeta/gen_phone_meta.php\n");
			return 1;
		}
		if (!$quiet) {
			echo "gen_phone_meta: $out is up to date (v$version)\n";
		}
		return 0;
	}
	if (!is_dir(dirname($out))) {
		mkdir(dirname($out), 0777, true);
	}
	file_put_contents($out, $src);
	if (!$quiet) {
		$parts = [];
		foreach ($stats as $k => $v) {
			$parts[] = "$k=$v";
		}
		echo "gen_phone_meta: wrote $out (" . strlen($src) . " bytes, v$version): " . implode(' ', $parts) . "\n";
	}
	return 0;
}

exit(main($argv));
