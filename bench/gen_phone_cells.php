<?php
// Seeded generator of messy phone cells with known answers, checked against libphonenumber's XML.
//   php bench/gen_phone_cells.php --rows=100000 [--seed=N] [--xml=PATH] [--clean] > cells.tsv
// Each line: category TAB region TAB areaCode ("" for none) TAB cell (\n and \\ escaped) TAB expected,
// where expected is "|"-joined E.164 numbers (an extension as "+7…;ext=123") or "-" for "must be invalid".
//
// The truth comes from construction: a national number is drawn, kept only when the XML's own
// pattern for the intended territory and type matches it (preg_match, possible lengths, the
// territory's leadingDigits for shared codes), then written the way people write it. Nothing
// here calls the crm extension.

final class PhoneCellGenerator
{
    /** @var array<string, array> region => [cc, types => [type => [pattern, lengths]], leading] */
    private array $plan = [];

    public function __construct(string $xml)
    {
        $doc = new DOMDocument();
        if (!@$doc->load($xml)) {
            throw new RuntimeException("cannot read $xml");
        }
        foreach ($doc->getElementsByTagName('territory') as $t) {
            $id = $t->getAttribute('id');
            if (!in_array($id, ['RU', 'KZ', 'BY', 'UA', 'SE', 'DE', 'US'], true)) {
                continue;
            }
            $types = [];
            $generalLengths = null;
            foreach ($t->childNodes as $c) {
                if (!$c instanceof DOMElement || !in_array($c->tagName, ['generalDesc', 'fixedLine', 'mobile', 'tollFree'], true)) {
                    continue;
                }
                $pattern = $lengths = null;
                foreach ($c->childNodes as $d) {
                    if ($d instanceof DOMElement && $d->tagName === 'nationalNumberPattern') {
                        $pattern = preg_replace('/\s+/', '', $d->textContent);
                    }
                    if ($d instanceof DOMElement && $d->tagName === 'possibleLengths') {
                        $lengths = self::lengths($d->getAttribute('national'));
                    }
                }
                $types[$c->tagName] = [$pattern, $lengths];
            }
            $this->plan[$id] = [
                'cc' => $t->getAttribute('countryCode'),
                'leading' => $t->getAttribute('leadingDigits'),
                'types' => $types,
            ];
        }
    }

    private static function lengths(string $spec): array
    {
        $out = [];
        foreach (explode(',', $spec) as $item) {
            if (preg_match('/^\[(\d+)-(\d+)\]$/', $item, $m)) {
                $out = array_merge($out, range((int) $m[1], (int) $m[2]));
            } elseif ($item !== '') {
                $out[] = (int) $item;
            }
        }
        return $out;
    }

    /** Does the XML say nsn is a valid number of this type in this region (and of this region under a shared code)? */
    public function valid(string $region, string $type, string $nsn): bool
    {
        $p = $this->plan[$region];
        [$pattern, $lengths] = $p['types'][$type] ?? [null, null];
        $lengths ??= $p['types']['generalDesc'][1];
        if ($pattern === null || !in_array(strlen($nsn), $lengths, true)) {
            return false;
        }
        if (!preg_match('/^(?:' . $pattern . ')$/', $nsn)) {
            return false;
        }
        if ($p['leading'] !== '' && !preg_match('/^(?:' . $p['leading'] . ')/', $nsn)) {
            return false;
        }
        return true;
    }

    public function cc(string $region): string
    {
        return $this->plan[$region]['cc'];
    }

    /** A random national number of a type: the given prefix, then digits, until the XML accepts it. */
    public function draw(string $region, string $type, string $prefix, int|array $lengths): string
    {
        for ($try = 0; $try < 10000; $try++) {
            $len = is_array($lengths) ? self::pick($lengths) : $lengths;
            $nsn = $prefix;
            while (strlen($nsn) < $len) {
                $nsn .= (string) mt_rand(0, 9);
            }
            if ($this->valid($region, $type, $nsn)) {
                return $nsn;
            }
        }
        throw new RuntimeException("no valid $region $type number with prefix $prefix");
    }

