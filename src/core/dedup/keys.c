/* Duplicate-detection keys (company, person, e-mail) and Jaro-Winkler similarity. */
#include "dedup/keys.h"
#include "dedup/text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* A word of a key: a span of a crm_buf. */
typedef struct word {
	size_t off;
	size_t len;
	const char *p;  /* set once the buffer stops moving, for sorting */
} word;

/* Word list that lives on the stack for ordinary names and on the heap for pathological ones. */
typedef struct words {
	word *v;
	size_t n;
	size_t cap;
	bool oom;
	word stack[32];
} words;

static void words_init(words *w)
{
	w->v = w->stack;
	w->n = 0;
	w->cap = sizeof(w->stack) / sizeof(w->stack[0]);
	w->oom = false;
}

/* Grows the list (to the heap) and appends; on allocation failure sets oom instead. */
static void words_grow_push(words *w, size_t off, size_t len)
{
	if (w->oom) {
		return;
	}
	if (w->n == w->cap) {
		size_t cap = w->cap * 2;
		word *v = w->v == w->stack ? malloc(cap * sizeof(word)) : realloc(w->v, cap * sizeof(word));

		if (!v) {
			w->oom = true;
			return;
		}
		if (w->v == w->stack) {
			memcpy(v, w->stack, sizeof(w->stack));
		}
		w->v = v;
		w->cap = cap;
	}
	w->v[w->n++] = (word) { off, len, NULL };
}

static inline void words_push(words *w, size_t off, size_t len)
{
	if (w->n < w->cap && !w->oom) {
		w->v[w->n++] = (word) { off, len, NULL };
		return;
	}
	words_grow_push(w, off, len);
}

static void words_free(words *w)
{
	if (w->v != w->stack) {
		free(w->v);
	}
}

/* Joins the words with single spaces and emits them. */
static size_t emit_words(const crm_buf *text, const words *w, char *out, size_t cap)
{
	char stack[512];
	crm_buf b;
	size_t r, total = 0;

	/* the usual case, the key fits out: written there directly */
	if (!text->oom && !w->oom) {
		for (size_t i = 0; i < w->n; i++) {
			total += w->v[i].len + (i > 0);
		}
		if (total < cap) {
			char *o = out;

			for (size_t i = 0; i < w->n; i++) {
				if (i > 0) {
					*o++ = ' ';
				}
				memcpy(o, text->data + w->v[i].off, w->v[i].len);
				o += w->v[i].len;
			}
			*o = '\0';
			return total;
		}
	}
	crm_buf_init(&b, stack, sizeof(stack));
	for (size_t i = 0; i < w->n; i++) {
		if (b.len) {
			crm_buf_putc(&b, ' ');
		}
		crm_buf_put(&b, text->data + w->v[i].off, w->v[i].len);
	}
	if (text->oom || w->oom) {
		b.oom = true;
	}
	r = crm_buf_emit(&b, out, cap);
	crm_buf_free(&b);
	return r;
}

/* ---- company key ---- */

/* Legal forms (and the word "and") as folded words. Abbreviations are matched only as whole words, so "АО" never
 * eats the "ао" inside a name; both the old and new forms are listed (ЗАО -> АО, ОАО -> ПАО
 * since 2014), which is what makes a renamed company keep its key. */
/* A legal form and its length in bytes. The forms are grouped by the length in bytes of their
 * last word: the words are compared from the last one, and only forms whose last word is as
 * long as the word on top can match (words hold no spaces). */
typedef struct legal_form { const char *s; size_t len; } legal_form;
/* LFW(k, head, tail): a form of several words whose last one, tail, has k bytes; LF(k, s): a
 * form of one word. A form put under the wrong k does not compile (negative array size). */
#define LFW(k, h, t) { h t, sizeof(h t) - 1 + 0 * sizeof(char[sizeof(t) - 1 == (k) ? 1 : -1]) }
#define LF(k, s) LFW(k, "", s)
/* Russian: общество с ограниченной ответственностью, ООО ... ФГУП; Russian forms in Latin
 * letters and the common foreign ones in Russian and Swedish data (ooo, jsc, llc, ltd, gmbh,
 * inc); Swedish (Ek. för. folds to "ek for"); and the word "and": "&" is a separator, so the
 * spelled-out и/och/and/und must go too (Åkesson & Söner = Åkesson och Söner). */
static const legal_form lf2[] = { LF(2, "ao"), LF(2, "ab"), LF(2, "hb"), LF(2, "kb"), LF(2, "и") };
static const legal_form lf3[] = {
	LF(3, "ooo"), LF(3, "zao"), LF(3, "oao"), LF(3, "pao"), LF(3, "jsc"), LF(3, "llc"), LF(3, "ltd"), LF(3, "inc"),
	LFW(3, "ek ", "for"), LF(3, "brf"), LF(3, "och"), LF(3, "and"), LF(3, "und"),
};
static const legal_form lf4[] = {
	LF(4, "ао"), LF(4, "ип"), LF(4, "чп"), LF(4, "ojsc"), LF(4, "cjsc"), LF(4, "pjsc"), LF(4, "gmbh"), LF(4, "publ"),
};
static const legal_form lf5[] = { LFW(5, "enskild ", "firma") };
static const legal_form lf6[] = {
	LF(6, "ооо"), LF(6, "оао"), LF(6, "зао"), LF(6, "пао"), LF(6, "нао"), LF(6, "тоо"), LF(6, "нко"), LF(6, "ано"),
	LF(6, "гуп"), LF(6, "муп"), LF(6, "одо"),
};
static const legal_form lf7[] = { LF(7, "limited") };
static const legal_form lf8[] = { LF(8, "фгуп"), LFW(8, "ekonomisk ", "forening") };
static const legal_form lf10[] = { LF(10, "aktiebolag") };
static const legal_form lf12[] = { LF(12, "aktiebolaget"), LF(12, "handelsbolag") };
static const legal_form lf14[] = { LF(14, "kommanditbolag") };
static const legal_form lf16[] = {
	LFW(16, "открытое акционерное ", "общество"), LFW(16, "закрытое акционерное ", "общество"),
	LFW(16, "публичное акционерное ", "общество"), LFW(16, "непубличное акционерное ", "общество"),
	LFW(16, "акционерное ", "общество"),
};
static const legal_form lf20[] = { LF(20, "bostadsrattsforening") };
static const legal_form lf22[] = {
	LFW(22, "частное ", "предприятие"), LFW(22, "федеральное государственное унитарное ", "предприятие"),
	LFW(22, "государственное унитарное ", "предприятие"), LFW(22, "муниципальное унитарное ", "предприятие"),
	LFW(22, "автономная некоммерческая ", "организация"), LFW(22, "некоммерческая ", "организация"),
};
static const legal_form lf30[] = { LFW(30, "индивидуальный ", "предприниматель") };
static const legal_form lf32[] = {
	LFW(32, "общество с ограниченной ", "ответственностью"), LFW(32, "общество с дополнительной ", "ответственностью"),
	LFW(32, "товарищество с ограниченной ", "ответственностью"),
};
#undef LFW
#undef LF

