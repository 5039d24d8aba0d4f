/* Phone text to E.164: the lexer, the readings over the numbering plans, formatting, the cell splitter. */
#include "phone_parse.h"

#include <string.h>

/* Digits kept from the input; more than this is too long for any reading (IDD + CC + NSN). */
#define LEX_MAX 24
/* Bytes of a cell the fast lexer takes (it stores every byte before it knows what it is, or a
 * whole 16-byte block at the digit count). */
#define LEX_BUF 64

typedef struct lexed {
	char d[LEX_BUF + 16];
	size_t n;               /* digits seen (may exceed LEX_MAX: then only the first LEX_MAX are kept) */
	bool plus;              /* a '+' came before the first digit */
	bool run_closed;        /* a non-digit followed the first digit */
	size_t first_run;       /* digits written together at the start: "+8 916" gives 1 */
	bool marker_first;      /* an extension marker came before any digit: "доб. 12" */
	crm_phone_error early;  /* set by the Excel check: digits_lost / not_a_number */
	char ext[CRM_PHONE_MAX_EXT];
	size_t ext_n;
} lexed;

/* ---- UTF-8 ---- */

/* Decodes one code point at s[*i] and advances; an invalid byte gives U+FFFD and one byte. */
static uint32_t next_cp(const unsigned char *s, size_t len, size_t *i)
{
	unsigned char c = s[*i];
	uint32_t cp;
	size_t n;
	if (c < 0x80) {
		(*i)++;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 1; cp = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 2; cp = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 3; cp = c & 0x07;
	} else {
		(*i)++;
		return 0xFFFD;
	}
	if (*i + n >= len) {
		(*i)++;                 /* truncated sequence */
		return 0xFFFD;
	}
	for (size_t k = 1; k <= n; k++) {
		unsigned char t = s[*i + k];
		if ((t & 0xC0) != 0x80) {
			(*i)++;
			return 0xFFFD;
		}
		cp = cp << 6 | (t & 0x3F);
	}
	if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) {
		(*i)++;
		return 0xFFFD;
	}
	*i += n + 1;
	return cp;
}

/* 0..9 for ASCII, full-width (U+FF10..) and Arabic-Indic digits; -1 otherwise. */
static int digit_of(uint32_t cp)
{
	if (cp >= '0' && cp <= '9') {
		return (int) (cp - '0');
	}
	if (cp >= 0xFF10 && cp <= 0xFF19) {
		return (int) (cp - 0xFF10);
	}
	if (cp >= 0x0660 && cp <= 0x0669) {
		return (int) (cp - 0x0660);
	}
	if (cp >= 0x06F0 && cp <= 0x06F9) {
		return (int) (cp - 0x06F0);
	}
	return -1;
}

/* Letters that may form words (extension markers, names, "или"): Latin and Cyrillic. */
static bool is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')
		|| (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
		|| (cp >= 0x400 && cp <= 0x4FF);
}

static uint32_t lower_cp(uint32_t cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0x410 && cp <= 0x42F)) {
		return cp + 0x20;
	}
	if (cp >= 0x400 && cp <= 0x40F) {
		return cp + 0x50;
	}
	return cp;
}

static bool is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B)
		|| cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

/* A word of letters at s[i], lower-cased into buf as code points (at most cap); returns its end. */
static size_t read_word(const unsigned char *s, size_t len, size_t i, uint32_t *buf, size_t cap, size_t *n)
{
	*n = 0;
	while (i < len) {
		size_t j = i;
		uint32_t cp = next_cp(s, len, &j);
		if (!is_letter(cp)) {
			break;
		}
		if (*n < cap) {
			buf[*n] = lower_cp(cp);
		}
		(*n)++;
		i = j;
	}
	return i;
}

static bool word_is(const uint32_t *w, size_t n, const uint32_t *want)
{
	size_t k = 0;
	while (want[k]) {
		if (k >= n || w[k] != want[k]) {
			return false;
		}
		k++;
	}
	return k == n;
}

/* Words that start an extension: доб, доб., добавочный, д., вн., внутр., ext, ext., extension, x, х, #. */
static bool is_extension_marker(const uint32_t *w, size_t n)
{
	static const uint32_t dob[] = {0x434, 0x43E, 0x431, 0}, d[] = {0x434, 0},
		dobavochny[] = {0x434, 0x43E, 0x431, 0x430, 0x432, 0x43E, 0x447, 0x43D, 0x44B, 0x439, 0},
		vn[] = {0x432, 0x43D, 0}, vnutr[] = {0x432, 0x43D, 0x443, 0x442, 0x440, 0},
		ext[] = {'e', 'x', 't', 0}, extension[] = {'e', 'x', 't', 'e', 'n', 's', 'i', 'o', 'n', 0},
		x[] = {'x', 0}, kha[] = {0x445, 0};
	static const uint32_t *const markers[] = {dob, d, dobavochny, vn, vnutr, ext, extension, x, kha};
	for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++) {
		if (word_is(w, n, markers[i])) {
			return true;
		}
	}
	return false;
}

/* ---- Excel's numbers ---- */

/*
 * A cell that is one number as Excel writes it: "79161234567.0" (all digits there) or
 * "7.91612E+10" (scientific: digits lost unless the mantissa carries all of them).  Returns
 * true when s is such a form and fills L; spaces and a leading apostrophe around it are allowed.
 */
static bool excel_number(const char *s, size_t len, lexed *L)
{
	size_t off, n;
	if (!memchr(s, '.', len) && !memchr(s, ',', len)) {
		return false;           /* every Excel form has a decimal separator */
	}
	crm_phone_trim(s, len, &off, &n);
	const char *p = s + off, *end = s + off + n;
	if (p < end && *p == '\'') {
		p++;
	}
	bool plus = p < end && *p == '+';
	if (plus) {
		p++;
	}
	const char *int_start = p;
	while (p < end && *p >= '0' && *p <= '9') {
		p++;
	}
	size_t int_len = (size_t) (p - int_start);
	if (!int_len) {
		return false;
	}
	const char *frac = NULL;
	size_t frac_len = 0;
	if (p < end && (*p == '.' || *p == ',')) {
		frac = ++p;
		while (p < end && *p >= '0' && *p <= '9') {
			p++;
		}
		frac_len = (size_t) (p - frac);
		if (!frac_len) {
			return false;
		}
	}
	if (p == end) {
		/* 79161234567.0: a fraction of zeros only, after a number too long to be anything else */
		if (!frac || int_len < 5) {
			return false;
		}
		for (size_t i = 0; i < frac_len; i++) {
			if (frac[i] != '0') {
				return false;
			}
		}
		memset(L, 0, sizeof *L);
		L->plus = plus;
		L->n = int_len;
		memcpy(L->d, int_start, int_len < LEX_MAX ? int_len : LEX_MAX);
		return true;
	}
	if (*p != 'E' && *p != 'e') {
		return false;
	}
	p++;
	if (p < end && *p == '+') {
		p++;
	}
	unsigned exp = 0;
	const char *exp_start = p;
	while (p < end && *p >= '0' && *p <= '9' && p - exp_start < 3) {
		exp = exp * 10 + (unsigned) (*p++ - '0');
	}
	if (p != end || p == exp_start || int_len != 1) {
		return false;
	}
	memset(L, 0, sizeof *L);
	L->plus = plus;
	if (exp < frac_len) {
		L->early = CRM_PHONE_E_NOT_A_NUMBER;       /* 1.5E+1: not an integer */
	} else if (exp > frac_len) {
		L->early = CRM_PHONE_E_DIGITS_LOST;        /* 7.91612E+10: five digits became zeros */
	} else {
		L->n = 1 + frac_len;
		if (L->n > LEX_MAX) {
			L->early = CRM_PHONE_E_TOO_LONG;
			return true;
		}
		L->d[0] = *int_start;
		memcpy(L->d + 1, frac, frac_len);
	}
	return true;
}

/* ---- lexer ---- */