    // ---- writing numbers the way people do ----

    private static function pick(array $a)
    {
        return $a[mt_rand(0, count($a) - 1)];
    }

    private static function sep(): string
    {
        return self::pick([' ', ' ', '-', '-', "\u{A0}", '.', '', ' - ', "\u{2013}"]);
    }

    /** Groups of digits: "123-45-67" style, with one separator kind per number. */
    private static function groups(string $digits, array $sizes): string
    {
        $s = self::sep();
        $out = [];
        $i = 0;
        foreach ($sizes as $n) {
            $out[] = substr($digits, $i, $n);
            $i += $n;
        }
        if ($i < strlen($digits)) {
            $out[] = substr($digits, $i);
        }
        return implode($s, array_filter($out, fn($g) => $g !== ''));
    }

    private static function local(string $digits): string
    {
        return match (strlen($digits)) {
            7 => self::groups($digits, [3, 2, 2]),
            6 => self::groups($digits, [2, 2, 2]),
            5 => self::groups($digits, [1, 2, 2]),
            default => self::groups($digits, [3, 3, 4]),
        };
    }

    private static function around(string $n): string
    {
        $pre = self::pick(['', '', '', '', 'тел. ', 'Ольга ', 'моб: ', 'т.', "'", 'Тел/факс ']);
        $post = self::pick(['', '', '', '', ' (моб.)', ' (Viber)', ' Иван Петрович', ' ', ' (WhatsApp)']);
        return $pre . $n . $post;
    }

    private static function fullwidth(string $s): string
    {
        return strtr($s, ['0' => '０', '1' => '１', '2' => '２', '3' => '３', '4' => '４', '5' => '５',
            '6' => '６', '7' => '７', '8' => '８', '9' => '９']);
    }

    /** A Russian (or Kazakh) number written with +7, 8, 7 or nothing, area split after $area digits. */
    private static function writeRu(string $nsn, int $area): string
    {
        $a = substr($nsn, 0, $area);
        $rest = substr($nsn, $area);
        $lead = self::pick(['+7 ', '+7', '8 ', '8', '8-', '7 ', '+7-', '+7 (', '8 (', '8(', '', '7']);
        if (str_ends_with($lead, '(')) {
            $body = $lead . $a . ') ' . self::local($rest);
        } else {
            $body = $lead . self::pick(['(' . $a . ') ', $a . ' ', $a . self::sep(), '(' . $a . ')']) . self::local($rest);
        }
        if (mt_rand(0, 40) === 0) {
            $body = self::fullwidth($body);
        }
        return $body;
    }

    /**
     * One row: [category, region, areaCode, cell, expected].
     */
    public function row(): array
    {
        $cats = [
            'ru_mobile' => 14, 'ru_moscow' => 8, 'ru_regional' => 10, 'ru_tollfree' => 5, 'kz' => 6, 'by' => 4,
            'ua' => 4, 'se' => 4, 'de' => 4, 'us' => 4, 'ext' => 8, 'multi' => 10, 'local_area' => 5,
            'local_noarea' => 3, 'excel' => 4, 'garbage' => 4, 'idd' => 3,
        ];
        $r = mt_rand(1, array_sum($cats));
        foreach ($cats as $cat => $w) {
            if (($r -= $w) <= 0) {
                break;
            }
        }
        return $this->make($cat);
    }

