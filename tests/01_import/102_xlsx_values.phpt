--TEST--
XLSX values as Excel shows them: numbers, dates and times by number format, 1900 bug, 1904 system, booleans, errors, formulas, rich text
--EXTENSIONS--
crm
--FILE--
<?php
require __DIR__ . '/xlsx.inc';
$cells = [
    '<c t="n"><v>79161234567</v></c>', '<c><v>0.1</v></c>', '<c><v>0.30000000000000004</v></c>', '<c><v>7.9161234567E10</v></c>',
    '<c><v>-1234.50</v></c>', '<c><v>1E-3</v></c>', '<c><v>123456789012345678</v></c>', '<c><v>1.5E-12</v></c>', '<c><v>1E+21</v></c>',
];
$dates = [
    '<c s="1"><v>45000</v></c>', '<c s="1"><v>45000.75</v></c>', '<c s="2"><v>45000.75</v></c>', '<c s="3"><v>0.5</v></c>',
    '<c s="4"><v>45000.25</v></c>', '<c s="5"><v>45000</v></c>', '<c s="6"><v>45000</v></c>', '<c s="1"><v>59</v></c>',
    '<c s="1"><v>60</v></c>', '<c s="1"><v>61</v></c>', '<c s="1"><v>1</v></c>', '<c s="1"><v>-5</v></c>', '<c t="d"><v>2024-02-29T13:45:00</v></c>',
];
$other = [
    '<c t="b"><v>1</v></c>', '<c t="b"><v>0</v></c>', '<c t="e"><v>#N/A</v></c>', '<c t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    '<c><f>SUM(1,2)</f><v>3</v></c>', '<c t="str"><f>"0"&amp;"7"</f><v>07</v></c>',
    '<c t="inlineStr"><is><r><rPr><b/></rPr><t>Жир</t></r><r><t xml:space="preserve">ный и </t></r><r><t>обычный</t></r></is></c>',
    '<c t="s"><v>0</v></c>', '<c t="s"><v>1</v></c>', '<c t="inlineStr"><is><t>строка_x000D_два</t></is></c>',
];
$opts = [
    'strings' => ['<r><t>rich </t></r><r><t>shared</t></r><rPh><t>フリガナ</t></rPh>', '  007  '],
    // 1: 14 (date), 2: 22 (date time), 3: 20 (time), 4: custom date+time, 5: custom number with a quoted "d", 6: [Red] colour only
    'styles' => [14, 22, 20, 164, 165, 166],
    'formats' => [164 => 'dd/mm/yyyy\ hh:mm:ss', 165 => '0" dm"', 166 => '[Red]#,##0.00'],
];
$wb = crm_workbook(['S' => '<row>' . implode('', $cells) . '</row><row>' . implode('', $dates) . '</row><row>' . implode('', $other) . '</row>'], $opts);
crm_show(crm_rows(crm_xlsx_file($wb), ['header' => false]));

echo "1904:\n";
$wb = crm_workbook(['S' => '<row><c s="1"><v>0</v></c><c s="1"><v>43538</v></c><c s="2"><v>43538.5</v></c></row>'], ['styles' => [14, 22], 'date1904' => true]);
crm_show(crm_rows(crm_xlsx_file($wb), ['header' => false]));
?>
--EXPECT--
["79161234567","0.1","0.3","79161234567","-1234.5","0.001","123456789012346000","1.5E-12","1E+21"]
["2023-03-15","2023-03-15","2023-03-15 18:00:00","12:00:00","2023-03-15 06:00:00","45000","45000","1900-02-28","1900-02-29","1900-03-01","1900-01-01","-5","2024-02-29 13:45:00"]
["1","0","#N/A","#DIV/0!","3","07","Жирный и обычный","rich shared","  007  ","строка\rдва"]
1904:
["1904-01-01","2023-03-15","2023-03-15 12:00:00"]
