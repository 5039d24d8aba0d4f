/* Unit tests of the phone parser (src/core/phone/phone_parse.{h,c}): lexer, readings, errors, formats, cells. */
#include "check.h"
#include "phone/phone_parse.h"

#include <string.h>

/* E.164, or "!<error>" when not valid. */
static const char *norm3(const char *s, const char *region, const char *area)
{
	static char out[64];
	crm_phone_context ctx = {crm_phone_territory_by_region(region, strlen(region)), area, area ? strlen(area) : 0};
	crm_phone_result r;
	crm_phone_parse(&ctx, s, strlen(s), &r);
	if (r.valid) {
		snprintf(out, sizeof out, "%s", r.e164);
	} else {
		snprintf(out, sizeof out, "!%s", crm_phone_error_name(r.error));
	}
	return out;
}

static const char *norm(const char *s)
{
	return norm3(s, "RU", NULL);
}

static crm_phone_result parsed(const char *s, const char *region)
{
	crm_phone_context ctx = {crm_phone_territory_by_region(region, strlen(region)), NULL, 0};
	crm_phone_result r;
	crm_phone_parse(&ctx, s, strlen(s), &r);
	return r;
}

static const char *fmt(const char *s, const char *region, crm_phone_style style)
{
	static char out[64];
	crm_phone_result r = parsed(s, region);
	if (!r.valid || crm_phone_format_e164(r.e164, r.e164_len, style, out, sizeof out) == (size_t) -1) {
		return "(none)";
	}
	return out;
}

/* "e164|e164|!error" for every number of a cell, with its raw text in brackets. */
static const char *cell(const char *s, const char *region, const char *area)
{
	static char out[512];
	crm_phone_context ctx = {crm_phone_territory_by_region(region, strlen(region)), area, area ? strlen(area) : 0};
	crm_phone_cell c;
	crm_phone_result r;
	size_t off, len, n = 0;
	out[0] = '\0';
	crm_phone_cell_init(&c, &ctx, s, strlen(s));
	while (crm_phone_cell_next(&c, &r, &off, &len)) {
		n += (size_t) snprintf(out + n, sizeof out - n, "%s[%.*s]%s", n ? "|" : "", (int) len, s + off,
			r.valid ? r.e164 : crm_phone_error_name(r.error));
	}
	return out;
}

static void test_trunk_and_idd(void)
{
	CHECK_STR(norm("+7 916 123-45-67"), "+79161234567");
	CHECK_STR(norm("8 916 123-45-67"), "+79161234567");
	CHECK_STR(norm("8 (495) 123-45-67"), "+74951234567");
	CHECK_STR(norm("79161234567"), "+79161234567");
	CHECK_STR(norm("9161234567"), "+79161234567");
	CHECK_STR(norm("8 10 46 8 123 456 78"), "+46812345678");
	CHECK_STR(norm("810 49 30 1234567"), "+49301234567");
	CHECK_STR(norm("8~10 1 212 555 1234"), "+12125551234");
	CHECK_STR(norm("00 49 30 12345678"), "+493012345678");
	CHECK_STR(norm3("00 7 916 123 45 67", "KZ", NULL), "+79161234567");
	CHECK_STR(norm3("00 7 916 123 45 67", "BY", NULL), "+79161234567");
	CHECK_STR(norm("+7 8 916 123 45 67"), "+79161234567");
	CHECK_STR(norm("8 800 555-35-35"), "+78005553535");
}