/* The forms by the length of their last word. */
#define BY_TAIL(k) [k] = { lf##k, sizeof(lf##k) / sizeof(lf##k[0]) }
static const struct { const legal_form *v; size_t n; } legal_forms[] = {
	BY_TAIL(2), BY_TAIL(3), BY_TAIL(4), BY_TAIL(5), BY_TAIL(6), BY_TAIL(7), BY_TAIL(8), BY_TAIL(10),
	BY_TAIL(12), BY_TAIL(14), BY_TAIL(16), BY_TAIL(20), BY_TAIL(22), BY_TAIL(30), BY_TAIL(32),
};
#undef BY_TAIL

/* Whether a[0..n) and b[0..n) hold the same bytes (inline: the words here are short). */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
	for (; n >= 8; a += 8, b += 8, n -= 8) {
		uint64_t x, y;

		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y) {
			return false;
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (a[i] != b[i]) {
			return false;
		}
	}
	return true;
}

/* Number of words of the form (space-separated) if it is what the last words of w spell, or 0.
 * From the last word down: a word holds no spaces, so it is a word of the phrase when its
 * bytes end the part of the phrase not matched yet and a space or the phrase's start comes
 * before them. */
static size_t phrase_at_end(const crm_buf *text, const words *w, const legal_form *f)
{
	size_t end = f->len, k = 0;

	for (size_t i = w->n; i-- > 0;) {
		size_t wl = w->v[i].len;

		if (wl > end || !same_bytes(text->data + w->v[i].off, f->s + end - wl, wl)) {
			return 0;
		}
		k++;
		end -= wl;
		if (end == 0) {
			return k;
		}
		if (f->s[end - 1] != ' ') {
			return 0;
		}
		end--;
	}
	return 0;
}

/* Pushes the words onto kept, and whenever the words on top spell a legal form (the longest
 * one), pops them. Removing a form can bring together two words that make another ("ek ООО
 * för"); the stack catches that in the same pass, and no legal form is left anywhere in kept,
 * so the key is a fixed point in linear time. */
static void strip_legal_forms(const crm_buf *text, const words *all, words *kept)
{
	for (size_t i = 0; i < all->n; i++) {
		size_t best = 0;

		words_push(kept, all->v[i].off, all->v[i].len);
		if (kept->oom) {
			return;
		}
		size_t wl = all->v[i].len;
		char lastc = wl ? text->data[all->v[i].off + wl - 1] : 0;

		if (wl >= sizeof(legal_forms) / sizeof(legal_forms[0])) {
			continue;
		}
		for (size_t f = 0; f < legal_forms[wl].n; f++) {
			const legal_form *form = &legal_forms[wl].v[f];
			size_t m;

			if (form->s[form->len - 1] != lastc) {
				continue;
			}
			m = phrase_at_end(text, kept, form);
			if (m > best) {
				best = m;
			}
		}
		kept->n -= best;
	}
}

/* Latin letters that look like Cyrillic ones (after lower-casing), for words typed with a
 * mixed keyboard layout ("OOO Pомашка" with a Latin P). */
static uint32_t cyrillic_lookalike(uint32_t cp)
{
	static const struct { char latin; uint16_t cyr; } map[] = {
		{ 'a', 0x430 }, { 'b', 0x432 }, { 'c', 0x441 }, { 'e', 0x435 }, { 'h', 0x43D }, { 'k', 0x43A },
		{ 'm', 0x43C }, { 'o', 0x43E }, { 'p', 0x440 }, { 't', 0x442 }, { 'x', 0x445 }, { 'y', 0x443 },
	};

	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		if ((uint32_t) map[i].latin == cp) {
			return map[i].cyr;
		}
	}
	return 0;
}

static bool is_cyrillic(uint32_t cp)
{
	return cp >= 0x400 && cp <= 0x52F;
}

/* Whether a folded word mixes Latin and Cyrillic letters ("Pомашка" with a Latin P), whose Latin
 * look-alikes then become Cyrillic. Whole-Latin words are left alone: company names are not
 * transliterated (see docs/dedup-keys.md). */
static bool mixed_word(const char *wd, size_t n)
{
	const uint64_t top = UINT64_C(0x8080808080808080);
	size_t pos = 0, i = 0;
	bool cyr = false, lat = false;
	uint64_t any = 0, all = ~UINT64_C(0);

	/* nearly every word is all ASCII (Latin) or all above it (Cyrillic): the top bits of its
	 * bytes tell that without decoding (eight at a time), and such a word mixes nothing */
	for (; i + 8 <= n; i += 8) {
		uint64_t v;

		memcpy(&v, wd + i, 8);
		any |= v;
		all &= v;
	}
	for (; i < n; i++) {
		uint64_t c = (unsigned char) wd[i];

		any |= c;
		all &= c | ~UINT64_C(0x80);
	}
	if (!(any & top) || (all & top) == top) {
		return false;
	}
	while (pos < n) {
		uint32_t cp = crm_utf8_next(wd, n, &pos);

		cyr |= is_cyrillic(cp);
		lat |= cp >= 'a' && cp <= 'z';
	}
	return cyr && lat;
}

/* Appends a mixed word (folded) to text with its Latin look-alikes replaced by Cyrillic letters. */
static void put_lookalikes(crm_buf *text, const char *wd, size_t n)
{
	size_t pos = 0;

	while (pos < n) {
		uint32_t cp = crm_utf8_next(wd, n, &pos);
		uint32_t c = cyrillic_lookalike(cp);

		crm_buf_put_cp(text, c ? c : cp);
	}
}

size_t crm_company_key(const char *s, size_t len, char *out, size_t cap)
{
	char stack[512], wstack[256];
	crm_buf text, wd;
	words w, kept;
	size_t pos = 0, r;

	crm_buf_init(&text, stack, sizeof(stack));
	crm_buf_init(&wd, wstack, sizeof(wstack));
	words_init(&w);
	words_init(&kept);
	for (;;) {
		size_t off = text.len;

		/* folded straight into text; a mixed word is rewritten from a copy in wd */
		if (!crm_fold_token(s, len, &pos, &text, 0, NULL)) {
			break;
		}
		if (!text.oom && mixed_word(text.data + off, text.len - off)) {
			wd.len = 0;
			crm_buf_put(&wd, text.data + off, text.len - off);
			text.len = off;
			put_lookalikes(&text, wd.data, wd.len);
		}
		words_push(&w, off, text.len - off);
	}
	if (wd.oom) {
		text.oom = true;
	}
	strip_legal_forms(&text, &w, &kept);
	/* A name that is nothing but legal forms ("АО") keeps them all: an empty key would merge
	 * it with every other such name. */
	r = emit_words(&text, kept.n || kept.oom ? &kept : &w, out, cap);
	words_free(&kept);
	words_free(&w);
	crm_buf_free(&wd);
	crm_buf_free(&text);
	return r;
}