static void lex(const char *s, size_t len, lexed *L)
{
	const unsigned char *u = (const unsigned char *) s;
	enum { MAIN, EXT, DONE } where = MAIN;
	/*
	 * The state lives in locals and is stored into L once at the end: the digit stores into L->d
	 * are char stores, which the compiler must assume may alias every other field of L, so
	 * fields updated in the loop would be reloaded and stored again for every character.
	 */
	size_t i = 0, n = 0, ext_n = 0, first_run = 0;
	bool plus = false, closed = false, marker_first = false;
	bool decimal = false;   /* a '.' or ',' was seen: only then can the cell be an Excel form */

	memset(L, 0, offsetof(lexed, ext));
	while (i < len) {
		unsigned char c = u[i];
		int dv;
		if ((unsigned) (c - '0') <= 9u) {
			/* The common case: a run of ASCII digits of the number itself. */
			if (where == MAIN) {
				do {
					if (n < LEX_MAX) {
						L->d[n] = (char) c;
					}
					n++;
					i++;
				} while (i < len && (unsigned) ((c = u[i]) - '0') <= 9u);
				continue;
			}
			dv = c - '0';
			i++;
		} else if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			/* ASCII separators, '+' and '#' */
			i++;
			if (n && !closed) {
				closed = true;
				first_run = n;
			}
			if (c == '.' || c == ',') {
				decimal = true;
			} else if (c == '+' && n == 0 && where == MAIN) {
				plus = true;
			} else if (c == '#' && n && where == MAIN) {
				where = EXT;
			}
			continue;
		} else {
			size_t j = i;
			uint32_t cp = next_cp(u, len, &j);
			dv = digit_of(cp);
			if (dv < 0) {
				if (n && !closed) {
					closed = true;
					first_run = n;
				}
				if (is_letter(cp)) {
					uint32_t w[12];
					size_t wn;
					j = read_word(u, len, i, w, 12, &wn);
					if (where == MAIN && n && is_extension_marker(w, wn)) {
						where = EXT;
					} else if (where == MAIN && !n && !plus && is_extension_marker(w, wn)) {
						marker_first = true;
					} else if (where == EXT && ext_n) {
						where = DONE;           /* "доб. 12 Ольга 2": the text after ends it */
					}
				} else if (cp == 0xFF0B && n == 0 && where == MAIN) {
					plus = true;
				}
				i = j;
				continue;
			}
			i = j;
		}
		/* A digit of the extension, or not ASCII ("８", "٣"). */
		if (where == MAIN) {
			if (n < LEX_MAX) {
				L->d[n] = (char) ('0' + dv);
			}
			n++;
		} else if (where == EXT) {
			if (ext_n < CRM_PHONE_MAX_EXT) {
				L->ext[ext_n] = (char) ('0' + dv);
			}
			ext_n++;
		}
	}
	/* Every Excel form has a decimal separator; it replaces what was read when it applies. */
	if (decimal && excel_number(s, len, L)) {
		return;
	}
	L->n = n;
	L->plus = plus;
	L->run_closed = closed;
	L->first_run = closed ? first_run : n;
	L->marker_first = marker_first;
	L->ext_n = ext_n;
}

/* ---- readings ---- */

/* One way of reading the digits: a country code and a national significant number. */
typedef struct reading {
	bool valid;
	crm_phone_error error;
	unsigned cc;
	size_t nsn_len;
	char nsn[CRM_PHONE_MAX_DIGITS + 1];
	const crm_phone_territory *territory;
	crm_phone_type type;
} reading;

/* libphonenumber's getRegionCodeForNumber + isValidNumber over the territories of a code. */
static const crm_phone_territory *territory_for(unsigned cc, const char *nsn, size_t len, crm_phone_type *type)
{
	const crm_phone_territory *t;
	for (size_t i = 0; (t = crm_phone_territory_by_code(cc, i)) != NULL; i++) {
		/* leadingDigits first: a short prefix walk that spares the number walk of the wrong territory */
		bool claimed = t->leading_digits && crm_phone_leading_digits_match(t, nsn, len);
		if (t->leading_digits && !claimed) {
			continue;
		}
		crm_phone_type ty = crm_phone_number_type(t, crm_phone_match_types(t, nsn, len));
		if (claimed) {
			*type = ty;
			return ty != CRM_PHONE_UNKNOWN ? t : NULL;
		}
		if (ty != CRM_PHONE_UNKNOWN) {
			*type = ty;
			return t;
		}
	}
	return NULL;
}

static size_t digits_of_code(unsigned cc)
{
	return cc >= 100 ? 3 : cc >= 10 ? 2 : 1;
}

/* The reason a national number of a code is not valid, by its length. */
static crm_phone_error length_error(unsigned cc, size_t len)
{
	const crm_phone_territory *t = crm_phone_territory_by_code(cc, 0);
	if (!t) {
		return CRM_PHONE_E_INVALID_COUNTRY_CODE;
	}
	if (len + digits_of_code(cc) > CRM_PHONE_MAX_E164) {
		return CRM_PHONE_E_TOO_LONG;
	}
	switch (crm_phone_check_length(t, CRM_PHONE_GENERAL, len)) {
		case CRM_PHONE_IS_POSSIBLE:            return CRM_PHONE_E_INVALID_NUMBER;
		case CRM_PHONE_IS_POSSIBLE_LOCAL_ONLY: return CRM_PHONE_E_NO_AREA_CODE;
		case CRM_PHONE_TOO_SHORT:              return CRM_PHONE_E_TOO_SHORT;
		case CRM_PHONE_TOO_LONG:               return CRM_PHONE_E_TOO_LONG;
		default: {
			uint32_t l = t->lengths[CRM_PHONE_GENERAL];
			return l && len > (size_t) __builtin_ctz(l) ? CRM_PHONE_E_TOO_LONG : CRM_PHONE_E_TOO_SHORT;
		}
	}
}

/* Judge cc + nsn; fills r. */
static bool judge(reading *r, unsigned cc, const char *nsn, size_t len)
{
	r->cc = cc;
	r->valid = false;
	r->territory = NULL;
	if (len > CRM_PHONE_MAX_DIGITS || len == 0) {
		r->nsn_len = 0;
		r->error = len ? CRM_PHONE_E_TOO_LONG : CRM_PHONE_E_TOO_SHORT;
		return false;
	}
	memmove(r->nsn, nsn, len);
	r->nsn[len] = '\0';
	r->nsn_len = len;
	if (len + digits_of_code(cc) <= CRM_PHONE_MAX_E164) {
		r->territory = territory_for(cc, r->nsn, len, &r->type);
	}
	r->valid = r->territory != NULL;
	r->error = r->valid ? CRM_PHONE_E_NONE : length_error(cc, len);
	return r->valid;
}

/*
 * "+<cc><nsn>" or after an IDD: the country code, then the national number as written, or with
 * the national prefix stripped when only that is valid ("+7 8 916 …", "+44 (0) 20 …").
 */
static bool read_international(reading *r, const char *d, size_t n)
{
	unsigned cc;
	size_t k = crm_phone_country_code_prefix(d, n, &cc);
	if (!k) {
		r->valid = false;
		r->error = n ? CRM_PHONE_E_INVALID_COUNTRY_CODE : CRM_PHONE_E_TOO_SHORT;
		return false;
	}
	if (k == n) {
		r->valid = false;
		r->cc = cc;
		r->error = CRM_PHONE_E_TOO_SHORT;
		return false;
	}
	if (judge(r, cc, d + k, n - k)) {
		return true;
	}
	crm_phone_error first = r->error;
	char buf[CRM_PHONE_MAX_DIGITS + 1];
	bool stripped = false;
	size_t m = crm_phone_strip_national_prefix(crm_phone_territory_by_code(cc, 0), d + k, n - k, buf, sizeof buf,
		&stripped, NULL, NULL);
	if (stripped && m != (size_t) -1 && m != n - k && judge(r, cc, buf, m)) {
		return true;
	}
	judge(r, cc, d + k, n - k);
	r->error = first;
	return false;
}

/* National reading in the region: trunk prefix stripped by the region's rule, any territory of its code. */
static bool read_national(reading *r, const crm_phone_territory *region, const char *d, size_t n, bool *had_trunk)
{
	char buf[CRM_PHONE_MAX_DIGITS + 1];
	bool stripped = false;
	size_t m = crm_phone_strip_national_prefix(region, d, n, buf, sizeof buf, &stripped, NULL, NULL);
	*had_trunk = stripped && m != n;
	if (m == (size_t) -1) {
		r->valid = false;
		r->error = CRM_PHONE_E_TOO_LONG;
		return false;
	}
	return judge(r, region->country_code, buf, m);
}