static void test_spurious_plus8_and_area(void)
{
	CHECK_STR(norm("+8 916 123-45-67"), "+79161234567");
	CHECK_STR(norm("+8 (343) 123-45-67"), "+73431234567");
	CHECK_STR(norm("+8 (495) 123-45-67"), "+74951234567");     /* 8 apart: a trunk, not Vietnam's +84 */
	CHECK_STR(norm("+84951234567"), "+84951234567");          /* written together: E.164 wins */
	CHECK_STR(norm("+84 95 123 4567"), "+84951234567");
	CHECK_STR(norm("+89161234567"), "+79161234567");          /* +89… is no country: the fallback */
	CHECK_STR(norm3("+84 95 123 4567", "SE", NULL), "+84951234567");
	CHECK_STR(norm("+86 10 1234 5678"), "+861012345678");      /* a real +86 stays Chinese */
	CHECK_STR(norm3("123-45-67", "RU", "495"), "+74951234567");
	CHECK_STR(norm3("2-34-56", "RU", "34350"), "+73435023456");
	CHECK_STR(norm3("23-45-67", "RU", "343"), "!too_short"); /* 343 + 6 digits is 9 digits */
	CHECK_STR(norm3("234-56-78", "RU", "8495"), "+74952345678"); /* area written with its trunk */
	CHECK_STR(norm("123-45-67"), "!no_area_code");
	CHECK_STR(norm("12-34-56"), "!no_area_code");
	CHECK_STR(norm3("804-40-85", "RU", "499"), "+74998044085"); /* local number starting like a trunk */
	CHECK_STR(norm3("00 91 08", "RU", "3452"), "+73452009108");  /* ... or like an IDD */
	CHECK_STR(norm3("8 916 123 45 67", "RU", "499"), "+79161234567");
	CHECK_STR(norm3("8 916 123-45-67", "RU", "495"), "+79161234567"); /* a full number ignores the area */
	CHECK_STR(norm3("123 45 67", "SE", "8"), "+4681234567");
}

static void test_lexer(void)
{
	CHECK_STR(norm("8(343)\xC2\xA0" "449-78-05"), "+73434497805");          /* NBSP */
	CHECK_STR(norm("8\xE2\x80\xAF" "916\xE2\x80\x89" "123\xE2\x80\x93" "45\xE2\x88\x92" "67"), "+79161234567");
	CHECK_STR(norm("\xEF\xBC\x98\xEF\xBC\x99\xEF\xBC\x91\xEF\xBC\x96\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93"
		"\xEF\xBC\x94\xEF\xBC\x95\xEF\xBC\x96\xEF\xBC\x97"), "+79161234567");  /* full-width */
	CHECK_STR(norm("'89161234567"), "+79161234567");
	CHECK_STR(norm("8.916.123.45.67"), "+79161234567");
	CHECK_STR(norm("8/916/123 45 67"), "+79161234567");
	CHECK_STR(norm("[8] {916} 1234567"), "+79161234567");
	CHECK_STR(norm("\xEF\xBC\x8B" "7 916 123 45 67"), "+79161234567");    /* full-width plus */
	CHECK_STR(norm("\xFF\xFE" "89161234567\xC3"), "+79161234567");         /* invalid UTF-8 */
	CHECK_STR(norm("Ольга 8 916 123 45 67 (моб.)"), "+79161234567");
	CHECK_STR(norm("тел.: 8-916-123-45-67 (Viber)"), "+79161234567");
	CHECK_STR(norm("8 800 FLOWERS"), "!too_short");                       /* no vanity letters */
	CHECK_STR(norm(""), "!not_a_number");
	CHECK_STR(norm("нет"), "!not_a_number");
}

static void test_excel(void)
{
	CHECK_STR(norm("79161234567.0"), "+79161234567");
	CHECK_STR(norm("79161234567,00"), "+79161234567");
	CHECK_STR(norm("7.91612E+10"), "!digits_lost");
	CHECK_STR(norm("7,91612E+10"), "!digits_lost");
	CHECK_STR(norm("7.9161234567E+10"), "+79161234567");
	CHECK_STR(norm("7.9161234567e10"), "+79161234567");
	CHECK_STR(norm("1.55E+1"), "!not_a_number");       /* 15.5 */
	CHECK_STR(norm("1.5E+1"), "!too_short");            /* 15 */
	CHECK_STR(norm(" '79161234567.0 "), "+79161234567");
}

static void test_extensions(void)
{
	static const char *const cells[] = {
		"8 495 123-45-67 доб. 123", "8 495 123-45-67 доб 123", "8 495 123-45-67 д. 123",
		"8 495 123-45-67 вн. 123", "8 495 123-45-67 добавочный 123", "8 495 123-45-67 ext 123",
		"8 495 123-45-67 ext. 123", "8 495 123-45-67 x123", "8 495 123-45-67 #123",
		"8 495 123-45-67 ДОБ. 123", "8 495 123-45-67 EXT 123", "8 495 123-45-67 X 123",
		"8 495 123-45-67 Доб.123 (Ольга)",
	};
	for (size_t i = 0; i < sizeof cells / sizeof cells[0]; i++) {
		crm_phone_result r = parsed(cells[i], "RU");
		CHECK(r.valid);
		CHECK_STR(r.e164, "+74951234567");
		CHECK_STR(r.ext, "123");
	}
	crm_phone_result r = parsed("12 доб. 5", "RU");
	CHECK(!r.valid && r.error == CRM_PHONE_E_TOO_SHORT);
	CHECK_STR(r.ext, "5");
}

