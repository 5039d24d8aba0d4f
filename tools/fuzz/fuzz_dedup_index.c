/* libFuzzer target of the duplicate index: cards built from the input are added, matched and
 * clustered; scores stay in [0, 1], clusters are a partition of valid ids, match adds nothing. */
#include "dedup/index.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REQUIRE(cond) do { if (!(cond)) { fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, __LINE__); abort(); } } while (0)

/* Input: cards separated by '\n'; fields of a card by '|' in the order below; phones and
 * e-mails within their field by ','. The first byte of a card picks its type. */
static size_t split(const char *s, size_t len, char sep, crm_dedup_text *out, size_t max)
{
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= len && n < max; i++) {
		if (i == len || s[i] == sep) {
			out[n].s = s + start;
			out[n].len = i - start;
			n++;
			start = i + 1;
		}
	}
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	crm_dedup_index *ix = crm_dedup_index_new(NULL);
	REQUIRE(ix);
	crm_dedup_text cards[64];
	size_t nc = split((const char *) data, size, '\n', cards, 64);
	for (size_t c = 0; c < nc; c++) {
		crm_dedup_text f[14], ph[8], em[8];
		crm_dedup_record r;
		memset(&r, 0, sizeof r);
		memset(f, 0, sizeof f);
		if (!cards[c].len) {
			continue;
		}
		r.type = (crm_dedup_type) ((unsigned char) cards[c].s[0] % 3);
		split(cards[c].s + 1, cards[c].len - 1, '|', f, 14);
		r.name = f[0]; r.last_name = f[1]; r.first_name = f[2]; r.middle_name = f[3];
		r.company = f[4]; r.inn = f[5]; r.kpp = f[6]; r.ogrn = f[7]; r.orgnr = f[8]; r.city = f[9];
		r.region = f[10];
		r.phones = ph;
		r.phone_count = f[11].s ? split(f[11].s, f[11].len, ',', ph, 8) : 0;
		r.emails = em;
		r.email_count = f[12].s ? split(f[12].s, f[12].len, ',', em, 8) : 0;

		size_t before = crm_dedup_index_count(ix);
		crm_dedup_match *m;
		int64_t n = crm_dedup_index_match(ix, &r, 5, 0.0, &m);
		REQUIRE(n >= 0 && n <= 5);
		for (int64_t i = 0; i < n; i++) {
			REQUIRE(m[i].id < before);
			REQUIRE(m[i].score >= 0 && m[i].score <= 1);
			REQUIRE(i == 0 || m[i - 1].score >= m[i].score);
			size_t seen = 0;
			for (size_t off = 0; off < m[i].reasons_len; off += strlen(m[i].reasons + off) + 1) {
				seen++;
			}
			REQUIRE(seen == m[i].reason_count);
		}
		crm_dedup_matches_free(m, (size_t) n);
		REQUIRE(crm_dedup_index_count(ix) == before);
		REQUIRE(crm_dedup_index_add(ix, &r) == (int64_t) before);
	}
	size_t total = crm_dedup_index_count(ix);
	for (size_t a = 0; a + 1 < total; a++) {
		double s1 = crm_dedup_index_pair(ix, (uint32_t) a, (uint32_t) a + 1, NULL);
		double s2 = crm_dedup_index_pair(ix, (uint32_t) a + 1, (uint32_t) a, NULL);
		REQUIRE(s1 >= 0 && s1 <= 1 && s1 == s2);
	}
	uint32_t *mem;
	size_t *st;
	int64_t k = crm_dedup_index_clusters(ix, 0.5, &mem, &st);
	REQUIRE(k >= 0);
	char *seen = calloc(total + 1, 1);
	REQUIRE(seen);
	for (int64_t c = 0; c < k; c++) {
		REQUIRE(st[c + 1] - st[c] >= 2);
		for (size_t i = st[c]; i < st[c + 1]; i++) {
			REQUIRE(mem[i] < total && !seen[mem[i]]);
			REQUIRE(i == st[c] || mem[i - 1] < mem[i]);
			seen[mem[i]] = 1;
		}
	}
	free(seen);
	free(mem);
	free(st);
	crm_dedup_index_free(ix);
	return 0;
}
