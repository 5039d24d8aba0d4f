/* Throughput of the duplicate-detection key functions on generated cards, one core, best of N.
 *
 * Build (same optimisation as a phpize build, -O2; bench/dedup_keys.sh does this):
 *   cc -std=c11 -O2 -Isrc/core bench/c/dedup_keys_throughput.c src/core/dedup/[a-z]*.c src/core/phone/[a-z]*.c -lm -o /tmp/dedup_keys
 * Run:
 *   /tmp/dedup_keys cards.tsv [runs=5]     (cards.tsv from php bench/lib_dedup_keys.php dump N)
 * Prints: ns per record for the name/company/e-mail keys, keys per record, and ns per record
 * with the phones parsed to E.164 as the index does.
 *   /tmp/dedup_keys cards.tsv keys         prints each card's keys instead, one line a card
 *                                          (tab-separated), for tools/dedup-keys-check
 */
#define _POSIX_C_SOURCE 200809L
#include "dedup/keys.h"
#include "phone/phone_parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct field { const char *s; size_t n; } field;
typedef struct card { int person; field name, company, emails, phones; } card;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Calls fn on each \x1f-separated part of f; returns the number of parts. */
static size_t each_part(field f, void (*fn)(const char *, size_t, void *), void *ctx)
{
	size_t k = 0;
	for (const char *p = f.s, *e = f.s + f.n; p < e;) {
		const char *q = memchr(p, '\x1f', (size_t) (e - p));
		size_t n = (size_t) ((q ? q : e) - p);
		fn(p, n, ctx);
		k++;
		p += n + 1;
	}
	return k;
}

static char out[1 << 16];
static volatile size_t sink;

static void email_key(const char *s, size_t n, void *ctx)
{
	(void) ctx;
	sink += (size_t) crm_email_key(s, n, out, sizeof out);
}

static FILE *keys_out;

static void put_key(const char *k, size_t n)
{
	fputc('\t', keys_out);
	fwrite(k, 1, n < sizeof out ? n : sizeof out - 1, keys_out);
	fprintf(keys_out, "|%zu", n);
}

static void email_key_print(const char *s, size_t n, void *ctx)
{
	(void) ctx;
	int k = crm_email_key(s, n, out, sizeof out);
	if (k < 0) {
		fputs("\t-", keys_out);
	} else {
		put_key(out, (size_t) k);
	}
}

/* Prints one card's keys as card_keys derives them (person, company, e-mails). */
static void card_keys_print(const card *c)
{
	fputc(c->person ? 'p' : 'c', keys_out);
	if (c->person) {
		put_key(out, crm_person_key(c->name.s, c->name.n, out, sizeof out));
		if (c->company.n) {
			put_key(out, crm_company_key(c->company.s, c->company.n, out, sizeof out));
		}
	} else {
		char ck[4096];
		size_t n = crm_company_key(c->name.s, c->name.n, ck, sizeof ck);
		put_key(ck, n);
		put_key(out, crm_person_key(ck, n < sizeof ck ? n : sizeof ck - 1, out, sizeof out));
	}
	each_part(c->emails, email_key_print, NULL);
	fputc('\n', keys_out);
}

static void phone_e164(const char *s, size_t n, void *ctx)
{
	crm_phone_cell cell;
	crm_phone_result r;
	size_t off, len;
	crm_phone_cell_init(&cell, ctx, s, n);
	while (crm_phone_cell_next(&cell, &r, &off, &len)) {
		sink += r.valid;
	}
}

/* One card's keys as the index builds them; returns how many. */
static size_t card_keys(const card *c)
{
	size_t k = 1;
	if (c->person) {
		sink += crm_person_key(c->name.s, c->name.n, out, sizeof out);
		if (c->company.n) {
			sink += crm_company_key(c->company.s, c->company.n, out, sizeof out);
			k++;
		}
	} else {
		char ck[4096];
		size_t n = crm_company_key(c->name.s, c->name.n, ck, sizeof ck);
		sink += crm_person_key(ck, n < sizeof ck ? n : sizeof ck - 1, out, sizeof out);
		k++;
	}
	return k + each_part(c->emails, email_key, NULL);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: %s cards.tsv [runs]\n", argv[0]);
		return 2;
	}
	int print = argc > 2 && strcmp(argv[2], "keys") == 0;
	int runs = argc > 2 && !print ? atoi(argv[2]) : 5;
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t) size + 1);
	if (!buf || fread(buf, 1, (size_t) size, f) != (size_t) size) {
		fprintf(stderr, "cannot read %s\n", argv[1]);
		return 1;
	}
	fclose(f);
	buf[size] = '\n';
	size_t ncards = 0, cap = 1024;
	card *cards = malloc(cap * sizeof *cards);
	for (char *p = buf, *e = buf + size; p < e;) {
		char *nl = memchr(p, '\n', (size_t) (e - p) + 1);
		field col[5] = { { p, 0 } };
		int c = 0;
		for (char *q = p; c < 5; c++) {
			char *tab = c < 4 ? memchr(q, '\t', (size_t) (nl - q)) : NULL;
			char *end = tab ? tab : nl;
			col[c].s = q;
			col[c].n = (size_t) (end - q);
			q = tab ? tab + 1 : nl;
		}
		if (ncards == cap) {
			cards = realloc(cards, (cap *= 2) * sizeof *cards);
		}
		cards[ncards++] = (card) { col[0].n && col[0].s[0] == 'p', col[1], col[2], col[3], col[4] };
		p = nl + 1;
	}
	if (print) {
		keys_out = stdout;
		for (size_t i = 0; i < ncards; i++) {
			card_keys_print(&cards[i]);
		}
		free(cards);
		free(buf);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	crm_phone_context ctx = { crm_phone_territory_by_region("RU", 2), NULL, 0 };
	double best = 1e30, best_ph = 1e30;
	size_t keys = 0;
	for (int r = 0; r < runs; r++) {
		size_t k = 0;
		double t = now();
		for (size_t i = 0; i < ncards; i++) {
			k += card_keys(&cards[i]);
		}
		t = now() - t;
		best = t < best ? t : best;
		keys = k;
		t = now();
		for (size_t i = 0; i < ncards; i++) {
			card_keys(&cards[i]);
			each_part(cards[i].phones, phone_e164, &ctx);
		}
		t = now() - t;
		best_ph = t < best_ph ? t : best_ph;
	}
	printf("%.1f %.2f %.1f %zu\n", best / (double) ncards * 1e9, (double) keys / (double) ncards,
		best_ph / (double) ncards * 1e9, ncards);
	free(cards);
	free(buf);
	return 0;
}
