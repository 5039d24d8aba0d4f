/* Unit tests of the numbering-plan tables and matchers in src/core/phone/phone_meta.{h,c}. */
#include "check.h"
#include "phone/phone_meta.h"

#include <stdbool.h>
#include <string.h>

static const crm_phone_territory *region(const char *r)
{
	return crm_phone_territory_by_region(r, strlen(r));
}

static uint16_t types(const char *r, const char *nsn)
{
	return crm_phone_match_types(region(r), nsn, strlen(nsn));
}

static const char *type_of(const char *r, const char *nsn)
{
	return crm_phone_type_name(crm_phone_number_type(region(r), types(r, nsn)));
}

/* The region libphonenumber would pick among the territories of a code (getRegionCodeForNumber). */
static const char *region_for(unsigned cc, const char *nsn)
{
	size_t len = strlen(nsn);
	const crm_phone_territory *t;
	for (size_t i = 0; (t = crm_phone_territory_by_code(cc, i)) != NULL; i++) {
		if (t->leading_digits ? crm_phone_leading_digits_match(t, nsn, len)
			: crm_phone_number_type(t, crm_phone_match_types(t, nsn, len)) != CRM_PHONE_UNKNOWN) {
			return t->region;
		}
	}
	return "none";
}

static const char *format(const char *r, const char *nsn, crm_phone_format_style style)
{
	static char out[64];
	const crm_phone_territory *t = region(r);
	/* libphonenumber formats with the main country's formats: +7 with RU's, +1 with US's. */
	const crm_phone_territory *main_t = crm_phone_territory_by_code(t->country_code, 0);
	const crm_phone_format *f = crm_phone_choose_format(main_t, nsn, strlen(nsn), style == CRM_PHONE_STYLE_INTERNATIONAL);
	if (!f || crm_phone_apply_format(f, nsn, strlen(nsn), style, out, sizeof out) == (size_t) -1) {
		return "(none)";
	}
	return out;
}

static const char *strip(const char *r, const char *digits, bool *stripped, size_t *carrier_at, size_t *carrier_len)
{
	static char out[64];
	size_t n = crm_phone_strip_national_prefix(region(r), digits, strlen(digits), out, sizeof out, stripped,
		carrier_at, carrier_len);
	return n == (size_t) -1 ? "(overflow)" : out;
}

static void test_lookup(void)
{
	CHECK_STR(crm_phone_meta_version(), "9.0.35");
	CHECK(crm_phone_territory_total() == 254);
	CHECK(region("RU") != NULL);
	CHECK(region("ru") == region("RU"));
	CHECK(region("sE") == region("SE"));
	CHECK_STR(region("se")->region, "SE");
	CHECK(region("SE")->country_code == 46);
	CHECK(region("XX") == NULL);
	CHECK(region("001") == NULL);
	CHECK(region("R") == NULL);
	CHECK(region("R1") == NULL);
	CHECK(crm_phone_territory_by_region("RUS", 2) == region("RU"));

	CHECK(crm_phone_code_territory_count(7) == 2);
	CHECK_STR(crm_phone_territory_by_code(7, 0)->region, "RU");
	CHECK_STR(crm_phone_territory_by_code(7, 1)->region, "KZ");
	CHECK(crm_phone_territory_by_code(7, 2) == NULL);
	CHECK(crm_phone_territory_by_code(7, 0)->flags & CRM_PHONE_MAIN_FOR_CODE);
	CHECK(!(region("KZ")->flags & CRM_PHONE_MAIN_FOR_CODE));
	CHECK_STR(crm_phone_territory_by_code(1, 0)->region, "US");
	CHECK(crm_phone_code_territory_count(1) == 25);
	CHECK_STR(crm_phone_territory_by_code(800, 0)->region, "001");
	CHECK(crm_phone_territory_by_code(46, 0) == region("SE"));
	CHECK(crm_phone_is_country_code(46));
	CHECK(crm_phone_is_country_code(380));
	CHECK(crm_phone_is_country_code(882));
	CHECK(!crm_phone_is_country_code(0));
	CHECK(!crm_phone_is_country_code(999));
	CHECK(!crm_phone_is_country_code(1000));
	CHECK(!crm_phone_is_country_code(42));

	unsigned cc = 0;
	CHECK(crm_phone_country_code_prefix("79161234567", 11, &cc) == 1 && cc == 7);
	CHECK(crm_phone_country_code_prefix("46812345678", 11, &cc) == 2 && cc == 46);
	CHECK(crm_phone_country_code_prefix("380441234567", 12, &cc) == 3 && cc == 380);
	CHECK(crm_phone_country_code_prefix("0123", 4, &cc) == 0);
	CHECK(crm_phone_country_code_prefix("99", 2, &cc) == 0);
	CHECK(crm_phone_country_code_prefix("", 0, &cc) == 0);

	/* The strings of a territory come back as text. */
	const crm_phone_territory *ru = region("RU");
	CHECK_STR(crm_phone_str(ru->international_prefix), "810");
	CHECK_STR(crm_phone_str(ru->preferred_international_prefix), "8~10");
	CHECK_STR(crm_phone_str(ru->national_prefix), "8");
	CHECK_STR(crm_phone_str(region("SE")->preferred_international_prefix), "");
}

