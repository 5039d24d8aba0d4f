/* Duplicate index of company and contact cards: exact-key blocking, scored pairs, coherent clusters. */
#include "dedup/index.h"
#include "dedup/keys.h"
#include "dedup/text.h"
#include "dedup/validate.h"
#include "phone/phone_parse.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Blocks larger than this are not searched for candidates: a key on hundreds of cards is a
 * switchboard, a shared mailbox or a common name, and comparing all its pairs is quadratic.
 * Such keys still count as (weak) evidence between candidates found through other keys. */
#define BLOCK_CAP 200
/* Clusters never grow beyond this: checking coherence is |A|·|B| comparisons. */
#define CLUSTER_CAP 64
/* Longest field read; the rest of a longer one is ignored (names and cities are short). */
#define FIELD_CAP 512
#define MAX_SIGS 6
#define MAX_CSIGS 3

enum key_kind { K_PHONE = 'P', K_EMAIL = 'E', K_INN = 'I', K_OGRN = 'O', K_ORGNR = 'S',
	K_COMPANY = 'C', K_PERSON = 'N', K_WORK = 'W', K_PERSON_CO = 'M', K_COMPANY_LAT = 'L', K_INITIAL = 'J',
	K_EXT = 'X' };

/* How few company cards carry a name is evidence (graded in score_c) — but only in an index large
 * enough to have seen the common names (in ten cards every name is rare). */
#define RARE_MIN_CARDS 10000
#define MAX_INITIALS 3
#define MAX_LEADS 4

typedef struct key {
	uint32_t off, len;            /* the key text in ix->kpool: kind byte, then the value */
	uint32_t hash;
	uint32_t n, cap;              /* postings: ids of the cards holding the key, ascending */
	union { uint32_t one; uint32_t *many; } p;
	uint16_t sig[MAX_SIGS];       /* distinct signatures of the contacts holding the key */
	uint16_t csig[MAX_CSIGS];     /* … and of the companies: a switchboard listed by many
	                               * contacts is still one company's number */
	uint8_t nsig, ncsig;          /* MAX_SIGS + 1 / MAX_CSIGS + 1 once saturated */
} key;

typedef struct rec {
	uint8_t type;
	uint8_t inn_len, kpp_len, ogrn_len, orgnr_len;
	bool inn_valid, ogrn_valid, orgnr_valid;
	uint16_t sig;
	uint16_t nkeys;
	bool probe;                   /* a match() query, not indexed: its name blocks lack it */
	uint8_t nini, nlead;
	char ini[MAX_INITIALS];       /* letter classes of the initials ("Иванов И.П.": i, p) */
	char lead[MAX_LEADS];         /* … and of the first letters of the other name words */
	uint32_t keys_off;            /* into ix->rkeys */
	uint32_t pkey_off, pkey_len, ckey_off, ckey_len, city_off, city_len; /* into ix->pool */
	/* contacts: Latin skeletons of the company's words run together ("teplomarket") and of
	 * the first e-mail domain that is not a free mail service ("teplomarket" of
	 * e.ivanova@teplomarket24.ru), which tell a person's company when one card lacks it */
	uint32_t cl_off, cl_len, dom_off, dom_len;
	/* contacts: the Latin skeleton of the patronymic ("petrovich" of "Иванов Иван Петрович"),
	 * which the person key leaves out */
	uint32_t mid_off, mid_len;
	char inn[13], kpp[10], ogrn[16], orgnr[12];
} rec;

struct crm_dedup_index {
	crm_dedup_options opt;
	const crm_phone_territory *region;
	rec *recs; size_t nrec, crec;
	char *pool; size_t npool, cpool;
	char *kpool; size_t nkpool, ckpool;
	uint32_t *rkeys; size_t nrkeys, crkeys;
	key *keys; size_t nkeys, ckeys;
	uint32_t *slots; size_t cslots;   /* open addressing, UINT32_MAX empty, power of two */
	uint32_t *stamp; size_t cstamp; uint32_t gen;
};

/* ---- growable arrays ---- */

static bool grow(void **p, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap) {
		return true;
	}
	size_t c = *cap ? *cap : 16;
	while (c < need) {
		c *= 2;
	}
	void *q = realloc(*p, c * elem);
	if (!q) {
		return false;
	}
	*p = q;
	*cap = c;
	return true;
}

#define GROW(arr, n_, cap_, need) grow((void **) &(arr), &(cap_), (need), sizeof *(arr))

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	}
	h ^= h >> 15;
	h *= 0x2c1b3c6dU;
	h ^= h >> 12;
	return h;
}

/* ---- key table ---- */

static uint32_t key_find(const crm_dedup_index *ix, const char *s, size_t n, uint32_t h)
{
	if (!ix->cslots) {
		return UINT32_MAX;
	}
	size_t mask = ix->cslots - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		uint32_t k = ix->slots[i];
		if (k == UINT32_MAX) {
			return UINT32_MAX;
		}
		const key *e = &ix->keys[k];
		if (e->hash == h && e->len == n && memcmp(ix->kpool + e->off, s, n) == 0) {
			return k;
		}
	}
}

static bool rehash(crm_dedup_index *ix, size_t cap)
{
	uint32_t *s = malloc(cap * sizeof *s);
	if (!s) {
		return false;
	}
	memset(s, 0xff, cap * sizeof *s);
	for (size_t k = 0; k < ix->nkeys; k++) {
		size_t i = ix->keys[k].hash & (cap - 1);
		while (s[i] != UINT32_MAX) {
			i = (i + 1) & (cap - 1);
		}
		s[i] = (uint32_t) k;
	}
	free(ix->slots);
	ix->slots = s;
	ix->cslots = cap;
	return true;
}

static uint32_t key_intern(crm_dedup_index *ix, const char *s, size_t n)
{
	uint32_t h = hash_bytes(s, n), k = key_find(ix, s, n, h);
	if (k != UINT32_MAX) {
		return k;
	}
	if ((ix->nkeys + 1) * 2 > ix->cslots && !rehash(ix, ix->cslots ? ix->cslots * 2 : 1024)) {
		return UINT32_MAX;
	}
	if (!GROW(ix->keys, ix->nkeys, ix->ckeys, ix->nkeys + 1) || !GROW(ix->kpool, ix->nkpool, ix->ckpool, ix->nkpool + n)) {
		return UINT32_MAX;
	}
	key *e = &ix->keys[ix->nkeys];
	memset(e, 0, sizeof *e);
	e->off = (uint32_t) ix->nkpool;
	e->len = (uint32_t) n;
	e->hash = h;
	memcpy(ix->kpool + ix->nkpool, s, n);
	ix->nkpool += n;
	size_t i = h & (ix->cslots - 1);
	while (ix->slots[i] != UINT32_MAX) {
		i = (i + 1) & (ix->cslots - 1);
	}
	ix->slots[i] = (uint32_t) ix->nkeys;
	return (uint32_t) ix->nkeys++;
}

static const uint32_t *postings(const key *e)
{
	return e->cap ? e->p.many : &e->p.one;
}

static bool posting_push(key *e, uint32_t id)
{
	if (e->n == 0 && e->cap == 0) {
		e->p.one = id;
		e->n = 1;
		return true;
	}
	if (e->cap == 0) {
		uint32_t *m = malloc(4 * sizeof *m);
		if (!m) {
			return false;
		}
		m[0] = e->p.one;
		e->p.many = m;
		e->cap = 4;
	} else if (e->n == e->cap) {
		uint32_t *m = realloc(e->p.many, (size_t) e->cap * 2 * sizeof *m);
		if (!m) {
			return false;
		}
		e->p.many = m;
		e->cap *= 2;
	}
	e->p.many[e->n++] = id;
	return true;
}

static void sig_add(key *e, uint16_t sig)
{
	bool contact = sig >> 15;
	uint16_t *arr = contact ? e->sig : e->csig;
	uint8_t *n = contact ? &e->nsig : &e->ncsig;
	unsigned max = contact ? MAX_SIGS : MAX_CSIGS;
	if (!sig || *n > max) {
		return;
	}
	for (unsigned i = 0; i < *n; i++) {
		if (arr[i] == sig) {
			return;
		}
	}
	if (*n == max) {
		*n = (uint8_t) (max + 1);
		return;
	}
	arr[(*n)++] = sig;
}

/* Distinct entities of one type among the holders of a key (more than the kept: many). */
static unsigned sig_count(const key *e, unsigned type)
{
	return type == CRM_DEDUP_CONTACT ? e->nsig : e->ncsig;
}

/* ---- options, life cycle ---- */