    /** [text, e164, region, areaCode] of one valid number of a kind. */
    private function one(string $kind): array
    {
        switch ($kind) {
            case 'ru_mobile':
                $nsn = $this->draw('RU', 'mobile', '9', 10);
                return [self::writeRu($nsn, 3), '+7' . $nsn, 'RU', ''];
            case 'ru_moscow':
                $nsn = $this->draw('RU', 'fixedLine', self::pick(['495', '499']), 10);
                return [self::writeRu($nsn, 3), '+7' . $nsn, 'RU', ''];
            case 'ru_regional':
                $nsn = $this->draw('RU', 'fixedLine', (string) self::pick([3, 4, 8]), 10);
                return [self::writeRu($nsn, mt_rand(3, 5)), '+7' . $nsn, 'RU', ''];
            case 'ru_tollfree':
                $nsn = $this->draw('RU', 'tollFree', '800', 10);
                return [self::writeRu($nsn, 3), '+7' . $nsn, 'RU', ''];
            case 'kz':
                $nsn = mt_rand(0, 1) ? $this->draw('KZ', 'mobile', '7', 10) : $this->draw('KZ', 'fixedLine', '7', 10);
                return [self::writeRu($nsn, mt_rand(3, 4)), '+7' . $nsn, self::pick(['KZ', 'KZ', 'RU']), ''];
            case 'by':
                $nsn = $this->draw('BY', self::pick(['mobile', 'fixedLine']), '', 9);
                $text = self::pick(['+375 ', '+375', '8 0', '80', '8 (0', '00375 ']);
                $text .= ($text === '8 (0' ? substr($nsn, 0, 2) . ') ' : substr($nsn, 0, 2) . self::sep()) . self::local(substr($nsn, 2));
                return [$text, '+375' . $nsn, 'BY', ''];
            case 'ua':
                $nsn = $this->draw('UA', self::pick(['mobile', 'fixedLine']), '', 9);
                $text = self::pick(['+380 ', '+380', '0', '(0', '+38 0', '380']);
                $text .= ($text === '(0' ? substr($nsn, 0, 2) . ') ' : substr($nsn, 0, 2) . self::sep()) . self::groups(substr($nsn, 2), [3, 2, 2]);
                return [$text, '+380' . $nsn, 'UA', ''];
            case 'se':
                if (mt_rand(0, 1)) {
                    $nsn = $this->draw('SE', 'mobile', '7', 9);
                    $a = 2;
                } else {
                    $nsn = $this->draw('SE', 'fixedLine', self::pick(['8', '31', '40']), [8, 9]);
                    $a = $nsn[0] === '8' ? 1 : 2;
                }
                $text = self::pick(['0', '+46 ', '+46', '0046 ', '+46 (0)']) . substr($nsn, 0, $a) . self::pick(['-', ' ', '/'])
                    . self::groups(substr($nsn, $a), [3, 2, 2]);
                return [$text, '+46' . $nsn, 'SE', ''];
            case 'de':
                if (mt_rand(0, 1)) {
                    $nsn = $this->draw('DE', 'mobile', self::pick(['151', '160', '170', '176']), [10, 11]);
                    $a = 3;
                } else {
                    $nsn = $this->draw('DE', 'fixedLine', self::pick(['30', '40', '89', '221', '69']), [9, 10, 11]);
                    $a = strlen($nsn) > 0 && in_array(substr($nsn, 0, 3), ['221'], true) ? 3 : 2;
                }
                $text = self::pick(['0', '+49 ', '+49', '0049 ', '+49 (0)', '(0']);
                $text .= ($text === '(0' ? substr($nsn, 0, $a) . ') ' : substr($nsn, 0, $a) . self::pick([' ', '-', '/']))
                    . substr($nsn, $a);
                return [$text, '+49' . $nsn, 'DE', ''];
            case 'us':
                $nsn = $this->draw('US', 'fixedLine', '', 10);
                $text = self::pick(['(', '+1 (', '1 (', '+1 ', '1-', '']);
                $text .= (str_ends_with($text, '(') ? substr($nsn, 0, 3) . ') ' : substr($nsn, 0, 3) . self::pick(['-', ' ', '.']))
                    . substr($nsn, 3, 3) . self::pick(['-', ' ', '.']) . substr($nsn, 6);
                return [$text, '+1' . $nsn, 'US', ''];
        }
        throw new LogicException($kind);
    }

