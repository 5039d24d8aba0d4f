/* Case and diacritic folding, and tokenising for the duplicate-detection keys. */
#include "dedup/text.h"

#include <stdlib.h>
#include <string.h>

uint32_t crm_lower_cp(uint32_t cp)
{
	if (cp < 0x80) {
		return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
	}
	if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
		return cp + 32;
	}
	if (cp >= 0x100 && cp <= 0x17F) {
		if (cp == 0x130) {
			return 'i';
		}
		if (cp == 0x178) {
			return 0xFF;
		}
		/* Latin Extended-A pairs upper/lower, even/odd except in the two odd-first runs. */
		if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
			return (cp & 1) ? cp + 1 : cp;
		}
		if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) {
			return cp;
		}
		return (cp & 1) ? cp : cp + 1;
	}
	if (cp >= 0x370 && cp <= 0x3FF) {
		if (cp == 0x386) {
			return 0x3AC;
		}
		if (cp >= 0x388 && cp <= 0x38A) {
			return cp + 0x25;
		}
		if (cp == 0x38C) {
			return 0x3CC;
		}
		if (cp == 0x38E || cp == 0x38F) {
			return cp + 0x3F;
		}
		if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) {
			return cp + 0x20;
		}
		return cp;
	}
	if (cp >= 0x400 && cp <= 0x40F) {
		return cp + 0x50;
	}
	if (cp >= 0x410 && cp <= 0x42F) {
		return cp + 0x20;
	}
	if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x52F)) {
		return (cp & 1) ? cp : cp + 1;
	}
	if (cp == 0x4C0) {
		return 0x4CF;
	}
	if (cp >= 0x4C1 && cp <= 0x4CE) {
		return (cp & 1) ? cp + 1 : cp;
	}
	return cp;
}

bool crm_is_space(uint32_t cp)
{
	return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
		|| (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
		|| cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

static bool ascii_space(unsigned char c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D);
}

void crm_trim(const char *s, size_t *start, size_t *end)
{
	size_t pos = *start, first = *end, last = *start;

	/* the common case: an ASCII non-space at both ends (an ASCII byte is a code point of its own) */
	if (*start < *end && (unsigned char) s[*start] < 0x80 && !ascii_space((unsigned char) s[*start])
		&& (unsigned char) s[*end - 1] < 0x80 && !ascii_space((unsigned char) s[*end - 1])) {
		return;
	}

	while (pos < *end) {
		size_t at = pos;
		uint32_t cp = crm_utf8_next(s, *end, &pos);

		if (!crm_is_space(cp)) {
			if (first == *end) {
				first = at;
			}
			last = pos;
		}
	}
	if (first == *end) {
		*start = *end;
		return;
	}
	*start = first;
	*end = last;
}

bool crm_is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == '`' || cp == 0xB4 || cp == 0x2018 || cp == 0x2019 || cp == 0x201B
		|| cp == 0x2032 || cp == 0x2B9 || cp == 0x2BA || cp == 0x2BB || cp == 0x2BC;
}

/* U+00C0..U+00FF: base letter, '-' separator (× ÷), '1' ae, '2' th, '3' ss. */
static const char latin1_fold[64 + 1] =
	"aaaaaa1ceeeeiiiidnooooo-ouuuuy23"
	"aaaaaa1ceeeeiiiidnooooo-ouuuuy2y";

/* U+0100..U+017F to base letters; '4' ij, '5' oe. Polish ł and Croatian đ lose their stroke
 * too: people type them without it as often as with. */
static const char latin_ext_a_fold[128 + 1] =
	"aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "44" "jj" "kkk"
	"llllllllll" "nnnnnnnnn" "oooooo" "55" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww"
	"yyy" "zzzzzz" "s";

static int fold_special(char c, uint32_t out[2])
{
	static const char pairs[6][3] = { "", "ae", "th", "ss", "ij", "oe" };

	if (c == '-') {
		return CRM_FOLD_SEP;
	}
	if (c >= '1' && c <= '5') {
		out[0] = (unsigned char) pairs[c - '0'][0];
		out[1] = (unsigned char) pairs[c - '0'][1];
		return 2;
	}
	out[0] = (unsigned char) c;
	return 1;
}

