/* Unit tests of src/core/import/encoding: names, tables, UTF-8/UTF-16 primitives, detection. */
#include "check.h"
#include "import/encoding.h"

#include <stdlib.h>

/* Encodes UTF-8 text into a single-byte code page by reverse lookup (test data only). */
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

static void test_names(void)
{
	static const struct { const char *name; crm_encoding enc; } cases[] = {
		{"UTF-8", CRM_ENC_UTF8}, {"utf8", CRM_ENC_UTF8}, {"UTF8", CRM_ENC_UTF8},
		{"Windows-1251", CRM_ENC_CP1251}, {"CP1251", CRM_ENC_CP1251}, {"windows-1251", CRM_ENC_CP1251},
		{"UTF-16LE", CRM_ENC_UTF16LE}, {"utf-16be", CRM_ENC_UTF16BE},
		{"Windows-1252", CRM_ENC_CP1252}, {"CP1252", CRM_ENC_CP1252},
		{"ISO-8859-1", CRM_ENC_ISO8859_1}, {"latin1", CRM_ENC_ISO8859_1}, {"LATIN1", CRM_ENC_ISO8859_1},
		{"KOI8-R", CRM_ENC_KOI8R}, {"koi8r", CRM_ENC_KOI8R}, {"auto", CRM_ENC_AUTO},
		{"EBCDIC", CRM_ENC_INVALID}, {"", CRM_ENC_INVALID}, {"utf-8-and-much-more-text", CRM_ENC_INVALID},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK(crm_encoding_parse(cases[i].name, strlen(cases[i].name)) == cases[i].enc);
	}
	CHECK_STR(crm_encoding_name(CRM_ENC_UTF8), "UTF-8");
	CHECK_STR(crm_encoding_name(CRM_ENC_CP1251), "Windows-1251");
	CHECK_STR(crm_encoding_name(CRM_ENC_CP1252), "Windows-1252");
	CHECK_STR(crm_encoding_name(CRM_ENC_ISO8859_1), "ISO-8859-1");
	CHECK_STR(crm_encoding_name(CRM_ENC_KOI8R), "KOI8-R");
	CHECK_STR(crm_encoding_name(CRM_ENC_UTF16LE), "UTF-16LE");
	CHECK_STR(crm_encoding_name(CRM_ENC_UTF16BE), "UTF-16BE");
}

static void test_tables(void)
{
	const uint16_t *t1251 = crm_encoding_high_table(CRM_ENC_CP1251);
	const uint16_t *t1252 = crm_encoding_high_table(CRM_ENC_CP1252);
	const uint16_t *koi = crm_encoding_high_table(CRM_ENC_KOI8R);
	const uint16_t *latin1 = crm_encoding_high_table(CRM_ENC_ISO8859_1);

	CHECK(t1251[0xC0 - 0x80] == 0x0410 && t1251[0xFF - 0x80] == 0x044F);
	CHECK(t1251[0xA8 - 0x80] == 0x0401 && t1251[0xB8 - 0x80] == 0x0451 && t1251[0xB9 - 0x80] == 0x2116);
	CHECK(t1251[0x98 - 0x80] == 0);
	CHECK(t1252[0x80 - 0x80] == 0x20AC && t1252[0xE5 - 0x80] == 0x00E5 && t1252[0xF6 - 0x80] == 0x00F6);
	CHECK(t1252[0x81 - 0x80] == 0 && t1252[0x8D - 0x80] == 0 && t1252[0x8F - 0x80] == 0
		&& t1252[0x90 - 0x80] == 0 && t1252[0x9D - 0x80] == 0);
	CHECK(koi[0xC1 - 0x80] == 0x0430 && koi[0xE1 - 0x80] == 0x0410 && koi[0xA3 - 0x80] == 0x0451);
	CHECK(latin1[0] == 0x80 && latin1[0x81 - 0x80] == 0x81 && latin1[127] == 0xFF);
	CHECK(crm_encoding_high_table(CRM_ENC_UTF8) == NULL);
	/* Every defined byte is distinct: the reverse lookup of the tests is well defined. */
	int distinct = 1;
	for (int a = 0; a < 128; a++) {
		for (int b = a + 1; b < 128; b++) {
			if (t1251[a] && t1251[a] == t1251[b]) distinct = 0;
			if (koi[a] && koi[a] == koi[b]) distinct = 0;
		}
	}
	CHECK(distinct);
}