/* ---- person key ---- */

/* Cyrillic а..я by ICAO 9303 (Russian passports since 2012), the most common spelling in new
 * documents; the skeleton rules below bring the other systems to it. */
static const char icao[32][5] = {
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia",
};

static const unsigned char icao_len[32] = {
	1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 2, 1, 0, 1, 2, 2,
};

/* Writes the transliteration of the folded word wd[0..n) to o. Russian letters and ASCII go
 * through a local pointer into room reserved for twice the rest of the word (щ, 2 bytes, is
 * the longest: shch); anything else through the checked appenders. */
static void transliterate(const char *wd, size_t n, crm_buf *o)
{
	const unsigned char *u = (const unsigned char *) wd;
	size_t pos = 0;
	char *d;

	if (!crm_buf_reserve(o, 2 * n)) {
		return;
	}
	d = o->data + o->len;
	while (pos < n) {
		unsigned b = u[pos];
		uint32_t cp;
		const char *t = NULL;

		if (b < 0x80) {
			*d++ = (char) b;
			pos++;
			continue;
		}
		if ((b == 0xD0 || b == 0xD1) && pos + 1 < n && (u[pos + 1] & 0xC0) == 0x80) {
			/* U+0400..U+047F, the Russian letters among them, decoded here */
			cp = ((uint32_t) (b & 0x1F) << 6) | (u[pos + 1] & 0x3F);
			pos += 2;
			if (cp - 0x430 < 32) {
				/* four bytes copied, as many kept: room for twice what was read so far */
				memcpy(d, icao[cp - 0x430], 4);
				d += icao_len[cp - 0x430];
				continue;
			}
		} else {
			cp = crm_utf8_next(wd, n, &pos);
		}
		if (cp == 0x456 || cp == 0x457) {
			t = "i";
		} else if (cp == 0x454) {
			t = "ie";
		} else if (cp == 0x491) {
			t = "g";
		} else if (cp == 0x45E) {
			t = "u";
		}
		o->len = (size_t) (d - o->data);
		if (t) {
			crm_buf_put(o, t, strlen(t));
		} else {
			crm_buf_put_cp(o, cp);
		}
		/* room for twice the rest again, whatever that code point took */
		if (!crm_buf_reserve(o, 2 * (n - pos))) {
			return;
		}
		d = o->data + o->len;
	}
	o->len = (size_t) (d - o->data);
}

static bool is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static bool is_consonant(char c)
{
	return c >= 'a' && c <= 'z' && !is_vowel(c);
}

/* Consonant spellings of the transliteration systems, first match wins at each position:
 * GOST 7.79-B shh/cz, German sch/tsch, English c/ck/ph/x/w, and a lone h for х (Hohlov). */
#define CS(f, t) { f, t, sizeof(f) - 1, sizeof(t) - 1 }
static const struct { const char *from, *to; size_t flen, tlen; } consonants[] = {
	CS("schtsch", "shch"), CS("shch", "shch"), CS("sch", "shch"), CS("shh", "shch"),
	CS("tsch", "ch"), CS("tch", "ch"), CS("zh", "zh"), CS("kh", "kh"), CS("ch", "ch"), CS("sh", "sh"),
	CS("ph", "f"), CS("th", "t"), CS("gh", "g"), CS("ts", "ts"), CS("tz", "ts"), CS("cz", "ts"),
	CS("ck", "k"), CS("c", "k"), CS("h", "kh"), CS("w", "v"), CS("x", "ks"), CS("q", "k"),
};  /* consonant_at() and skeleton_consonants() below name these by index, and skeleton_fixed()
     * knows which change a word: keep the four in step */
#define CONSONANT_LONE_C 17  /* CS("c", "k"), which skeleton_consonants() reads as ts where it is ц */

#undef CS

/* Whether t[0..n) begins with the m bytes of p. */
static inline bool begins(const char *t, size_t n, const char *p, size_t m)
{
	if (m > n) {
		return false;
	}
	for (size_t i = 0; i < m; i++) {
		if (t[i] != p[i]) {
			return false;
		}
	}
	return true;
}

/* The spelling of the table above that matches at t[0..n) (n > 0), as its index, or -1: the
 * same first match as scanning the table in order, reached through the first letter (only
 * spellings that begin with that letter can match, and their order is kept). */
static int consonant_at(const char *t, size_t n)
{
#define AT(k) do { if (begins(t, n, consonants[k].from, consonants[k].flen)) return k; } while (0)
	switch (t[0]) {
	case 's': AT(0); AT(1); AT(2); AT(3); AT(9); return -1;
	case 't': AT(4); AT(5); AT(11); AT(13); AT(14); return -1;
	case 'z': AT(6); return -1;
	case 'k': AT(7); return -1;
	case 'c': AT(8); AT(15); AT(16); AT(17); return -1;
	case 'p': AT(10); return -1;
	case 'g': AT(12); return -1;
	case 'h': AT(18); return -1;
	case 'w': AT(19); return -1;
	case 'x': AT(20); return -1;
	case 'q': AT(21); return -1;
	default: return -1;
	}
#undef AT
}

/* Whether the word t[0..n) ends like a Russian surname or patronymic written in Latin letters
 * (-ov, -ev, -ova, -eva, -ow, -ew, -enko, -ski, -sky, -skii, -skij, -skiy, -skaia, -skaya,
 * -vich, -vna): there a c is ц, as GOST 7.79-B and ISO 9 write it (Kuznecov, Capkov), not the
 * k of Carl or Oscar. */
static bool slavic_ending(const char *t, size_t n)
{
	static const char *const endings[] = {
		"ov", "ev", "ova", "eva", "ow", "ew", "enko", "ski", "sky", "skii", "skij", "skiy",
		"skaia", "skaya", "vich", "vna",
	};

	for (size_t i = 0; i < sizeof(endings) / sizeof(endings[0]); i++) {
		size_t m = strlen(endings[i]);

		if (n > m + 1 && memcmp(t + n - m, endings[i], m) == 0) {
			return true;
		}
	}
	return false;
}

