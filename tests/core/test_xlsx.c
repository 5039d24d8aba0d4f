/* Unit tests of the XLSX core (src/core/import/xlsx.c, numfmt.c): values, layout, sheets, hostile input. */
#define _GNU_SOURCE
#include <unistd.h>
#include <stdio.h>
#include "check.h"
#include "import/numfmt.h"
#include "import/xlsx.h"

#include <stdlib.h>
#include <zip.h>

#define WB_RELS "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
	"<Relationship Id=\"rId2\" Type=\"x/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>" \
	"<Relationship Id=\"rId3\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/>" \
	"<Relationship Id=\"rId4\" Type=\"x/styles\" Target=\"styles.xml\"/></Relationships>"
#define WB(pr) "<workbook xmlns:r=\"r\">" pr "<sheets><sheet name=\"Скрытый\" sheetId=\"1\" state=\"hidden\" r:id=\"rId2\"/>" \
	"<sheet name=\"Клиенты\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>"
#define STYLES "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>" \
	"<numFmt numFmtId=\"165\" formatCode=\"[Red]#,##0.00&quot;d&quot;\"/></numFmts>" \
	"<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>" \
	"<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"20\"/></cellXfs></styleSheet>"
#define SST "<sst><si><t>ИНН</t></si><si><r><t>Ром</t></r><r><t>ашка</t></r><rPh><t>ignored</t></rPh></si>" \
	"<si><t>0012_x000D_3</t></si></sst>"

#define SHEET2 "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>hidden</t></is></c></row></sheetData></worksheet>"

static char text[4096];

/* Every row as one line: fields joined by '|', null as "~", "#<row>:" prefix. */
static const char *dump(const char *sheet1, const char *wbpr, const crm_xlsx_options *opt, crm_xlsx_error *err)
{
	char wb[1024];
	snprintf(wb, sizeof wb, WB("%s"), wbpr ? wbpr : "");
	crm_xlsx_part parts[] = {
		{"xl/workbook.xml", wb, strlen(wb)},
		{"xl/_rels/workbook.xml.rels", WB_RELS, sizeof WB_RELS - 1},
		{"xl/styles.xml", STYLES, sizeof STYLES - 1},
		{"xl/sharedStrings.xml", SST, sizeof SST - 1},
		{"xl/worksheets/sheet1.xml", sheet1, strlen(sheet1)},
		{"xl/worksheets/sheet2.xml", SHEET2, sizeof SHEET2 - 1},
	};
	crm_xlsx_options o;
	crm_xlsx_row row;
	crm_xlsx *x;
	size_t o_ = 0;
	int rc;

	if (opt) o = *opt; else { crm_xlsx_options_init(&o); o.header = CRM_CSV_HEADER_NO; }
	memset(err, 0, sizeof *err);
	text[0] = '\0';
	if (!(x = crm_xlsx_open_parts(parts, 6, &o, err))) {
		snprintf(text, sizeof text, "ERR %d %llu/%u %s", err->code, (unsigned long long) err->row, err->column, err->message);
		return text;
	}
	if (crm_xlsx_header(x)) {
		o_ += (size_t) snprintf(text + o_, sizeof text - o_, "H:%s;", crm_xlsx_header(x)->data);
	}
	while ((rc = crm_xlsx_next(x, &row, err)) == 1) {
		o_ += (size_t) snprintf(text + o_, sizeof text - o_, "#%llu:", (unsigned long long) row.row);
		for (size_t i = 0; i < row.count; i++) {
			o_ += (size_t) snprintf(text + o_, sizeof text - o_, "%s%s", i ? "|" : "",
				row.fields[i].null ? "~" : row.data + row.fields[i].off);
		}
		o_ += (size_t) snprintf(text + o_, sizeof text - o_, ";");
	}
	if (rc < 0) {
		snprintf(text + o_, sizeof text - o_, "ERR %d %llu/%u %s", err->code, (unsigned long long) err->row, err->column, err->message);
	}
	crm_xlsx_close(x);
	return text;
}

#define SHEET(rows) "<worksheet><sheetData>" rows "</sheetData></worksheet>"