static void test_types(void)
{
	CHECK_STR(type_of("RU", "9161234567"), "mobile");
	CHECK_STR(type_of("RU", "4951234567"), "fixed_line");
	CHECK_STR(type_of("RU", "3434497805"), "fixed_line");
	CHECK_STR(type_of("RU", "8001234567"), "toll_free");
	CHECK(types("RU", "9161234567") == (CRM_PHONE_BIT(CRM_PHONE_GENERAL) | CRM_PHONE_BIT(CRM_PHONE_MOBILE)));
	CHECK_STR(type_of("RU", "916123456"), "unknown");    /* one digit short */
	CHECK_STR(type_of("RU", "91612345678"), "unknown");  /* one digit long */
	CHECK_STR(type_of("RU", "916123456a"), "unknown");
	CHECK(crm_phone_match_patterns(region("RU"), "", 0) == 0);

	/* +7: KZ's 70x mobiles are not Russian numbers, and leadingDigits sends them to KZ. */
	CHECK_STR(type_of("KZ", "7012345678"), "mobile");
	CHECK_STR(type_of("RU", "7012345678"), "unknown");
	CHECK_STR(type_of("KZ", "7272123456"), "fixed_line");
	CHECK_STR(region_for(7, "7012345678"), "KZ");
	CHECK_STR(region_for(7, "9161234567"), "RU");
	CHECK_STR(region_for(7, "4951234567"), "RU");

	/* Sweden: Stockholm 08-12 34 56 78 and a 07x mobile. */
	CHECK_STR(type_of("SE", "812345678"), "fixed_line");
	CHECK_STR(type_of("SE", "701234567"), "mobile");
	CHECK_STR(type_of("SE", "0812345678"), "unknown");

	/* +1: US and CA share patterns that are the same text for fixed and mobile. */
	CHECK_STR(type_of("US", "2015550123"), "fixed_line_or_mobile");
	CHECK_STR(type_of("CA", "4165550123"), "fixed_line_or_mobile");
	CHECK_STR(type_of("US", "4165550123"), "unknown");
	CHECK_STR(type_of("US", "8002345678"), "toll_free");
	CHECK_STR(region_for(1, "2015550123"), "US");
	CHECK_STR(region_for(1, "4165550123"), "CA");
	CHECK_STR(region_for(1, "2642351234"), "AI");   /* Anguilla by leadingDigits 264 */
	CHECK_STR(region_for(1, "8002345678"), "US");
	CHECK(crm_phone_leading_digits_match(region("AI"), "264", 3));
	CHECK(!crm_phone_leading_digits_match(region("AI"), "26", 2));
	CHECK(!crm_phone_leading_digits_match(region("US"), "2015550123", 10));

	/* Germany: Berlin and a mobile. */
	CHECK_STR(type_of("DE", "30123456"), "fixed_line");
	CHECK_STR(type_of("DE", "15123456789"), "mobile");
	CHECK_STR(type_of("GB", "2070313000"), "fixed_line");

	/* getNumberType's order: without the general bit nothing counts; premium before toll free. */
	const crm_phone_territory *ru = region("RU");
	CHECK(crm_phone_number_type(ru, CRM_PHONE_BIT(CRM_PHONE_MOBILE)) == CRM_PHONE_UNKNOWN);
	CHECK(crm_phone_number_type(ru, CRM_PHONE_BIT(CRM_PHONE_GENERAL) | CRM_PHONE_BIT(CRM_PHONE_TOLL_FREE)
		| CRM_PHONE_BIT(CRM_PHONE_PREMIUM_RATE)) == CRM_PHONE_PREMIUM_RATE);
	CHECK(crm_phone_number_type(ru, CRM_PHONE_BIT(CRM_PHONE_GENERAL)) == CRM_PHONE_UNKNOWN);
	CHECK(crm_phone_number_type(region("US"), CRM_PHONE_BIT(CRM_PHONE_GENERAL) | CRM_PHONE_BIT(CRM_PHONE_MOBILE))
		== CRM_PHONE_UNKNOWN); /* identical patterns: mobile alone is never reported */
	CHECK_STR(crm_phone_type_name(CRM_PHONE_FIXED_LINE), "fixed_line");
	CHECK_STR(crm_phone_type_name(CRM_PHONE_UNKNOWN), "unknown");
	CHECK_STR(crm_phone_type_name((crm_phone_type) 99), "unknown");
}

