--TEST--
Crm\Phone\extract: "и" / "and" / "och" between two numbers split the cell; never inside a number, an extension or a name
--EXTENSIONS--
crm
--FILE--
<?php
function show(string $cell, string $region = "RU", ?string $area = null): void {
    $out = [];
    foreach (Crm\Phone\extract($cell, $region, $area) as $p) {
        $out[] = "[" . $p->raw . "] " . ($p->e164 ?? $p->error) . ($p->extension !== null ? " ext " . $p->extension : "");
    }
    echo implode(" | ", $out), "\n";
}
// between two numbers: split, in every language and case
show("8 916 123-45-67 и 8 495 765-43-21");
show("8 916 123-45-67 И 8 925 765-43-21");
show("+1 212 555 1234 and +1 646 555 0000", "US");
show("08-123 456 78 och 070-123 45 67", "SE");
// the second number is local: it inherits the first one's area code, or takes $areaCode
show("8 (495) 123-45-67 и 123-45-68");
show("123-45-67 и 123-45-68", "RU", "495");
// not between two numbers: the word is text, as before
show("8 916 123 и 45 67");                 // inside a number (the part before is not valid)
show("8 495 123-45-67 доб. 12 и 13");      // after an extension: 13 is not a number
show("Иван и Мария 8 916 123-45-67");      // between names
show("8 916 123-45-67 и Ольга");
show("Alexander 8 916 123-45-67, Sandra 8 925 765-43-21"); // "and" inside a word
// normalize() of such a cell is not a list: still one reading of all its digits
var_dump(Crm\Phone\normalize("8 916 123-45-67 и 8 495 765-43-21"));
?>
--EXPECT--
[8 916 123-45-67] +79161234567 | [8 495 765-43-21] +74957654321
[8 916 123-45-67] +79161234567 | [8 925 765-43-21] +79257654321
[+1 212 555 1234] +12125551234 | [+1 646 555 0000] +16465550000
[08-123 456 78] +46812345678 | [070-123 45 67] +46701234567
[8 (495) 123-45-67] +74951234567 | [123-45-68] +74951234568
[123-45-67] +74951234567 | [123-45-68] +74951234568
[8 916 123 и 45 67] +79161234567
[8 495 123-45-67 доб. 12 и 13] +74951234567 ext 12
[Иван и Мария 8 916 123-45-67] +79161234567
[8 916 123-45-67 и Ольга] +79161234567
[Alexander 8 916 123-45-67] +79161234567 | [Sandra 8 925 765-43-21] +79257654321
NULL