/* A c that is not part of ch, ck or cz: ц before e, i, y or v everywhere (Cyganov, Zajcev,
 * Cvetkov: ISO 9 and GOST 7.79-B; Western names keep their spelling, only as ts: Cecilia),
 * and anywhere in a word with a Russian ending (Kuznecov); otherwise k (Carl, Clas, Oscar). */
static inline bool c_is_ts(char next, bool slavic)
{
	return slavic || next == 'e' || next == 'i' || next == 'y' || next == 'v';
}

/* The three steps below write into d, which holds 2 * n bytes (a spelling at most doubles a
 * letter: h -> kh, x -> ks, c -> ts; the other steps never lengthen), and return the length
 * written. */
static size_t skeleton_consonants(const char *t, size_t n, char *d)
{
	size_t l = 0;
	int slavic = -1;  /* slavic_ending(), worked out at the first lone c */

	for (size_t i = 0; i < n;) {
		int k = consonant_at(t + i, n - i);

		if (k < 0) {
			d[l++] = t[i++];
			continue;
		}
		if (k == CONSONANT_LONE_C) {
			if (slavic < 0) {
				slavic = slavic_ending(t, n);
			}
			if (c_is_ts(i + 1 < n ? t[i + 1] : 0, slavic)) {
				d[l++] = 't';
				d[l++] = 's';
				i++;
				continue;
			}
		}
		if (consonants[k].to[0] == 'c') {
			/* ch after what is written as t or ts would be read as tch or tsch by the next round,
			 * which drops them: drop them here, or a run of ts before ch (Tststs…ch) would lose
			 * one ts a round and outlast the rounds */
			for (;;) {
				if (l >= 2 && d[l - 2] == 't' && d[l - 1] == 's') {
					l -= 2;
				} else if (l >= 1 && d[l - 1] == 't') {
					l--;
				} else {
					break;
				}
			}
		}
		for (size_t j = 0; j < consonants[k].tlen; j++) {
			d[l++] = consonants[k].to[j];
		}
		i += consonants[k].flen;
	}
	return l;
}

/* The iotated vowels: Yu/Ju/Iu, Ya/Ja/Ia, Yelena/Jelena/Elena, Andreyev/Andreev,
 * Fyodor/Fjodor/Fedor, Yolkin/Jolkin/Elkin (Ёлкин) all become one spelling; y and j are i. */
static size_t skeleton_vowels(const char *t, size_t n, char *d)
{
	size_t l = 0;

	for (size_t i = 0; i < n;) {
		char c = t[i], next = i + 1 < n ? t[i + 1] : 0;

		if (next == 'e' && (c == 'y' || c == 'j' || (c == 'i' && i > 0))) {
			d[l++] = 'e';
			i += 2;
		} else if (next == 'o' && ((i == 0 && (c == 'y' || c == 'j' || c == 'i'))
				|| ((c == 'y' || c == 'j') && i > 0 && is_consonant(t[i - 1])))) {
			d[l++] = 'e';
			i += 2;
		} else {
			d[l++] = c == 'y' || c == 'j' ? 'i' : c;
			i++;
		}
	}
	return l;
}

/* Doubled letters vary between spellings (Gennadiy/Genadij, Iuliia/Yulia), and a final -er
 * after a consonant is the Western spelling of -р (Alexander, Peter). */
static size_t skeleton_tidy(const char *t, size_t n, char *d)
{
	size_t l = 0;

	for (size_t i = 0; i < n; i++) {
		if (i > 0 && t[i] == t[i - 1] && t[i] >= 'a' && t[i] <= 'z') {
			continue;
		}
		d[l++] = t[i];
	}
	if (l >= 4 && d[l - 2] == 'e' && d[l - 1] == 'r' && is_consonant(d[l - 3])) {
		d[l - 2] = 'r';
		l--;
	}
	return l;
}

/* Whether a round of the three steps below would leave t[0..n) as it is (false may also mean
 * "not sure": the round then runs and decides). It only reads, so a word that is already a
 * skeleton (most are) costs one scan instead of a round, and a word changed by a round is not
 * run through another one just to see that nothing changes. The word is left alone when none
 * of these is in it:
 *   - vowels: y or j; "ie" after the first letter; "io" at the start;
 *   - tidying: a doubled letter; a final consonant + "er";
 *   - consonants: q, w or x; a c not followed by h; an h not after s, z, k or c; sch, tch,
 *     tsh (ts is taken whole, leaving a lone h), tz.
 * Then the consonant step meets only the spellings that stay (sh, shch, ch, kh, zh, ts): every
 * h belongs to one, since the letter before it cannot have been taken by a spelling that
 * changes (sch, tch, ck, cz, tz are absent, and tsh). Checked exhaustively against a round of
 * the steps for all words of up to 7 letters over a c e g h i j k n o p q r s t v w x y z, and up to
 * 5 in tests/core/test_dedup_skeleton.c (CRM_SKELETON_LEN=7 for the long run). */
static bool skeleton_fixed(const char *t, size_t n)
{
	/* the letters that a rule looks at when they come */
	static const bool watch[256] = {
		['e'] = true, ['h'] = true, ['z'] = true, ['y'] = true, ['j'] = true, ['q'] = true, ['w'] = true, ['x'] = true,
	};
	unsigned p2 = 0, p1 = 0;  /* the two bytes before t[i] */

	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned char) t[i], a = c - 'a';

		if (watch[c] | (c == p1) | (p1 == 'c') | (i == 1)) {
			if ((c == p1 && a < 26) || (p1 == 'c' && c != 'h') || (i == 1 && c == 'o' && p1 == 'i')
				|| c == 'y' || c == 'j' || c == 'q' || c == 'w' || c == 'x'
				|| (c == 'e' && p1 == 'i' && i >= 2)
				|| (c == 'z' && p1 == 't')
				|| (c == 'h' && (!(p1 == 's' || p1 == 'z' || p1 == 'k' || p1 == 'c')
					|| (p1 == 'c' && (p2 == 's' || p2 == 't')) || (p1 == 's' && p2 == 't')))) {
				return false;
			}
		}
		p2 = p1;
		p1 = c;
	}
	return p1 != 'c' && !(n >= 4 && t[n - 2] == 'e' && t[n - 1] == 'r' && is_consonant(t[n - 3]));
}

/* The Latin skeleton of one transliterated word, t[off..), replacing it. The three steps run until
 * nothing changes, so the skeleton of a skeleton is itself however the rules interact;
 * skeleton_fixed() says beforehand when a round would change nothing, and such a round is
 * skipped (at most 16 rounds run, as many as before that shortcut). */