/* Local number completed with an area code (given, or inherited from the cell). */
static bool read_local(reading *r, const crm_phone_territory *region, const char *area, size_t area_len,
	const char *d, size_t n)
{
	char buf[2 * LEX_MAX + 1];
	if (area_len + n > sizeof buf - 1) {
		r->valid = false;
		r->error = CRM_PHONE_E_TOO_LONG;
		return false;
	}
	memcpy(buf, area, area_len);
	memcpy(buf + area_len, d, n);
	bool trunk;
	if (read_national(r, region, buf, area_len + n, &trunk)) {
		return true;
	}
	return false;
}

static bool same_number(const reading *a, const reading *b)
{
	return a->cc == b->cc && a->nsn_len == b->nsn_len && memcmp(a->nsn, b->nsn, a->nsn_len) == 0;
}

/* Is the region's international prefix Russia's "810" family, where "00" is written too. */
static bool accepts_00(const crm_phone_territory *region)
{
	const char *p = crm_phone_str(region->international_prefix);
	return p[0] == '8' && p[1] == '1' && p[2] == '0' && !p[3];
}

/* Is the region's trunk prefix "8" (RU, KZ, BY …): where a spurious "+8" is a trunk. */
static bool trunk_is_8(const crm_phone_territory *region)
{
	const char *np = crm_phone_str(region->national_prefix);
	return np[0] == '8' && !np[1];
}

static size_t idd_length(const crm_phone_territory *region, const char *d, size_t n)
{
	size_t k = crm_phone_match_idd(region, d, n);
	if (!k && n >= 2 && d[0] == '0' && d[1] == '0' && accepts_00(region)) {
		k = 2;
	}
	/* libphonenumber: not an IDD when what follows starts with 0 (no country code does). */
	if (k && k < n && d[k] == '0') {
		k = 0;
	}
	return k;
}

typedef struct inherit {
	const char *nsn;        /* NULL: nothing to inherit */
	size_t nsn_len;
	unsigned cc;
} inherit;

static void finish(crm_phone_result *out, const reading *r)
{
	out->valid = true;
	out->error = CRM_PHONE_E_NONE;
	out->type = r->type;
	out->territory = r->territory;
	out->country_code = (uint16_t) r->cc;
	out->cc_len = (uint8_t) digits_of_code(r->cc);
	size_t n = 0;
	out->e164[n++] = '+';
	unsigned cc = r->cc;
	for (size_t k = out->cc_len; k > 0; k--) {
		out->e164[k] = (char) ('0' + cc % 10);
		cc /= 10;
	}
	n += out->cc_len;
	memcpy(out->e164 + n, r->nsn, r->nsn_len);
	n += r->nsn_len;
	out->e164[n] = '\0';
	out->e164_len = (uint8_t) n;
}

static void fail(crm_phone_result *out, crm_phone_error e)
{
	out->valid = false;
	out->error = e;
	out->type = CRM_PHONE_UNKNOWN;
	out->territory = NULL;
	out->country_code = 0;
	out->cc_len = 0;
	out->e164_len = 0;
	out->e164[0] = '\0';
}

/* Keep a valid reading; a second, different one makes the answer ambiguous. */
static void consider(const reading *r, reading *best, int *count)
{
	if (!r->valid) {
		return;
	}
	if (*count == 0) {
		*best = *r;
		*count = 1;
	} else if (!same_number(best, r)) {
		(*count)++;
	}
}

static void interpret_general(const crm_phone_context *ctx, const inherit *inh, const lexed *L, crm_phone_result *out)
{
	const crm_phone_territory *region = ctx->region;
	const char *d = L->d;
	size_t n = L->n;
	reading r, best;
	int count = 0;

	out->ext_len = (uint8_t) (L->ext_n < CRM_PHONE_MAX_EXT ? L->ext_n : CRM_PHONE_MAX_EXT);
	memcpy(out->ext, L->ext, out->ext_len);
	out->ext[out->ext_len] = '\0';

	if (L->early) {
		fail(out, L->early);
		return;
	}
	if (n == 0) {
		fail(out, CRM_PHONE_E_NOT_A_NUMBER);
		return;
	}
	if (n > LEX_MAX) {
		fail(out, CRM_PHONE_E_TOO_LONG);
		return;
	}

	if (L->plus) {
		/*
		 * "+8 916 123-45-67": a trunk 8 written as if it were a country code, in a region whose
		 * trunk prefix is 8.  An 8 written apart ("+8 495 …", "+8(916)…") is read so whenever
		 * that is valid: no country code is written split after its first digit.  Written
		 * together ("+84951234567", as E.164 is) the international reading wins when valid
		 * (here Vietnam's +84), and the trunk reading is the fallback.
		 */
		bool intl_ok = read_international(&r, d, n);
		if (d[0] == '8' && trunk_is_8(region)
			&& (!intl_ok || L->first_run == 1)) {
			bool trunk;
			reading spurious;
			if (read_national(&spurious, region, d, n, &trunk) && trunk) {
				finish(out, &spurious);
				return;
			}
		}
		if (intl_ok) {
			finish(out, &r);
		} else {
			fail(out, r.error);
		}
		return;
	}

	/* 1. After an international prefix: 8 10, 810, 8~10, 00, 011 … */
	size_t k = idd_length(region, d, n);

	reading intl;
	intl.valid = false;
	if (k) {
		read_international(&intl, d + k, n - k);
		consider(&intl, &best, &count);
	}

	/* 2. National: with or without the trunk prefix. */
	bool trunk = false;
	reading national;
	read_national(&national, region, d, n, &trunk);
	consider(&national, &best, &count);

	/* 3. The country code without '+': "79161234567" in RU, "1 212 …" in US. */
	reading bare;
	bare.valid = false;
	bare.error = CRM_PHONE_E_NONE;
	size_t ccd = digits_of_code(region->country_code);
	if (!k && n > ccd) {
		unsigned cc = 0;
		for (size_t i = 0; i < ccd; i++) {
			cc = cc * 10 + (unsigned) (d[i] - '0');
		}
		if (cc == region->country_code) {
			judge(&bare, cc, d + ccd, n - ccd);
			consider(&bare, &best, &count);
		}
	}

	/*
	 * 4. Local: completed from the previous number of the cell, else from the area code given.
	 * Tried beside the other readings when no prefix was written; after what looked like a trunk
	 * or IDD prefix only when nothing else is valid (Moscow's "804-40-85", Izhevsk's "00 91 08").
	 */
	bool local_tried = false;
	reading local;
	local.valid = false;
	if ((!k && !trunk) || count == 0) {
		/* an inherited area code is 1-5 digits and the local number at least 5: "доб. 12" or a
		 * stray "12" never borrow eight digits of the previous number */
		if (inh && inh->nsn && inh->cc == region->country_code && inh->nsn_len > n && n >= 5
			&& inh->nsn_len - n <= 5) {
			local_tried = true;
			read_local(&local, region, inh->nsn, inh->nsn_len - n, d, n);
		}
		if (!local.valid && ctx->area && ctx->area_len) {
			local_tried = true;
			if (!read_local(&local, region, ctx->area, ctx->area_len, d, n)) {
				/* An area code given with its trunk prefix ("8495"): try it without. */
				char a[2 * LEX_MAX + 1];
				bool st = false;
				size_t an = crm_phone_strip_national_prefix(region, ctx->area, ctx->area_len, a, sizeof a,
					&st, NULL, NULL);
				if (st && an != (size_t) -1 && an < ctx->area_len && an > 0) {
					reading again;
					if (read_local(&again, region, a, an, d, n)) {
						local = again;
					}
				}
			}
		}
		consider(&local, &best, &count);
	}

	if (count == 1) {
		finish(out, &best);
		return;
	}
	if (count > 1) {
		fail(out, CRM_PHONE_E_AMBIGUOUS);
		return;
	}

	/* Not valid: say why, by the reading the writer most likely meant. */
	if (k && !local_tried) {
		fail(out, intl.error);
		return;
	}
	crm_phone_error e = national.error;
	if (e == CRM_PHONE_E_TOO_LONG && bare.error) {
		e = bare.error;
	}
	if (local_tried) {
		e = local.error == CRM_PHONE_E_NO_AREA_CODE ? CRM_PHONE_E_INVALID_NUMBER : local.error;
	} else if (!trunk && (e == CRM_PHONE_E_TOO_SHORT || e == CRM_PHONE_E_NO_AREA_CODE) && n >= 5) {
		e = CRM_PHONE_E_NO_AREA_CODE;
	}
	fail(out, e);
}

