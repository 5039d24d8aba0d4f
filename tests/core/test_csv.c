/* Unit tests of src/core/import/csv: tokenizing, transcoding, detection, errors, streaming. */
#include "check.h"
#include "import/csv.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct source {
	const unsigned char *s;
	size_t len, pos, chunk;
	size_t fail_at;		/* the read that starts at this offset fails; SIZE_MAX: never */
} source;

static long source_read(void *ctx, unsigned char *buf, size_t cap)
{
	source *src = ctx;
	size_t n = src->len - src->pos;

	if (src->pos >= src->fail_at) {
		return -1;
	}
	if (n > cap) n = cap;
	if (n > src->chunk) n = src->chunk;
	memcpy(buf, src->s + src->pos, n);
	src->pos += n;
	return (long) n;
}

typedef struct info {
	crm_encoding enc;
	char delim;
	int header, bom;
} info;

static char dump_buf[1 << 16];

static void append(size_t *o, const char *s, size_t n)
{
	if (*o + n < sizeof(dump_buf)) {
		memcpy(dump_buf + *o, s, n);
		*o += n;
	}
	dump_buf[*o] = 0;
}

static void append_row(size_t *o, const char *prefix, const crm_row *row)
{
	char num[32];
	int k = snprintf(num, sizeof(num), "%s%llu:", prefix, (unsigned long long) row->line);
	append(o, num, (size_t) k);
	for (size_t i = 0; i < row->count; i++) {
		if (i) append(o, "|", 1);
		append(o, row->data + row->fields[i].off, row->fields[i].len);
		/* The promise that fields are also C strings. */
		if (row->data[row->fields[i].off + row->fields[i].len] != 0) append(o, "<no NUL>", 8);
	}
	append(o, "\n", 1);
}

/* The whole parse as text: "H<line>:a|b" for the header, "<line>:a|b" per row, "E<code>@row:col" at an error. */
static const char *run(const void *in, size_t len, const crm_csv_options *opt, size_t chunk, info *inf)
{
	source src = {(const unsigned char *) in, len, 0, chunk, SIZE_MAX};
	crm_error err;
	crm_row row;
	size_t o = 0;
	char num[64];
	int rc;

	dump_buf[0] = 0;
	crm_csv *c = crm_csv_open(opt, source_read, &src, &err);
	if (!c) {
		snprintf(dump_buf, sizeof(dump_buf), "open failed %d", (int) err.code);
		return dump_buf;
	}
	if (inf) {
		inf->enc = crm_csv_encoding(c);
		inf->delim = crm_csv_delimiter(c);
		inf->header = crm_csv_has_header(c);
		inf->bom = crm_csv_bom(c);
	}
	if (crm_csv_header(c)) append_row(&o, "H", crm_csv_header(c));
	while ((rc = crm_csv_next(c, &row, &err)) == 1) {
		append_row(&o, "", &row);
	}
	if (rc < 0) {
		int k = snprintf(num, sizeof(num), "E%d@%llu:%u", (int) err.code, (unsigned long long) err.row, err.column);
		append(&o, num, (size_t) k);
		/* Errors stick. */
		if (crm_csv_next(c, &row, &err) != -1) append(&o, " (not sticky)", 13);
	}
	crm_csv_close(c);
	return dump_buf;
}

static int chunk_failures;

/* Checks the parse, then that every chunking of the input and every small buffer gives the
 * very same result: boundaries fall inside CRLF, UTF-8/UTF-16 sequences, doubled quotes. */