static void test_numfmt(void)
{
	char b[CRM_NUMFMT_BUF];
	CHECK(crm_numfmt_classify("dd/mm/yyyy", 10) == CRM_NUMFMT_DATE);
	CHECK(crm_numfmt_classify("h:mm:ss", 7) == CRM_NUMFMT_TIME);
	CHECK(crm_numfmt_classify("yyyy-mm-dd hh:mm", 16) == CRM_NUMFMT_DATETIME);
	CHECK(crm_numfmt_classify("[Red]0.00", 9) == CRM_NUMFMT_NUMBER);
	CHECK(crm_numfmt_classify("0\" days\"", 8) == CRM_NUMFMT_NUMBER);
	CHECK(crm_numfmt_classify("General", 7) == CRM_NUMFMT_NUMBER);
	CHECK(crm_numfmt_classify("mm:ss", 5) == CRM_NUMFMT_TIME);
	CHECK(crm_numfmt_builtin(14) == CRM_NUMFMT_DATE && crm_numfmt_builtin(22) == CRM_NUMFMT_DATETIME);
	CHECK(crm_numfmt_builtin(46) == CRM_NUMFMT_TIME && crm_numfmt_builtin(4) == CRM_NUMFMT_NUMBER);
	crm_numfmt_number(0.1, b); CHECK_STR(b, "0.1");
	crm_numfmt_number(0.1 + 0.2, b); CHECK_STR(b, "0.3");
	crm_numfmt_number(79161234567.0, b); CHECK_STR(b, "79161234567");
	crm_numfmt_number(-1234.5, b); CHECK_STR(b, "-1234.5");
	crm_numfmt_number(1e21, b); CHECK_STR(b, "1E+21");
	crm_numfmt_number(1e20, b); CHECK_STR(b, "100000000000000000000");
	crm_numfmt_number(1.5e-11, b); CHECK_STR(b, "1.5E-11");
	crm_numfmt_number(0.000123, b); CHECK_STR(b, "0.000123");
	crm_numfmt_number(1.0 / 3, b); CHECK_STR(b, "0.333333333333333");
	crm_numfmt_number_text("7.91612345670000E+10", 20, b); CHECK_STR(b, "79161234567");
	crm_numfmt_number_text("0012.500", 8, b); CHECK_STR(b, "12.5");
	crm_numfmt_number_text("4.4000000000000004", 18, b); CHECK_STR(b, "4.4");
	CHECK(crm_numfmt_number_text("12a", 3, b) == 0);
	crm_numfmt_date(45000, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "2023-03-15");
	crm_numfmt_date(45000.75, CRM_NUMFMT_DATETIME, 0, b); CHECK_STR(b, "2023-03-15 18:00:00");
	crm_numfmt_date(45000.99999999, CRM_NUMFMT_DATETIME, 0, b); CHECK_STR(b, "2023-03-16 00:00:00");
	crm_numfmt_date(59, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "1900-02-28");
	crm_numfmt_date(60, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "1900-02-29");
	crm_numfmt_date(61, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "1900-03-01");
	crm_numfmt_date(1, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "1900-01-01");
	crm_numfmt_date(0, CRM_NUMFMT_DATE, 1, b); CHECK_STR(b, "1904-01-01");
	crm_numfmt_date(43538, CRM_NUMFMT_DATE, 1, b); CHECK_STR(b, "2023-03-15");
	crm_numfmt_date(0.5, CRM_NUMFMT_TIME, 0, b); CHECK_STR(b, "12:00:00");
	crm_numfmt_date(-1, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "-1");
	crm_numfmt_date(2958466, CRM_NUMFMT_DATE, 0, b); CHECK_STR(b, "2958466");
}

static void test_values(void)
{
	crm_xlsx_error e;
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"), NULL, NULL, &e),
		"#1:ИНН|Ромашка|0012\r3;");
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"A1\"><v>79161234567</v></c><c r=\"B1\"><v>0.1</v></c><c r=\"C1\"><v>1.0000000000000001E-3</v></c>"
		"<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"b\"><v>0</v></c><c r=\"F1\" t=\"e\"><v>#N/A</v></c>"
		"<c r=\"G1\" t=\"str\"><f>A1&amp;\"x\"</f><v>79161234567x</v></c><c r=\"H1\"><f>1+1</f><v>2</v></c></row>"), NULL, NULL, &e),
		"#1:79161234567|0.1|0.001|1|0|#N/A|79161234567x|2;");
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45000</v></c><c r=\"B1\" s=\"2\"><v>45000.5</v></c><c r=\"C1\" s=\"3\"><v>12.5</v></c>"
		"<c r=\"D1\" s=\"4\"><v>0.25</v></c><c r=\"E1\" s=\"99\"><v>45000</v></c><c r=\"F1\" t=\"d\"><v>2024-01-05T00:00:00Z</v></c></row>"), NULL, NULL, &e),
		"#1:2023-03-15|2023-03-15 12:00:00|12.5|06:00:00|45000|2024-01-05;");
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43538</v></c></row>"), "<workbookPr date1904=\"1\"/>", NULL, &e),
		"#1:2023-03-15;");
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>a</t></r><r><t xml:space=\"preserve\"> b</t></r></is></c>"
		"<c r=\"B1\" t=\"inlineStr\"><is><t>00123</t></is></c></row>"), NULL, NULL, &e),
		"#1:a b|00123;");
}