static void skeleton(crm_buf *t, size_t off, crm_buf *x, crm_buf *y)
{
	if (!t->oom && skeleton_fixed(t->data + off, t->len - off)) {
		return;
	}
	for (int round = 0; round < 16; round++) {
		size_t n = t->len - off, l;

		x->len = 0;
		y->len = 0;
		if (t->oom || !crm_buf_reserve(x, 2 * n) || !crm_buf_reserve(y, 2 * n)) {
			t->oom = true;
			return;
		}
		l = skeleton_consonants(t->data + off, n, x->data);
		l = skeleton_vowels(x->data, l, y->data);
		l = skeleton_tidy(y->data, l, x->data);
		x->len = l;
		if (l == n && memcmp(x->data, t->data + off, n) == 0) {
			return;
		}
		t->len = off;
		crm_buf_put(t, x->data, l);
		if (!t->oom && skeleton_fixed(t->data + off, t->len - off)) {
			return;
		}
	}
}

/* Diminutives, as skeletons, to the skeleton of the full name. Gendered pairs share a
 * diminutive (Саша, Женя, Валя), so their full names share a key too: Александра is
 * "aleksandr" like Александр; the surname (Иванов / Иванова) still tells them apart.
 * Слава goes to Вячеслав, the most frequent of its full names. */
#define DIM(d, f) { d, f, sizeof(d) - 1 }
/* Sorted by length, then bytes, for full_name()'s binary search. */
static const struct { const char *dim, *full; size_t len; } diminutives[] = {
	DIM("ira", "irina"),                  /* Ира */
	DIM("ania", "ana"),                   /* Аня */
	DIM("dima", "dmitri"),                /* Дима */
	DIM("edik", "eduard"),                /* Эдик */
	DIM("gena", "genadi"),                /* Гена */
	DIM("iura", "iuri"),                  /* Юра */
	DIM("lara", "larisa"),                /* Лара */
	DIM("lena", "elena"),                 /* Лена */
	DIM("leva", "lev"),                   /* Лёва */
	DIM("liza", "elizaveta"),             /* Лиза */
	DIM("maks", "maksim"),                /* Макс */
	DIM("mila", "liudmila"),              /* Мила */
	DIM("olia", "olga"),                  /* Оля */
	DIM("rita", "margarita"),             /* Рита */
	DIM("roma", "roman"),                 /* Рома */
	DIM("stas", "stanislav"),             /* Стас */
	DIM("tema", "artem"),                 /* Тёма */
	DIM("vika", "viktoria"),              /* Вика */
	DIM("vova", "vladimir"),              /* Вова */
	DIM("zina", "zinaida"),               /* Зина */
	DIM("boria", "boris"),                /* Боря */
	DIM("dasha", "daria"),                /* Даша */
	DIM("fedia", "fedor"),                /* Федя */
	DIM("galia", "galina"),               /* Галя */
	DIM("gosha", "georgi"),               /* Гоша */
	DIM("katia", "ekaterina"),            /* Катя */
	DIM("kolia", "nikolai"),              /* Коля */
	DIM("lenia", "leonid"),               /* Лёня */
	DIM("lesha", "aleksei"),              /* Лёша */
	DIM("liuba", "liubov"),               /* Люба */
	DIM("liuda", "liudmila"),             /* Люда */
	DIM("masha", "maria"),                /* Маша */
	DIM("misha", "mikhail"),              /* Миша */
	DIM("nadia", "nadezhda"),             /* Надя */
	DIM("pasha", "pavel"),                /* Паша */
	DIM("petia", "petr"),                 /* Петя */
	DIM("polia", "polina"),               /* Поля */
	DIM("sania", "aleksandr"),            /* Саня */
	DIM("sasha", "aleksandr"),            /* Саша */
	DIM("senia", "semen"),                /* Сеня */
	DIM("shura", "aleksandr"),            /* Шура */
	DIM("slava", "viacheslav"),           /* Слава */
	DIM("sonia", "sofia"),                /* Соня */
	DIM("stepa", "stepan"),               /* Стёпа */
	DIM("sveta", "svetlana"),             /* Света */
	DIM("tania", "tatiana"),              /* Таня */
	DIM("tolia", "anatoli"),              /* Толя */
	DIM("tonia", "antonina"),             /* Тоня */
	DIM("valia", "valentin"),             /* Валя */
	DIM("vania", "ivan"),                 /* Ваня */
	DIM("varia", "varvara"),              /* Варя */
	DIM("vasia", "vasili"),               /* Вася */
	DIM("vitia", "viktor"),               /* Витя */
	DIM("zhora", "georgi"),               /* Жора */
	DIM("alesha", "aleksei"),             /* Алёша */
	DIM("aniuta", "ana"),                 /* Анюта */
	DIM("grisha", "grigori"),             /* Гриша */
	DIM("kostia", "konstantin"),          /* Костя */
	DIM("nastia", "anastasia"),           /* Настя */
	DIM("valera", "valeri"),              /* Валера */
	DIM("zhenia", "evgeni"),              /* Женя */
	DIM("dashcha", "daria"),              /* Dascha */
	DIM("evgenia", "evgeni"),             /* Евгения */
	DIM("ksiusha", "ksenia"),             /* Ксюша */
	DIM("mashcha", "maria"),              /* Mascha */
	DIM("mishcha", "mikhail"),            /* Mischa */
	DIM("natasha", "natalia"),            /* Наташа */
	DIM("pashcha", "pavel"),              /* Pascha */
	DIM("sashcha", "aleksandr"),          /* Sascha */
	DIM("serezha", "sergei"),             /* Серёжа */
	DIM("volodia", "vladimir"),           /* Володя */
	DIM("grishcha", "grigori"),           /* Grischa */
	DIM("kiriusha", "kiril"),             /* Кирюша */
	DIM("andriusha", "andrei"),           /* Андрюша */
	DIM("natashcha", "natalia"),          /* Natascha */
	DIM("valentina", "valentin"),         /* Валентина */
	DIM("aleksandra", "aleksandr"),       /* Александра */
};

#undef DIM