static void test_utf8(void)
{
	CHECK(crm_utf8_sequence((const unsigned char *) "A", 1) == 1);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xD0\x90", 2) == 2);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xE2\x82\xAC", 3) == 3);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xF0\x9F\x98\x80", 4) == 4);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xD0", 1) == -1);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xE2\x82", 2) == -1);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xC0\x80", 2) == 0);		/* overlong */
	CHECK(crm_utf8_sequence((const unsigned char *) "\xE0\x80\x80", 3) == 0);	/* overlong */
	CHECK(crm_utf8_sequence((const unsigned char *) "\xED\xA0\x80", 3) == 0);	/* surrogate */
	CHECK(crm_utf8_sequence((const unsigned char *) "\xF4\x90\x80\x80", 4) == 0);	/* > U+10FFFF */
	CHECK(crm_utf8_sequence((const unsigned char *) "\x80", 1) == 0);
	CHECK(crm_utf8_sequence((const unsigned char *) "\xD0\x41", 2) == 0);
	CHECK(crm_utf8_valid("plain ascii text, long enough for words", 39));
	CHECK(!crm_utf8_valid("\xD0\x9C\xD0", 3));

	unsigned char b[4];
	CHECK(crm_utf8_put(0x41, (char *) b) == 1 && b[0] == 0x41);
	CHECK(crm_utf8_put(0x0416, (char *) b) == 2 && b[0] == 0xD0 && b[1] == 0x96);
	CHECK(crm_utf8_put(0xFFFD, (char *) b) == 3 && b[0] == 0xEF && b[1] == 0xBF && b[2] == 0xBD);
	CHECK(crm_utf8_put(0x1F600, (char *) b) == 4 && b[0] == 0xF0 && b[3] == 0x80);
}

static void test_utf16(void)
{
	unsigned char out[64];
	size_t in_used, out_used;

	/* "Ж" U+0416, then U+1F600 as a surrogate pair, little endian */
	static const unsigned char le[] = {0x16, 0x04, 0x3D, 0xD8, 0x00, 0xDE};
	CHECK(crm_enc_utf16_decode(0, le, sizeof(le), 1, 0, out, sizeof(out), &in_used, &out_used) == 0);
	CHECK(in_used == 6 && out_used == 6);
	CHECK_MEM(out, out_used, "\xD0\x96\xF0\x9F\x98\x80");

	static const unsigned char be[] = {0x04, 0x16, 0x00, 0x41};
	CHECK(crm_enc_utf16_decode(1, be, sizeof(be), 1, 0, out, sizeof(out), &in_used, &out_used) == 0);
	CHECK_MEM(out, out_used, "\xD0\x96" "A");

	/* A high surrogate at the end of the input waits for more unless at EOF. */
	CHECK(crm_enc_utf16_decode(0, le, 4, 0, 0, out, sizeof(out), &in_used, &out_used) == 0);
	CHECK(in_used == 2 && out_used == 2);
	CHECK(crm_enc_utf16_decode(0, le, 4, 1, 0, out, sizeof(out), &in_used, &out_used) == 1);
	CHECK(in_used == 2);

	/* Unpaired low surrogate: an error, or U+FFFD in replace mode. */
	static const unsigned char lone[] = {0x41, 0x00, 0x00, 0xDC, 0x42, 0x00};
	CHECK(crm_enc_utf16_decode(0, lone, sizeof(lone), 1, 0, out, sizeof(out), &in_used, &out_used) == 1);
	CHECK(in_used == 2 && out_used == 1);
	CHECK(crm_enc_utf16_decode(0, lone, sizeof(lone), 1, 1, out, sizeof(out), &in_used, &out_used) == 0);
	CHECK_MEM(out, out_used, "A\xEF\xBF\xBD" "B");

	/* An odd last byte: kept for the next read, invalid at EOF. */
	CHECK(crm_enc_utf16_decode(0, le, 3, 0, 0, out, sizeof(out), &in_used, &out_used) == 0 && in_used == 2);
	CHECK(crm_enc_utf16_decode(0, le, 3, 1, 0, out, sizeof(out), &in_used, &out_used) == 1 && in_used == 2);

	/* Output room: stops before the last 4 bytes of out. */
	CHECK(crm_enc_utf16_decode(0, le, sizeof(le), 1, 0, out, 5, &in_used, &out_used) == 0);
	CHECK(in_used == 2 && out_used == 2);
}