/* ---- the fast path ---- */

/* The fast path is a few small functions; inlined into crm_phone_parse() they share registers
 * instead of passing through the lexed struct and three call frames. */
#if defined(__GNUC__) || defined(__clang__)
#define FAST_INLINE inline __attribute__((always_inline))
#else
#define FAST_INLINE inline
#endif

/*
 * Most cells of a column are one clean number: "+7 916 123-45-67", "8 (495) 123-45-67",
 * "0387 763-471".  The fast path answers those with less work and hands everything else to the
 * general path above, which it never contradicts: the fast lexer gives the very `lexed` the full
 * one gives for the bytes it accepts, and interpret_fast() answers only where the general
 * readings provably reach the same single valid reading (see each case).  bench/run
 * phone_fastpath and fuzz_phone compare both paths on every input (crm_phone_parse_fast/_full).
 */

/*
 * Byte classes of the fast lexer.  A byte is a digit, a separator (bit 0 and 1 clear), the plus,
 * or OTHER: a byte whose meaning in the full lexer needs more than a table (a letter, '#', '.'
 * and ',' of the Excel forms, a UTF-8 lead byte that may start a letter, a digit or '＋').
 * The separators are exact: every other ASCII byte is one in lex(), and so is every code point
 * the other lead bytes can start (C0/C1/C2: invalid or U+0080..U+00BF; E0..EE: U+0800..U+EFFF,
 * no letter or digit there; F0..F4: beyond U+FFFF; F5..FF and lone continuation bytes: invalid,
 * read as U+FFFD).  A sequence of separator bytes is one separator or several, which the lexer
 * cannot tell apart: the first one closes the first run, the others change nothing.
 */
#define FB_DIGIT 1u
#define FB_OTHER 2u
#define FB_PLUS  4u
#define FB_10(x) x, x, x, x, x, x, x, x, x, x
#define FB_16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const uint8_t fast_byte[256] = {
	/* 0x00..0x2F: controls and punctuation are separators; '#' 0x23, '+' 0x2B, ',' 0x2C, '.' 0x2E */
	FB_16(0), FB_16(0),
	0, 0, 0, FB_OTHER, 0, 0, 0, 0, 0, 0, 0, FB_PLUS, FB_OTHER, 0, FB_OTHER, 0,
	/* 0x30..0x3F: digits, then : ; < = > ? */
	FB_10(FB_DIGIT), 0, 0, 0, 0, 0, 0,
	/* 0x40..0x7F: letters fall back, @ [ \ ] ^ _ ` { | } ~ DEL are separators */
	0, FB_10(FB_OTHER), FB_10(FB_OTHER), FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, 0, 0, 0, 0, 0,
	0, FB_10(FB_OTHER), FB_10(FB_OTHER), FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, 0, 0, 0, 0, 0,
	/* 0x80..0xBF: continuation bytes */
	FB_16(0), FB_16(0), FB_16(0), FB_16(0),
	/* 0xC0..0xDF: C0 C1 C2 separators (invalid, or U+0080..U+00BF: NBSP, «, »), C3..DF may be letters or digits */
	0, 0, 0, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER, FB_OTHER,
	FB_OTHER, FB_OTHER, FB_OTHER, FB_16(FB_OTHER),
	/* 0xE0..0xFF: E0..EE separators (U+0800..U+EFFF: dashes, Unicode spaces), EF has '＋' and '０'..'９' */
	FB_10(0), 0, 0, 0, 0, 0, FB_OTHER, FB_16(0),
};
#undef FB_10
#undef FB_16

/* The end of both fast lexers: n digits in L->d, a plus before them. false (the cell goes to
 * lex()) for too many digits, or a spurious +8 after a '+' (lex() alone tells it from +7 8…). */
static inline bool lex_fast_done(lexed *L, size_t n, bool plus)
{
	if (n > LEX_MAX || (plus && L->d[0] == '8')) {
		return false;
	}
	L->n = n;
	L->plus = plus;
	L->run_closed = false;
	L->first_run = 0;
	L->marker_first = false;
	L->early = CRM_PHONE_E_NONE;
	L->ext_n = 0;
	return true;
}

/*
 * The lexer of the fast path: one table look-up per byte, no decoding.  For the bytes it accepts
 * it gives what lex() gives (the digits, the plus, the first run; no word, so no extension, and
 * no Excel form, which needs a '.' or ','); false for anything else, for more than LEX_MAX digits
 * and for cells longer than LEX_BUF bytes (lex() decides those).
 */
static bool lex_fast_bytes(const char *s, size_t len, lexed *L)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t i = 0, n = 0;
	bool plus = false;
	if (len > LEX_BUF) {
		return false;
	}
	/* before the first digit: separators, and a plus */
	for (; i < len; i++) {
		unsigned k = fast_byte[u[i]];
		if (k & FB_DIGIT) {
			break;
		}
		if (k & FB_OTHER) {
			return false;
		}
		plus |= (k & FB_PLUS) != 0;
	}
	/*
	 * From the first digit on, without a branch per byte: every byte is stored, only digits
	 * advance n, and any byte of class OTHER is noted for the end.
	 */
	unsigned bad = 0;
	char *d = L->d;
	for (; i + 2 <= len; i += 2) {
		unsigned c0 = u[i], c1 = u[i + 1];
		unsigned k0 = fast_byte[c0], k1 = fast_byte[c1];
		d[n] = (char) c0;
		n += k0 & FB_DIGIT;
		d[n] = (char) c1;
		n += k1 & FB_DIGIT;
		bad |= k0 | k1;
	}
	if (i < len) {
		unsigned c = u[i], k = fast_byte[c];
		d[n] = (char) c;
		n += k & FB_DIGIT;
		bad |= k;
	}
	/*
	 * The first run of digits ("+8 916": 1) matters only for the spurious +8 after a '+' (and
	 * run_closed nowhere): those cells are left to lex(), so the fast lexer need not count it.
	 */
	return !(bad & FB_OTHER) && lex_fast_done(L, n, plus);
}

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
/*
 * The same lexer sixteen bytes at a time (SSE2 is part of x86-64): for a block, bit masks of its
 * digits, its '+' and its bytes of class OTHER or beyond ASCII.  Only cells of ASCII digits and
 * ASCII separators are done here; any other byte hands the cell to lex_fast_bytes() (NBSP, dashes)
 * or, through it, to lex().
 */
#include <emmintrin.h>

static FAST_INLINE unsigned block_masks(__m128i v, unsigned *digits, unsigned *plus)
{
	__m128i dv = _mm_sub_epi8(v, _mm_set1_epi8('0'));
	__m128i is_digit = _mm_cmpeq_epi8(_mm_min_epu8(dv, _mm_set1_epi8(9)), dv);
	__m128i lv = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
	__m128i is_letter = _mm_cmpeq_epi8(_mm_min_epu8(lv, _mm_set1_epi8(25)), lv);
	__m128i other = _mm_or_si128(is_letter, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('#')),
		_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.')))));
	*digits = (unsigned) _mm_movemask_epi8(is_digit);
	*plus = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')));
	return (unsigned) _mm_movemask_epi8(other) | (unsigned) _mm_movemask_epi8(v);
}

/*
 * Digits of one block v (mask bit j: byte j of v) appended to d, a run of digits at a time (a
 * number is written in groups: "8 916 123-45-67" is five runs, not eleven digits): each run is
 * moved with one 16-byte copy from the block, as laid out in a zero-padded buffer, and d has
 * room for 16 bytes past any digit count.  Also: a '+' before the first digit.
 */