/* The full name of the diminutive wd[0..n), or NULL. */
static const char *full_name(const char *wd, size_t n)
{
	size_t lo = 0, hi = sizeof(diminutives) / sizeof(diminutives[0]);

	/* most words are no diminutive by their length alone */
	if (n < diminutives[0].len || n > diminutives[hi - 1].len) {
		return NULL;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = 0;

		if (diminutives[mid].len != n) {
			c = diminutives[mid].len < n ? -1 : 1;
		} else {
			/* memcmp's order, inline: these are a few bytes */
			for (size_t i = 0; i < n && !c; i++) {
				c = (int) (unsigned char) diminutives[mid].dim[i] - (int) (unsigned char) wd[i];
			}
		}
		if (c == 0) {
			return diminutives[mid].full;
		}
		if (c < 0) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return NULL;
}

static bool ends_with(const char *p, size_t n, const char *suffix)
{
	size_t sl = strlen(suffix);

	return n > sl && memcmp(p + n - sl, suffix, sl) == 0;
}

static inline bool patronymic_bytes(const char *p, size_t n)
{
	return ends_with(p, n, "vich") || ends_with(p, n, "vna") || ends_with(p, n, "ichna");
}

bool crm_patronymic_skeleton(const char *p, size_t n)
{
	return patronymic_bytes(p, n);
}

static bool patronymic(const crm_buf *text, const word *w)
{
	return patronymic_bytes(text->data + w->off, w->len);
}

/* Drops patronymics while three or more words remain. The patronymic follows the first name,
 * so it is the second word (Имя Отчество Фамилия) or else the last one that looks like one
 * (Фамилия Имя Отчество); that keeps surnames such as Абрамович. Repeating until no
 * patronymic-looking word is left among three keeps the key a fixed point.
 * Done in two linear phases, which give what dropping one word at a time would: first the
 * second word while it is a patronymic, then patronymics from the end. */
static void drop_patronymics(const crm_buf *text, words *w)
{
	size_t n = w->n, first = 1, k = 0;
	bool *drop;
	bool dstack[32];

	if (n < 3) {
		return;
	}
	drop = n <= 32 ? dstack : calloc(n, sizeof(bool));
	if (!drop) {
		w->oom = true;
		return;
	}
	memset(drop, 0, n * sizeof(bool));
	while (n >= 3 && first < w->n && patronymic(text, &w->v[first])) {
		drop[first++] = true;
		n--;
	}
	for (size_t i = w->n; n >= 3 && i-- > 0;) {
		if (!drop[i] && patronymic(text, &w->v[i])) {
			drop[i] = true;
			n--;
		}
	}
	for (size_t i = 0; i < w->n; i++) {
		if (!drop[i]) {
			w->v[k++] = w->v[i];
		}
	}
	w->n = k;
	if (drop != dstack) {
		free(drop);
	}
}

static int word_cmp(const void *a, const void *b)
{
	const word *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->p, y->p, n);

	return c ? c : (x->len > y->len) - (x->len < y->len);
}

static bool is_name_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 0x430 && cp <= 0x4FF);
}

/* Initials: one letter ("А", "J"), or one or two Latin letters before a dot ("Yu.", "Zh.",
 * also "Dr."), the usual way to write Ю, Ж, Ч, Ш in Latin initials. */
static bool initial(const char *wd, size_t n, size_t cps, uint32_t sep)
{
	size_t pos = 0;

	if (cps == 1) {
		return is_name_letter(crm_utf8_next(wd, n, &pos));
	}
	if (cps == 2 && sep == '.' && n == 2) {
		return wd[0] >= 'a' && wd[0] <= 'z' && wd[1] >= 'a' && wd[1] <= 'z';
	}
	return false;
}

/* Code points of p, counted only up to two: all that initial() asks is "one or more". */
static size_t cps_up_to_two(const char *p, size_t n)
{
	size_t pos = 0, k = 0;

	while (pos < n && k < 2) {
		crm_utf8_next(p, n, &pos);
		k++;
	}
	return k;
}

size_t crm_person_key(const char *s, size_t len, char *out, size_t cap)
{
	char stack[512], wstack[256], xstack[256], ystack[256];
	crm_buf text, wd, x, y;
	words w;
	size_t pos = 0, r;
	bool oom = false;

	crm_buf_init(&text, stack, sizeof(stack));
	crm_buf_init(&wd, wstack, sizeof(wstack));
	crm_buf_init(&x, xstack, sizeof(xstack));
	crm_buf_init(&y, ystack, sizeof(ystack));
	words_init(&w);
	for (;;) {
		uint32_t sep;
		size_t cps, off = text.len, n;
		const char *full, *sk;

		wd.len = 0;
		cps = crm_fold_token(s, len, &pos, &wd, CRM_FOLD_JOIN_APOSTROPHE, &sep);
		if (!cps) {
			break;
		}
		if (wd.oom || initial(wd.data, wd.len, cps, sep)) {
			continue;
		}
		/* transliterated and skeletonised at the end of text, where the word stays */
		transliterate(wd.data, wd.len, &text);
		skeleton(&text, off, &x, &y);
		if (text.oom) {
			oom = true;
			break;
		}
		sk = text.data + off;
		n = text.len - off;
		/* A word can shrink to one letter (ь vanishes, "Ёё" collapses); dropping it like an
		 * initial keeps the key a fixed point (a code point takes at most 4 bytes: a longer
		 * word has two). */
		if (n == 0 || (n <= 4 && initial(sk, n, cps_up_to_two(sk, n), 0))) {
			text.len = off;
			continue;
		}
		full = full_name(sk, n);
		if (full) {
			text.len = off;
			crm_buf_put(&text, full, strlen(full));
		}
		words_push(&w, off, text.len - off);
	}
	if (oom || wd.oom || text.oom || w.oom) {
		text.oom = true;
	} else {
		drop_patronymics(&text, &w);
		for (size_t i = 0; i < w.n; i++) {
			w.v[i].p = text.data + w.v[i].off;
		}
		if (w.n <= 16) {
			/* a name has a few words: insertion sort (equal words are equal bytes, so any
			 * order of them gives the same key as qsort) */
			for (size_t i = 1; i < w.n; i++) {
				word v = w.v[i];
				size_t j = i;

				while (j > 0 && word_cmp(&w.v[j - 1], &v) > 0) {
					w.v[j] = w.v[j - 1];
					j--;
				}
				w.v[j] = v;
			}
		} else {
			qsort(w.v, w.n, sizeof(word), word_cmp);
		}
	}
	r = emit_words(&text, &w, out, cap);
	words_free(&w);
	crm_buf_free(&y);
	crm_buf_free(&x);
	crm_buf_free(&wd);
	crm_buf_free(&text);
	return r;
}

/* ---- e-mail key ---- */

static bool ascii_prefix_ci(const char *s, size_t n, const char *prefix)
{
	size_t pl = strlen(prefix);

	if (n < pl) {
		return false;
	}
	for (size_t i = 0; i < pl; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z') {
			c += 32;
		}
		if (c != prefix[i]) {
			return false;
		}
	}
	return true;
}

/* The RFC 5322 specials " ( ) , : ; < > [ \ ] */
static bool email_special(unsigned char c)
{
	switch (c) {
	case '"': case '(': case ')': case ',': case ':': case ';': case '<': case '>': case '[': case '\\': case ']':
		return true;
	default:
		return false;
	}
}