static int fold_greek(uint32_t cp, uint32_t out[2])
{
	/* Tonos and dialytika go, final sigma is sigma: Greek names then compare by letters. */
	static const uint16_t accented[][2] = {
		{ 0x386, 0x3B1 }, { 0x388, 0x3B5 }, { 0x389, 0x3B7 }, { 0x38A, 0x3B9 }, { 0x38C, 0x3BF },
		{ 0x38E, 0x3C5 }, { 0x38F, 0x3C9 }, { 0x390, 0x3B9 }, { 0x3AA, 0x3B9 }, { 0x3AB, 0x3C5 },
		{ 0x3AC, 0x3B1 }, { 0x3AD, 0x3B5 }, { 0x3AE, 0x3B7 }, { 0x3AF, 0x3B9 }, { 0x3B0, 0x3C5 },
		{ 0x3C2, 0x3C3 }, { 0x3CA, 0x3B9 }, { 0x3CB, 0x3C5 }, { 0x3CC, 0x3BF }, { 0x3CD, 0x3C5 },
		{ 0x3CE, 0x3C9 },
	};

	if (cp == 0x37E || cp == 0x387 || cp == 0x375 || cp == 0x384 || cp == 0x385) {
		return CRM_FOLD_SEP;
	}
	for (size_t i = 0; i < sizeof(accented) / sizeof(accented[0]); i++) {
		if (accented[i][0] == cp) {
			out[0] = accented[i][1];
			return 1;
		}
	}
	if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) {
		out[0] = cp + 0x20;
		return 1;
	}
	out[0] = cp;
	return 1;
}

static int fold_cyrillic(uint32_t cp, uint32_t out[2])
{
	/* Ё is written as Е in most Russian text, so ё must not split a key; Й is a letter of its
	 * own (Иванов Сергеи is a typo, not a spelling), so it stays. */
	if (cp == 0x400 || cp == 0x401 || cp == 0x450 || cp == 0x451) {
		out[0] = 0x435;
		return 1;
	}
	if (cp == 0x40D || cp == 0x45D) {
		out[0] = 0x438;
		return 1;
	}
	if (cp >= 0x483 && cp <= 0x489) {
		return CRM_FOLD_DROP;
	}
	if (cp == 0x482) {
		return CRM_FOLD_SEP;
	}
	out[0] = crm_lower_cp(cp);
	return 1;
}