void crm_dedup_options_default(crm_dedup_options *o)
{
	o->auto_threshold = 0.9;
	o->review_threshold = 0.7;
	memcpy(o->region, "RU", 3);
}

crm_dedup_index *crm_dedup_index_new(const crm_dedup_options *o)
{
	crm_dedup_options d;
	if (!o) {
		crm_dedup_options_default(&d);
		o = &d;
	}
	if (!(o->review_threshold >= 0 && o->auto_threshold <= 1 && o->review_threshold <= o->auto_threshold)) {
		return NULL;
	}
	const crm_phone_territory *t = crm_phone_territory_by_region(o->region, o->region[0] && o->region[1] ? 2 : 0);
	if (!t) {
		return NULL;
	}
	crm_dedup_index *ix = calloc(1, sizeof *ix);
	if (!ix) {
		return NULL;
	}
	ix->opt = *o;
	ix->region = t;
	/* the pools are never NULL, so an empty key is a valid pointer and length 0 */
	if (!GROW(ix->pool, ix->npool, ix->cpool, 256) || !GROW(ix->rkeys, ix->nrkeys, ix->crkeys, 64)
		|| !GROW(ix->kpool, ix->nkpool, ix->ckpool, 256)) {
		crm_dedup_index_free(ix);
		return NULL;
	}
	return ix;
}

void crm_dedup_index_free(crm_dedup_index *ix)
{
	if (!ix) {
		return;
	}
	for (size_t k = 0; k < ix->nkeys; k++) {
		if (ix->keys[k].cap) {
			free(ix->keys[k].p.many);
		}
	}
	free(ix->keys);
	free(ix->slots);
	free(ix->kpool);
	free(ix->pool);
	free(ix->rkeys);
	free(ix->recs);
	free(ix->stamp);
	free(ix);
}

size_t crm_dedup_index_count(const crm_dedup_index *ix)
{
	return ix->nrec;
}

/* ---- features of a card ---- */

static void trim(crm_dedup_text *t)
{
	if (!t->s) {
		t->len = 0;
		return;
	}
	size_t a = 0, b = t->len;
	crm_trim(t->s, &a, &b);
	t->s += a;
	t->len = b - a;
	if (t->len > FIELD_CAP) {
		t->len = FIELD_CAP;
	}
}

/* A registry number as its digits, when the field is nothing but up to cap-1 digits. */
static uint8_t digits_of(crm_dedup_text t, char *out, size_t cap)
{
	trim(&t);
	if (!t.len || t.len >= cap) {
		return 0;
	}
	for (size_t i = 0; i < t.len; i++) {
		if (t.s[i] < '0' || t.s[i] > '9') {
			return 0;
		}
	}
	memcpy(out, t.s, t.len);
	out[t.len] = 0;
	return (uint8_t) t.len;
}

/* Appends a key producer's output to the pool; false when memory ran out. */
static bool pool_key(crm_dedup_index *ix, size_t (*fn)(const char *, size_t, char *, size_t),
	crm_dedup_text t, size_t bound, uint32_t *off, uint32_t *len)
{
	*off = (uint32_t) ix->npool;
	*len = 0;
	if (!t.len) {
		return true;
	}
	if (!GROW(ix->pool, ix->npool, ix->cpool, ix->npool + bound)) {
		return false;
	}
	size_t n = fn(t.s, t.len, ix->pool + ix->npool, bound);
	if (n == CRM_DEDUP_NOMEM || n >= bound) {
		return false;
	}
	*len = (uint32_t) n;
	ix->npool += n;
	return true;
}

static size_t fold_plain(const char *s, size_t len, char *out, size_t cap)
{
	return crm_fold(s, len, out, cap, 0);
}

static bool is_role_mailbox(const char *k, size_t n)
{
	static const char *const roles[] = { "info", "office", "buh", "buhgalteria", "bux", "sales", "zakaz",
		"order", "orders", "mail", "admin", "secretary", "reception", "kontakt", "kontor", "ekonomi",
		"support", "post", "hello", "contact", "priemnaya", "snab", "sklad", "faktura", "invoice", NULL };
	const char *at = memchr(k, '@', n);
	if (!at) {
		return false;
	}
	for (const char *const *r = roles; *r; r++) {
		if ((size_t) (at - k) == strlen(*r) && memcmp(k, *r, strlen(*r)) == 0) {
			return true;
		}
	}
	return false;
}

typedef struct keyset {
	crm_dedup_index *ix;
	bool insert;
	bool oom;
	char buf[FIELD_CAP * 4 + 64];
} keyset;

static void ks_add(keyset *ks, char kind, const char *v, size_t n)
{
	if (ks->oom || n == 0 || n + 1 > sizeof ks->buf) {
		return;
	}
	ks->buf[0] = kind;
	memcpy(ks->buf + 1, v, n);
	crm_dedup_index *ix = ks->ix;
	uint32_t k = ks->insert ? key_intern(ix, ks->buf, n + 1) : key_find(ix, ks->buf, n + 1, hash_bytes(ks->buf, n + 1));
	if (k == UINT32_MAX) {
		ks->oom = ks->insert;
		return;
	}
	if (!GROW(ix->rkeys, ix->nrkeys, ix->crkeys, ix->nrkeys + 1)) {
		ks->oom = true;
		return;
	}
	ix->rkeys[ix->nrkeys++] = k;
}

static uint16_t signature(const char *s, size_t n, unsigned type)
{
	/* First letters of each word: survives most typos (a typo of a company name's third letter
	 * made it look like another company at its own switchboard), tells colleagues apart. */
	uint32_t h = 2166136261u;
	size_t w = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ') {
			w = 0;
			h = (h ^ ' ') * 16777619u;
			continue;
		}
		if (w++ < 1) {
			h = (h ^ (unsigned char) s[i]) * 16777619u;
		}
	}
	uint16_t sig = (uint16_t) ((h ^ (h >> 16)) & 0x7fff);
	if (!sig) {
		sig = 1;
	}
	return (uint16_t) (sig | (type == CRM_DEDUP_CONTACT ? 0x8000u : 0));
}

/* Free mail services: their domain says nothing of a person's company. */
static bool free_mail(const char *d, size_t n)
{
	static const char *const hosts[] = { "mail", "gmail", "googlemail", "yandex", "ya", "bk", "list", "inbox",
		"rambler", "hotmail", "outlook", "live", "yahoo", "icloud", "me", "mac", "aol", "gmx", "web", "proton",
		"protonmail", "telia", "bredband", "spray", "home", "comhem", "ukr", "i", "qip", "narod", "lenta", NULL };
	for (const char *const *h = hosts; *h; h++) {
		if (strlen(*h) == n && memcmp(*h, d, n) == 0) {
			return true;
		}
	}
	return false;
}

/* The Latin skeleton of each word of s run together ("тепло маркет" -> "teplomarket"), and in
 * *sig (when not NULL) a hash of its first letter: the same in either script, and whether an
 * apostrophe or a hyphen splits the Latin spelling (Ugol'baza, Угольбаза). */
static bool pool_skeleton_joined(crm_dedup_index *ix, const char *src, size_t n, uint32_t *off, uint32_t *len,
	uint16_t *sig)
{
	/* s may point into the pool, which grows below */
	char s[FIELD_CAP * 2 + 8], wb[FIELD_CAP * 2 + 8];
	uint32_t h = 2166136261u;
	n = n < sizeof s ? n : sizeof s - 1;
	memcpy(s, src, n);
	*off = (uint32_t) ix->npool;
	*len = 0;
	for (const char *p = s, *e = s + n; p < e;) {
		const char *sp = memchr(p, ' ', (size_t) (e - p));
		size_t wl = (size_t) ((sp ? sp : e) - p);
		if (wl && wl < sizeof wb) {
			memcpy(wb, p, wl);
			crm_dedup_text t = { wb, wl };
			uint32_t o, l;
			if (!pool_key(ix, crm_person_key, t, CRM_PERSON_KEY_MAX(wl), &o, &l)) {
				return false;
			}
			if (l && !*len) {
				h = (h ^ (unsigned char) ix->pool[o]) * 16777619u;
			}
			*len += l;
		}
		p += wl + 1;
	}
	if (sig) {
		uint16_t v = (uint16_t) ((h ^ (h >> 16)) & 0x7fff);
		*sig = v ? v : 1;
	}
	return true;
}

/* A letter as initials compare it across scripts: the first Latin letter of its usual
 * transliterations (Ю = Yu = Iu = Ju, so i; Е = E; Х = H; Ж = Zh), 0 when not a letter. */