static void test_errors(void)
{
	CHECK_STR(norm("12"), "!too_short");
	CHECK_STR(norm("8 916 123 45 67 89"), "!too_long");
	CHECK_STR(norm("+999 123 45 67"), "!invalid_country_code");
	CHECK_STR(norm("123-45-67"), "!no_area_code");
	CHECK_STR(norm("abc"), "!not_a_number");
	CHECK_STR(norm("7.91612E+10"), "!digits_lost");
	CHECK_STR(norm("8 (100) 123-45-67"), "!invalid_number");
	CHECK_STR(norm("+7 100 123 45 67"), "!invalid_number");
	/* +49 160 7557203 (mobile) or the national 04916 07557203? Both valid: no guess. */
	CHECK_STR(norm3("49 160 7557203", "DE", NULL), "!ambiguous");
	CHECK_STR(norm3("+49 160 7557203", "DE", NULL), "+491607557203");
	CHECK_STR(norm3("0049 160 7557203", "DE", NULL), "+491607557203");
	CHECK_STR(norm("1234567890123456789012345678901234567890"), "!too_long");
}

static void test_types_and_regions(void)
{
	crm_phone_result r = parsed("8 916 123 45 67", "RU");
	CHECK_STR(r.territory->region, "RU");
	CHECK_STR(crm_phone_type_api_name(r.type), "mobile");
	r = parsed("8 (495) 123-45-67", "RU");
	CHECK_STR(crm_phone_type_api_name(r.type), "fixed");
	r = parsed("8 800 555 35 35", "RU");
	CHECK_STR(crm_phone_type_api_name(r.type), "toll_free");
	r = parsed("+7 701 234 56 78", "RU");
	CHECK_STR(r.territory->region, "KZ");
	CHECK_STR(crm_phone_type_api_name(r.type), "mobile");
	r = parsed("8 727 258 34 92", "RU");
	CHECK_STR(r.territory->region, "KZ");
	r = parsed("(212) 555-1234", "US");
	CHECK_STR(crm_phone_type_api_name(r.type), "fixed_or_mobile");
	CHECK(r.country_code == 1);
}

static void test_format(void)
{
	CHECK_STR(fmt("8 495 1234567", "RU", CRM_PHONE_INTERNATIONAL), "+7 495 123-45-67");
	CHECK_STR(fmt("8 495 1234567", "RU", CRM_PHONE_NATIONAL), "8 (495) 123-45-67");
	CHECK_STR(fmt("8 495 1234567", "RU", CRM_PHONE_E164), "+74951234567");
	CHECK_STR(fmt("8 727 258 34 92", "KZ", CRM_PHONE_INTERNATIONAL), "+7 7272 58 34 92");
	CHECK_STR(fmt("08-123 456 78", "SE", CRM_PHONE_NATIONAL), "08-123 456 78");
	CHECK_STR(fmt("08-123 456 78", "SE", CRM_PHONE_INTERNATIONAL), "+46 8 123 456 78");
	CHECK_STR(fmt("030 1234567", "DE", CRM_PHONE_INTERNATIONAL), "+49 30 1234567");
	CHECK_STR(fmt("212 555 1234", "US", CRM_PHONE_NATIONAL), "(212) 555-1234");
	char out[64];
	CHECK(crm_phone_format_e164("+999123", 7, CRM_PHONE_E164, out, sizeof out) == (size_t) -1);
	CHECK(crm_phone_format_e164("+7abc", 5, CRM_PHONE_E164, out, sizeof out) == (size_t) -1);
	CHECK(crm_phone_format_e164("+74951234567", 12, CRM_PHONE_E164, out, 8) == (size_t) -1);
}