    /**
     * A cleanly written valid number for the speed and oracle runs: [region, text, e164], in the
     * national form with trunk prefix or the international form, spaces and dashes only.
     */
    public function clean(): array
    {
        $kind = self::pick(['ru_mobile', 'ru_mobile', 'ru_moscow', 'ru_regional', 'ru_tollfree', 'kz', 'by', 'ua', 'se', 'de', 'us']);
        [, $e164, $region] = $this->one($kind);
        $cc = $this->cc($region);
        $nsn = substr($e164, 1 + strlen($cc));
        $grouped = substr($nsn, 0, 3) . ' ' . substr($nsn, 3, 3) . '-' . substr($nsn, 6);
        if (mt_rand(0, 1)) {
            return [$region, "+$cc $grouped", $e164];
        }
        $trunk = match ($region) { 'RU', 'KZ', 'BY' => '8 ', 'US' => '', default => '0' };
        return [$region, $trunk . ($region === 'BY' ? '0' : '') . $grouped, $e164];
    }

    private function make(string $cat): array
    {
        switch ($cat) {
            case 'ru_mobile': case 'ru_moscow': case 'ru_regional': case 'ru_tollfree':
            case 'kz': case 'by': case 'ua': case 'se': case 'de': case 'us':
                [$text, $e164, $region, $area] = $this->one($cat);
                return [$cat, $region, $area, self::around($text), $e164];
            case 'idd':
                [$text, $e164] = $this->one(self::pick(['se', 'de', 'us', 'ua', 'by']));
                $digits = substr($e164, 1);
                $idd = self::pick(['8 10 ', '810', '8~10 ', '00 ', '8-10-']);
                return ['idd', 'RU', '', $idd . substr($digits, 0, strlen($digits) - 7) . ' ' . self::local(substr($digits, -7)), $e164];
            case 'ext':
                [$text, $e164, $region] = $this->one(self::pick(['ru_mobile', 'ru_moscow', 'ru_regional', 'ru_tollfree']));
                $ext = (string) mt_rand(1, 9999);
                $marker = self::pick(['доб. ', 'доб.', 'доб ', 'д. ', 'вн. ', 'добавочный ', 'ext ', 'ext. ', 'x', ' x ', '#',
                    'ДОБ. ', 'Доб.', 'EXT ', 'вн.']);
                return ['ext', $region, '', $text . ' ' . $marker . $ext . self::pick(['', '', ' (Ольга)']), "$e164;ext=$ext"];
            case 'multi':
                $n = mt_rand(2, 3);
                $parts = $want = [];
                if (mt_rand(0, 3) === 0) {
                    // a city number, then a local one in the same area: "8 (495) 123-45-67, 123-45-68"
                    $nsn = $this->draw('RU', 'fixedLine', self::pick(['495', '499', '343', '812']), 10);
                    $local = substr($nsn, 3, 4) . sprintf('%03d', mt_rand(0, 999));
                    $second = substr($nsn, 0, 3) . $local;
                    if (!$this->valid('RU', 'fixedLine', $second)) {
                        return $this->make('multi');
                    }
                    return ['multi', 'RU', '', self::writeRu($nsn, 3) . self::pick([', ', '; ', ',']) . self::local($local),
                        "+7$nsn|+7$second"];
                }
                if (mt_rand(0, 5) === 0) {
                    // a number written with slashes, then another one: "8/495/123-45-67, +7 916 …"
                    $nsn = $this->draw('RU', 'fixedLine', self::pick(['495', '499', '343', '812']), 10);
                    [$text, $e164] = $this->one('ru_mobile');
                    $slashed = '8/' . substr($nsn, 0, 3) . '/' . self::local(substr($nsn, 3));
                    return mt_rand(0, 1)
                        ? ['multi', 'RU', '', $slashed . self::pick([', ', '; ', "\n"]) . $text, "+7$nsn|$e164"]
                        : ['multi', 'RU', '', $text . self::pick([', ', '; ', "\n"]) . $slashed, "$e164|+7$nsn"];
                }
                for ($i = 0; $i < $n; $i++) {
                    [$text, $e164] = $this->one(self::pick(['ru_mobile', 'ru_mobile', 'ru_moscow', 'ru_regional', 'ru_tollfree']));
                    $parts[] = $text;
                    $want[] = $e164;
                }
                $cell = $parts[0];
                for ($i = 1; $i < $n; $i++) {
                    $cell .= self::pick([', ', '; ', ',', ' / ', "\n", ' или ', ";\n", ' or ', ' ', '  ']) . $parts[$i];
                }
                return ['multi', 'RU', '', $cell, implode('|', $want)];
            case 'local_area':
            case 'local_noarea':
                $kind = mt_rand(0, 1) ? 'moscow' : 'regional';
                if ($kind === 'moscow') {
                    $nsn = $this->draw('RU', 'fixedLine', self::pick(['495', '499']), 10);
                    $a = 3;
                } else {
                    $nsn = $this->draw('RU', 'fixedLine', (string) self::pick([3, 4, 8]), 10);
                    $a = mt_rand(4, 5);
                }
                $area = substr($nsn, 0, $a);
                $cell = self::around(self::local(substr($nsn, $a)));
                return $cat === 'local_area' ? [$cat, 'RU', $area, $cell, '+7' . $nsn] : [$cat, 'RU', '', $cell, '-'];
            case 'excel':
                $nsn = $this->draw('RU', 'mobile', '9', 10);
                return match (mt_rand(0, 3)) {
                    0 => ['excel', 'RU', '', "7$nsn.0", "+7$nsn"],
                    1 => ['excel', 'RU', '', "'8$nsn", "+7$nsn"],
                    2 => ['excel', 'RU', '', sprintf('%.5E', (float) "7$nsn"), '-'],
                    default => ['excel', 'RU', '', str_replace('.', ',', sprintf('%.5E', (float) "7$nsn")), '-'],
                };
            case 'garbage':
                return ['garbage', 'RU', '', self::pick([
                    'нет', 'не звонить', 'см. договор', '-', 'Ольга', 'email only', 'тел. ' . mt_rand(1, 9999),
                    (string) mt_rand(10, 999), '8 800 FLOWERS', '+999 ' . mt_rand(1000000, 9999999),
                    '8 (100) ' . mt_rand(100, 999) . '-' . mt_rand(10, 99) . '-' . mt_rand(10, 99),
                ]), '-'];
        }
        throw new LogicException($cat);
    }
}