static char letter_class(uint32_t cp)
{
	static const char cyr[33] = "abvgdezziiklmnoprstufhccss0i0eii";
	if (cp >= 'a' && cp <= 'z') {
		return cp == 'j' || cp == 'y' ? 'i' : cp == 'w' ? 'v' : (char) cp;
	}
	if (cp >= 0x430 && cp <= 0x44F) {
		char c = cyr[cp - 0x430];
		return c == '0' ? 0 : c;
	}
	return 0;
}

/* Initials ("И.", "P", "Yu.") and the first letters of the other words of a person's name. */
static void name_letters(const crm_dedup_text *t, rec *r)
{
	char stack[64];
	crm_buf wd;
	size_t pos = 0;
	crm_buf_init(&wd, stack, sizeof stack);
	for (int guard = 0; guard < 16; guard++) {
		uint32_t sep;
		wd.len = 0;
		size_t cps = crm_fold_token(t->s, t->len, &pos, &wd, CRM_FOLD_JOIN_APOSTROPHE, &sep);
		if (!cps || wd.oom) {
			break;
		}
		size_t p = 0;
		char c = letter_class(crm_utf8_next(wd.data, wd.len, &p));
		if (!c) {
			continue;
		}
		/* Latin digraphs of one Cyrillic letter: Kh = Х, Ts = Ц, Ye = Е */
		if (wd.len >= 2 && (c == 'k' || c == 't' || c == 'i')) {
			char d = wd.data[1];
			c = c == 'k' && d == 'h' ? 'h' : c == 't' && (d == 's' || d == 'z') ? 'c' : c == 'i' && wd.data[0] == 'y' && d == 'e' ? 'e' : c;
		}
		bool ini = cps == 1 || (cps == 2 && sep == '.' && wd.len == 2 && wd.data[1] >= 'a' && wd.data[1] <= 'z');
		if (ini && r->nini < MAX_INITIALS) {
			r->ini[r->nini++] = c;
		} else if (!ini && r->nlead < MAX_LEADS) {
			r->lead[r->nlead++] = c;
		}
	}
	crm_buf_free(&wd);
}

/* The patronymic of a name written in one field, as the person key finds it: the second word
 * when it looks like one (Имя Отчество Фамилия), else the last word that does (Фамилия Имя
 * Отчество); only in names of three words or more. Its skeleton goes to the pool. */
static bool pool_patronymic(crm_dedup_index *ix, crm_dedup_text name, uint32_t *off, uint32_t *len)
{
	crm_dedup_text w[8];
	size_t nw = 0;
	*off = (uint32_t) ix->npool;
	*len = 0;
	for (const char *p = name.s, *e = name.s + name.len; p < e && nw < 8;) {
		while (p < e && (*p == ' ' || *p == '\t')) {
			p++;
		}
		const char *q = p;
		while (q < e && *q != ' ' && *q != '\t') {
			q++;
		}
		if (q > p) {
			w[nw].s = p;
			w[nw++].len = (size_t) (q - p);
		}
		p = q;
	}
	if (nw < 3) {
		return true;
	}
	size_t order[8], no = 0;
	order[no++] = 1;
	for (size_t i = nw; i-- > 0;) {
		if (i != 1) {
			order[no++] = i;
		}
	}
	for (size_t i = 0; i < no; i++) {
		crm_dedup_text t = w[order[i]];
		if (t.len > FIELD_CAP) {
			continue;
		}
		if (!pool_key(ix, crm_person_key, t, CRM_PERSON_KEY_MAX(t.len), off, len)) {
			return false;
		}
		if (*len && crm_patronymic_skeleton(ix->pool + *off, *len)) {
			return true;
		}
		ix->npool = *off;
		*len = 0;
	}
	return true;
}

/* Builds the features of r at the end of the pools (strings, keys). insert: intern keys (add);
 * otherwise only keys the index already has are listed (match). false when memory ran out. */
