#!/usr/bin/python3
"""Writes a 1C-style counterparty workbook for bench/xlsx.sh: 100,000 rows x 12 columns
(Cyrillic names, INN with leading zeros as text, phones as numbers, dates, amounts), ~10 MB.
Deterministic (seeded). Debian's python:
    /usr/bin/python3 bench/gen_xlsx.py [--rows=100000] [--out=...] [--writer=excel|openpyxl]

--writer=excel (default) writes the parts the way Excel and 1C do: a shared-strings table
and raw UTF-8 (sheet XML ~45 MB). --writer=openpyxl saves through openpyxl's write-only
mode: inline strings with every Cyrillic letter as a &#NNNN; reference (sheet XML ~110 MB).
"""
import datetime
import random
import sys

import openpyxl

rows, out, writer = 100000, '/tmp/crm_bench_1c.xlsx', 'excel'
for a in sys.argv[1:]:
    if a.startswith('--rows='):
        rows = int(a[7:])
    elif a.startswith('--out='):
        out = a[6:]
    elif a.startswith('--writer='):
        writer = a[9:]

rnd = random.Random(1)
forms = ['ООО', 'АО', 'ИП', 'ПАО', 'ЗАО']
words = ['Ромашка', 'Север', 'Техснаб', 'Вектор', 'Альфа', 'Строймаркет', 'Лесторг', 'Агрохолдинг', 'Медсервис', 'Трансавто']
cities = ['Москва', 'Санкт-Петербург', 'Екатеринбург', 'Новосибирск', 'Казань', 'Нижний Новгород', 'Самара', 'Омск']
streets = ['ул. Ленина', 'пр. Мира', 'ул. Садовая', 'ул. Гагарина', 'наб. Реки Фонтанки']
people = ['Иванов Иван Иванович', 'Петрова Анна Сергеевна', 'Сидоров Пётр Алексеевич', 'Кузнецова Ольга Викторовна']

data = []
data.append(['Код', 'Наименование', 'ИНН', 'КПП', 'Телефон', 'Город', 'Адрес', 'Контактное лицо',
           'Дата договора', 'Сумма долга', 'Комментарий', 'Email'])
base = datetime.date(2015, 1, 1)
for i in range(rows):
    inn = '%010d' % rnd.randrange(0, 10**10) if rnd.random() < 0.7 else '00%08d' % rnd.randrange(0, 10**8)
    data.append([
        'К-%06d' % (i + 1),
        '%s «%s %s»' % (rnd.choice(forms), rnd.choice(words), rnd.choice(words)),
        inn,
        '%09d' % rnd.randrange(0, 10**9),
        79000000000 + rnd.randrange(0, 10**9),
        rnd.choice(cities),
        '%s, д. %d, кв. %d' % (rnd.choice(streets), rnd.randrange(1, 200), rnd.randrange(1, 500)),
        rnd.choice(people),
        base + datetime.timedelta(days=rnd.randrange(0, 3650)),
        round(rnd.uniform(0, 1_000_000), 2),
        'Постоянный клиент' if rnd.random() < 0.3 else '',
        'client%d@example.ru' % i,
    ])


def save_openpyxl():
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet('Контрагенты')
    for row in data:
        ws.append(row)
    wb.save(out)


def save_excel():
    import zipfile
    from xml.sax.saxutils import escape
    strings, index = [], {}
    epoch = datetime.date(1899, 12, 30)

    def sst(v):
        if v not in index:
            index[v] = len(strings)
            strings.append(v)
        return index[v]

    parts = []
    for r, row in enumerate(data, 1):
        cells = []
        for c, v in enumerate(row):
            ref = '%s%d' % (chr(65 + c), r)
            if isinstance(v, str):
                if v != '':
                    cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst(v)))
            elif isinstance(v, datetime.date):
                cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, (v - epoch).days))
            else:
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
        parts.append('<row r="%d">%s</row>' % (r, ''.join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel)
        z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook %s xmlns:r="%s"><sheets><sheet name="Контрагенты" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, rel))
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (rel, rel, rel))
        z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet %s><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>' % ns)
        z.writestr('xl/sharedStrings.xml', '<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d" uniqueCount="%d">%s</sst>' % (ns, len(strings), len(strings), ''.join('<si><t>%s</t></si>' % escape(s) for s in strings)))
        z.writestr('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8"?><worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, ''.join(parts)))


save_openpyxl() if writer == 'openpyxl' else save_excel()
print(out)
