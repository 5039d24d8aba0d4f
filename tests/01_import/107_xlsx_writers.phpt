--TEST--
XLSX as real writers make it: openpyxl (inline strings, no cached formula values) and LibreOffice (shared strings); fixtures from tests/fixtures/make_xlsx.py
--EXTENSIONS--
crm
--FILE--
<?php
foreach (['openpyxl', 'libreoffice'] as $name) {
    echo "$name:\n";
    $r = Crm\Import\Reader::open(__DIR__ . "/fixtures/$name.xlsx");
    echo json_encode($r->header(), JSON_UNESCAPED_UNICODE), "\n";
    echo json_encode($r->sheets(), JSON_UNESCAPED_UNICODE), "\n";
    foreach ($r as $row) {
        echo $r->rowNumber(), ": ", json_encode($row, JSON_UNESCAPED_UNICODE), "\n";
    }
    $r = Crm\Import\Reader::open(__DIR__ . "/fixtures/$name.xlsx", ['sheet' => 'Лист2', 'header' => false]);
    echo json_encode($r->fetch(), JSON_UNESCAPED_UNICODE), "\n";
}
?>
--EXPECT--
openpyxl:
["Наименование","ИНН","Телефон","Дата","Сумма","Активен","Формула"]
[{"name":"Клиенты","hidden":false,"current":true},{"name":"Служебный","hidden":true,"current":false},{"name":"Лист2","hidden":false,"current":false}]
2: ["ООО «Ромашка»","0012345678","79161234567","2024-01-05","1234.5","1",null]
3: ["ИП Иванов И.И.","7707083893","84951234567","2023-12-31 18:30:00","0.1","0",null]
4: ["Объединено",null,null,null,"-17",null,null]
[["второй","2"]]
libreoffice:
["Наименование","ИНН","Телефон","Дата","Сумма","Активен","Формула"]
[{"name":"Клиенты","hidden":false,"current":true},{"name":"Служебный","hidden":true,"current":false},{"name":"Лист2","hidden":false,"current":false}]
2: ["ООО «Ромашка»","0012345678","79161234567","2024-01-05","1234.5","1","2469"]
3: ["ИП Иванов И.И.","7707083893","84951234567","2023-12-31 18:30:00","0.1","0","0.2"]
4: ["Объединено",null,null,null,"-17",null,null]
[["второй","2"]]