static bool build_rec(crm_dedup_index *ix, const crm_dedup_record *in, rec *r, bool insert)
{
	crm_dedup_record c = *in;
	memset(r, 0, sizeof *r);
	trim(&c.name); trim(&c.last_name); trim(&c.first_name); trim(&c.middle_name);
	trim(&c.company); trim(&c.city); trim(&c.region);
	r->type = c.type != CRM_DEDUP_AUTO_TYPE ? (uint8_t) c.type
		: (c.last_name.len || c.first_name.len || c.middle_name.len || c.company.len) ? CRM_DEDUP_CONTACT : CRM_DEDUP_COMPANY;

	if (r->type == CRM_DEDUP_CONTACT) {
		crm_dedup_text full = c.name;
		char nb[FIELD_CAP * 3 + 4];
		if (c.last_name.len || c.first_name.len || c.middle_name.len) {
			size_t n = 0;
			const crm_dedup_text parts[3] = { c.last_name, c.first_name, c.middle_name };
			for (int i = 0; i < 3; i++) {
				if (parts[i].len) {
					memcpy(nb + n, parts[i].s, parts[i].len);
					n += parts[i].len;
					nb[n++] = ' ';
				}
			}
			full.s = nb;
			full.len = n;
		}
		if (!pool_key(ix, crm_person_key, full, CRM_PERSON_KEY_MAX(full.len), &r->pkey_off, &r->pkey_len)
			|| !pool_key(ix, crm_company_key, c.company, CRM_COMPANY_KEY_MAX(c.company.len), &r->ckey_off, &r->ckey_len)) {
			return false;
		}
		if (c.middle_name.len ? !pool_key(ix, crm_person_key, c.middle_name, CRM_PERSON_KEY_MAX(c.middle_name.len),
				&r->mid_off, &r->mid_len)
			: !pool_patronymic(ix, c.name, &r->mid_off, &r->mid_len)) {
			return false;
		}
		r->sig = r->pkey_len ? signature(ix->pool + r->pkey_off, r->pkey_len, CRM_DEDUP_CONTACT) : 0;
		if (full.len) {
			name_letters(&full, r);
		}
		if (r->ckey_len && !pool_skeleton_joined(ix, ix->pool + r->ckey_off, r->ckey_len, &r->cl_off, &r->cl_len, NULL)) {
			return false;
		}
		r->dom_off = (uint32_t) ix->npool;
		for (size_t i = 0; i < c.email_count && !r->dom_len; i++) {
			char eb[256], lb[256];
			crm_dedup_text t = c.emails[i];
			int n = t.s && t.len <= 1024 ? crm_email_key(t.s, t.len, eb, sizeof eb) : -1;
			if (n <= 0 || (size_t) n >= sizeof eb) {
				continue;
			}
			const char *at = memchr(eb, '@', (size_t) n), *end = eb + n;
			const char *dot = at ? memchr(at + 1, '.', (size_t) (end - at - 1)) : NULL;
			if (!at || !dot || free_mail(at + 1, (size_t) (dot - at - 1))) {
				continue;
			}
			size_t ln = 0;
			for (const char *q = at + 1; q < dot; q++) {
				if (*q >= 'a' && *q <= 'z') {
					lb[ln++] = *q;
				}
			}
			crm_dedup_text d = { lb, ln };
			if (ln >= 3 && !pool_key(ix, crm_person_key, d, CRM_PERSON_KEY_MAX(ln), &r->dom_off, &r->dom_len)) {
				return false;
			}
		}
	} else {
		crm_dedup_text name = c.name.len ? c.name : c.company;
		if (!pool_key(ix, crm_company_key, name, CRM_COMPANY_KEY_MAX(name.len), &r->ckey_off, &r->ckey_len)) {
			return false;
		}
		/* a company's pkey: the Latin skeletons of its name's words run together, so that
		 * "Водсталь", "Vodstal' LLC" and "Vod-Stal" meet; its signature is of the first
		 * letter, so a mistyped or transliterated card is not taken for another company at
		 * its switchboard */
		r->pkey_off = (uint32_t) ix->npool;
		if (r->ckey_len && !pool_skeleton_joined(ix, ix->pool + r->ckey_off, r->ckey_len, &r->pkey_off, &r->pkey_len, &r->sig)) {
			return false;
		}
	}
	if (!pool_key(ix, fold_plain, c.city, c.city.len + 1, &r->city_off, &r->city_len)) {
		return false;
	}

	r->inn_len = digits_of(c.inn, r->inn, sizeof r->inn);
	r->inn_valid = r->inn_len && crm_valid_inn(r->inn, r->inn_len);
	{
		crm_dedup_text k = c.kpp;
		trim(&k);
		if (k.len == 9 && crm_valid_kpp(k.s, k.len)) {
			memcpy(r->kpp, k.s, 9);
			r->kpp_len = 9;
		}
	}
	r->ogrn_len = digits_of(c.ogrn, r->ogrn, sizeof r->ogrn);
	r->ogrn_valid = r->ogrn_len && crm_valid_ogrn(r->ogrn, r->ogrn_len);
	if (c.orgnr.len && crm_se_id_normalize(c.orgnr.s, c.orgnr.len, r->orgnr)) {
		r->orgnr_len = 11;
		r->orgnr_valid = true;
	} else {
		r->orgnr_len = digits_of(c.orgnr, r->orgnr, sizeof r->orgnr);
	}

	keyset ks;
	ks.ix = ix;
	ks.insert = insert;
	ks.oom = false;
	r->keys_off = (uint32_t) ix->nrkeys;

	const crm_phone_territory *region = c.region.len ? crm_phone_territory_by_region(c.region.s, c.region.len) : NULL;
	crm_phone_context ctx = { region ? region : ix->region, NULL, 0 };
	for (size_t i = 0; i < c.phone_count; i++) {
		crm_dedup_text t = c.phones[i];
		trim(&t);
		if (!t.len) {
			continue;
		}
		crm_phone_cell cell;
		crm_phone_result pr;
		size_t off, len;
		crm_phone_cell_init(&cell, &ctx, t.s, t.len);
		for (int guard = 0; guard < 16 && crm_phone_cell_next(&cell, &pr, &off, &len); guard++) {
			if (pr.valid) {
				ks_add(&ks, K_PHONE, pr.e164, pr.e164_len);
				/* a switchboard and an extension: a person's own line */
				if (pr.ext_len && r->type == CRM_DEDUP_CONTACT) {
					char xb[CRM_PHONE_MAX_E164 + CRM_PHONE_MAX_EXT + 4];
					memcpy(xb, pr.e164, pr.e164_len);
					xb[pr.e164_len] = '#';
					memcpy(xb + pr.e164_len + 1, pr.ext, pr.ext_len);
					ks_add(&ks, K_EXT, xb, pr.e164_len + 1u + pr.ext_len);
				}
			}
		}
	}
	for (size_t i = 0; i < c.email_count; i++) {
		char eb[256];
		crm_dedup_text t = c.emails[i];
		if (!t.s || t.len > 1024) {
			continue;
		}
		int n = crm_email_key(t.s, t.len, eb, sizeof eb);
		if (n > 0 && (size_t) n < sizeof eb) {
			ks_add(&ks, K_EMAIL, eb, (size_t) n);
		}
	}
	if (r->inn_len >= 9) {
		ks_add(&ks, K_INN, r->inn, r->inn_len);
	}
	if (r->ogrn_valid) {
		ks_add(&ks, K_OGRN, r->ogrn, r->ogrn_len);
	}
	if (r->orgnr_len) {
		ks_add(&ks, K_ORGNR, r->orgnr, r->orgnr_len);
	}
	if (r->type == CRM_DEDUP_COMPANY) {
		ks_add(&ks, K_COMPANY, ix->pool + r->ckey_off, r->ckey_len);
		ks_add(&ks, K_COMPANY_LAT, ix->pool + r->pkey_off, r->pkey_len);
	} else {
		ks_add(&ks, K_PERSON, ix->pool + r->pkey_off, r->pkey_len);
		/* the same person in the same company: a block that stays small when the name alone
		 * is too common to be searched */
		if (r->ckey_len && r->pkey_len && r->ckey_len + r->pkey_len + 1 < FIELD_CAP * 4) {
			char wb[FIELD_CAP * 4 + 8];
			memcpy(wb, ix->pool + r->ckey_off, r->ckey_len);
			wb[r->ckey_len] = '\x1f';
			memcpy(wb + r->ckey_len + 1, ix->pool + r->pkey_off, r->pkey_len);
			ks_add(&ks, K_PERSON_CO, wb, r->ckey_len + 1 + r->pkey_len);
		}
		/* A name word and an initial: "Иванов И.П." meets "Ivanov Ivan" and "Иванов Игорь", and
		 * only pairs with an initials card are compared in these blocks. */
		{
			const char *p = ix->pool + r->pkey_off, *end = p + r->pkey_len;
			const char *sp = r->pkey_len ? memchr(p, ' ', r->pkey_len) : NULL;
			bool one_word = r->pkey_len && !sp;
			if (r->pkey_len < FIELD_CAP * 2 && ((r->nini && one_word) || (!r->nini && r->nlead >= 2))) {
				char wb[FIELD_CAP * 2 + 8];
				const char *cls = r->nini ? r->ini : r->lead;
				unsigned ncls = r->nini ? r->nini : r->nlead;
				while (p < end) {
					const char *q = memchr(p, ' ', (size_t) (end - p));
					size_t wl = (size_t) ((q ? q : end) - p);
					if (wl >= 3) {
						memcpy(wb, p, wl);
						wb[wl] = '\x1f';
						for (unsigned k = 0; k < ncls; k++) {
							wb[wl + 1] = cls[k];
							ks_add(&ks, K_INITIAL, wb, wl + 2);
						}
					}
					p += wl + 1;
				}
			}
		}
		/* Within one company, a single surviving name word finds a card whose other word is
		 * mistyped or whose name order differs. */
		if (r->ckey_len && r->pkey_len) {
			char wb[FIELD_CAP * 4 + 8];
			const char *p = ix->pool + r->pkey_off, *end = p + r->pkey_len;
			size_t cl = r->ckey_len < FIELD_CAP * 2 ? r->ckey_len : FIELD_CAP * 2;
			memcpy(wb, ix->pool + r->ckey_off, cl);
			wb[cl] = '\x1f';
			while (p < end) {
				const char *sp = memchr(p, ' ', (size_t) (end - p));
				size_t wl = (size_t) ((sp ? sp : end) - p);
				if (wl >= 3 && cl + 1 + wl < sizeof wb) {
					memcpy(wb + cl + 1, p, wl);
					ks_add(&ks, K_WORK, wb, cl + 1 + wl);
				}
				p += wl + 1;
			}
		}
	}
	if (ks.oom) {
		return false;
	}
	/* drop repeated keys of this card (two cells with one number) */
	size_t w = r->keys_off;
	for (size_t i = r->keys_off; i < ix->nrkeys; i++) {
		bool dup = false;
		for (size_t j = r->keys_off; j < w; j++) {
			dup |= ix->rkeys[j] == ix->rkeys[i];
		}
		if (!dup) {
			ix->rkeys[w++] = ix->rkeys[i];
		}
	}
	ix->nrkeys = w;
	size_t nk = w - r->keys_off;
	r->nkeys = (uint16_t) (nk > 65535 ? 65535 : nk);
	return true;
}

int64_t crm_dedup_index_add(crm_dedup_index *ix, const crm_dedup_record *in)
{
	size_t npool = ix->npool, nrkeys = ix->nrkeys;
	rec r;
	if (ix->nrec >= UINT32_MAX - 1 || !GROW(ix->recs, ix->nrec, ix->crec, ix->nrec + 1)
		|| !GROW(ix->stamp, ix->nrec, ix->cstamp, ix->nrec + 1) || !build_rec(ix, in, &r, true)) {
		ix->npool = npool;
		ix->nrkeys = nrkeys;
		return -1;
	}
	uint32_t id = (uint32_t) ix->nrec;
	for (uint32_t i = 0; i < r.nkeys; i++) {
		key *e = &ix->keys[ix->rkeys[r.keys_off + i]];
		if (!posting_push(e, id)) {
			for (uint32_t j = 0; j < i; j++) {
				ix->keys[ix->rkeys[r.keys_off + j]].n--;
			}
			ix->npool = npool;
			ix->nrkeys = nrkeys;
			return -1;
		}
	}
	for (uint32_t i = 0; i < r.nkeys; i++) {
		sig_add(&ix->keys[ix->rkeys[r.keys_off + i]], r.sig);
	}
	ix->recs[id] = r;
	ix->stamp[id] = 0;
	ix->nrec++;
	return id;
}

/* ---- scoring ---- */

typedef struct why {
	char *buf;
	size_t len, cap;
	uint32_t count;
	bool on;
} why;

static void because(why *w, const char *fmt, ...)
{
	if (!w || !w->on) {
		return;
	}
	char tmp[640];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (n < 0) {
		return;
	}
	if ((size_t) n >= sizeof tmp) {
		n = sizeof tmp - 1;
	}
	if (!GROW(w->buf, w->len, w->cap, w->len + (size_t) n + 1)) {
		w->on = false;
		return;
	}
	memcpy(w->buf + w->len, tmp, (size_t) n + 1);
	w->len += (size_t) n + 1;
	w->count++;
}