static FAST_INLINE void block_take(__m128i v, unsigned digits, unsigned pluses, char *d, size_t *n, bool *plus)
{
	unsigned char b[32];
	if (*n == 0) {
		unsigned before = digits ? (digits & (0u - digits)) - 1 : 0xFFFFu;
		*plus |= (pluses & before) != 0;
	}
	_mm_storeu_si128((__m128i *) (void *) b, v);
	_mm_storeu_si128((__m128i *) (void *) (b + 16), _mm_setzero_si128());
	size_t k = *n;
	for (unsigned m = digits; m; ) {
		unsigned start = (unsigned) __builtin_ctz(m);
		unsigned run = (unsigned) __builtin_ctz(~(m >> start));
		_mm_storeu_si128((__m128i *) (void *) (d + k), _mm_loadu_si128((const __m128i *) (const void *) (b + start)));
		k += run;
		m &= m + (m & (0u - m));     /* clears the lowest run of ones */
	}
	*n = k;
}

static FAST_INLINE bool lex_fast(const char *s, size_t len, lexed *L)
{
	const unsigned char *u = (const unsigned char *) s;
	unsigned digits, pluses;
	size_t n = 0;
	bool plus = false;
	if (len < 8 || len > LEX_BUF) {
		return lex_fast_bytes(s, len, L);
	}
	if (len < 16) {
		/* 8..15 bytes: two overlapping 8-byte loads, the second shifted so the block is the cell
		 * followed by zero bytes (separators), never a byte beyond it */
		uint64_t lo, hi;
		__m128i v;
		memcpy(&lo, u, 8);
		memcpy(&hi, u + len - 8, 8);
		hi = len > 8 ? hi >> (8 * (16 - len)) : 0;   /* (a shift by 64 bits would be undefined) */
		v = _mm_set_epi64x((long long) hi, (long long) lo);
		if (block_masks(v, &digits, &pluses)) {
			return lex_fast_bytes(s, len, L);
		}
		block_take(v, digits, pluses, L->d, &n, &plus);
	} else {
		size_t off = 0;
		for (; off + 16 <= len; off += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *) (const void *) (u + off));
			if (block_masks(v, &digits, &pluses)) {
				return lex_fast_bytes(s, len, L);
			}
			block_take(v, digits, pluses, L->d, &n, &plus);
		}
		if (off < len) {
			/* the last 16 bytes, without the ones already taken */
			unsigned skip = (unsigned) (16 - (len - off));
			__m128i v = _mm_loadu_si128((const __m128i *) (const void *) (u + len - 16));
			if (block_masks(v, &digits, &pluses) >> skip) {
				return lex_fast_bytes(s, len, L);
			}
			block_take(v, (digits >> skip) << skip, (pluses >> skip) << skip, L->d, &n, &plus);
		}
	}
	return lex_fast_done(L, n, plus);
}
#else
static inline bool lex_fast(const char *s, size_t len, lexed *L)
{
	return lex_fast_bytes(s, len, L);
}
#endif

/* crm_phone_match_types for a string of ASCII digits (the fast path has no other), inline. */
static FAST_INLINE uint16_t fast_match_types(const crm_phone_territory *t, const char *nsn, size_t len)
{
	/*
	 * State 0 is the dead state and leads to itself: no test per digit.  The table is read flat
	 * with the ASCII digit in the index (size_t arithmetic, so "- '0'" folds into the address),
	 * two digits per round.
	 */
	const uint16_t *next = &crm_phone_dfa_next[0][0];
	const unsigned char *p = (const unsigned char *) nsn, *end = p + len;
	size_t s = t->number_dfa;
	if (len & 1) {
		s = next[s * 10 + *p++ - '0'];
	}
	while (p < end) {
		s = next[s * 10 + p[0] - '0'];
		s = next[s * 10 + p[1] - '0'];
		p += 2;
	}
	return len <= CRM_PHONE_MAX_NSN ? crm_phone_dfa_accept[s] & t->length_types[len] : 0;
}

/* crm_phone_prefix_dfa_match (a territory's leadingDigits), inline; start is not 0. */
static FAST_INLINE bool fast_prefix_match(unsigned start, const char *digits, size_t len)
{
	size_t s = start;
	/* accepting states of a prefix DFA all lead to the sink, so the first accept decides */
	for (size_t i = 0; i < len; i++) {
		if (crm_phone_dfa_accept[s]) {
			return true;
		}
		s = crm_phone_dfa_next[s][(unsigned char) digits[i] - '0'];
		if (!s) {
			return false;
		}
	}
	return crm_phone_dfa_accept[s] != 0;
}

/* crm_phone_number_type, with the common masks (no special type) decided inline. */
static FAST_INLINE crm_phone_type fast_number_type(const crm_phone_territory *t, uint16_t mask)
{
	const uint16_t fixed = CRM_PHONE_BIT(CRM_PHONE_FIXED_LINE), mobile = CRM_PHONE_BIT(CRM_PHONE_MOBILE);
	if (!(mask & CRM_PHONE_BIT(CRM_PHONE_GENERAL))) {
		return CRM_PHONE_UNKNOWN;
	}
	if (mask & (uint16_t) ~(CRM_PHONE_BIT(CRM_PHONE_GENERAL) | fixed | mobile)) {
		return crm_phone_number_type(t, mask);
	}
	bool same = t->flags & CRM_PHONE_SAME_FIXED_MOBILE;
	if (mask & fixed) {
		return same || (mask & mobile) ? CRM_PHONE_FIXED_LINE_OR_MOBILE : CRM_PHONE_FIXED_LINE;
	}
	return !same && (mask & mobile) ? CRM_PHONE_MOBILE : CRM_PHONE_UNKNOWN;
}

/*
 * judge() + finish() of one reading, in pieces that crm_phone_parse2() interleaves for two
 * numbers: fast_write() puts "+<cc><nsn>" into out->e164 (the national number is copied once and
 * walked where it lies), fast_candidate() finds the next territory of the code to walk (as
 * territory_for(): a territory with leadingDigits only when they claim the number), and
 * fast_judged() takes the walk's type: 1 valid (out filled), 0 try the next territory, -1 not
 * valid (out is then not a result; the caller goes on to the general path, which fills all of it).
 */
typedef struct fast_number {
	crm_phone_result *out;
	unsigned cc;
	size_t ccd, len, i, count;
	const char *own;          /* the national number inside out->e164 */
	const uint16_t *group;    /* territory indexes of the code */
	const crm_phone_territory *t;
	bool claimed;
} fast_number;

/* nsn has at least 8 readable bytes (it points into lexed.d or a buffer of CRM_PHONE_MAX_DIGITS + 1). */
static FAST_INLINE bool fast_write(fast_number *f, crm_phone_result *out, unsigned cc, const char *nsn, size_t len)
{
	size_t ccd = digits_of_code(cc);
	unsigned code = cc < 1000 ? crm_phone_code_index[cc] : 0;
	if (len == 0 || len + ccd > CRM_PHONE_MAX_E164 || !code) {
		return false;
	}
	char *e = out->e164;
	e[0] = '+';
	if (ccd == 1) {
		e[1] = (char) ('0' + cc);
	} else if (ccd == 2) {
		e[1] = (char) ('0' + cc / 10);
		e[2] = (char) ('0' + cc % 10);
	} else {
		e[1] = (char) ('0' + cc / 100);
		e[2] = (char) ('0' + cc / 10 % 10);
		e[3] = (char) ('0' + cc % 10);
	}
	/* the national number: two overlapping 8-byte moves */
	char *own = e + 1 + ccd;
	if (len >= 8) {
		memcpy(own, nsn, 8);
		memcpy(own + len - 8, nsn + len - 8, 8);
	} else {
		for (size_t i = 0; i < len; i++) {
			own[i] = nsn[i];
		}
	}
	own[len] = '\0';
	const uint16_t *entry = crm_phone_code_groups[code - 1];
	f->out = out;
	f->cc = cc;
	f->ccd = ccd;
	f->len = len;
	f->own = own;
	f->group = crm_phone_code_territories + entry[0];
	f->count = entry[1];
	f->i = 0;
	return true;
}

static FAST_INLINE bool fast_candidate(fast_number *f)
{
	for (; f->i < f->count; f->i++) {
		const crm_phone_territory *t = &crm_phone_territories[f->group[f->i]];
		f->claimed = t->leading_digits && fast_prefix_match(t->leading_digits, f->own, f->len);
		if (t->leading_digits && !f->claimed) {
			continue;
		}
		f->t = t;
		return true;
	}
	return false;
}