static void expect_opt(const void *in, size_t len, const crm_csv_options *opt, const char *want, int line)
{
	static const size_t chunks[] = {1, 2, 3, 7};
	static const size_t buffers[] = {16, 17, 23, 64};
	info inf;
	const char *got = run(in, len, opt, SIZE_MAX, &inf);

	if (strcmp(got, want) != 0) {
		check_failed++;
		fprintf(stderr, "test_csv.c:%d: got\n%s\nwant\n%s\n", line, got, want);
		return;
	}
	check_passed++;
	for (size_t a = 0; a < sizeof(chunks) / sizeof(chunks[0]); a++) {
		for (size_t b = 0; b < sizeof(buffers) / sizeof(buffers[0]); b++) {
			crm_csv_options o2 = *opt;
			o2.encoding = inf.enc;
			o2.delimiter = inf.delim;
			o2.header = inf.header ? CRM_CSV_HEADER_YES : CRM_CSV_HEADER_NO;
			o2.sample_bytes = 1;
			o2.buffer_bytes = buffers[b];
			got = run(in, len, &o2, chunks[a], NULL);
			if (strcmp(got, want) != 0) {
				chunk_failures++;
				check_failed++;
				fprintf(stderr, "test_csv.c:%d: chunk %zu buffer %zu: got\n%s\nwant\n%s\n", line,
					chunks[a], buffers[b], got, want);
				return;
			}
		}
	}
	check_passed++;
}

static crm_csv_options defaults(void)
{
	crm_csv_options o;
	crm_csv_options_init(&o);
	return o;
}

static void expect_n(const void *in, size_t len, const char *want, int line)
{
	crm_csv_options o = defaults();
	o.header = CRM_CSV_HEADER_NO;
	expect_opt(in, len, &o, want, line);
}

/* Header detection off, so the rows show as they are. */
#define EXPECT(in, want) expect_n(in, sizeof(in) - 1, want, __LINE__)
#define EXPECT_OPT(in, opt, want) expect_opt(in, sizeof(in) - 1, opt, want, __LINE__)

static void test_basic(void)
{
	EXPECT("a;b;c\n1;2;3\n", "1:a|b|c\n2:1|2|3\n");
	EXPECT("a,b,c\r\n1,2,3\r\n", "1:a|b|c\n2:1|2|3\n");
	EXPECT("a;b\r1;2\r", "1:a|b\n2:1|2\n");
	EXPECT("a;b\r\n1;2\n3;4\r5;6", "1:a|b\n2:1|2\n3:3|4\n4:5|6\n");	/* mixed ends, none at the end */
	EXPECT("a;b\n\n\r\n\r1;2\n\n\n", "1:a|b\n5:1|2\n");	/* blank lines skipped, trailing ones too */
	EXPECT("a;b;c\n1\n2;3;4;5\n", "1:a|b|c\n2:1\n3:2|3|4|5\n");	/* ragged rows */
	EXPECT("a;;c\n;\n", "1:a||c\n2:|\n");
	EXPECT("a;b;\n", "1:a|b|\n");
	EXPECT("x;y\n;", "1:x|y\n2:|\n");
	EXPECT("", "");
	EXPECT("\n\n", "");
	EXPECT("solo\n", "1:solo\n");
}

static void test_quotes(void)
{
	EXPECT("\"a;b\";\"c\"\"d\";\"\"\n", "1:a;b|c\"d|\n");
	EXPECT("\"multi\r\nline\";x\r\nnext;y\r\n", "1:multi\r\nline|x\n3:next|y\n");
	EXPECT("\"a\nb\nc\";1\n\"d\rе\";2\n3;4\n", "1:a\nb\nc|1\n4:d\rе|2\n6:3|4\n");
	EXPECT("ab\"c;d\n", "1:ab\"c|d\n");	/* a lone quote inside an unquoted field is literal */
	EXPECT("\"ab\"c;d\n", "1:abc|d\n");	/* text after the closing quote is kept */
	EXPECT("\"ab\" ;d\n", "1:ab |d\n");
	EXPECT("\"ab\"c\"d;e\n", "1:abc\"d|e\n");
	EXPECT("\"\"\"\";\"\"\"x\"\"\"\n", "1:\"|\"x\"\n");
	EXPECT("\"\"\n\"\";\"\"\n", "2:|\n");	/* a lone "" is one empty field: not a row */
	EXPECT("a;\"b\"", "1:a|b\n");
	EXPECT("a;\"b\"\r", "1:a|b\n");
	EXPECT(" \"a\";b\n", "1: \"a\"|b\n");	/* a quote after a space does not open a quoted field */

	/* The quoted flag tells "" from an empty field, for the binding's nulls. */
	source src = {(const unsigned char *) "\"\";;x\n", 6, 0, SIZE_MAX, SIZE_MAX};
	crm_csv_options o = defaults();
	crm_error err;
	crm_row row;
	crm_csv *c = crm_csv_open(&o, source_read, &src, &err);
	CHECK(c != NULL);
	CHECK(crm_csv_next(c, &row, &err) == 1);
	CHECK(row.count == 3 && row.fields[0].quoted && !row.fields[1].quoted && !row.fields[2].quoted);
	CHECK(row.fields[0].len == 0 && row.fields[1].len == 0);
	CHECK(crm_csv_next(c, &row, &err) == 0);
	CHECK(crm_csv_next(c, &row, &err) == 0);
	crm_csv_close(c);
}