function phone_cells_xml(): string
{
    foreach ([__DIR__ . '/../../shared/data/PhoneNumberMetadata.xml', '/work/shared/data/PhoneNumberMetadata.xml'] as $p) {
        if (is_file($p)) {
            return $p;
        }
    }
    throw new RuntimeException('PhoneNumberMetadata.xml not found (../shared/data relative to the repository)');
}

function phone_cells_escape(string $s): string
{
    return strtr($s, ["\\" => "\\\\", "\n" => "\\n", "\t" => "\\t", "\r" => "\\r"]);
}

function phone_cells_unescape(string $s): string
{
    return strtr($s, ["\\\\" => "\\", "\\n" => "\n", "\\t" => "\t", "\\r" => "\r"]);
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    $opt = getopt('', ['rows:', 'seed:', 'xml:', 'clean']);
    mt_srand((int) ($opt['seed'] ?? 1));
    $gen = new PhoneCellGenerator($opt['xml'] ?? phone_cells_xml());
    $rows = (int) ($opt['rows'] ?? 1000);
    for ($i = 0; $i < $rows; $i++) {
        if (isset($opt['clean'])) {            // --clean: "REGION<TAB>text<TAB>e164", for the oracle and speed runs
            echo implode("\t", $gen->clean()), "\n";
            continue;
        }
        [$cat, $region, $area, $cell, $want] = $gen->row();
        echo $cat, "\t", $region, "\t", $area, "\t", phone_cells_escape($cell), "\t", $want, "\n";
    }
}