/* Every example number of every territory matches its own type's pattern and lengths. */
static void test_examples(void)
{
	int examples = 0, bad = 0;
	for (size_t i = 0; i < crm_phone_territory_total(); i++) {
		const crm_phone_territory *t = crm_phone_territory_at(i);
		CHECK(t->types & CRM_PHONE_BIT(CRM_PHONE_GENERAL));
		for (unsigned type = 1; type < CRM_PHONE_TYPE_BITS; type++) {
			const char *ex = crm_phone_str(t->example[type]);
			if (!*ex) {
				continue;
			}
			examples++;
			size_t len = strlen(ex);
			uint16_t pm = crm_phone_match_patterns(t, ex, len);
			uint16_t tm = crm_phone_match_types(t, ex, len);
			if (!(pm & CRM_PHONE_BIT(type)) || !(tm & CRM_PHONE_BIT(type)) || !(pm & CRM_PHONE_BIT(CRM_PHONE_GENERAL))
				|| crm_phone_check_length(t, (crm_phone_type) type, len) != CRM_PHONE_IS_POSSIBLE) {
				bad++;
				fprintf(stderr, "example %s/%u %s: type %s, mask %#x/%#x\n", t->region, t->country_code, ex,
					crm_phone_type_name((crm_phone_type) type), pm, tm);
			}
		}
	}
	CHECK(examples > 1000);
	CHECK(bad == 0);
	printf("example numbers checked: %d\n", examples);
}