static void test_errors(void)
{
	char buf[64];
	crm_csv_options o = defaults();

	EXPECT("a;b\n1;\"2\n3;4\n", "1:a|b\nE6@2:2");	/* unterminated: the row where the quote opened */
	EXPECT("a;b\n\"x\";\"\"\"", "1:a|b\nE6@2:2");
	EXPECT("a;b\nc;d\ne\0f;g\n", "1:a|b\n2:c|d\nE5@3:1");
	EXPECT("a;\"b\0\"\n", "E5@1:2");
	/* Bad UTF-8: row and column of the byte. */
	o.header = CRM_CSV_HEADER_NO;
	o.encoding = CRM_ENC_UTF8;
	EXPECT_OPT("name;city\nIvan;Mosk\xE2\x82\nx;y\n", &o, "1:name|city\nE4@2:2");
	EXPECT_OPT("\"a\nb\";\xFF\n", &o, "E4@2:2");
	EXPECT_OPT("a;b\n\xD0", &o, "1:a|b\nE4@2:1");	/* truncated at EOF */
	o.encoding = CRM_ENC_AUTO;

	o.max_field_bytes = 5;
	EXPECT_OPT("12345;\"12345\"\n123456;b\n", &o, "1:12345|12345\nE7@2:1");
	EXPECT_OPT("1;\"12\"\"34\"\n1;\"12\n345\"\n", &o, "1:1|12\"34\nE7@2:2");	/* row: where the field began */
	/* The limit counts UTF-8 output: 3 Cyrillic letters are 6 bytes. */
	EXPECT_OPT("абв\n", &o, "E7@1:1");
	o.max_field_bytes = 0;

	/* An I/O error in the middle of the file. */
	memset(buf, 'x', sizeof(buf));
	buf[10] = '\n';
	source src = {(const unsigned char *) buf, sizeof(buf), 0, 8, 32};
	crm_error err;
	crm_row row;
	o.sample_bytes = 1;
	o.buffer_bytes = 16;
	crm_csv *c = crm_csv_open(&o, source_read, &src, &err);
	CHECK(c != NULL);
	CHECK(crm_csv_next(c, &row, &err) == 1);
	CHECK(crm_csv_next(c, &row, &err) == -1 && err.code == CRM_CSV_E_IO && err.row == 2);
	crm_csv_close(c);
	src.pos = 0;
	src.fail_at = 0;
	CHECK(crm_csv_open(&o, source_read, &src, &err) == NULL && err.code == CRM_CSV_E_IO);

	/* Options out of range. */
	o = defaults();
	o.delimiter = '"';
	CHECK(crm_csv_open(&o, source_read, &src, &err) == NULL && err.code == CRM_CSV_E_OPTION);
	o = defaults();
	o.buffer_bytes = 8;
	CHECK(crm_csv_open(&o, source_read, &src, &err) == NULL && err.code == CRM_CSV_E_OPTION);
	CHECK(strlen(err.message) > 0);
}