/* ASCII sets as two 64-bit masks (bytes 0..63, 64..127); a range stays within one half. */
#define ASCII_BIT(c) (UINT64_C(1) << ((c) & 63))
#define ASCII_RANGE(a, b) ((ASCII_BIT(b) << 1) - ASCII_BIT(a))
static const uint64_t email_forbidden[2] = {
	/* controls, space and the specials " ( ) , : ; < > */
	ASCII_RANGE(0, ' ') | ASCII_BIT('"') | ASCII_BIT('(') | ASCII_BIT(')') | ASCII_BIT(',') | ASCII_BIT(':')
		| ASCII_BIT(';') | ASCII_BIT('<') | ASCII_BIT('>'),
	/* [ \ ] and DEL */
	ASCII_BIT('[') | ASCII_BIT('\\') | ASCII_BIT(']') | ASCII_BIT(0x7F),
};
static const uint64_t email_domain[2] = {
	ASCII_BIT('-') | ASCII_BIT('.') | ASCII_RANGE('0', '9'),
	ASCII_RANGE('A', 'Z') | ASCII_BIT('_') | ASCII_RANGE('a', 'z'),
};
#undef ASCII_RANGE
#undef ASCII_BIT

static inline bool ascii_in(const uint64_t set[2], unsigned c)
{
	return (set[c >> 6] >> (c & 63)) & 1;
}

/* The checks below and the lower-casing, for an address of ASCII only p[0..n) (0 < n <= 254):
 * 1 with the key in key, -1 when it is not an address, 0 when a byte above ASCII comes (then
 * the general way decides, from the start). */
static int email_ascii(const char *p, size_t n, char *key)
{
	const unsigned char *u = (const unsigned char *) p;
	size_t at = 0, i;
	bool dot = false;

	/* the local part: anything but controls, spaces and specials, up to the one @ */
	for (i = 0; i < n; i++) {
		unsigned c = u[i];

		if (c >= 0x80) {
			return 0;
		}
		if (ascii_in(email_forbidden, c)) {
			return -1;
		}
		if (c == '@') {
			break;
		}
		key[i] = (char) (c + ((c - 'A' < 26u) << 5));
	}
	if (i == 0 || i == n) {
		return -1;
	}
	at = i;
	key[i++] = '@';
	/* the domain: letters, digits, - _ and dots (so no second @), no empty label */
	for (; i < n; i++) {
		unsigned c = u[i];

		if (c >= 0x80) {
			return 0;
		}
		if (!ascii_in(email_domain, c)) {
			return -1;
		}
		if (c == '.') {
			if (i == at + 1 || u[i - 1] == '.') {
				return -1;
			}
			dot = true;
		}
		key[i] = (char) (c + ((c - 'A' < 26u) << 5));
	}
	return dot && u[n - 1] != '.' ? 1 : -1;
}

/* Dots and +tags are kept (jon.doe@gmail.com and jondoe@gmail.com stay apart): that folding
 * holds for one provider only and would merge different people at every other one. */