static void test_cells(void)
{
	CHECK_STR(cell("8 (495) 123-45-67, 123-45-68", "RU", NULL),
		"[8 (495) 123-45-67]+74951234567|[123-45-68]+74951234568");
	CHECK_STR(cell("8/495/123-45-67", "RU", NULL), "[8/495/123-45-67]+74951234567");
	CHECK_STR(cell("8/495/123-45-67", "RU", "495"), "[8/495/123-45-67]+74951234567");
	CHECK_STR(cell("8-916-123-45-67/8-925-765-43-21", "RU", NULL),
		"[8-916-123-45-67]+79161234567|[8-925-765-43-21]+79257654321");
	CHECK_STR(cell("+7 916 123 45 67 или 8 (495) 123-45-67; Ольга", "RU", NULL),
		"[+7 916 123 45 67]+79161234567|[8 (495) 123-45-67]+74951234567");
	CHECK_STR(cell("89161234567 or 89257654321\n123-45-67", "RU", "812"),
		"[89161234567]+79161234567|[89257654321]+79257654321|[123-45-67]+78121234567");
	CHECK_STR(cell("7,91612E+10", "RU", NULL), "[7,91612E+10]digits_lost");
	CHECK_STR(cell("", "RU", NULL), "");
	CHECK_STR(cell("12, abc", "RU", NULL), "[12]too_short");
	/* an extension written as its own fragment belongs to the number before; never a local number */
	CHECK_STR(cell("+7 495 123-45-67, доб. 12", "RU", NULL), "[+7 495 123-45-67, доб. 12]+74951234567");
	CHECK_STR(cell("8 (495) 123-45-67, д.т. 8 916 123 45 67", "RU", NULL),
		"[8 (495) 123-45-67]+74951234567|[д.т. 8 916 123 45 67]+79161234567");
	/* numbers apart by spaces only: split where both halves are valid, and only there */
	CHECK_STR(cell("89161234567 89257654321", "RU", NULL), "[89161234567]+79161234567|[89257654321]+79257654321");
	CHECK_STR(cell("8 916 123 45 67 8 (495) 123-45-67 доб. 5", "RU", NULL),
		"[8 916 123 45 67]+79161234567|[8 (495) 123-45-67 доб. 5]+74951234567");
	CHECK_STR(cell("8 916 123 45 67 89", "RU", NULL), "[8 916 123 45 67 89]too_long");
	CHECK_STR(cell("+7877 - 811 30 85  +7 989 059 03 93", "RU", NULL),
		"[+7877 - 811 30 85]+78778113085|[+7 989 059 03 93]+79890590393");
	CHECK_STR(cell("8 (939) 964-13-18  7 (800) 652-91-37 +7(84155)3 06 51", "RU", NULL),
		"[8 (939) 964-13-18]+79399641318|[7 (800) 652-91-37]+78006529137|[+7(84155)3 06 51]+78415530651");
	CHECK_STR(cell("+7 495 123-45-67, 12", "RU", NULL), "[+7 495 123-45-67]+74951234567|[12]too_short");
	CHECK_STR(cell("тел. 8 (3435) 41-23-45, факс 41-23-46", "RU", NULL),
		"[тел. 8 (3435) 41-23-45]+73435412345|[факс 41-23-46]+73435412346");
}

/* The fast path answers the common shapes and gives the general path's answer; it leaves the rest. */
static int fast_same(const char *s, const char *region, const char *area)
{
	crm_phone_context ctx = {crm_phone_territory_by_region(region, strlen(region)), area, area ? strlen(area) : 0};
	crm_phone_result fast, full;
	crm_phone_parse_full(&ctx, s, strlen(s), &full);
	if (!crm_phone_parse_fast(&ctx, s, strlen(s), &fast)) {
		return 0;               /* not answered */
	}
	if (fast.valid != full.valid || !full.valid || fast.type != full.type || fast.territory != full.territory
		|| fast.country_code != full.country_code || fast.cc_len != full.cc_len || fast.e164_len != full.e164_len
		|| strcmp(fast.e164, full.e164) != 0 || fast.ext_len != 0 || full.ext_len != 0) {
		fprintf(stderr, "fast path differs on \"%s\" (%s): %s vs %s\n", s, region, fast.e164, full.e164);
		return -1;
	}
	return 1;
}