static void test_lengths(void)
{
	const crm_phone_territory *ru = region("RU");
	CHECK(crm_phone_check_length(ru, CRM_PHONE_GENERAL, 10) == CRM_PHONE_IS_POSSIBLE);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_GENERAL, 7) == CRM_PHONE_IS_POSSIBLE_LOCAL_ONLY);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_GENERAL, 5) == CRM_PHONE_TOO_SHORT);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_GENERAL, 11) == CRM_PHONE_INVALID_LENGTH);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_GENERAL, 14) == CRM_PHONE_IS_POSSIBLE); /* 8 800 toll free */
	CHECK(crm_phone_check_length(ru, CRM_PHONE_GENERAL, 15) == CRM_PHONE_TOO_LONG);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_MOBILE, 10) == CRM_PHONE_IS_POSSIBLE);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_MOBILE, 7) == CRM_PHONE_TOO_SHORT);
	CHECK(crm_phone_check_length(ru, CRM_PHONE_PAGER, 10) == CRM_PHONE_INVALID_LENGTH); /* no pagers */
	CHECK(crm_phone_check_length(ru, CRM_PHONE_FIXED_LINE_OR_MOBILE, 10) == CRM_PHONE_IS_POSSIBLE);
	CHECK(ru->lengths[CRM_PHONE_GENERAL] == (1u << 10 | 1u << 14));
	CHECK(ru->local_lengths[CRM_PHONE_GENERAL] == 1u << 7);

	/* Sweden: numbers of 7 to 13 digits, some lengths only for some types. */
	const crm_phone_territory *se = region("SE");
	CHECK(crm_phone_check_length(se, CRM_PHONE_GENERAL, 9) == CRM_PHONE_IS_POSSIBLE);
	CHECK(crm_phone_check_length(se, CRM_PHONE_MOBILE, 9) == CRM_PHONE_IS_POSSIBLE);
	CHECK(crm_phone_check_length(se, CRM_PHONE_MOBILE, 8) == CRM_PHONE_TOO_SHORT);
	CHECK(crm_phone_check_length(se, CRM_PHONE_GENERAL, 4) == CRM_PHONE_TOO_SHORT);
	CHECK(crm_phone_check_length(se, CRM_PHONE_GENERAL, 14) == CRM_PHONE_TOO_LONG);

	/* Germany: area-code-less local numbers of 2-3 digits are dialable only locally. */
	const crm_phone_territory *de = region("DE");
	CHECK(crm_phone_check_length(de, CRM_PHONE_GENERAL, 2) == CRM_PHONE_IS_POSSIBLE_LOCAL_ONLY);
	CHECK(crm_phone_check_length(de, CRM_PHONE_GENERAL, 1) == CRM_PHONE_TOO_SHORT);
	CHECK(crm_phone_check_length(de, CRM_PHONE_GENERAL, 16) == CRM_PHONE_TOO_LONG);
	CHECK((de->lengths[CRM_PHONE_GENERAL] & de->lengths[CRM_PHONE_FIXED_LINE]) == de->lengths[CRM_PHONE_FIXED_LINE]);
	uint16_t all = crm_phone_match_patterns(ru, "9161234567", 10);
	CHECK(crm_phone_match_types(ru, "9161234567", 10) == all);
}

static void test_international_prefix(void)
{
	const crm_phone_territory *ru = region("RU");
	CHECK(crm_phone_match_idd(ru, "81049301234567", 14) == 3);
	CHECK(crm_phone_match_idd(ru, "0049301234567", 13) == 0); /* RU dials out with 810 only */
	CHECK(crm_phone_match_idd(ru, "81", 2) == 0);

	/* The preferred prefix, with the dial-tone pause '~' removed, is a valid prefix. */
	char pref[16];
	size_t n = 0;
	for (const char *p = crm_phone_str(ru->preferred_international_prefix); *p && n < sizeof pref - 1; p++) {
		if (*p != '~') {
			pref[n++] = *p;
		}
	}
	pref[n] = '\0';
	CHECK_STR(pref, "810");
	CHECK(crm_phone_match_idd(ru, pref, n) == 3);

	CHECK(crm_phone_match_idd(region("DE"), "0046812345678", 13) == 2);
	CHECK(crm_phone_match_idd(region("SE"), "00 46", 5) == 2); /* only the prefix is read */
	CHECK(crm_phone_match_idd(region("US"), "01149301234567", 14) == 3);
	/* Greedy optional and alternation order as in Java: 00(?:1\d)? and 010|0[0-2]. */
	CHECK(crm_phone_match_idd(region("BO"), "0012491234", 10) == 4);
	CHECK(crm_phone_match_idd(region("BO"), "0049", 4) == 2);
	CHECK(crm_phone_match_idd(region("SC"), "01049", 5) == 3);
	CHECK(crm_phone_match_idd(region("SC"), "01149", 5) == 2);
	CHECK(crm_phone_match_idd(region("SC"), "0049", 4) == 2);
}