int crm_email_key(const char *s, size_t len, char *out, size_t cap)
{
	size_t a = 0, b = len, at = 0, ats = 0, pos;
	char key[255];
	size_t n = 0;

	crm_trim(s, &a, &b);
	/* "Name <addr>" and "<addr>": the address is what the angle brackets hold. */
	if (b > a && s[b - 1] == '>') {
		size_t lt = b - 1;

		while (lt > a && s[lt - 1] != '<') {
			lt--;
		}
		if (lt == a) {
			return -1;
		}
		a = lt;
		b--;
		crm_trim(s, &a, &b);
	}
	if (ascii_prefix_ci(s + a, b - a, "mailto:")) {
		a += 7;
		crm_trim(s, &a, &b);
	}
	if (b - a > 254 || b == a) {
		return -1;
	}
	switch (email_ascii(s + a, b - a, key)) {
	case 1:
		n = b - a;
		goto done;
	case -1:
		return -1;
	default:
		break;
	}
	if (!crm_utf8_valid(s + a, b - a)) {
		return -1;
	}
	for (size_t i = a; i < b; i++) {
		if (s[i] == '@') {
			at = i;
			ats++;
		}
	}
	if (ats != 1 || at == a || at + 1 == b) {
		return -1;
	}
	for (size_t i = a; i < b; i++) {
		unsigned char c = (unsigned char) s[i];

		/* Controls, space and the RFC 5322 specials cannot stand unquoted in an address;
		 * quoted local parts are too rare in CRM data to be worth a parser. */
		if (c <= 0x20 || c == 0x7F || (c < 0x80 && email_special(c))) {
			return -1;
		}
		if (i > at && c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
				|| (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_')) {
			return -1;
		}
	}
	/* The domain needs a dot, and no empty label. */
	if (!memchr(s + at + 1, '.', b - at - 1) || s[at + 1] == '.' || s[b - 1] == '.') {
		return -1;
	}
	for (size_t i = at + 1; i + 1 < b; i++) {
		if (s[i] == '.' && s[i + 1] == '.') {
			return -1;
		}
	}
	pos = a;
	while (pos < b) {
		unsigned char c = (unsigned char) s[pos];
		uint32_t cp;

		/* ASCII (no spaces left, see above) lower-cased in place */
		if (c < 0x80) {
			key[n++] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
			pos++;
			continue;
		}
		cp = crm_utf8_next(s, b, &pos);
		if (crm_is_space(cp)) {
			return -1;
		}
		n += crm_utf8_put(crm_lower_cp(cp), key + n);
	}
done:
	if (cap) {
		size_t k = n < cap - 1 ? n : cap - 1;

		memcpy(out, key, k);
		out[k] = '\0';
	}
	return (int) n;
}

/* ---- similarity ---- */

#define SIM_STACK 512

/* Invalid bytes become values past U+10FFFF, distinct per byte, so they compare as themselves. */
static size_t decode(const char *s, size_t len, uint32_t *cps)
{
	size_t pos = 0, n = 0;

	while (pos < len) {
		size_t at = pos;
		uint32_t cp = crm_utf8_next(s, len, &pos);

		cps[n++] = cp == CRM_UTF8_BAD ? 0x110000u + (unsigned char) s[at] : cp;
	}
	return n;
}

static size_t count_cps(const char *s, size_t len)
{
	size_t pos = 0, n = 0;

	while (pos < len) {
		crm_utf8_next(s, len, &pos);
		n++;
	}
	return n;
}

static int cps_cmp(const uint32_t *a, size_t la, const uint32_t *b, size_t lb)
{
	if (la != lb) {
		return la < lb ? -1 : 1;
	}
	for (size_t i = 0; i < la; i++) {
		if (a[i] != b[i]) {
			return a[i] < b[i] ? -1 : 1;
		}
	}
	return 0;
}

static int u64_cmp(const void *x, const void *y)
{
	uint64_t a = *(const uint64_t *) x, b = *(const uint64_t *) y;

	return (a > b) - (a < b);
}

/* The greedy Jaro matching in O(n log n) instead of O(n * window), for long strings: b's
 * positions sorted by (code point, position), and per code point a cursor. The naive loop takes
 * for a[i] the first unmatched equal b[j] in the window; positions of that code point before the
 * cursor are matched already or fell below an earlier, hence lower, window start, so the
 * cursor finds the same j. Returns the match count, or (size_t) -1 without memory. */
static size_t match_sorted(const uint32_t *a, size_t la, const uint32_t *b, size_t lb, size_t window,
	unsigned char *am, unsigned char *bm)
{
	uint64_t *keys = malloc(lb * sizeof(uint64_t));
	size_t *cur = malloc(lb * sizeof(size_t)), m = 0;

	if (!keys || !cur) {
		free(keys);
		free(cur);
		return (size_t) -1;
	}
	for (size_t j = 0; j < lb; j++) {
		keys[j] = ((uint64_t) b[j] << 32) | j;
		cur[j] = j;
	}
	qsort(keys, lb, sizeof(uint64_t), u64_cmp);
	for (size_t i = 0; i < la; i++) {
		uint64_t want = (uint64_t) a[i] << 32;
		size_t lo = i > window ? i - window : 0, hi = i + window + 1 < lb ? i + window + 1 : lb;
		size_t l = 0, r = lb, p;

		while (l < r) {
			size_t mid = l + (r - l) / 2;

			if (keys[mid] < want) {
				l = mid + 1;
			} else {
				r = mid;
			}
		}
		if (l == lb || keys[l] >> 32 != a[i]) {
			continue;
		}
		p = cur[l];
		while (p < lb && keys[p] >> 32 == a[i] && (size_t) (uint32_t) keys[p] < lo) {
			p++;
		}
		if (p < lb && keys[p] >> 32 == a[i] && (size_t) (uint32_t) keys[p] < hi) {
			am[i] = 1;
			bm[(uint32_t) keys[p]] = 1;
			m++;
			p++;
		}
		cur[l] = p;
	}
	free(keys);
	free(cur);
	return m;
}

static double jaro_winkler(const uint32_t *a, size_t la, const uint32_t *b, size_t lb, unsigned char *am, unsigned char *bm)
{
	size_t window, m = 0, t = 0, k = 0, prefix = 0;
	double jaro;

	if (la == 0 && lb == 0) {
		return 1.0;
	}
	if (la == 0 || lb == 0) {
		return 0.0;
	}
	/* The greedy matching is not symmetric in rare cases; a fixed argument order makes
	 * similarity(a, b) == similarity(b, a) exactly. */
	if (cps_cmp(a, la, b, lb) > 0) {
		const uint32_t *p = a;
		unsigned char *f = am;
		size_t l = la;

		a = b;
		la = lb;
		b = p;
		lb = l;
		am = bm;
		bm = f;
	}
	window = (la > lb ? la : lb) / 2;
	window = window ? window - 1 : 0;
	memset(am, 0, la);
	memset(bm, 0, lb);
	m = (size_t) -1;
	if (la + lb > 2 * SIM_STACK && la < UINT32_MAX && lb < UINT32_MAX) {
		m = match_sorted(a, la, b, lb, window, am, bm);
	}
	if (m == (size_t) -1) {
		m = 0;
		for (size_t i = 0; i < la; i++) {
			size_t lo = i > window ? i - window : 0, hi = i + window + 1 < lb ? i + window + 1 : lb;

			for (size_t j = lo; j < hi; j++) {
				if (!bm[j] && a[i] == b[j]) {
					am[i] = bm[j] = 1;
					m++;
					break;
				}
			}
		}
	}
	if (m == 0) {
		return 0.0;
	}
	for (size_t i = 0; i < la; i++) {
		if (!am[i]) {
			continue;
		}
		while (!bm[k]) {
			k++;
		}
		t += a[i] != b[k];
		k++;
	}
	jaro = ((double) m / (double) la + (double) m / (double) lb + ((double) m - (double) t / 2.0) / (double) m) / 3.0;
	while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) {
		prefix++;
	}
	jaro += (double) prefix * 0.1 * (1.0 - jaro);
	return jaro < 0.0 ? 0.0 : jaro > 1.0 ? 1.0 : jaro;
}

double crm_similarity(const char *a, size_t alen, const char *b, size_t blen)
{
	uint32_t sa[SIM_STACK], sb[SIM_STACK];
	unsigned char ma[SIM_STACK], mb[SIM_STACK];
	uint32_t *ca = sa, *cb = sb;
	unsigned char *fa = ma, *fb = mb;
	size_t na, nb;
	double r;

	if (alen == blen && (alen == 0 || memcmp(a, b, alen) == 0)) {
		return 1.0;
	}
	na = count_cps(a, alen);
	nb = count_cps(b, blen);
	if (na > SIM_STACK) {
		ca = malloc(na * sizeof(uint32_t));
		fa = malloc(na);
	}
	if (nb > SIM_STACK) {
		cb = malloc(nb * sizeof(uint32_t));
		fb = malloc(nb);
	}
	if (ca && cb && fa && fb) {
		decode(a, alen, ca);
		decode(b, blen, cb);
		r = jaro_winkler(ca, na, cb, nb, fa, fb);
	} else {
		/* Out of memory: compare the first SIM_STACK code points rather than fail. */
		size_t pa = 0, pb = 0;

		for (na = 0; na < SIM_STACK && pa < alen; na++) {
			size_t at = pa;
			uint32_t cp = crm_utf8_next(a, alen, &pa);

			sa[na] = cp == CRM_UTF8_BAD ? 0x110000u + (unsigned char) a[at] : cp;
		}
		for (nb = 0; nb < SIM_STACK && pb < blen; nb++) {
			size_t at = pb;
			uint32_t cp = crm_utf8_next(b, blen, &pb);

			sb[nb] = cp == CRM_UTF8_BAD ? 0x110000u + (unsigned char) b[at] : cp;
		}
		r = jaro_winkler(sa, na, sb, nb, ma, mb);
	}
	if (ca != sa) {
		free(ca);
	}
	if (cb != sb) {
		free(cb);
	}
	if (fa != ma) {
		free(fa);
	}
	if (fb != mb) {
		free(fb);
	}
	return r;
}