/* Encodes UTF-8 test text into a single-byte code page (reverse table lookup). */
static size_t to_single_byte(crm_encoding enc, const char *utf8, unsigned char *out)
{
	const uint16_t *high = crm_encoding_high_table(enc);
	const unsigned char *s = (const unsigned char *) utf8;
	size_t o = 0;

	while (*s) {
		int n = crm_utf8_sequence(s, strlen((const char *) s));
		uint32_t cp = n == 1 ? s[0] : n == 2 ? (uint32_t) (s[0] & 0x1F) << 6 | (s[1] & 0x3F)
			: (uint32_t) (s[0] & 0x0F) << 12 | (uint32_t) (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		s += n;
		if (cp < 0x80) {
			out[o++] = (unsigned char) cp;
			continue;
		}
		for (int b = 0; b < 128; b++) {
			if (high[b] == cp) {
				out[o++] = (unsigned char) (0x80 + b);
				break;
			}
		}
	}
	return o;
}

static size_t to_utf16(int big_endian, int bom, const char *utf8, unsigned char *out)
{
	const unsigned char *s = (const unsigned char *) utf8;
	size_t o = 0;

	if (bom) {
		out[o++] = big_endian ? 0xFE : 0xFF;
		out[o++] = big_endian ? 0xFF : 0xFE;
	}
	while (*s) {
		int n = crm_utf8_sequence(s, strlen((const char *) s));
		uint32_t cp = n == 1 ? s[0] : n == 2 ? (uint32_t) (s[0] & 0x1F) << 6 | (s[1] & 0x3F)
			: n == 3 ? (uint32_t) (s[0] & 0x0F) << 12 | (uint32_t) (s[1] & 0x3F) << 6 | (s[2] & 0x3F)
			: (uint32_t) (s[0] & 0x07) << 18 | (uint32_t) (s[1] & 0x3F) << 12 | (uint32_t) (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
		s += n;
		uint32_t units[2] = {cp, 0};
		int k = 1;
		if (cp >= 0x10000) {
			units[0] = 0xD800 + ((cp - 0x10000) >> 10);
			units[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
			k = 2;
		}
		for (int i = 0; i < k; i++) {
			out[o + (big_endian ? 0 : 1)] = (unsigned char) (units[i] >> 8);
			out[o + (big_endian ? 1 : 0)] = (unsigned char) (units[i] & 0xFF);
			o += 2;
		}
	}
	return o;
}

static void test_encodings(void)
{
	unsigned char buf[1024];
	size_t n;
	info inf;
	crm_csv_options o = defaults();
	const char *ru = "Организация;ИНН;Комментарий\r\nООО \"Ромашка\";7701234567;\"Звонить после 10; спросить \"\"Ивана\"\"\"\r\n"
		"ИП Ёлкин №1;500100732259;«Снабжение»\r\n";
	const char *ru_rows = "H1:Организация|ИНН|Комментарий\n2:ООО \"Ромашка\"|7701234567|Звонить после 10; спросить \"Ивана\"\n"
		"3:ИП Ёлкин №1|500100732259|«Снабжение»\n";

	/* Windows-1251, detected, transcoded, header found. */
	n = to_single_byte(CRM_ENC_CP1251, ru, buf);
	expect_opt(buf, n, &o, ru_rows, __LINE__);
	run(buf, n, &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_CP1251 && inf.delim == ';' && inf.header && !inf.bom);

	/* KOI8-R has no № « »: the same file without them. */
	const char *ru_koi = "Организация;ИНН;Комментарий\r\nООО \"Ромашка\";7701234567;\"Звонить после 10; спросить \"\"Ивана\"\"\"\r\n";
	n = to_single_byte(CRM_ENC_KOI8R, ru_koi, buf);
	expect_opt(buf, n, &o, "H1:Организация|ИНН|Комментарий\n2:ООО \"Ромашка\"|7701234567|Звонить после 10; спросить \"Ивана\"\n", __LINE__);
	run(buf, n, &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_KOI8R);

	/* UTF-8 with and without BOM. */
	expect_opt(ru, strlen(ru), &o, ru_rows, __LINE__);
	run(ru, strlen(ru), &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_UTF8 && !inf.bom);
	memcpy(buf, "\xEF\xBB\xBF", 3);
	memcpy(buf + 3, ru, strlen(ru));
	expect_opt(buf, strlen(ru) + 3, &o, ru_rows, __LINE__);
	run(buf, strlen(ru) + 3, &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_UTF8 && inf.bom);

	/* Excel "Unicode text": UTF-16LE with BOM, tab-separated; and a BE twin with an emoji. */
	const char *tsv = "Namn\tStad\tAnteckning\r\nÅsa Öberg\tMalmö\t\"rad 1\r\nrad 2\"\r\nPär 😀\tGöteborg\t\r\n";
	const char *tsv_rows = "H1:Namn|Stad|Anteckning\n2:Åsa Öberg|Malmö|rad 1\r\nrad 2\n4:Pär 😀|Göteborg|\n";
	o.header = CRM_CSV_HEADER_YES;
	n = to_utf16(0, 1, tsv, buf);
	expect_opt(buf, n, &o, tsv_rows, __LINE__);
	run(buf, n, &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_UTF16LE && inf.delim == '\t' && inf.bom);
	n = to_utf16(1, 1, tsv, buf);
	expect_opt(buf, n, &o, tsv_rows, __LINE__);
	run(buf, n, &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_UTF16BE && inf.bom);
	n = to_utf16(0, 0, tsv, buf);	/* no BOM: found by its zero bytes */
	expect_opt(buf, n, &o, tsv_rows, __LINE__);

	/* Swedish Excel: Windows-1252, å ä ö and the euro sign. */
	o.header = CRM_CSV_HEADER_AUTO;
	n = to_single_byte(CRM_ENC_CP1252, "Namn;Stad;Belopp\nÅsa Öberg;Malmö;100 €\nPär;Västerås;12,50\n", buf);
	expect_opt(buf, n, &o, "H1:Namn|Stad|Belopp\n2:Åsa Öberg|Malmö|100 €\n3:Pär|Västerås|12,50\n", __LINE__);
	run(buf, n, &o, SIZE_MAX, &inf);
	CHECK(inf.enc == CRM_ENC_CP1252 && inf.delim == ';');

	/* Explicit encoding overrides detection: the same bytes read as ISO-8859-1 and as cp1251. */
	o.header = CRM_CSV_HEADER_NO;
	o.encoding = CRM_ENC_ISO8859_1;
	EXPECT_OPT("a\x80;\xE5\n", &o, "1:a\xC2\x80|å\n");
	o.encoding = CRM_ENC_CP1251;
	EXPECT_OPT("a\x80;\xE5\n", &o, "1:aЂ|е\n");
	o.encoding = CRM_ENC_UTF8;
	EXPECT_OPT("a\x80;\xE5\n", &o, "E4@1:1");

	/* Bytes a code page leaves undefined: error with position, or U+FFFD on request. */
	o.encoding = CRM_ENC_CP1251;
	EXPECT_OPT("ab;cd\nef;g\x98h\n", &o, "1:ab|cd\nE4@2:2");
	o.encoding = CRM_ENC_CP1252;
	EXPECT_OPT("ab;\"c\x81\"\n", &o, "E4@1:2");
	o.invalid = CRM_CSV_INVALID_REPLACE;
	EXPECT_OPT("ab;\"c\x81\"\n", &o, "1:ab|c\xEF\xBF\xBD\n");
	o.encoding = CRM_ENC_CP1251;
	EXPECT_OPT("ef;g\x98h\n", &o, "1:ef|g\xEF\xBF\xBDh\n");
	o.encoding = CRM_ENC_UTF8;
	EXPECT_OPT("a\xFF\xD0\x96;\"\xC0\x80\"\n", &o, "1:a\xEF\xBF\xBDЖ|\xEF\xBF\xBD\xEF\xBF\xBD\n");
	EXPECT_OPT("a;b\xD0", &o, "1:a|b\xEF\xBF\xBD\n");

	/* UTF-16: an unpaired surrogate is an error at its row and column, or U+FFFD. */
	o.encoding = CRM_ENC_AUTO;
	o.invalid = CRM_CSV_INVALID_ERROR;
	static const unsigned char bad16[] = {0xFF, 0xFE, 'a', 0, '\t', 0, 'b', 0, '\n', 0, 'c', 0, '\t', 0, 0x00, 0xDC, '\n', 0};
	expect_opt(bad16, sizeof(bad16), &o, "1:a|b\nE4@2:2", __LINE__);
	o.invalid = CRM_CSV_INVALID_REPLACE;
	expect_opt(bad16, sizeof(bad16), &o, "1:a|b\n2:c|\xEF\xBF\xBD\n", __LINE__);
	o.invalid = CRM_CSV_INVALID_ERROR;
	static const unsigned char odd16[] = {0xFF, 0xFE, 'a', 0, '\t', 0, 'b', 0, '\n', 0, 'c'};
	expect_opt(odd16, sizeof(odd16), &o, "1:a|b\nE4@2:1", __LINE__);
	/* Found by fuzzing: a UTF-16 file that is only a BOM read past the buffer. */
	expect_opt("\xFF\xFE", 2, &o, "", __LINE__);
	expect_opt("\xFE\xFF\x00", 3, &o, "E4@1:1", __LINE__);
	static const unsigned char nul16[] = {0xFF, 0xFE, 'a', 0, '\t', 0, 0, 0, '\n', 0};
	expect_opt(nul16, sizeof(nul16), &o, "E5@1:2", __LINE__);
}

static void test_delimiter(void)
{
	info inf;
	crm_csv_options o = defaults();

	o.header = CRM_CSV_HEADER_NO;
	/* ';' file whose text is full of commas. */
	const char *semi = "Иванов, Иван;Москва, ул. Ленина, 1;+7 495\nПетров, Пётр;Тверь, 2;8 800\n";
	run(semi, strlen(semi), &o, SIZE_MAX, &inf);
	CHECK(inf.delim == ';');
	/* ',' file with ';' only inside quoted fields. */
	const char *comma = "name,comment,phone\n\"Ivan\",\"call; then; write\",123\nPetr,\"a;b;c;d;e\",456\n";
	run(comma, strlen(comma), &o, SIZE_MAX, &inf);
	CHECK(inf.delim == ',');
	/* A quoted field with line breaks and delimiters does not break the count. */
	const char *multi = "a|b|c\n1|\"x|y\nz|w\"|3\n4|5|6\n";
	run(multi, strlen(multi), &o, SIZE_MAX, &inf);
	CHECK(inf.delim == '|');
	run("a\tb,c\td\n1\t2,5\t3\n", 17, &o, SIZE_MAX, &inf);
	CHECK(inf.delim == '\t');
	/* Explicit override wins. */
	o.delimiter = ',';
	EXPECT_OPT("a;b,c\n", &o, "1:a;b|c\n");
	o.delimiter = 0;
	/* Nothing to split on: one column, the default for the encoding. */
	run("one\ntwo\n", 8, &o, SIZE_MAX, &inf);
	CHECK(inf.delim == ',');
	CHECK(crm_csv_detect_delimiter((const unsigned char *) "abc\ndef\n", 8, 1) == 0);
	/* A sample cut inside a row ignores that row. */
	CHECK(crm_csv_detect_delimiter((const unsigned char *) "a;b\nc;d\ne,f,g,h,i", 17, 0) == ';');
}

static crm_row make_row(const char *data, crm_field *fields, size_t count)
{
	crm_row r = {data, fields, count, 1};
	return r;
}

/* Builds a row from "a|b|c" for crm_csv_guess_header (data keeps the '|' separators). */
static crm_row row_of(const char *text, crm_field *fields)
{
	size_t n = 0, start = 0, i = 0;
	for (;; i++) {
		if (text[i] == '|' || text[i] == 0) {
			fields[n].off = (uint32_t) start;
			fields[n].len = (uint32_t) (i - start);
			fields[n].quoted = 0;
			n++;
			start = i + 1;
			if (!text[i]) break;
		}
	}
	return make_row(text, fields, n);
}

static int guess(const char *const *rows, size_t n)
{
	crm_row r[8];
	crm_field f[8][16];
	for (size_t i = 0; i < n; i++) r[i] = row_of(rows[i], f[i]);
	return crm_csv_guess_header(r, n);
}

static void test_header(void)
{
	const char *one_c[] = {
		"Организация|ИНН|КПП|Контактное лицо|Телефон|E-mail|Дата создания",
		"ООО \"Ромашка\"|7701234567|770101001|Иванов И. И.|+7 (495) 123-45-67|info@romashka.ru|01.02.2023",
		"ИП Петров|500100732259||Петров П.|8 916 000-00-00||03.02.2023",
	};
	const char *english[] = {"Name|Phone|Email", "Ivan Petrov|+7 916 123 45 67|ivan@example.com", "Anna|89161234567|"};
	const char *headerless[] = {
		"ООО \"Ромашка\"|7701234567|Москва", "ИП Петров|500100732259|Тверь", "АО Вектор|7702000000|Казань"};
	const char *all_text[] = {"Иванов|Иван|Москва", "Петров|Пётр|Тверь"};
	const char *dup[] = {"Name|Name", "a|1"};
	const char *empty[] = {"Name||City", "a|1|b"};
	const char *numeric_first[] = {"2023|Name", "2024|1"};
	const char *email_first[] = {"ivan@example.com|Ivan", "petr@example.com|5"};
	const char *lonely[] = {"Name|Phone"};

	CHECK(guess(one_c, 3) == 1);
	CHECK(guess(english, 3) == 1);
	CHECK(guess(headerless, 3) == 0);
	CHECK(guess(all_text, 2) == 0);
	CHECK(guess(dup, 2) == 0);
	CHECK(guess(empty, 2) == 0);
	CHECK(guess(numeric_first, 2) == 0);
	CHECK(guess(email_first, 2) == 0);
	CHECK(guess(lonely, 1) == 0);
	CHECK(crm_csv_guess_header(NULL, 0) == 0);

	/* Through the reader: detected, forced, refused. */
	crm_csv_options o = defaults();
	EXPECT_OPT("Name;Phone\r\nIvan;+7 916 123-45-67\r\nAnna;8 916 000 00 00\r\n", &o,
		"H1:Name|Phone\n2:Ivan|+7 916 123-45-67\n3:Anna|8 916 000 00 00\n");
	EXPECT_OPT("Ivan;Moscow\r\nAnna;Tver\r\n", &o, "1:Ivan|Moscow\n2:Anna|Tver\n");
	EXPECT_OPT("\r\n\r\nName;Phone\r\n\r\nIvan;123\r\n", &o, "H3:Name|Phone\n5:Ivan|123\n");
	o.header = CRM_CSV_HEADER_YES;
	EXPECT_OPT("Ivan;Moscow\r\nAnna;Tver\r\n", &o, "H1:Ivan|Moscow\n2:Anna|Tver\n");
	EXPECT_OPT("", &o, "");
	o.header = CRM_CSV_HEADER_NO;
	EXPECT_OPT("Name;Phone\r\nIvan;123\r\n", &o, "1:Name|Phone\n2:Ivan|123\n");
	/* An error inside the sample rows comes after the rows before it, in order. */
	o.header = CRM_CSV_HEADER_AUTO;
	EXPECT_OPT("Name;Phone\nIvan;123\nAnna;\"456\n", &o, "H1:Name|Phone\n2:Ivan|123\nE6@3:2");
}

/* Beyond the sample and the header window: many rows through small buffers. */
static void test_long_input(void)
{
	static char big[64 * 1024];
	static char want[80 * 1024];
	size_t n = 0, w = 0;

	for (int i = 1; n < sizeof(big) - 200; i++) {
		n += (size_t) snprintf(big + n, sizeof(big) - n, "%d;\"Ромашка \"\"%d\"\"\r\nстрока 2\";x%s", i, i, i % 3 ? "\r\n" : "\n");
		w += (size_t) snprintf(want + w, sizeof(want) - w, "%d:%d|Ромашка \"%d\"\r\nстрока 2|x\n", 2 * i - 1, i, i);
	}
	crm_csv_options o = defaults();
	o.header = CRM_CSV_HEADER_NO;
	expect_opt(big, n, &o, want, __LINE__);
}

/* A start that is pure ASCII is read as UTF-8 until the first byte that is not; that byte
 * decides the code page (nothing before it changes meaning), and real UTF-8 later stays
 * UTF-8. Checked with several read chunkings, detection left on auto. */
static void test_late_encoding(void)
{
	/* "Москва" in Windows-1251 and in KOI8-R, after an ASCII start longer than the sample. */
	static const char cp1251[] = "name;city\nA;Moscow\nB;Tver\nC;\xCC\xEE\xF1\xEA\xE2\xE0\n";
	static const char koi8r[] = "name;city\nA;Moscow\nB;Tver\nC;\xED\xCF\xD3\xCB\xD7\xC1\n";
	static const char utf8[] = "name;city\nA;Moscow\nB;Tver\nC;Москва\n";
	static const char utf8_bad[] = "name;city\nA;Москва\nB;Tver\nC;\xCC\xEE\n";
	const char *want = "1:name|city\n2:A|Moscow\n3:B|Tver\n4:C|Москва\n";
	static const size_t chunks[] = {SIZE_MAX, 1, 7};
	crm_csv_options o = defaults();
	o.header = CRM_CSV_HEADER_NO;
	o.sample_bytes = 12;	/* the sample ends inside the ASCII part */

	for (size_t k = 0; k < sizeof(chunks) / sizeof(chunks[0]); k++) {
		info inf;
		CHECK_STR(run(cp1251, sizeof(cp1251) - 1, &o, chunks[k], &inf), want);
		CHECK_STR(run(koi8r, sizeof(koi8r) - 1, &o, chunks[k], &inf), want);
		CHECK_STR(run(utf8, sizeof(utf8) - 1, &o, chunks[k], &inf), want);
		/* UTF-8 seen first: the later Windows-1251 bytes are an error on row 4, field 2. (With
		 * one big read the sample holds the whole file and detection judges it at once.) */
		if (chunks[k] != SIZE_MAX) {
			CHECK_STR(run(utf8_bad, sizeof(utf8_bad) - 1, &o, chunks[k], &inf),
				"1:name|city\n2:A|Москва\n3:B|Tver\nE4@4:2");
		}
	}
	/* The encoding reported after reading is the one the text was in. */
	source src = {(const unsigned char *) cp1251, sizeof(cp1251) - 1, 0, 1, SIZE_MAX};
	crm_error err;
	crm_row row;
	crm_csv *c = crm_csv_open(&o, source_read, &src, &err);
	CHECK(c != NULL);
	CHECK(crm_csv_encoding(c) == CRM_ENC_UTF8);
	while (crm_csv_next(c, &row, &err) == 1) {
	}
	CHECK(crm_csv_encoding(c) == CRM_ENC_CP1251);
	crm_csv_close(c);
}

int main(void)
{
	test_late_encoding();
	test_basic();
	test_quotes();
	test_errors();
	test_encodings();
	test_delimiter();
	test_header();
	test_long_input();
	return CHECK_DONE();
}