static crm_encoding detect(const void *s, size_t len, size_t *bom)
{
	return crm_encoding_detect((const unsigned char *) s, len, 1, bom);
}

static void test_detect(void)
{
	unsigned char buf[512];
	size_t bom, n;

	CHECK(detect("\xEF\xBB\xBFName;City\n", 13, &bom) == CRM_ENC_UTF8 && bom == 3);
	CHECK(detect("\xFF\xFEN\0a\0", 6, &bom) == CRM_ENC_UTF16LE && bom == 2);
	CHECK(detect("\xFE\xFF\0N\0a", 6, &bom) == CRM_ENC_UTF16BE && bom == 2);
	CHECK(detect("N\0a\0m\0e\0\t\0C\0i\0t\0y\0\r\0\n\0", 22, &bom) == CRM_ENC_UTF16LE && bom == 0);
	CHECK(detect("\0N\0a\0m\0e\0\t\0C", 12, &bom) == CRM_ENC_UTF16BE);
	CHECK(detect("Name;City\nIvan;Moscow\n", 22, &bom) == CRM_ENC_UTF8 && bom == 0);
	CHECK(detect("", 0, &bom) == CRM_ENC_UTF8);
	const char *ru = "Организация;ИНН;КПП;Контактное лицо\r\nООО \"Ромашка\";7701234567;770101001;Иванов Иван Иванович\r\n";
	CHECK(detect(ru, strlen(ru), &bom) == CRM_ENC_UTF8);
	/* A sample cut inside a UTF-8 sequence is still UTF-8 unless it is the whole file. */
	CHECK(crm_encoding_detect((const unsigned char *) ru, 1, 0, &bom) == CRM_ENC_UTF8);

	n = to_single_byte(CRM_ENC_CP1251, ru, buf);
	CHECK(buf[0] == 0xCE && buf[1] == 0xF0);	/* hard-coded: 'О' is 0xCE in cp1251 */
	CHECK(detect(buf, n, &bom) == CRM_ENC_CP1251);
	n = to_single_byte(CRM_ENC_KOI8R, ru, buf);
	CHECK(buf[0] == 0xEF);
	CHECK(detect(buf, n, &bom) == CRM_ENC_KOI8R);
	/* All capitals (1C writes company names so) must not flip cp1251 and KOI8-R. */
	n = to_single_byte(CRM_ENC_CP1251, "ООО РОМАШКА;МОСКВА;ПЕТРОВ СЕРГЕЙ\r\n", buf);
	CHECK(detect(buf, n, &bom) == CRM_ENC_CP1251);
	n = to_single_byte(CRM_ENC_KOI8R, "ООО РОМАШКА;МОСКВА;ПЕТРОВ СЕРГЕЙ\r\n", buf);
	CHECK(detect(buf, n, &bom) == CRM_ENC_KOI8R);
	n = to_single_byte(CRM_ENC_CP1251, "Москва", buf);
	CHECK(detect(buf, n, &bom) == CRM_ENC_CP1251);

	const char *sv = "Namn;Stad;Telefon\nÅsa Öberg;Malmö;040-123 45\nPär Åström;Göteborg;031-12 34 56\n";
	n = to_single_byte(CRM_ENC_CP1252, sv, buf);
	CHECK(detect(buf, n, &bom) == CRM_ENC_CP1252);
	n = to_single_byte(CRM_ENC_CP1252, "Malmö", buf);
	CHECK(detect(buf, n, &bom) == CRM_ENC_CP1252);
	/* A byte cp1252 leaves undefined can only be ISO-8859-1 (a C1 control). */
	n = to_single_byte(CRM_ENC_CP1252, "Malmö;", buf);
	buf[n++] = 0x81;
	CHECK(detect(buf, n, &bom) == CRM_ENC_ISO8859_1);
	CHECK(crm_encoding_bom_length(CRM_ENC_CP1251, (const unsigned char *) "\xEF\xBB\xBF", 3) == 0);
}

int main(void)
{
	test_names();
	test_tables();
	test_utf8();
	test_utf16();
	test_detect();
	return CHECK_DONE();
}