static void test_layout(void)
{
	crm_xlsx_error e;
	crm_xlsx_options o;
	const char *s = SHEET("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>y</t></is></c><c r=\"E2\" s=\"1\"/></row>"
		"<row r=\"3\" spans=\"1:3\"><c r=\"B3\" s=\"1\"/></row>"
		"<row r=\"5\"><c><v>1</v></c><c><v>2</v></c><c r=\"E5\"><v>5</v></c><c><v>6</v></c></row>");
	CHECK_STR(dump(s, NULL, NULL, &e), "#2:x|~|~|y;#5:1|2|~|~|5|6;");
	crm_xlsx_options_init(&o);
	o.header = CRM_CSV_HEADER_NO;
	o.keep_empty_rows = 1;
	CHECK_STR(dump(s, NULL, &o, &e), "#1:;#2:x|~|~|y;#3:;#4:;#5:1|2|~|~|5|6;");
	/* merged cells: the value stays at the top-left cell */
	CHECK_STR(dump("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c></row>"
		"<row r=\"2\"><c r=\"A2\"><v>4</v></c><c r=\"B2\"><v>5</v></c><c r=\"C2\"><v>6</v></c></row></sheetData>"
		"<mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells></worksheet>", NULL, NULL, &e),
		"#1:1|~|3;#2:~|~|6;");
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>"), NULL, NULL, &e),
		"ERR 7 1/1 cell in column 1 comes after column 2 in the same row");
	CHECK_STR(dump(SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"), NULL, NULL, &e),
		"ERR 7 1/1 shared string index \"7\" is not in the table of 3 strings");
	CHECK_STR(e.sheet, "Клиенты");
	crm_xlsx_options_init(&o);
	o.keep_empty_rows = 1;
	CHECK_STR(dump(SHEET("<row r=\"1111111111\"/>"), NULL, &o, &e), "ERR 7 1/0 bad row number \"1111111111\"");
}

static void test_sheets_header(void)
{
	crm_xlsx_error e;
	crm_xlsx_options o;
	const char *s = SHEET("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Имя</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Телефон</t></is></c></row>"
		"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Иван</t></is></c><c r=\"B2\"><v>79161234567</v></c></row>");
	crm_xlsx_options_init(&o);
	CHECK_STR(dump(s, NULL, &o, &e), "H:Имя;#2:Иван|79161234567;");
	o.sheet_index = 0;
	CHECK_STR(dump(s, NULL, &o, &e), "#1:hidden;");
	o.sheet_index = 2;
	CHECK_STR(dump(s, NULL, &o, &e), "ERR 8 0/0 there is no sheet 2 (0-based; the workbook has 2 sheets)");
	o.sheet_index = -1;
	o.sheet_name = "Клиенты";
	o.header = CRM_CSV_HEADER_NO;
	CHECK_STR(dump(s, NULL, &o, &e), "#1:Имя|Телефон;#2:Иван|79161234567;");
	o.sheet_name = "Нет";
	CHECK_STR(dump(s, NULL, &o, &e), "ERR 8 0/0 there is no sheet named \"Нет\" (the workbook has 2 sheets; see sheets())");
}

static void test_hostile_xml(void)
{
	crm_xlsx_error e;
	dump("<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><worksheet><sheetData/></worksheet>", NULL, NULL, &e);
	CHECK(e.code == CRM_XLSX_E_UNSAFE);
	dump("<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><worksheet/>", NULL, NULL, &e);
	CHECK(e.code == CRM_XLSX_E_UNSAFE);
	dump("<worksheet><sheetData><row><c><v>1</v></c></row>", NULL, NULL, &e);
	CHECK(e.code == CRM_XLSX_E_CORRUPT);
}

/* Writes a zip with the given entries to a temp path. */
static const char *make_zip(const char *path, const char **names, const char **bodies, const size_t *lens, int n)
{
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, NULL);
	for (int i = 0; i < n; i++) {
		zip_source_t *s = zip_source_buffer(z, bodies[i], lens[i], 0);
		zip_file_add(z, names[i], s, ZIP_FL_OVERWRITE);
	}
	zip_close(z);
	return path;
}

static crm_xlsx *open_path(const char *path, const crm_xlsx_options *o, crm_xlsx_error *e)
{
	FILE *f = fopen(path, "rb");
	crm_xlsx *x = crm_xlsx_open_fd(fileno(f), o, e);
	fclose(f);
	return x;
}