static FAST_INLINE int fast_judged(fast_number *f, uint16_t mask)
{
	crm_phone_type type = fast_number_type(f->t, mask);
	if (type == CRM_PHONE_UNKNOWN) {
		if (f->claimed) {
			return -1;
		}
		f->i++;
		return 0;
	}
	crm_phone_result *out = f->out;
	out->valid = true;
	out->error = CRM_PHONE_E_NONE;
	out->type = type;
	out->territory = f->t;
	out->country_code = (uint16_t) f->cc;
	out->cc_len = (uint8_t) f->ccd;
	out->e164_len = (uint8_t) (1 + f->ccd + f->len);
	out->ext_len = 0;
	out->ext[0] = '\0';
	return 1;
}

/* The rest of territory_for() for one number, from its current territory on. */
static FAST_INLINE bool fast_finish(fast_number *f)
{
	while (fast_candidate(f)) {
		int r = fast_judged(f, fast_match_types(f->t, f->own, f->len));
		if (r) {
			return r > 0;
		}
	}
	return false;
}

static FAST_INLINE bool fast_answer(crm_phone_result *out, unsigned cc, const char *nsn, size_t len)
{
	fast_number f;
	return fast_write(&f, out, cc, nsn, len) && fast_finish(&f);
}

/*
 * false when idd_length() is certainly 0: the IDD program's fixed leading digits ("810", "00")
 * are not there (crm_phone_program_match's own first test, inline), and it is not the "00" that
 * accepts_00() adds.
 */
static FAST_INLINE bool maybe_idd(const crm_phone_territory *region, const char *d, size_t n)
{
	if (n >= 2 && d[0] == '0' && d[1] == '0') {
		return true;
	}
	if (!region->idd_program) {
		return false;
	}
	const uint16_t *op = crm_phone_vm_code + region->idd_program + 1;
	for (size_t i = 0;; op++) {
		unsigned kind = *op >> 12;
		if (kind == 3) {        /* OP_SAVE */
			continue;
		}
		if (kind != 0) {        /* not OP_SET: an alternative follows, let the matcher decide */
			return true;
		}
		unsigned dv = i < n ? (unsigned) (unsigned char) d[i] - '0' : 10u;
		if (dv > 9 || !(*op >> dv & 1)) {
			return false;
		}
		i++;
	}
}

/*
 * The readings of the two common shapes, when they are valid; false leaves the number to
 * interpret_general().  Valid with or without an inherited area code (a cell's later numbers).
 */
typedef struct fast_reading {
	unsigned cc;
	const char *nsn;
	size_t len;
	const crm_phone_territory *only;  /* valid only if judged to be this territory (else: general path) */
	char buf[CRM_PHONE_MAX_DIGITS + 1];
} fast_reading;

static FAST_INLINE bool fast_read(const crm_phone_context *ctx, const inherit *inh, const lexed *L, fast_reading *r)
{
	const char *d = L->d;
	size_t n = L->n;
	r->only = NULL;
	if (L->early || L->ext_n || n < 2 || n > LEX_MAX) {
		return false;
	}
	if (L->plus) {
		/*
		 * "+<cc><nsn>": read_international() takes the first assigned code and, when the
		 * national number as written is valid, that reading; the spurious-+8 rule is the only
		 * other rule after a '+', and it needs d[0] == '8'.
		 */
		if (d[0] == '8' || d[0] == '0') {
			/* (lex_fast() leaves "+8…" to lex(); a cell's lexed from lex() may come here) */
			return false;
		}
		/* crm_phone_country_code_prefix, inline: the first assigned 1-, 2- or 3-digit prefix */
		unsigned cc = (unsigned) (d[0] - '0');
		size_t k = 1;
		if (!crm_phone_code_index[cc]) {
			cc = cc * 10 + (unsigned) (d[1] - '0');
			k = 2;
			if (!crm_phone_code_index[cc]) {
				if (n < 3) {
					return false;
				}
				cc = cc * 10 + (unsigned) (d[2] - '0');
				k = 3;
				if (!crm_phone_code_index[cc]) {
					return false;
				}
			}
		}
		if (k == n) {
			return false;
		}
		r->cc = cc;
		r->nsn = d + k;
		r->len = n - k;
		return true;
	}
	/*
	 * A one-digit trunk prefix with no transform rule ("8 916 …", "0 30 …"), no IDD, and a valid
	 * number once it is dropped.  The general readings give the same answer then: the strip is
	 * viable because the rest is valid (so the national reading is this one); no local reading
	 * follows a trunk prefix when another reading is valid; the bare-code reading cannot apply
	 * because the code does not start with the trunk digit, or is that digit (and then reads the
	 * same number).
	 */
	const crm_phone_territory *region = ctx->region;
	const char *np = crm_phone_strings + region->national_prefix;
	unsigned cc = region->country_code;
	size_t ccd = digits_of_code(cc);
	bool idd = maybe_idd(region, d, n) && idd_length(region, d, n);
	if (np[0] == d[0] && !np[1] && !region->national_prefix_transform_rule
		/* the generator pools strings, so "same text" is "same offset" */
		&& (!region->national_prefix_for_parsing || region->national_prefix_for_parsing == region->national_prefix)
		&& (cc < 10 || (unsigned) (np[0] - '0') != (cc >= 100 ? cc / 100 : cc / 10))) {
		r->cc = cc;
		r->nsn = d + 1;
		r->len = n - 1;
		return !idd;
	}
	/*
	 * Any other number without '+' or IDD whose digits do not start with the region's code
	 * ("207 460-0613" in US, "8 0449 …" in BY): only the national reading is left (the bare-code
	 * reading needs the code in front), and a local reading only when no trunk prefix was
	 * stripped and an area code is given or inherited.  So with a trunk prefix stripped, or
	 * without any area code, a valid national reading is the answer.
	 */
	if (idd || n <= ccd) {
		return false;
	}
	unsigned lead = 0;
	for (size_t i = 0; i < ccd; i++) {
		lead = lead * 10 + (unsigned) (d[i] - '0');
	}
	if (lead == cc) {
		return false;
	}
	r->cc = cc;
	if (!region->national_prefix_transform_rule) {
		/*
		 * crm_phone_strip_national_prefix() without its two pattern walks.  A prefix matched
		 * ("80" of BY's "0|80?"): the rest is stripped when the general pattern of the region
		 * matches it, which a valid reading in the region itself proves (valid needs the general
		 * bit) — hence `only`.  Nothing matched, or an empty match: the digits as written.
		 */
		crm_phone_match mt;
		if (crm_phone_match_national_prefix(region, d, n, &mt) && mt.end > 0) {
			r->nsn = d + mt.end;
			r->len = n - mt.end;
			r->only = region;
			return true;
		}
		if ((ctx->area && ctx->area_len) || (inh && inh->nsn)) {
			return false;
		}
		r->nsn = d;
		r->len = n;
		return true;
	}
	bool stripped = false;
	size_t m = crm_phone_strip_national_prefix(region, d, n, r->buf, sizeof r->buf, &stripped, NULL, NULL);
	if (m == (size_t) -1) {
		return false;
	}
	if (!(stripped && m != n) && ((ctx->area && ctx->area_len) || (inh && inh->nsn))) {
		return false;
	}
	r->nsn = r->buf;
	r->len = m;
	return true;
}

/* The fast readings, judged; false leaves the number to interpret_general(). */
static FAST_INLINE bool interpret_fast(const crm_phone_context *ctx, const inherit *inh, const lexed *L, crm_phone_result *out)
{
	fast_reading r;
	return fast_read(ctx, inh, L, &r) && fast_answer(out, r.cc, r.nsn, r.len) && (!r.only || out->territory == r.only);
}

static void interpret(const crm_phone_context *ctx, const inherit *inh, const lexed *L, crm_phone_result *out)
{
	if (!interpret_fast(ctx, inh, L, out)) {
		interpret_general(ctx, inh, L, out);
	}
}

void crm_phone_parse(const crm_phone_context *ctx, const char *s, size_t len, crm_phone_result *out)
{
	lexed L;
	if (lex_fast(s, len, &L)) {
		if (interpret_fast(ctx, NULL, &L, out)) {
			return;
		}
	} else {
		lex(s, len, &L);
	}
	interpret_general(ctx, NULL, &L, out);
}