/* Company names are not transliterated (docs/dedup-keys.md): "Romashka" and "Ромашка" cannot
 * be compared, so their difference is no evidence against. */
static bool has_cyrillic(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if ((unsigned char) s[i] == 0xD0 || (unsigned char) s[i] == 0xD1) {
			return true;
		}
	}
	return false;
}

/* Word-by-word Jaro-Winkler of two sorted person keys: each word of the shorter name against
 * its best partner, so swapped and partly mistyped names still meet; a missing word costs. */
static double name_sim_dir(const char *a, size_t an, const char *b, size_t bn)
{
	const char *aw[8], *bw[8];
	size_t al[8], bl[8], na = 0, nb = 0;
	for (const char *p = a, *e = a + an; p < e && na < 8;) {
		const char *sp = memchr(p, ' ', (size_t) (e - p));
		aw[na] = p; al[na++] = (size_t) ((sp ? sp : e) - p);
		p = sp ? sp + 1 : e;
	}
	for (const char *p = b, *e = b + bn; p < e && nb < 8;) {
		const char *sp = memchr(p, ' ', (size_t) (e - p));
		bw[nb] = p; bl[nb++] = (size_t) ((sp ? sp : e) - p);
		p = sp ? sp + 1 : e;
	}
	if (!na || !nb) {
		return 0;
	}
	const char **sw = na <= nb ? aw : bw, **lw = na <= nb ? bw : aw;
	size_t *sl = na <= nb ? al : bl, *ll = na <= nb ? bl : al, ns = na <= nb ? na : nb, nl = na <= nb ? nb : na;
	double sum = 0;
	bool used[8] = { false };
	for (size_t i = 0; i < ns; i++) {
		double best = 0;
		size_t bj = 0;
		for (size_t j = 0; j < nl; j++) {
			if (used[j]) {
				continue;
			}
			double s = crm_similarity(sw[i], sl[i], lw[j], ll[j]);
			if (s > best) {
				best = s;
				bj = j;
			}
		}
		used[bj] = true;
		sum += best;
	}
	double s = sum / (double) ns;
	return ns == nl ? s : s * 0.9;
}

/* The greedy pairing depends on which name is read first; the better of both is symmetric. */
static double name_sim(const char *a, size_t an, const char *b, size_t bn)
{
	double x = name_sim_dir(a, an, b, bn), y = name_sim_dir(b, bn, a, an);
	return x > y ? x : y;
}

/* Same length, one digit different or two neighbours swapped. */
static bool near_digits(const char *a, size_t an, const char *b, size_t bn)
{
	if (an != bn) {
		return false;
	}
	size_t d[3], nd = 0;
	for (size_t i = 0; i < an; i++) {
		if (a[i] != b[i]) {
			if (nd == 2) {
				return false;
			}
			d[nd++] = i;
		}
	}
	return nd == 1 || (nd == 2 && d[1] == d[0] + 1 && a[d[0]] == b[d[1]] && a[d[1]] == b[d[0]]);
}

enum strength { WEAK, MEDIUM, STRONG };

/* How much a phone or e-mail held by both cards says: a key on many cards of different people
 * (a switchboard, a shared mailbox) says little. */
static enum strength key_strength(const crm_dedup_index *ix, const key *e, unsigned type)
{
	unsigned d = sig_count(e, type);
	/* companies: how many companies hold it (contacts list their company's switchboard and
	 * mailbox); contacts: also how many cards in all */
	enum strength s = type == CRM_DEDUP_COMPANY ? (d <= 1 ? STRONG : d <= 2 ? MEDIUM : WEAK)
		: e->n <= 8 && d <= 1 ? STRONG : e->n <= 20 && d <= 2 ? MEDIUM : WEAK;
	if (type == CRM_DEDUP_CONTACT && ix->kpool[e->off] == K_EMAIL && s == STRONG
		&& is_role_mailbox(ix->kpool + e->off + 1, e->len - 1)) {
		s = MEDIUM;
	}
	return s;
}

static double shared_keys(const crm_dedup_index *ix, const rec *a, const rec *b, char kind, why *w)
{
	static const double wt[2][2][3] = {
		/* company */ { { 0.3, 1.5, 4.0 } /* phone */, { 0.3, 1.5, 4.0 } /* e-mail */ },
		/* contact */ { { 0.5, 2.0, 4.0 }, { 0.5, 2.0, 5.0 } },
	};
	const double *t = wt[a->type == CRM_DEDUP_CONTACT][kind == K_EMAIL];
	double best = 0;
	unsigned strong = 0;
	const uint32_t *ak = ix->rkeys + a->keys_off, *bk = ix->rkeys + b->keys_off;
	for (uint32_t i = 0; i < a->nkeys; i++) {
		const key *e = &ix->keys[ak[i]];
		if (ix->kpool[e->off] != kind) {
			continue;
		}
		for (uint32_t j = 0; j < b->nkeys; j++) {
			if (bk[j] != ak[i]) {
				continue;
			}
			enum strength s = key_strength(ix, e, a->type);
			double v = t[s];
			/* a company's info@ is written from its name by many sources (and look-alike
			 * names get look-alike domains): alone with the name it suggests, not merges */
			if (kind == K_EMAIL && s == STRONG && a->type == CRM_DEDUP_COMPANY
				&& is_role_mailbox(ix->kpool + e->off + 1, e->len - 1)) {
				v = 2.5;
			}
			best = v > best ? v : best;
			strong += s == STRONG;
			const char *what = kind == K_PHONE ? "phone" : kind == K_EXT ? "extension line" : "e-mail";
			if (s == STRONG) {
				because(w, "%s %.*s", what, (int) e->len - 1, ix->kpool + e->off + 1);
			} else {
				because(w, "%s %.*s (shared by %u cards)", what, (int) e->len - 1, ix->kpool + e->off + 1, e->n);
			}
		}
	}
	/* every further strong key adds a little (order-free, so the score is symmetric) */
	double extra = strong > 1 ? 0.5 * (strong - 1) : 0;
	return best + (extra > 1 ? 1 : extra);
}

/* Both cards list one switchboard with an extension, and the extensions differ: two people's
 * lines at one company (a shared extension line is counted by shared_keys). */
static bool other_extension(const crm_dedup_index *ix, const rec *a, const rec *b)
{
	const uint32_t *ak = ix->rkeys + a->keys_off, *bk = ix->rkeys + b->keys_off;
	bool other = false;
	for (uint32_t i = 0; i < a->nkeys; i++) {
		const key *x = &ix->keys[ak[i]];
		if (ix->kpool[x->off] != K_EXT) {
			continue;
		}
		const char *xs = ix->kpool + x->off, *xh = memchr(xs, '#', x->len);
		for (uint32_t j = 0; j < b->nkeys; j++) {
			const key *y = &ix->keys[bk[j]];
			if (ix->kpool[y->off] != K_EXT) {
				continue;
			}
			if (ak[i] == bk[j]) {
				return false;
			}
			const char *ys = ix->kpool + y->off, *yh = memchr(ys, '#', y->len);
			if (xh && yh && xh - xs == yh - ys && memcmp(xs, ys, (size_t) (xh - xs)) == 0) {
				other = true;
			}
		}
	}
	return other;
}

/* Both cards have phones and share none: 0; 1 when some pair of them has one area code
 * (+7 and three digits, or the country code and one digit), 2 when none. -1 otherwise. */
static int disjoint_phones(const crm_dedup_index *ix, const rec *a, const rec *b)
{
	const uint32_t *ak = ix->rkeys + a->keys_off, *bk = ix->rkeys + b->keys_off;
	bool area = false, any_a = false, any_b = false;
	for (uint32_t i = 0; i < a->nkeys; i++) {
		const key *x = &ix->keys[ak[i]];
		if (ix->kpool[x->off] != K_PHONE) {
			continue;
		}
		any_a = true;
		for (uint32_t j = 0; j < b->nkeys; j++) {
			const key *y = &ix->keys[bk[j]];
			if (ix->kpool[y->off] != K_PHONE) {
				continue;
			}
			any_b = true;
			if (ak[i] == bk[j]) {
				return -1;
			}
			size_t n = ix->kpool[x->off + 2] == '7' ? 6 : 5; /* kind, '+', digits */
			if (x->len >= n && y->len >= n && memcmp(ix->kpool + x->off, ix->kpool + y->off, n) == 0) {
				area = true;
			}
		}
	}
	return any_a && any_b ? (area ? 1 : 2) : -1;
}

