/*
 * Differential check of the phone parser's fast path (bench/phone_fastpath.sh): every cell read
 * from stdin ("category<TAB>region<TAB>area<TAB>cell<TAB>expected" as bench/gen_phone_cells.php
 * writes it, or "region<TAB>cell") is parsed by crm_phone_parse_fast() and crm_phone_parse_full(),
 * in its region with its area code and without, and each fragment of crm_phone_cell_next() too.
 * Wherever the fast path answers, its result must be the full path's, field by field; and
 * crm_phone_parse2() on each input and the one before it (same region and area code) must give
 * the full path's results for both.
 * Prints the counts and the first differences; exit status 1 when there is any.
 */
#include "phone/phone_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long inputs, answered, differ;

/* Unescape the generator's "\n" (a line break inside a cell) in place. */
static size_t unescape(char *s)
{
	size_t o = 0;
	for (size_t i = 0; s[i]; i++) {
		if (s[i] == '\\' && s[i + 1] == 'n') {
			s[o++] = '\n';
			i++;
		} else {
			s[o++] = s[i];
		}
	}
	s[o] = '\0';
	return o;
}

static bool same(const crm_phone_result *a, const crm_phone_result *b)
{
	if (a->valid != b->valid || a->error != b->error || a->ext_len != b->ext_len
		|| memcmp(a->ext, b->ext, a->ext_len + 1) != 0) {
		return false;
	}
	if (!a->valid) {
		return true;
	}
	return a->type == b->type && a->territory == b->territory && a->country_code == b->country_code
		&& a->cc_len == b->cc_len && a->e164_len == b->e164_len && memcmp(a->e164, b->e164, a->e164_len + 1) == 0;
}

/* The previous input, for crm_phone_parse2() on it and the current one (same region and area). */
static char prev[1 << 16], prev_area[16];
static size_t prev_len;
static const crm_phone_territory *prev_region;
static bool have_prev;
static unsigned long pairs;

static void pair(const crm_phone_context *ctx, const char *s, size_t len)
{
	const char *area = ctx->area ? ctx->area : "";
	if (have_prev && prev_region == ctx->region && strcmp(prev_area, area) == 0) {
		crm_phone_result a, b, fa, fb;
		crm_phone_parse2(ctx, prev, prev_len, s, len, &a, &b);
		crm_phone_parse_full(ctx, prev, prev_len, &fa);
		crm_phone_parse_full(ctx, s, len, &fb);
		pairs++;
		if ((!same(&a, &fa) || !same(&b, &fb)) && ++differ <= 20) {
			fprintf(stderr, "DIFFER parse2 region %s area %s: \"%.*s\" / \"%.*s\"\n", ctx->region->region, area,
				(int) prev_len, prev, (int) len, s);
		}
	}
	if (len < sizeof prev && strlen(area) < sizeof prev_area) {
		memcpy(prev, s, len);
		prev_len = len;
		strcpy(prev_area, area);
		prev_region = ctx->region;
		have_prev = true;
	}
}

static void one(const crm_phone_context *ctx, const char *s, size_t len)
{
	crm_phone_result fast, full, whole;
	pair(ctx, s, len);
	inputs++;
	crm_phone_parse_full(ctx, s, len, &full);
	crm_phone_parse(ctx, s, len, &whole);
	bool ok = same(&whole, &full);
	if (crm_phone_parse_fast(ctx, s, len, &fast)) {
		answered++;
		ok = ok && same(&fast, &full);
	}
	if (!ok && ++differ <= 20) {
		fprintf(stderr, "DIFFER region %s area %s: \"%.*s\": fast/parse %s %s, full %s %s\n", ctx->region->region,
			ctx->area ? ctx->area : "-", (int) len, s, whole.valid ? whole.e164 : "invalid",
			whole.valid ? "" : crm_phone_error_name(whole.error), full.valid ? full.e164 : "invalid",
			full.valid ? "" : crm_phone_error_name(full.error));
	}
}

int main(void)
{
	static char line[1 << 16];
	unsigned long cells = 0;
	while (fgets(line, sizeof line, stdin)) {
		size_t l = strlen(line);
		while (l && (line[l - 1] == '\n' || line[l - 1] == '\r')) {
			line[--l] = '\0';
		}
		char *f[5] = {0};
		size_t nf = 0;
		for (char *p = line; nf < 5;) {
			f[nf++] = p;
			char *tab = strchr(p, '\t');
			if (!tab) {
				break;
			}
			*tab = '\0';
			p = tab + 1;
		}
		const char *region, *area = NULL;
		char *cell;
		if (nf >= 4) {
			region = f[1];
			area = *f[2] ? f[2] : NULL;
			cell = f[3];
		} else if (nf == 2) {
			region = f[0];
			cell = f[1];
		} else {
			continue;
		}
		size_t len = unescape(cell);
		crm_phone_context ctx = {crm_phone_territory_by_region(region, strlen(region)), area, area ? strlen(area) : 0};
		if (!ctx.region) {
			fprintf(stderr, "unknown region %s\n", region);
			return 2;
		}
		cells++;
		one(&ctx, cell, len);
		if (area) {
			crm_phone_context bare = {ctx.region, NULL, 0};
			one(&bare, cell, len);
		}
		crm_phone_cell c;
		crm_phone_result r;
		size_t off, flen;
		crm_phone_cell_init(&c, &ctx, cell, len);
		while (crm_phone_cell_next(&c, &r, &off, &flen)) {
			one(&ctx, cell + off, flen);
		}
	}
	printf("phone_fastpath: %lu cells, %lu parses compared; fast path answered %lu (%.1f %%); %lu pairs by crm_phone_parse2; differences: %lu\n",
		cells, inputs, answered, inputs ? 100.0 * (double) answered / (double) inputs : 0.0, pairs, differ);
	return differ ? 1 : 0;
}