/*
 * Two numbers of one column: the fast path of both, with their DFA walks interleaved.  A walk is
 * a chain of dependent table reads (each state is the address of the next), so one number's walk
 * waits on memory latency; two independent chains in one loop fill each other's wait.  Whatever
 * the fast path does not answer goes to crm_phone_parse() alone, so each result is exactly
 * crm_phone_parse()'s.
 */
void crm_phone_parse2(const crm_phone_context *ctx, const char *s0, size_t len0, const char *s1, size_t len1,
	crm_phone_result *out0, crm_phone_result *out1)
{
	lexed L0, L1;
	fast_reading r0, r1;
	fast_number f0 = {0}, f1 = {0};   /* (set by fast_write(); zeroed for the compiler's flow analysis) */
	bool ok0 = lex_fast(s0, len0, &L0) && fast_read(ctx, NULL, &L0, &r0)
		&& fast_write(&f0, out0, r0.cc, r0.nsn, r0.len) && fast_candidate(&f0);
	bool ok1 = lex_fast(s1, len1, &L1) && fast_read(ctx, NULL, &L1, &r1)
		&& fast_write(&f1, out1, r1.cc, r1.nsn, r1.len) && fast_candidate(&f1);
	if (!ok0 || !ok1) {
		/* one by one: what the fast path has begun it finishes, the rest goes the whole way */
		if (!ok0 || !fast_finish(&f0) || (r0.only && out0->territory != r0.only)) {
			crm_phone_parse(ctx, s0, len0, out0);
		}
		if (!ok1 || !fast_finish(&f1) || (r1.only && out1->territory != r1.only)) {
			crm_phone_parse(ctx, s1, len1, out1);
		}
		return;
	}
	/* fast_match_types() of both, in one loop (state 0 leads to itself: no test per digit) */
	const uint16_t *next = &crm_phone_dfa_next[0][0];
	const unsigned char *p0 = (const unsigned char *) f0.own, *p1 = (const unsigned char *) f1.own;
	size_t a = f0.t->number_dfa, b = f1.t->number_dfa, common = f0.len < f1.len ? f0.len : f1.len, i = 0;
	for (; i < common; i++) {
		a = next[a * 10 + p0[i] - '0'];
		b = next[b * 10 + p1[i] - '0'];
	}
	for (size_t j = i; j < f0.len; j++) {
		a = next[a * 10 + p0[j] - '0'];
	}
	for (size_t j = i; j < f1.len; j++) {
		b = next[b * 10 + p1[j] - '0'];
	}
	uint16_t m0 = f0.len <= CRM_PHONE_MAX_NSN ? crm_phone_dfa_accept[a] & f0.t->length_types[f0.len] : 0;
	uint16_t m1 = f1.len <= CRM_PHONE_MAX_NSN ? crm_phone_dfa_accept[b] & f1.t->length_types[f1.len] : 0;
	int j0 = fast_judged(&f0, m0), j1 = fast_judged(&f1, m1);
	if (j0 < 0 || (j0 == 0 && !fast_finish(&f0)) || (r0.only && out0->territory != r0.only)) {
		crm_phone_parse(ctx, s0, len0, out0);
	}
	if (j1 < 0 || (j1 == 0 && !fast_finish(&f1)) || (r1.only && out1->territory != r1.only)) {
		crm_phone_parse(ctx, s1, len1, out1);
	}
}

bool crm_phone_parse_fast(const crm_phone_context *ctx, const char *s, size_t len, crm_phone_result *out)
{
	lexed L;
	return lex_fast(s, len, &L) && interpret_fast(ctx, NULL, &L, out);
}

void crm_phone_parse_full(const crm_phone_context *ctx, const char *s, size_t len, crm_phone_result *out)
{
	lexed L;
	lex(s, len, &L);
	interpret_general(ctx, NULL, &L, out);
}

bool crm_phone_area_code_ok(const char *area, size_t len)
{
	if (len == 0 || len > 8) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		if (area[i] < '0' || area[i] > '9') {
			return false;
		}
	}
	return true;
}

/* ---- formatting ---- */

size_t crm_phone_format_e164(const char *e164, size_t len, crm_phone_style style, char *out, size_t cap)
{
	unsigned cc;
	if (len < 3 || len > CRM_PHONE_MAX_E164 + 1 || e164[0] != '+' || cap < 2 * CRM_PHONE_MAX_E164) {
		return (size_t) -1;
	}
	for (size_t i = 1; i < len; i++) {
		if (e164[i] < '0' || e164[i] > '9') {
			return (size_t) -1;
		}
	}
	size_t k = crm_phone_country_code_prefix(e164 + 1, len - 1, &cc);
	if (!k || k == len - 1) {
		return (size_t) -1;
	}
	const char *nsn = e164 + 1 + k;
	size_t nsn_len = len - 1 - k;
	if (style == CRM_PHONE_E164) {
		memcpy(out, e164, len);
		out[len] = '\0';
		return len;
	}
	const crm_phone_territory *main_t = crm_phone_territory_by_code(cc, 0);
	size_t n = 0;
	if (style == CRM_PHONE_INTERNATIONAL) {
		memcpy(out, e164, 1 + k);
		n = 1 + k;
		out[n++] = ' ';
	}
	const crm_phone_format *f = crm_phone_choose_format(main_t, nsn, nsn_len, style == CRM_PHONE_INTERNATIONAL);
	size_t m = (size_t) -1;
	if (f) {
		m = crm_phone_apply_format(f, nsn, nsn_len,
			style == CRM_PHONE_INTERNATIONAL ? CRM_PHONE_STYLE_INTERNATIONAL : CRM_PHONE_STYLE_NATIONAL, out + n, cap - n);
	}
	if (m == (size_t) -1) {
		/* No format fits: the digits ungrouped, as libphonenumber writes them. */
		memcpy(out + n, nsn, nsn_len);
		m = nsn_len;
		out[n + m] = '\0';
	}
	return n + m;
}

const char *crm_phone_error_name(crm_phone_error error)
{
	static const char *const names[] = {
		NULL, "too_short", "too_long", "invalid_country_code", "no_area_code", "not_a_number",
		"digits_lost", "invalid_number", "ambiguous",
	};
	return (unsigned) error < sizeof names / sizeof names[0] ? names[error] : NULL;
}

const char *crm_phone_type_api_name(crm_phone_type type)
{
	switch (type) {
		case CRM_PHONE_FIXED_LINE:           return "fixed";
		case CRM_PHONE_MOBILE:               return "mobile";
		case CRM_PHONE_TOLL_FREE:            return "toll_free";
		case CRM_PHONE_PREMIUM_RATE:         return "premium";
		case CRM_PHONE_SHARED_COST:          return "shared_cost";
		case CRM_PHONE_VOIP:                 return "voip";
		case CRM_PHONE_PERSONAL_NUMBER:      return "personal";
		case CRM_PHONE_PAGER:                return "pager";
		case CRM_PHONE_UAN:                  return "uan";
		case CRM_PHONE_VOICEMAIL:            return "voicemail";
		case CRM_PHONE_FIXED_LINE_OR_MOBILE: return "fixed_or_mobile";
		default:                             return NULL;
	}
}

void crm_phone_trim(const char *s, size_t len, size_t *off, size_t *out_len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t a = 0, b = len;
	while (a < b) {
		size_t j = a;
		if (!is_space(next_cp(u, len, &j))) {
			break;
		}
		a = j;
	}
	while (b > a) {
		/* step back to the start of the last code point */
		size_t st = b - 1;
		while (st > a && (u[st] & 0xC0) == 0x80 && b - st < 4) {
			st--;
		}
		size_t j = st;
		uint32_t cp = next_cp(u, len, &j);
		if (j != b || !is_space(cp)) {
			break;
		}
		b = st;
	}
	*off = a;
	*out_len = b - a;
}

/* ---- cells with several numbers ---- */

/*
 * The next fragment from pos: up to a separator (, ; / \ | line break, or the word "или"/"or").
 * Returns the fragment end; *next is where the following fragment starts, *slash whether the
 * separator was a slash (only those may be re-joined: "8/495/123-45-67").
 */