/* How many cards carry r's name key of this kind, r included; UINT32_MAX (not rare) while the
 * index is too small to tell. */
static uint32_t name_block(const crm_dedup_index *ix, const rec *r, char kind)
{
	if (ix->nrec < RARE_MIN_CARDS) {
		return UINT32_MAX;
	}
	const uint32_t *k = ix->rkeys + r->keys_off;
	for (uint32_t i = 0; i < r->nkeys; i++) {
		const key *e = &ix->keys[k[i]];
		if (ix->kpool[e->off] == kind) {
			return e->n + r->probe;
		}
	}
	return r->probe;
}

/* How many company cards carry this company key: a contact's company name that few companies
 * have names one company; a common one ("Эверест") does not. 0 when none does. */
static uint32_t company_cards(const crm_dedup_index *ix, const char *ckey, size_t n)
{
	char buf[FIELD_CAP * 2 + 2];
	if (n + 1 > sizeof buf) {
		return UINT32_MAX;
	}
	buf[0] = K_COMPANY;
	memcpy(buf + 1, ckey, n);
	uint32_t k = key_find(ix, buf, n + 1, hash_bytes(buf, n + 1));
	return k == UINT32_MAX ? 0 : ix->keys[k].n;
}

/* A one-word name with initials ("Иванов И.П.") against a full one: 1 when its word is among
 * the other's words and every initial among the first letters of the other's other words, -1
 * when the word is there but the initials are not (another person of that surname), else 0. */
static int initials_fit(const crm_dedup_index *ix, const rec *x, const rec *y)
{
	const char *pool = ix->pool;
	if (!x->nini || y->nini || !x->pkey_len || memchr(pool + x->pkey_off, ' ', x->pkey_len) || !y->pkey_len
		|| y->nlead < 2) {
		return 0;
	}
	bool word = false;
	for (const char *p = pool + y->pkey_off, *e = p + y->pkey_len; p < e && !word;) {
		const char *sp = memchr(p, ' ', (size_t) (e - p));
		size_t wl = (size_t) ((sp ? sp : e) - p);
		word = crm_similarity(p, wl, pool + x->pkey_off, x->pkey_len) >= 0.92;
		p += wl + 1;
	}
	if (!word) {
		return 0;
	}
	/* the other's letters, the surname's among them, must hold every initial once (the
	 * patronymic's only when the other name has a patronymic) */
	bool used[MAX_LEADS] = { false };
	for (unsigned i = 0; i < x->nini; i++) {
		bool found = false;
		for (unsigned j = 0; j < y->nlead && !found; j++) {
			if (!used[j] && y->lead[j] == x->ini[i]) {
				used[j] = found = true;
			}
		}
		/* a patronymic initial fits nothing in a name written without the patronymic */
		if (!found && (i == 0 || y->nlead > x->nini)) {
			return -1;
		}
	}
	return 1;
}

/* A contact's company against the other's e-mail domain, when that one names no company, and
 * two domains against each other: 1 they agree (0.9), -1 they differ (below 0.75), else 0. */
static int domain_fit(const crm_dedup_index *ix, const rec *x, const rec *y)
{
	const char *pool = ix->pool;
	double s;
	if (x->cl_len >= 3 && !y->ckey_len && y->dom_len) {
		s = crm_similarity(pool + x->cl_off, x->cl_len, pool + y->dom_off, y->dom_len);
	} else if (x->dom_len && y->dom_len && (!x->ckey_len || !y->ckey_len)) {
		s = crm_similarity(pool + x->dom_off, x->dom_len, pool + y->dom_off, y->dom_len);
	} else {
		return 0;
	}
	return s >= 0.9 ? 1 : s < 0.75 ? -1 : 0;
}

static double logistic(double x)
{
	return 1.0 / (1.0 + exp(-x));
}

/* conflict, when not NULL, is set when the cards contradict each other (other registry number,
 * a branch, clearly different names): such a pair never ends in one cluster. */
static double score_c(const crm_dedup_index *ix, const rec *a, const rec *b, why *w, bool *conflict, bool *agree);

static double score(const crm_dedup_index *ix, const rec *a, const rec *b, why *w)
{
	return score_c(ix, a, b, w, NULL, NULL);
}

/* agree, when not NULL, is set for two contacts whose names agree (0.9 or better) and whose
 * companies do not differ: the same person as far as the names tell. */