static void test_national_prefix(void)
{
	bool stripped = false;
	size_t at = 99, len = 99;

	/* Russia: trunk prefix 8, kept when the rest would not be a Russian number. */
	CHECK_STR(strip("RU", "89161234567", &stripped, &at, &len), "9161234567");
	CHECK(stripped && len == 0);
	CHECK_STR(strip("RU", "9161234567", &stripped, NULL, NULL), "9161234567");
	CHECK(!stripped);
	CHECK_STR(strip("SE", "0812345678", &stripped, NULL, NULL), "812345678");
	CHECK(stripped);
	CHECK_STR(strip("DE", "030123456", &stripped, NULL, NULL), "30123456");

	/* Argentina: 0 + area code + 15 + subscriber becomes the mobile form 9 + area + subscriber. */
	CHECK_STR(strip("AR", "0111523456789", &stripped, NULL, NULL), "91123456789");
	CHECK(stripped);
	CHECK_STR(type_of("AR", "91123456789"), "mobile");
	crm_phone_match m;
	CHECK(crm_phone_match_national_prefix(region("AR"), "0111523456789", 13, &m));
	CHECK(m.end == 5 && m.groups == 1 && m.start_of[1] == 1 && m.end_of[1] == 3);

	/* Brazil: 0 + carrier code 15 + number; rule "$2" keeps the number, group 1 is the carrier. */
	CHECK_STR(strip("BR", "01511987654321", &stripped, &at, &len), "11987654321");
	CHECK(stripped && at == 1 && len == 2);

	/* Antigua: a 7-digit local number gets the area code back from the rule "268$1". */
	CHECK_STR(strip("AG", "4601234", &stripped, NULL, NULL), "2684601234");
	CHECK(stripped);
	CHECK_STR(type_of("AG", "2684601234"), "fixed_line");
	CHECK_STR(strip("AG", "12684601234", &stripped, NULL, NULL), "2684601234");

	/* No national prefix at all: nothing to strip. */
	CHECK(region("AC")->national_prefix_program == 0);
	CHECK_STR(strip("AC", "62889", &stripped, NULL, NULL), "62889");
	CHECK(!stripped);

	char small[4];
	CHECK(crm_phone_strip_national_prefix(region("RU"), "89161234567", 11, small, sizeof small, NULL, NULL, NULL)
		== (size_t) -1);
}