static void test_fast_path(void)
{
	/* answered: '+' and code, a trunk prefix, a national number as written, NBSP and other separators */
	CHECK(fast_same("+7 916 123-45-67", "RU", NULL) == 1);
	CHECK(fast_same("8 (495) 123-45-67", "RU", NULL) == 1);
	CHECK(fast_same("8\xC2\xA0" "916\xE2\x80\x94" "123\xE2\x80\x89" "45 67", "RU", NULL) == 1);
	CHECK(fast_same("8 727 258-12-34", "KZ", NULL) == 1);
	CHECK(fast_same("8 916 123 45 67", "KZ", NULL) == 1);
	CHECK(fast_same("8 0449 742-156", "BY", NULL) == 1);
	CHECK(fast_same("207 460-0613", "US", NULL) == 1);
	CHECK(fast_same("1 212 555 1234", "US", NULL) == 1);
	CHECK(fast_same("030 1234567", "DE", NULL) == 1);
	CHECK(fast_same("+49 30 1234567", "RU", "495") == 1);
	CHECK(fast_same("8 495 123-45-67", "RU", "343") == 1);
	/* left to the general path: the spurious +8, an IDD, the code without '+', a local number with
	 * an area code, letters, extensions, Excel forms, full-width digits, invalid numbers */
	CHECK(fast_same("+8 916 123-45-67", "RU", NULL) == 0);
	CHECK(fast_same("8 10 49 30 1234567", "RU", NULL) == 0);
	CHECK(fast_same("00 49 30 1234567", "RU", NULL) == 0);
	CHECK(fast_same("79161234567", "RU", NULL) == 0);
	CHECK(fast_same("123-45-67", "RU", "495") == 0);
	CHECK(fast_same("8 916 123-45-67 (Ольга)", "RU", NULL) == 0);
	CHECK(fast_same("8 916 123-45-67 #12", "RU", NULL) == 0);
	CHECK(fast_same("79161234567.0", "RU", NULL) == 0);
	CHECK(fast_same("\xEF\xBC\x98 916 123-45-67", "RU", NULL) == 0);
	CHECK(fast_same("8 (100) 123-45-67", "RU", NULL) == 0);
	/* crm_phone_parse2: every pair of these, in both orders, as two calls of crm_phone_parse */
	static const char *const column[] = {
		"+7 916 123-45-67", "8 (495) 123-45-67", "8 727 258-12-34", "+8 916 123-45-67", "123-45-67",
		"8 916 123-45-67 (Ольга)", "79161234567.0", "8 (100) 123-45-67", "+49 30 1234567", "", "+7 940 123-45-67",
	};
	size_t pairs_differ = 0, count = sizeof column / sizeof column[0];
	crm_phone_context ru = {crm_phone_territory_by_region("RU", 2), "495", 3};
	for (size_t i = 0; i < count; i++) {
		for (size_t j = 0; j < count; j++) {
			crm_phone_result a, b, one_a, one_b;
			crm_phone_parse2(&ru, column[i], strlen(column[i]), column[j], strlen(column[j]), &a, &b);
			crm_phone_parse(&ru, column[i], strlen(column[i]), &one_a);
			crm_phone_parse(&ru, column[j], strlen(column[j]), &one_b);
			pairs_differ += a.valid != one_a.valid || a.error != one_a.error || (a.valid && strcmp(a.e164, one_a.e164))
				|| b.valid != one_b.valid || b.error != one_b.error || (b.valid && strcmp(b.e164, one_b.e164))
				|| a.ext_len != one_a.ext_len || b.ext_len != one_b.ext_len;
		}
	}
	CHECK(pairs_differ == 0);
	/* and crm_phone_parse gives the same answers either way */
	CHECK_STR(norm("8\xC2\xA0" "916\xE2\x80\x94" "123\xE2\x80\x89" "45 67"), "+79161234567");
	CHECK_STR(norm("+8 916 123-45-67"), "+79161234567");
	CHECK_STR(norm3("207 460-0613", "US", NULL), "+12074600613");
}

int main(void)
{
	test_trunk_and_idd();
	test_spurious_plus8_and_area();
	test_lexer();
	test_excel();
	test_extensions();
	test_errors();
	test_types_and_regions();
	test_format();
	test_cells();
	test_fast_path();
	return CHECK_DONE();
}