static double score_c(const crm_dedup_index *ix, const rec *a, const rec *b, why *w, bool *conflict, bool *agree)
{
	bool no, no2;
	if (!conflict) {
		conflict = &no;
	}
	if (!agree) {
		agree = &no2;
	}
	*conflict = false;
	*agree = false;
	const char *pool = ix->pool;
	if (a->type != b->type) {
		*conflict = true;
		because(w, "one card is a company, the other a contact");
		return 0;
	}
	bool company = a->type == CRM_DEDUP_COMPANY, branch = false, same_inn = false, both_kpp = false, inn_apart = false;
	double rare = 0; /* what a rare name or the patronymic added: it may suggest a pair, never
	                  * merge it alone */
	bool near_name = false; /* contacts: names close (0.9) or fitting initials, not equal */
	double L = -4.5;

	/* registry numbers */
	if (a->inn_len && b->inn_len) {
		bool same = a->inn_len == b->inn_len && memcmp(a->inn, b->inn, a->inn_len) == 0;
		bool near = !same && (!a->inn_valid || !b->inn_valid) && near_digits(a->inn, a->inn_len, b->inn, b->inn_len);
		same_inn = same || near;
		both_kpp = a->kpp_len && b->kpp_len;
		if (same && a->inn_valid) {
			L += company ? 8 : 1.5;
			because(w, "same INN %s", a->inn);
		} else if (same) {
			L += company ? 3 : 1;
			because(w, "same INN %s (check digit wrong)", a->inn);
		} else if (near) {
			L += company ? 2.5 : 0.8;
			because(w, "INN %s looks like a typo of %s", a->inn_valid ? b->inn : a->inn, a->inn_valid ? a->inn : b->inn);
		} else if (a->inn_valid && b->inn_valid) {
			L -= company ? 8 : 2;
			*conflict |= company;
			because(w, "different INN %s / %s", a->inn, b->inn);
		} else {
			L -= 1;
			inn_apart = true;
			because(w, "different INN %s / %s", a->inn, b->inn);
		}
		if ((same || near) && a->kpp_len && b->kpp_len) {
			if (memcmp(a->kpp, b->kpp, 9) == 0) {
				L += 0.5;
				because(w, "same KPP %.9s", a->kpp);
			} else if (company) {
				branch = true;
				*conflict = true;
				because(w, "other KPP %.9s / %.9s: a branch, a separate card", a->kpp, b->kpp);
			}
		}
	}
	if (a->ogrn_valid && b->ogrn_valid) {
		if (a->ogrn_len == b->ogrn_len && memcmp(a->ogrn, b->ogrn, a->ogrn_len) == 0) {
			L += company ? 4 : 1;
			because(w, "same OGRN %s", a->ogrn);
		} else {
			L -= company ? 6 : 1;
			*conflict |= company;
			because(w, "different OGRN %s / %s", a->ogrn, b->ogrn);
		}
	}
	if (a->orgnr_len && b->orgnr_len) {
		bool same = a->orgnr_len == b->orgnr_len && memcmp(a->orgnr, b->orgnr, a->orgnr_len) == 0;
		if (same) {
			L += company ? (a->orgnr_valid ? 8 : 3) : 1.5;
			because(w, a->orgnr_valid ? "same orgnr %s" : "same orgnr %s (check digit wrong)", a->orgnr);
		} else if (a->orgnr_valid && b->orgnr_valid) {
			L -= company ? 8 : 2;
			*conflict |= company;
			because(w, "different orgnr %s / %s", a->orgnr, b->orgnr);
		}
	}

	/* names */
	if (company) {
		if (a->ckey_len && b->ckey_len) {
			double s = crm_similarity(pool + a->ckey_off, a->ckey_len, pool + b->ckey_off, b->ckey_len);
			if (s == 1.0 && a->ckey_len == b->ckey_len) {
				L += 3;
				*agree = true;
				because(w, "same name \"%.*s\"", (int) a->ckey_len, pool + a->ckey_off);
				uint32_t nb = name_block(ix, a, K_COMPANY), nb2 = name_block(ix, b, K_COMPANY);
				nb = nb > nb2 ? nb : nb2;
				/* the fewer cards carry the name, the likelier two of them are one company */
				rare = nb <= 2 ? 2.5 : nb <= 4 ? 2 : nb <= 8 ? 1 : 0;
				if (rare > 0) {
					L += rare;
					because(w, "a rare name (%u cards)", nb);
				}
			} else if (s >= 0.93) {
				/* one typo in a name of seven letters or more */
				L += 3;
				*agree = true;
				because(w, "name %.2f", s);
			} else if (s >= 0.92) {
				L += 2;
				because(w, "name %.2f", s);
			} else if (s >= 0.85) {
				L += 1;
				because(w, "name %.2f", s);
			} else if (has_cyrillic(pool + a->ckey_off, a->ckey_len) != has_cyrillic(pool + b->ckey_off, b->ckey_len)) {
				/* other scripts: compare the Latin skeletons */
				double t = a->pkey_len && b->pkey_len
					? crm_similarity(pool + a->pkey_off, a->pkey_len, pool + b->pkey_off, b->pkey_len) : 0;
				if (t == 1.0 && a->pkey_len == b->pkey_len) {
					L += 3;
					*agree = true;
					because(w, "same name in Latin \"%.*s\"", (int) a->pkey_len, pool + a->pkey_off);
				} else if (t >= 0.92) {
					L += 2;
					because(w, "name in Latin %.2f", t);
				}
			} else if (s < 0.7) {
				L -= 2.5;
				because(w, "different names (%.2f)", s);
			}
		}
	} else {
		if (a->pkey_len && b->pkey_len) {
			bool eq = a->pkey_len == b->pkey_len && memcmp(pool + a->pkey_off, pool + b->pkey_off, a->pkey_len) == 0;
			int fit = eq ? 0 : initials_fit(ix, a, b) + initials_fit(ix, b, a);
			bool ini = fit > 0;
			double s = eq || ini ? 1 : fit < 0 ? 0 : name_sim(pool + a->pkey_off, a->pkey_len, pool + b->pkey_off, b->pkey_len);
			*agree = s >= 0.9;
			near_name = !eq && s >= 0.9;
			if (eq) {
				L += 5;
				/* how few cards carry a person's name is no evidence here: at a million cards,
				 * two contacts whose only common fact is a name held by two cards are one
				 * person less than half of the time (bench/run dedup_evidence) */
				because(w, "same name %.*s", (int) a->pkey_len, pool + a->pkey_off);
			} else if (ini) {
				L += 3.5;
				because(w, "name fits the initials");
			} else if (fit < 0) {
				L -= 4;
				*conflict = true;
				because(w, "other initials");
			} else if (s >= 0.95) {
				L += 4;
				because(w, "name %.2f", s);
			} else if (s >= 0.9) {
				L += 2.5;
				because(w, "name %.2f", s);
			} else if (s >= 0.85) {
				L += 1;
				because(w, "name %.2f", s);
			} else if (s >= 0.8) {
				L -= 1.5;
				because(w, "name only %.2f", s);
			} else {
				L -= 6;
				*conflict = true;
				because(w, "different names (%.2f)", s);
			}
		}
		/* the patronymic: the same one narrows a common name to nearly one person, another one
		 * tells two namesakes apart */
		if (a->mid_len && b->mid_len && a->pkey_len && b->pkey_len && !*conflict) {
			double s = crm_similarity(pool + a->mid_off, a->mid_len, pool + b->mid_off, b->mid_len);
			if (s >= 0.9) {
				rare += 1.5;
				L += 1.5;
				because(w, "same patronymic %.*s", (int) a->mid_len, pool + a->mid_off);
			} else if (s < 0.8) {
				L -= 4;
				*conflict = true;
				*agree = false;
				because(w, "other patronymic (%.*s / %.*s)", (int) a->mid_len, pool + a->mid_off, (int) b->mid_len,
					pool + b->mid_off);
			}
		}
		if (a->ckey_len && b->ckey_len) {
			double s = crm_similarity(pool + a->ckey_off, a->ckey_len, pool + b->ckey_off, b->ckey_len);
			if (s == 1.0 && a->ckey_len == b->ckey_len) {
				/* a mistyped name or initials in the same company: a company has a handful of
				 * contacts, and two of them seldom have names this close — when the name is of
				 * one company, not shared by many */
				uint32_t nc = near_name ? company_cards(ix, pool + a->ckey_off, a->ckey_len) : 0;
				L += nc >= 1 && nc <= 4 ? 3.5 : 2;
				because(w, "same company \"%.*s\"", (int) a->ckey_len, pool + a->ckey_off);
			} else if (s >= 0.9) {
				L += 1;
				because(w, "company %.2f", s);
			} else if (has_cyrillic(pool + a->ckey_off, a->ckey_len) == has_cyrillic(pool + b->ckey_off, b->ckey_len)) {
				L -= 1.5;
				*agree = false;
				because(w, "other company (%.2f)", s);
			}
		}
	}

	if (!company) {
		int fa = domain_fit(ix, a, b), fb = domain_fit(ix, b, a);
		if ((fa > 0 || fb > 0) && fa >= 0 && fb >= 0) {
			L += 2;
			because(w, "e-mail domain of the same company");
		} else if ((fa < 0 || fb < 0) && fa <= 0 && fb <= 0) {
			L -= 1;
			*agree = false;
			because(w, "e-mail domain of another company");
		}
	}
	L += shared_keys(ix, a, b, K_PHONE, w);
	L += shared_keys(ix, a, b, K_EMAIL, w);
	if (!company) {
		L += shared_keys(ix, a, b, K_EXT, w);
		if (other_extension(ix, a, b)) {
			L -= 2;
			*agree = false;
			because(w, "other extension at one switchboard");
		}
	}
	int apart = 0; /* signs of a branch: other area codes, other city */
	int d = disjoint_phones(ix, a, b);
	if (company) {
		/* a company's cards nearly always repeat its switchboard */
		if (d == 2) {
			L -= 3;
			apart++;
			because(w, "no phone in common, other area codes");
		} else if (d == 1) {
			L -= 2;
			because(w, "no phone in common");
		}
	} else if (d >= 1) {
		/* a person's cards usually repeat the mobile or the extension line */
		L -= 1;
		because(w, "no phone in common");
	}

	if (a->city_len && b->city_len) {
		double s = crm_similarity(pool + a->city_off, a->city_len, pool + b->city_off, b->city_len);
		if (s == 1.0 && a->city_len == b->city_len) {
			L += company ? 1.5 : 0.3;
			because(w, "same city");
		} else if (s < 0.9) {
			L -= 1;
			apart++;
			because(w, "other city (%.*s / %.*s)", (int) a->city_len, pool + a->city_off, (int) b->city_len, pool + b->city_off);
		}
	}
	/* two company cards of one name agree unless their area codes, city or INN tell them
	 * apart (a company may list another of its lines on each card) */
	if (company && (apart || inn_apart)) {
		*agree = false;
	}
	double p = logistic(L);
	if (rare > 0 && p >= ix->opt.auto_threshold) {
		double without = logistic(L - rare), below = nextafter(ix->opt.auto_threshold, 0);
		p = without > below ? without : below;
	}
	if (branch && p > 0.5) {
		p = 0.5;
	}
	/* The same INN without both KPPs, but another city or other switchboards: maybe a branch
	 * whose card lacks its KPP — suggested, never merged unasked; both signs: not suggested. */
	if (company && same_inn && !both_kpp && apart) {
		double cap = apart > 1 ? 0.6 : 0.85;
		if (p > cap) {
			p = cap;
			because(w, "same INN but %s: maybe a branch", apart > 1 ? "other city and phones" : "other city or phones");
		}
	}
	return p;
}

double crm_dedup_index_pair(crm_dedup_index *ix, uint32_t a, uint32_t b, crm_dedup_match *m)
{
	if (a >= ix->nrec || b >= ix->nrec) {
		return 0;
	}
	why w = { NULL, 0, 0, 0, m != NULL };
	double s = score(ix, &ix->recs[a], &ix->recs[b], m ? &w : NULL);
	if (m) {
		m->id = b;
		m->score = s;
		m->reasons = w.buf;
		m->reasons_len = w.len;
		m->reason_count = w.count;
	}
	return s;
}

/* ---- match ---- */

static uint32_t next_gen(crm_dedup_index *ix)
{
	if (++ix->gen == 0) {
		memset(ix->stamp, 0, ix->nrec * sizeof *ix->stamp);
		ix->gen = 1;
	}
	return ix->gen;
}