int crm_fold_cp(uint32_t cp, uint32_t out[2])
{
	if (cp < 0x80) {
		if (cp >= 'A' && cp <= 'Z') {
			out[0] = cp + 32;
			return 1;
		}
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
			out[0] = cp;
			return 1;
		}
		return CRM_FOLD_SEP;
	}
	if (cp < 0xC0) {
		return cp == 0xAD ? CRM_FOLD_DROP : CRM_FOLD_SEP;
	}
	if (cp < 0x100) {
		return fold_special(latin1_fold[cp - 0xC0], out);
	}
	if (cp < 0x180) {
		return fold_special(latin_ext_a_fold[cp - 0x100], out);
	}
	if (cp >= 0x218 && cp <= 0x21B) {
		out[0] = cp <= 0x219 ? 's' : 't';
		return 1;
	}
	if (cp < 0x2B0) {
		out[0] = cp;
		return 1;
	}
	if (cp < 0x300) {
		return CRM_FOLD_SEP;
	}
	if (cp < 0x370) {
		return CRM_FOLD_DROP;
	}
	if (cp < 0x400) {
		return fold_greek(cp, out);
	}
	if (cp < 0x530) {
		return fold_cyrillic(cp, out);
	}
	if ((cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF)
		|| (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0xFEFF
		|| (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
		return CRM_FOLD_DROP;
	}
	if (cp == 0x1E9E) {
		out[0] = 's';
		out[1] = 's';
		return 2;
	}
	if (cp >= 0x1E00 && cp <= 0x1EFF) {
		out[0] = ((cp <= 0x1E95 || cp >= 0x1EA0) && !(cp & 1)) ? cp + 1 : cp;
		return 1;
	}
	if (cp >= 0x2000 && cp <= 0x206F) {
		/* Joiners, direction marks and invisible operators glue a word; the rest of General
		 * Punctuation (spaces, dashes, quotes, bullets) splits it. */
		if (cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F
			|| (cp >= 0x202A && cp <= 0x202E) || cp >= 0x2060) {
			return CRM_FOLD_DROP;
		}
		return CRM_FOLD_SEP;
	}
	if (cp >= 0xFF01 && cp <= 0xFF5E) {
		return crm_fold_cp(cp - 0xFEE0, out);
	}
	if (cp == 0x1680 || cp == 0x180E || (cp >= 0x2070 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x2BFF)
		|| (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xE000 && cp <= 0xF8FF)
		|| (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF65)
		|| (cp >= 0xFFF0 && cp <= 0xFFFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp & 0xFFFE) == 0xFFFE
		|| cp >= 0xF0000) {
		return CRM_FOLD_SEP;
	}
	out[0] = cp;
	return 1;
}

bool crm_buf_reserve(crm_buf *b, size_t extra)
{
	size_t want, cap;
	char *p;

	if (b->oom) {
		return false;
	}
	if (extra <= b->cap - b->len) {
		return true;
	}
	if (extra > SIZE_MAX / 2 - b->len) {
		b->oom = true;
		return false;
	}
	want = b->len + extra;
	cap = b->cap ? b->cap * 2 : 64;
	while (cap < want) {
		cap *= 2;
	}
	if (b->data == b->stack) {
		p = malloc(cap);
		if (p && b->len) {
			memcpy(p, b->data, b->len);
		}
	} else {
		p = realloc(b->data, cap);
	}
	if (!p) {
		b->oom = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void crm_buf_put_slow(crm_buf *b, const char *p, size_t n)
{
	if (n && crm_buf_reserve(b, n)) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
	}
}

void crm_buf_put_cp_slow(crm_buf *b, uint32_t cp)
{
	char tmp[4];

	crm_buf_put_slow(b, tmp, crm_utf8_put(cp, tmp));
}

size_t crm_buf_emit(const crm_buf *b, char *out, size_t cap)
{
	size_t n;

	if (b->oom) {
		if (cap) {
			out[0] = '\0';
		}
		return CRM_DEDUP_NOMEM;
	}
	if (cap) {
		n = b->len < cap - 1 ? b->len : cap - 1;
		if (n) {
			memcpy(out, b->data, n);
		}
		out[n] = '\0';
	}
	return b->len;
}

/* Russian А..я lower-cased, by their two UTF-8 bytes D0 80..D1 BF (index: the lead byte's low
 * bit, then the continuation byte's six): the two bytes of the lower-case letter, or 0 for the
 * other code points there (Ѐ..Џ, ѐ..ѿ), which take the general way. */
#define RU_RUN(v) v, v + 1, v + 2, v + 3, v + 4, v + 5, v + 6, v + 7, v + 8, v + 9, v + 10, v + 11, v + 12, \
	v + 13, v + 14, v + 15
#define RU_NONE 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
static const uint16_t russian_lower[128] = {
	RU_NONE, RU_RUN(0xD0B0), RU_RUN(0xD180), RU_RUN(0xD0B0),  /* D0 80..8F, А..П, Р..Я, а..п */
	RU_RUN(0xD180), RU_NONE, RU_NONE, RU_NONE,                /* D1 80..8F: р..я; D1 90..BF */
};
#undef RU_RUN
#undef RU_NONE

/* Whether what follows a run of apostrophes at s[pos] is a letter, so that the apostrophes sit
 * inside a word (Natal'ya) rather than quote it ('Ромашка'). */
static bool letter_follows(const char *s, size_t len, size_t pos)
{
	uint32_t f[2];

	while (pos < len) {
		uint32_t cp = crm_utf8_next(s, len, &pos);
		int k;

		if (cp == CRM_UTF8_BAD) {
			return false;
		}
		if (crm_is_apostrophe(cp)) {
			continue;
		}
		k = crm_fold_cp(cp, f);
		if (k == CRM_FOLD_DROP) {
			continue;
		}
		return k > 0;
	}
	return false;
}

size_t crm_fold_token(const char *s, size_t len, size_t *pos, crm_buf *out, unsigned flags, uint32_t *sep_after)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t i = *pos, n = 0;
	uint32_t f[2], sep = 0;
	/* folding never lengthens text: with room for the rest of s, the common letters go in
	 * unchecked through a local pointer (out->len is written back before anything else
	 * touches out); without, every code point takes the general way below */
	bool room = !out->oom && out->cap - out->len >= len - i;
	char *o = out->data + out->len;

	while (i < len) {
		if (room) {
			/* a run of ASCII letters and digits and Russian А..я, lower-cased as crm_fold_cp
			 * does it */
			while (i < len) {
				unsigned b = u[i];

				if (b >= 0x80) {
					unsigned c = i + 1 < len ? u[i + 1] : 0, v;

					if (((b << 8 | c) & 0xFEC0) != 0xD080 || !(v = russian_lower[(b & 1) << 6 | (c & 0x3F)])) {
						break;
					}
					o[0] = (char) (v >> 8);
					o[1] = (char) v;
					o += 2;
					i += 2;
				} else {
					unsigned lower = b | 0x20;

					if (lower - 'a' < 26) {
						*o = (char) lower;
					} else if (b - '0' < 10) {
						*o = (char) b;
					} else {
						break;
					}
					o++;
					i++;
				}
				n++;
			}
			out->len = (size_t) (o - out->data);
			if (i == len) {
				break;
			}
		}
		uint32_t cp;
		int k;

		if (u[i] < 0x80) {
			/* ASCII: what crm_fold_cp gives, inline (a space ends nearly every word) */
			cp = u[i++];
			if ((cp | 0x20) - 'a' < 26) {
				f[0] = cp | 0x20;
				k = 1;
			} else if (cp - '0' < 10) {
				f[0] = cp;
				k = 1;
			} else {
				k = CRM_FOLD_SEP;
			}
		} else {
			/* decoded through a copy of i, whose address would keep i out of a register */
			size_t at = i;

			cp = crm_utf8_next(s, len, &at);
			i = at;
			k = cp == CRM_UTF8_BAD ? CRM_FOLD_SEP : crm_fold_cp(cp, f);
		}

		if (k == CRM_FOLD_SEP && n && (flags & CRM_FOLD_JOIN_APOSTROPHE) && crm_is_apostrophe(cp)
			&& letter_follows(s, len, i)) {
			continue;
		}
		if (k == CRM_FOLD_SEP) {
			if (n) {
				sep = cp;
				break;
			}
			continue;
		}
		if (k == CRM_FOLD_DROP) {
			/* Decomposed Й (И + combining breve) must fold like the precomposed letter: the
			 * word so far ends in и (without an allocation failure, out ends with what this
			 * word wrote last). */
			if (cp == 0x306 && n && !out->oom && out->len >= 2 && (unsigned char) out->data[out->len - 2] == 0xD0
				&& (unsigned char) out->data[out->len - 1] == 0xB8) {
				out->data[out->len - 1] = (char) 0xB9;
			}
			continue;
		}
		for (int j = 0; j < k; j++) {
			crm_buf_put_cp(out, f[j]);
		}
		n += (size_t) k;
		/* with room the buffer did not move */
		o = out->data + out->len;
	}
	*pos = i;
	if (sep_after) {
		*sep_after = sep;
	}
	return n;
}

size_t crm_fold(const char *s, size_t len, char *out, size_t cap, unsigned flags)
{
	char stack[512];
	crm_buf b;
	size_t pos = 0, r;

	crm_buf_init(&b, stack, sizeof(stack));
	for (;;) {
		size_t mark = b.len;

		if (mark) {
			crm_buf_putc(&b, ' ');
		}
		if (!crm_fold_token(s, len, &pos, &b, flags, NULL)) {
			b.len = mark;
			break;
		}
	}
	r = crm_buf_emit(&b, out, cap);
	crm_buf_free(&b);
	return r;
}
