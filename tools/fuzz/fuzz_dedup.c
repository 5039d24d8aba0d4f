/* libFuzzer target of the dedup core: keys are valid UTF-8, within their _MAX bound and fixed
 * points; validators agree with each other; similarity is symmetric and in [0, 1]. */
#include "dedup/keys.h"
#include "dedup/text.h"
#include "dedup/validate.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(cond) do { if (!(cond)) { fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, __LINE__); abort(); } } while (0)

typedef size_t (*key_fn)(const char *, size_t, char *, size_t);

static void check_key(key_fn fn, size_t (*max)(size_t), const char *s, size_t len)
{
	size_t cap = max(len), n, n2;
	char *out = malloc(cap), *again;

	REQUIRE(out);
	n = fn(s, len, out, cap);
	REQUIRE(n != CRM_DEDUP_NOMEM);
	REQUIRE(n < cap);
	REQUIRE(strlen(out) == n);
	REQUIRE(crm_utf8_valid(out, n));
	REQUIRE(n == 0 || (out[0] != ' ' && out[n - 1] != ' ' && !strstr(out, "  ")));
	again = malloc(max(n));
	REQUIRE(again);
	n2 = fn(out, n, again, max(n));
	if (n2 != n || memcmp(out, again, n) != 0) {
		fprintf(stderr, "not idempotent: \"%s\" -> \"%s\"\n", out, again);
		abort();
	}
	free(again);
	free(out);
}

static size_t company_max(size_t len) { return CRM_COMPANY_KEY_MAX(len); }
static size_t person_max(size_t len) { return CRM_PERSON_KEY_MAX(len); }
static size_t fold_max(size_t len) { return len + 1; }

static size_t fold_plain(const char *s, size_t len, char *out, size_t cap) { return crm_fold(s, len, out, cap, 0); }
static size_t fold_apos(const char *s, size_t len, char *out, size_t cap) { return crm_fold(s, len, out, cap, CRM_FOLD_JOIN_APOSTROPHE); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	char *out = malloc(size + 1), norm[12];
	int e;
	size_t half;
	double ab, ba, aa;

	REQUIRE(out);
	check_key(crm_company_key, company_max, s, size);
	check_key(crm_person_key, person_max, s, size);
	check_key(fold_plain, fold_max, s, size);
	check_key(fold_apos, fold_max, s, size);

	e = crm_email_key(s, size, out, size + 1);
	if (e >= 0) {
		char again[256];

		REQUIRE(e <= 254 && (size_t) e <= size);
		REQUIRE(crm_utf8_valid(out, (size_t) e) && strlen(out) == (size_t) e);
		REQUIRE(strchr(out, '@') && !strchr(strchr(out, '@') + 1, '@'));
		REQUIRE(crm_email_key(out, (size_t) e, again, sizeof(again)) == e && memcmp(again, out, (size_t) e) == 0);
	}

	REQUIRE(crm_valid_inn(s, size) == (crm_inn_kind(s, size) != 0));
	REQUIRE(crm_valid_ogrn(s, size) == (crm_ogrn_kind(s, size) != 0));
	(void) crm_valid_kpp(s, size);
	REQUIRE(crm_valid_orgnr(s, size) == (crm_se_id_kind(s, size) != CRM_SE_INVALID));
	REQUIRE(!crm_valid_personnummer(s, size) || crm_valid_orgnr(s, size));
	if (crm_se_id_normalize(s, size, norm)) {
		REQUIRE(strlen(norm) == 11 && crm_se_id_kind(norm, 11) == crm_se_id_kind(s, size));
	}

	half = size / 2;
	ab = crm_similarity(s, half, s + half, size - half);
	ba = crm_similarity(s + half, size - half, s, half);
	aa = crm_similarity(s, size, s, size);
	REQUIRE(ab >= 0.0 && ab <= 1.0);
	REQUIRE(ab == ba);
	REQUIRE(aa == 1.0);
	free(out);
	return 0;
}