static int cmp_match(const void *x, const void *y)
{
	const crm_dedup_match *a = x, *b = y;
	if (a->score != b->score) {
		return a->score > b->score ? -1 : 1;
	}
	return a->id < b->id ? -1 : a->id > b->id;
}

void crm_dedup_matches_free(crm_dedup_match *m, size_t n)
{
	if (!m) {
		return;
	}
	for (size_t i = 0; i < n; i++) {
		free(m[i].reasons);
	}
	free(m);
}

int64_t crm_dedup_index_match(crm_dedup_index *ix, const crm_dedup_record *in, size_t limit,
	double threshold, crm_dedup_match **out)
{
	size_t npool = ix->npool, nrkeys = ix->nrkeys;
	crm_dedup_match *m = NULL;
	size_t n = 0, cap = 0;
	rec q;
	*out = NULL;
	if (!build_rec(ix, in, &q, false)) {
		ix->npool = npool;
		ix->nrkeys = nrkeys;
		return -1;
	}
	q.probe = true;
	uint32_t g = next_gen(ix);
	for (uint32_t i = 0; i < q.nkeys && limit; i++) {
		const key *e = &ix->keys[ix->rkeys[q.keys_off + i]];
		if (e->n > BLOCK_CAP) {
			continue;
		}
		bool need_ini = ix->kpool[e->off] == K_INITIAL && !q.nini;
		const uint32_t *p = postings(e);
		for (uint32_t j = 0; j < e->n; j++) {
			uint32_t id = p[j];
			if (ix->stamp[id] == g || (need_ini && !ix->recs[id].nini)) {
				continue;
			}
			ix->stamp[id] = g;
			double s = score(ix, &q, &ix->recs[id], NULL);
			if (s >= threshold) {
				if (!GROW(m, n, cap, n + 1)) {
					goto oom;
				}
				m[n].id = id;
				m[n].score = s;
				m[n].reasons = NULL;
				m[n].reasons_len = 0;
				m[n].reason_count = 0;
				n++;
			}
		}
	}
	if (n) {
		qsort(m, n, sizeof *m, cmp_match);
	}
	if (n > limit) {
		n = limit;
	}
	for (size_t i = 0; i < n; i++) {
		why w = { NULL, 0, 0, 0, true };
		score(ix, &q, &ix->recs[m[i].id], &w);
		if (!w.on) {
			free(w.buf);
			goto oom;
		}
		m[i].reasons = w.buf;
		m[i].reasons_len = w.len;
		m[i].reason_count = w.count;
	}
	ix->npool = npool;
	ix->nrkeys = nrkeys;
	*out = m;
	return (int64_t) n;
oom:
	crm_dedup_matches_free(m, n);
	ix->npool = npool;
	ix->nrkeys = nrkeys;
	return -1;
}

/* ---- clusters ---- */

typedef struct edge {
	uint32_t a, b;
	double s;
} edge;

static int cmp_edge(const void *x, const void *y)
{
	const edge *a = x, *b = y;
	if (a->s != b->s) {
		return a->s > b->s ? -1 : 1;
	}
	if (a->a != b->a) {
		return a->a < b->a ? -1 : 1;
	}
	return a->b < b->b ? -1 : a->b > b->b;
}

static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *) x, b = *(const uint32_t *) y;
	return a < b ? -1 : a > b;
}

int64_t crm_dedup_index_clusters(crm_dedup_index *ix, double threshold, uint32_t **members_out, size_t **starts_out)
{
	size_t n = ix->nrec;
	edge *edges = NULL;
	size_t ne = 0, ce = 0;
	uint32_t *parent = NULL, *next = NULL, *size = NULL, *members = NULL;
	size_t *starts = NULL;
	int64_t result = -1;
	double level = threshold < ix->opt.review_threshold ? threshold : ix->opt.review_threshold;
	/* below auto, names that agree link the cards of one person (suggestions, not merges) */
	bool name_links = threshold < ix->opt.auto_threshold;

	*members_out = NULL;
	*starts_out = NULL;

	/* 1. candidate pairs inside blocks, scored */
	for (uint32_t i = 0; i < n; i++) {
		const rec *r = &ix->recs[i];
		uint32_t g = next_gen(ix);
		for (uint32_t k = 0; k < r->nkeys; k++) {
			const key *e = &ix->keys[ix->rkeys[r->keys_off + k]];
			if (e->n > BLOCK_CAP || e->n < 2) {
				continue;
			}
			/* initial blocks: only pairs with an initials card */
			bool need_ini = ix->kpool[e->off] == K_INITIAL && !r->nini;
			const uint32_t *p = postings(e);
			for (uint32_t j = 0; j < e->n && p[j] < i; j++) {
				uint32_t id = p[j];
				if (ix->stamp[id] == g || (need_ini && !ix->recs[id].nini)) {
					continue;
				}
				ix->stamp[id] = g;
				double s = score(ix, r, &ix->recs[id], NULL);
				if (s >= threshold) {
					if (!GROW(edges, ne, ce, ne + 1)) {
						goto done;
					}
					edges[ne].a = id;
					edges[ne].b = i;
					edges[ne].s = s;
					ne++;
				}
			}
		}
	}
	if (ne) {
		qsort(edges, ne, sizeof *edges, cmp_edge);
	}

	/* 2. best edges first; two clusters join only when every pair across them holds */
	parent = malloc((n ? n : 1) * sizeof *parent);
	next = malloc((n ? n : 1) * sizeof *next);
	size = malloc((n ? n : 1) * sizeof *size);
	if (!parent || !next || !size) {
		goto done;
	}
	for (uint32_t i = 0; i < n; i++) {
		parent[i] = next[i] = i;
		size[i] = 1;
	}
	for (size_t k = 0; k < ne; k++) {
		uint32_t ra = uf_find(parent, edges[k].a), rb = uf_find(parent, edges[k].b);
		if (ra == rb || size[ra] + size[rb] > CLUSTER_CAP) {
			continue;
		}
		/* No pair across may contradict, and the pairs across must hold on average: one card
		 * linked to two groups cannot join them, and a sparse card (a web form with a name and
		 * an e-mail) may join a group whose other cards it shares less with. */
		bool ok = true;
		double sum = 0;
		uint32_t x = ra;
		do {
			uint32_t y = rb;
			do {
				bool conflict, agree;
				double s = score_c(ix, &ix->recs[x], &ix->recs[y], NULL, &conflict, &agree);
				/* two cards of one person (names agree, companies do not differ) that share
				 * no phone or e-mail count as a review-level link below auto; two cards of one
				 * company name that nothing tells apart count at the level at any threshold */
				sum += agree && (name_links || ix->recs[x].type == CRM_DEDUP_COMPANY) && s < level ? level : s;
				ok = !conflict;
				y = next[y];
			} while (ok && y != rb);
			x = next[x];
		} while (ok && x != ra);
		if (!ok || sum < level * size[ra] * size[rb]) {
			continue;
		}
		/* splice the circular member lists, attach the smaller under the larger */
		uint32_t t = next[ra];
		next[ra] = next[rb];
		next[rb] = t;
		if (size[ra] < size[rb]) {
			t = ra; ra = rb; rb = t;
		}
		parent[rb] = ra;
		size[ra] += size[rb];
	}

	/* 3. output: clusters of two or more, members ascending, clusters by first member */
	size_t nm = 0, nc = 0;
	members = malloc((n ? n : 1) * sizeof *members);
	if (!members) {
		goto done;
	}
	for (uint32_t i = 0; i < n; i++) {
		uint32_t r = uf_find(parent, i);
		if (size[r] < 2) {
			continue;
		}
		/* the first member met (the smallest id) writes the whole cluster */
		uint32_t lo = r, x = r;
		do {
			if (x < lo) {
				lo = x;
			}
			x = next[x];
		} while (x != r);
		if (lo != i) {
			continue;
		}
		size_t s0 = nm;
		x = r;
		do {
			members[nm++] = x;
			x = next[x];
		} while (x != r);
		qsort(members + s0, nm - s0, sizeof *members, cmp_u32);
		nc++;
	}
	starts = malloc((nc + 1) * sizeof *starts);
	if (!starts) {
		goto done;
	}
	/* sizes again in output order */
	{
		size_t c = 0, pos = 0;
		while (c < nc) {
			uint32_t r = uf_find(parent, members[pos]);
			starts[c++] = pos;
			pos += size[r];
		}
		starts[nc] = pos;
	}
	*members_out = members;
	*starts_out = starts;
	members = NULL;
	result = (int64_t) nc;
done:
	free(edges);
	free(parent);
	free(next);
	free(size);
	free(members);
	return result;
}