static void test_formats(void)
{
	CHECK_STR(format("RU", "9161234567", CRM_PHONE_STYLE_NATIONAL), "8 (916) 123-45-67");
	CHECK_STR(format("RU", "9161234567", CRM_PHONE_STYLE_INTERNATIONAL), "916 123-45-67");
	CHECK_STR(format("RU", "3434497805", CRM_PHONE_STYLE_NATIONAL), "8 (343) 449-78-05");
	CHECK_STR(format("RU", "9161234567", CRM_PHONE_STYLE_NATIONAL_BARE), "916 123-45-67");
	CHECK_STR(format("KZ", "7012345678", CRM_PHONE_STYLE_NATIONAL), "8 (701) 234 5678");
	CHECK_STR(format("SE", "812345678", CRM_PHONE_STYLE_NATIONAL), "08-123 456 78");
	CHECK_STR(format("SE", "812345678", CRM_PHONE_STYLE_INTERNATIONAL), "8 123 456 78");
	CHECK_STR(format("SE", "701234567", CRM_PHONE_STYLE_NATIONAL), "070-123 45 67");
	CHECK_STR(format("US", "2015550123", CRM_PHONE_STYLE_NATIONAL), "(201) 555-0123");
	CHECK_STR(format("US", "2015550123", CRM_PHONE_STYLE_INTERNATIONAL), "201-555-0123");
	CHECK_STR(format("DE", "30123456", CRM_PHONE_STYLE_NATIONAL), "030 123456");
	CHECK_STR(format("GB", "2070313000", CRM_PHONE_STYLE_INTERNATIONAL), "20 7031 3000");
	/* Argentina's national format puts the 15 back in: "$2 15-$3-$4" with "0$1" on group 2. */
	CHECK_STR(format("AR", "91123456789", CRM_PHONE_STYLE_NATIONAL), "011 15-2345-6789");
	CHECK_STR(format("AR", "91123456789", CRM_PHONE_STYLE_INTERNATIONAL), "9 11 2345-6789");
	CHECK_STR(format("RU", "12", CRM_PHONE_STYLE_NATIONAL), "(none)");

	/* A short buffer is refused rather than cut. */
	const crm_phone_format *f = crm_phone_choose_format(region("RU"), "9161234567", 10, false);
	char out[8];
	CHECK(f != NULL);
	CHECK(crm_phone_apply_format(f, "9161234567", 10, CRM_PHONE_STYLE_NATIONAL, out, sizeof out) == (size_t) -1);
	CHECK(crm_phone_apply_format(f, "916123456", 9, CRM_PHONE_STYLE_NATIONAL, out, sizeof out) == (size_t) -1);
	CHECK(crm_phone_territory_format(region("RU"), 0) != NULL);
	CHECK(crm_phone_territory_format(region("RU"), region("RU")->format_count) == NULL);

	/* RU's first format is for local 7-digit numbers and is never used internationally. */
	CHECK(crm_phone_territory_format(region("RU"), 0)->flags & CRM_PHONE_FORMAT_NO_INTL);
}

static void test_program_limits(void)
{
	char many[CRM_PHONE_MAX_DIGITS + 2];
	memset(many, '8', sizeof many);
	CHECK(!crm_phone_match_national_prefix(region("RU"), many, sizeof many, NULL));
	CHECK(crm_phone_match_idd(region("RU"), "810", 3) == 3);
	CHECK(!crm_phone_program_match(0, "1", 1, false, NULL));
	CHECK(crm_phone_prefix_dfa_match(0, "", 0));
}

/* length_types is the lengths table transposed, for every territory, length and type. */
static void test_length_types(void)
{
	size_t wrong = 0;
	for (size_t i = 0; i < crm_phone_territory_total(); i++) {
		const crm_phone_territory *t = crm_phone_territory_at(i);
		for (unsigned len = 0; len <= CRM_PHONE_MAX_NSN; len++) {
			uint16_t want = 0;
			for (unsigned type = 0; type < CRM_PHONE_TYPE_BITS; type++) {
				if (t->lengths[type] >> len & 1) {
					want |= CRM_PHONE_BIT(type);
				}
			}
			wrong += t->length_types[len] != want;
		}
		for (unsigned type = 0; type < CRM_PHONE_TYPE_BITS; type++) {
			wrong += (t->lengths[type] >> (CRM_PHONE_MAX_NSN + 1)) != 0;   /* nothing longer */
		}
	}
	CHECK(wrong == 0);
	/* RU: 10 digits is a fixed line and a mobile length, 3 digits none */
	const crm_phone_territory *ru = crm_phone_territory_by_region("RU", 2);
	CHECK(ru->length_types[10] & CRM_PHONE_BIT(CRM_PHONE_MOBILE));
	CHECK(ru->length_types[10] & CRM_PHONE_BIT(CRM_PHONE_FIXED_LINE));
	CHECK(ru->length_types[3] == 0);
}

int main(void)
{
	test_lookup();
	test_types();
	test_examples();
	test_lengths();
	test_international_prefix();
	test_national_prefix();
	test_formats();
	test_program_limits();
	test_length_types();
	return CHECK_DONE();
}