static void parse_with(const crm_phone_cell *c, bool complete, const char *s, size_t len, crm_phone_result *out);

/* Digits (as the lexer counts them) from i to the next list separator. */
static size_t digits_to_separator(const char *s, size_t len, size_t i)
{
	size_t e = i;
	while (e < len && s[e] != ',' && s[e] != ';' && s[e] != '\n' && s[e] != '\r' && s[e] != '|' && s[e] != '/'
		&& s[e] != '\\') {
		e++;
	}
	lexed L;
	lex(s + i, e - i, &L);
	return L.n;
}

/*
 * End of the fragment that starts at pos: a list separator, or "или" / "or"; or "и" / "and" /
 * "och" between two numbers — only when the text before the word is a valid number and the text
 * after it holds at least 5 digits, so a word never splits a number ("8 916 123 и 45 67" stays
 * one) nor takes an extension's neighbour ("доб. 12 и 13").
 */
static size_t next_fragment(const crm_phone_cell *c, size_t pos, size_t *next, bool *slash)
{
	const char *s = c->s;
	size_t len = c->len;
	const unsigned char *u = (const unsigned char *) s;
	static const uint32_t ili[] = {0x438, 0x43B, 0x438, 0}, or[] = {'o', 'r', 0},
		i_ru[] = {0x438, 0}, and[] = {'a', 'n', 'd', 0}, och[] = {'o', 'c', 'h', 0};
	size_t i = pos;
	*slash = false;
	while (i < len) {
		unsigned char ch = u[i];
		if (ch == ',' || ch == ';' || ch == '\n' || ch == '\r' || ch == '|') {
			*next = i + 1;
			return i;
		}
		if (ch == '/' || ch == '\\') {
			*slash = true;
			*next = i + 1;
			return i;
		}
		if (ch < 0x80 && !((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')) {
			i++;
			continue;
		}
		size_t j = i;
		uint32_t cp = next_cp(u, len, &j);
		if (is_letter(cp)) {
			uint32_t w[4];
			size_t wn;
			j = read_word(u, len, i, w, 4, &wn);
			if (word_is(w, wn, ili) || word_is(w, wn, or)) {
				*next = j;
				return i;
			}
			if (word_is(w, wn, i_ru) || word_is(w, wn, and) || word_is(w, wn, och)) {
				crm_phone_result left;
				parse_with(c, true, s + pos, i - pos, &left);
				if (left.valid && digits_to_separator(s, len, j) >= 5) {
					*next = j;
					return i;
				}
			}
		}
		i = j;
	}
	*next = len;
	return len;
}

void crm_phone_cell_init(crm_phone_cell *c, const crm_phone_context *ctx, const char *s, size_t len)
{
	lexed L;
	memset(c, 0, sizeof *c);
	c->ctx = *ctx;
	c->s = s;
	c->len = len;
	c->whole = excel_number(s, len, &L);
}

/* complete: area completion allowed (inherited from the cell, or the context's area code). */
static void parse_with(const crm_phone_cell *c, bool complete, const char *s, size_t len, crm_phone_result *out)
{
	lexed L;
	inherit inh = {NULL, 0, 0};
	crm_phone_context bare = c->ctx;
	if (complete && c->prev_nsn_len) {
		inh.nsn = c->prev_nsn;
		inh.nsn_len = c->prev_nsn_len;
		inh.cc = c->prev_cc;
	}
	if (!complete) {
		bare.area = NULL;
		bare.area_len = 0;
	}
	lex(s, len, &L);
	interpret(&bare, &inh, &L, out);
}

static bool has_digit(const char *s, size_t len)
{
	lexed L;
	lex(s, len, &L);
	return L.n > 0 || L.early;
}

bool crm_phone_cell_next(crm_phone_cell *c, crm_phone_result *out, size_t *raw_off, size_t *raw_len)
{
	while (c->pos < c->len) {
		size_t a = c->pos, next, b;
		bool slash = false;
		if (c->whole) {
			b = next = c->len;
		} else {
			b = next_fragment(c, a, &next, &slash);
		}
		if (!has_digit(c->s + a, b - a)) {
			c->pos = next;
			continue;
		}
		parse_with(c, true, c->s + a, b - a, out);
		/* "8/495/123-45-67": slash-separated pieces, none valid alone, that are one number together. */
		size_t q = next;
		bool join_ok = slash;
		for (int extra = 0; !out->valid && join_ok && extra < 3 && q < c->len; extra++) {
			size_t q2, b2;
			b2 = next_fragment(c, q, &q2, &join_ok);
			crm_phone_result alone, joined;
			parse_with(c, false, c->s + q, b2 - q, &alone);
			if (alone.valid) {
				break;
			}
			parse_with(c, true, c->s + a, b2 - a, &joined);
			if (joined.valid) {
				*out = joined;
				b = b2;
				next = q2;
				break;
			}
			q = q2;
		}
		/*
		 * "89161234567 89257654321": numbers apart by spaces only are one fragment, too long.
		 * Split at the one whitespace run (of at most 48 tried) after which the text before is
		 * a valid number and the rest is valid or still too long (more numbers, split next);
		 * none or several such places: the fragment stays as it is.
		 */
		if (!out->valid && out->error == CRM_PHONE_E_TOO_LONG && !c->whole) {
			size_t found = 0, split_at = 0, resume = 0, tried = 0;
			crm_phone_result left, right, keep;
			for (size_t p = a + 1; p < b && tried < 48; p++) {
				unsigned char ch = (unsigned char) c->s[p];
				if ((ch != ' ' && ch != '\t') || c->s[p - 1] == ' ' || c->s[p - 1] == '\t') {
					continue;
				}
				size_t e = p;
				while (e < b && (c->s[e] == ' ' || c->s[e] == '\t')) {
					e++;
				}
				tried++;
				/* a '+' after the first digit starts the next number: it never ends this one */
				bool plus_inside = false, digit_seen = false;
				for (size_t k = a; k < p; k++) {
					digit_seen |= c->s[k] >= '0' && c->s[k] <= '9';
					plus_inside |= digit_seen && c->s[k] == '+';
				}
				if (plus_inside) {
					continue;
				}
				/* without area completion: a completed local number would make every short
				 * prefix of the run a candidate ("8(49291) 7" as Moscow's 849-29-17) */
				parse_with(c, false, c->s + a, p - a, &left);
				if (!left.valid) {
					continue;
				}
				parse_with(c, false, c->s + e, b - e, &right);
				/* a rest that is too long holds more numbers: it is split the same way next */
				if (right.valid || right.error == CRM_PHONE_E_TOO_LONG) {
					found++;
					split_at = p;
					resume = e;
					keep = left;
				}
			}
			if (found == 1) {
				*out = keep;
				b = split_at;
				next = resume;
			}
		}

		/* "+7 495 123-45-67, доб. 12": a fragment that starts with an extension marker is the
		 * extension of the number before it. */
		if (!c->whole && out->ext_len == 0 && next < c->len) {
			size_t q2, b2;
			bool sl;
			lexed E;
			b2 = next_fragment(c, next, &q2, &sl);
			lex(c->s + next, b2 - next, &E);
			/* at most 4 digits: "д.т. 12-34-56" (a home number) is not an extension */
			if (E.marker_first && E.n > 0 && E.n <= 4 && !E.early) {
				memcpy(out->ext, E.d, E.n);
				out->ext[E.n] = '\0';
				out->ext_len = (uint8_t) E.n;
				b = b2;
				next = q2;
			}
		}
		c->pos = next;
		crm_phone_trim(c->s + a, b - a, raw_off, raw_len);
		*raw_off += a;
		/* Only a city number lends its area code to the local numbers after it, not a mobile. */
		if (out->valid) {
			c->prev_nsn_len = 0;
		}
		if (out->valid && (out->type == CRM_PHONE_FIXED_LINE || out->type == CRM_PHONE_FIXED_LINE_OR_MOBILE)) {
			size_t nsn_len = (size_t) out->e164_len - 1 - out->cc_len;
			memcpy(c->prev_nsn, out->e164 + 1 + out->cc_len, nsn_len);
			c->prev_nsn_len = (uint8_t) nsn_len;
			c->prev_cc = out->country_code;
		}
		return true;
	}
	return false;
}