static void test_zip(void)
{
	const char *path = "build/test_xlsx.zip";
	const char *wb = "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>";
	const char *sh = SHEET("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
	const char *names[] = {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"};
	const char *bodies[] = {"<Types/>", wb, sh};
	size_t lens[] = {8, strlen(wb), strlen(sh)};
	crm_xlsx_error e;
	crm_xlsx_options o;
	crm_xlsx_row row;
	crm_xlsx *x;
	char *big;
	FILE *f;
	long size;

	crm_xlsx_options_init(&o);
	o.header = CRM_CSV_HEADER_NO;
	make_zip(path, names, bodies, lens, 3);
	x = open_path(path, &o, &e);
	CHECK(x != NULL);
	if (x) {
		CHECK(crm_xlsx_next(x, &row, &e) == 1 && row.count == 1);
		CHECK(crm_xlsx_next(x, &row, &e) == 0);
		crm_xlsx_close(x);
	}
	/* truncated archive */
	f = fopen(path, "rb"); fseek(f, 0, SEEK_END); size = ftell(f); fclose(f);
	CHECK(truncate(path, size / 2) == 0);
	CHECK(open_path(path, &o, &e) == NULL && e.code == CRM_XLSX_E_CORRUPT);
	/* zip bomb: 64 MiB of one repeated cell compresses ~1000:1 */
	size = 64 << 20;
	big = malloc((size_t) size);
	memcpy(big, "<worksheet><sheetData>", 22);
	memset(big + 22, ' ', (size_t) size - 22 - 23);
	memcpy(big + size - 23, "</sheetData></worksheet>", 23);
	bodies[2] = big, lens[2] = (size_t) size;
	make_zip(path, names, bodies, lens, 3);
	CHECK(open_path(path, &o, &e) == NULL && e.code == CRM_XLSX_E_UNSAFE);
	CHECK(strstr(e.message, "max_compression_ratio") != NULL);
	o.max_compression_ratio = 100000;
	o.max_uncompressed_bytes = 1 << 20;
	CHECK(open_path(path, &o, &e) == NULL && e.code == CRM_XLSX_E_UNSAFE);
	CHECK(strstr(e.message, "max_uncompressed_bytes") != NULL);
	free(big);
	/* not a workbook */
	names[0] = "mimetype", bodies[0] = "application/vnd.oasis.opendocument.spreadsheet", lens[0] = strlen(bodies[0]);
	make_zip(path, names, bodies, lens, 1);
	CHECK(open_path(path, &o, &e) == NULL && e.code == CRM_XLSX_E_UNSUPPORTED && strstr(e.message, ".ods"));
	names[0] = "Index/Document.iwa";
	make_zip(path, names, bodies, lens, 1);
	CHECK(open_path(path, &o, &e) == NULL && e.code == CRM_XLSX_E_UNSUPPORTED && strstr(e.message, "Numbers"));
	remove(path);
}

typedef struct mem { const unsigned char *p; size_t len, pos; } mem;
static long mem_read(void *ctx, unsigned char *buf, size_t cap)
{
	mem *m = ctx;
	size_t n = m->len - m->pos < cap ? m->len - m->pos : cap;
	memcpy(buf, m->p + m->pos, n);
	m->pos += n;
	return (long) n;
}

static void test_ole2(void)
{
	static unsigned char f[512 * 4];
	const char *name = "EncryptedPackage";
	mem m = {f, sizeof f, 0};
	memcpy(f, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
	CHECK(crm_xlsx_ole2_encrypted(mem_read, &m) == 0);
	for (size_t i = 0; name[i]; i++) f[1024 + 128 + 2 * i] = (unsigned char) name[i];
	f[1024 + 128 + 64] = (unsigned char) ((strlen(name) + 1) * 2);
	m.pos = 0;
	CHECK(crm_xlsx_ole2_encrypted(mem_read, &m) == 1);
}

int main(void)
{
	uint32_t c; uint64_t r;
	CHECK(crm_xlsx_parse_ref("XFD1048576", 10, &c, &r) == 0 && c == 16384 && r == 1048576);
	CHECK(crm_xlsx_parse_ref("A", 1, &c, &r) == 0 && c == 1 && r == 0);
	CHECK(crm_xlsx_parse_ref("1A", 2, &c, &r) < 0);
	test_numfmt();
	test_values();
	test_layout();
	test_sheets_header();
	test_hostile_xml();
	test_zip();
	test_ole2();
	return CHECK_DONE();
}
