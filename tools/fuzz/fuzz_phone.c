/* libFuzzer target of the phone parser: parse and extract on arbitrary bytes; a valid answer is
 * '+' and 2..15 digits with an assigned country code, formats, and parses back to itself; the
 * fast path, where it answers, gives the general path's answer (crm_phone_parse_fast/_full), and
 * so does crm_phone_parse2 for each half of the input. */
#include "phone/phone_parse.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(cond) do { if (!(cond)) { fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, __LINE__); abort(); } } while (0)

static const char *const regions[] = {"RU", "KZ", "BY", "UA", "SE", "DE", "US", "GB", "AR", "BR", "IT", "CN"};
static const char *const areas[] = {NULL, "495", "8", "343", "30", "8495", "34350", "212"};

static void check(const crm_phone_context *ctx, const crm_phone_result *r)
{
	REQUIRE(r->ext_len <= CRM_PHONE_MAX_EXT && strlen(r->ext) == r->ext_len);
	if (!r->valid) {
		REQUIRE(r->error > CRM_PHONE_E_NONE && r->error < CRM_PHONE_E_COUNT);
		REQUIRE(crm_phone_error_name(r->error) != NULL);
		REQUIRE(r->e164_len == 0);
		return;
	}
	REQUIRE(r->error == CRM_PHONE_E_NONE && r->territory);
	REQUIRE(r->e164[0] == '+' && strlen(r->e164) == r->e164_len);
	REQUIRE(r->e164_len >= 3 && r->e164_len <= CRM_PHONE_MAX_E164 + 1);
	for (size_t i = 1; i < r->e164_len; i++) {
		REQUIRE(r->e164[i] >= '0' && r->e164[i] <= '9');
	}
	unsigned cc;
	REQUIRE(crm_phone_country_code_prefix(r->e164 + 1, r->e164_len - 1, &cc) == r->cc_len && cc == r->country_code);
	REQUIRE(r->territory->country_code == r->country_code);
	REQUIRE(crm_phone_type_api_name(r->type) != NULL);

	char out[64];
	for (int style = CRM_PHONE_E164; style <= CRM_PHONE_NATIONAL; style++) {
		size_t n = crm_phone_format_e164(r->e164, r->e164_len, (crm_phone_style) style, out, sizeof out);
		REQUIRE(n != (size_t) -1 && n == strlen(out));
	}
	/* normalize(e164) == e164, in the same region and area code */
	crm_phone_result again;
	crm_phone_parse(ctx, r->e164, r->e164_len, &again);
	REQUIRE(again.valid && strcmp(again.e164, r->e164) == 0);
	/* the international format parses back too */
	crm_phone_format_e164(r->e164, r->e164_len, CRM_PHONE_INTERNATIONAL, out, sizeof out);
	crm_phone_parse(ctx, out, strlen(out), &again);
	REQUIRE(again.valid && strcmp(again.e164, r->e164) == 0);
}

static void same_result(const crm_phone_result *a, const crm_phone_result *b)
{
	REQUIRE(a->valid == b->valid && a->error == b->error);
	REQUIRE(a->ext_len == b->ext_len && memcmp(a->ext, b->ext, a->ext_len + 1) == 0);
	if (a->valid) {
		REQUIRE(a->type == b->type && a->territory == b->territory && a->country_code == b->country_code);
		REQUIRE(a->cc_len == b->cc_len && a->e164_len == b->e164_len && memcmp(a->e164, b->e164, a->e164_len + 1) == 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1) {
		return 0;
	}
	const char *region = regions[data[0] % (sizeof regions / sizeof regions[0])];
	const char *area = areas[(data[0] >> 4) % (sizeof areas / sizeof areas[0])];
	crm_phone_context ctx = {crm_phone_territory_by_region(region, 2), area, area ? strlen(area) : 0};
	REQUIRE(ctx.region);
	/* a copy of exactly size bytes, so ASan sees any read past the end */
	char *s = malloc(size - 1 ? size - 1 : 1);
	REQUIRE(s);
	memcpy(s, data + 1, size - 1);

	crm_phone_result r;
	crm_phone_parse(&ctx, s, size - 1, &r);
	check(&ctx, &r);

	/* the fast path, where it answers, and crm_phone_parse both give the general path's answer */
	crm_phone_result full, fast;
	crm_phone_parse_full(&ctx, s, size - 1, &full);
	same_result(&r, &full);
	if (crm_phone_parse_fast(&ctx, s, size - 1, &fast)) {
		same_result(&fast, &full);
	}
	/* two numbers at once: the input cut in two, each half as crm_phone_parse_full gives it */
	{
		size_t half = (size - 1) / 2;
		crm_phone_result a, b, fa, fb;
		crm_phone_parse2(&ctx, s, half, s + half, size - 1 - half, &a, &b);
		crm_phone_parse_full(&ctx, s, half, &fa);
		crm_phone_parse_full(&ctx, s + half, size - 1 - half, &fb);
		same_result(&a, &fa);
		same_result(&b, &fb);
	}

	crm_phone_cell c;
	size_t off, len, prev_end = 0, count = 0;
	crm_phone_cell_init(&c, &ctx, s, size - 1);
	while (crm_phone_cell_next(&c, &r, &off, &len)) {
		REQUIRE(off >= prev_end && off + len <= size - 1 && len > 0);
		prev_end = off + len;
		REQUIRE(++count <= size);
		check(&ctx, &r);
	}
	free(s);
	return 0;
}
