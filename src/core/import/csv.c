/* Streaming CSV/TSV tokenizer: any supported encoding in, rows of UTF-8 field slices out. */
#include "csv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * How it is fast: every input byte is looked up in a 256-entry table built at open for this
 * file's encoding and delimiter. An entry packs the byte's UTF-8 form (1..3 bytes) and its
 * length; length 0 marks the few bytes that need a decision (delimiter, quote, CR, LF, NUL,
 * and for UTF-8 input the non-ASCII bytes that must be validated). The copy loop is thus
 * "load entry, store 4 bytes, advance by length" with one branch, transcoding cp1251/KOI8-R/
 * cp1252 on the way. The read buffer ends in a NUL sentinel, so the loop needs no bounds
 * check: running into the end looks like a NUL and is told apart by its position.
 * UTF-16 input is decoded to UTF-8 buffer by buffer first, then read as trusted UTF-8.
 */

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ENT_LEN(e) ((e) & 0xFFu)
#define ENT_MAKE(b0, b1, b2, n) ((uint32_t) (b0) << 24 | (uint32_t) (b1) << 16 | (uint32_t) (b2) << 8 | (n))
#define ENT_STOP 0x80u
#else
#define ENT_LEN(e) ((e) >> 24)
#define ENT_MAKE(b0, b1, b2, n) ((uint32_t) (b0) | (uint32_t) (b1) << 8 | (uint32_t) (b2) << 16 | (uint32_t) (n) << 24)
#define ENT_STOP 0x80000000u
#endif
/* The sentinel is followed by this many readable bytes, so the loop can look 4 bytes ahead. */
#define LOOKAHEAD 8

/* Every input byte yields at most 3 output bytes (a BMP character or U+FFFD); the field
 * terminator NUL is paid for by the delimiter or line end that ends the field. */
#define OUT_PER_IN 3
#define OUT_SLACK 32
#define MAX_ROW_BYTES ((size_t) 0x7FFF0000u)

typedef struct stored_row {
	char *data;
	crm_field *fields;
	size_t count;
	uint64_t line;
} stored_row;

struct crm_csv {
	uint32_t utab[256];		/* unquoted field: stops at delimiter, CR, LF, NUL */
	uint32_t qtab[256];		/* quoted field: stops at quote, CR, LF, NUL */

	crm_read_fn read;
	void *ctx;
	crm_encoding enc;
	int bom;
	int utf8_check;			/* UTF-8 input: non-ASCII bytes stop the loop for validation */
	int tentative;			/* UTF-8 only because the sample was pure ASCII: may still switch */
	int replace;
	unsigned char delim;
	int has_header;
	size_t max_field;

	unsigned char *buf;		/* cap + 1 + LOOKAHEAD bytes: buf[len] is always the NUL sentinel */
	size_t cap, pos, len;
	int eof;				/* the read callback returned 0 */

	unsigned char *raw;		/* UTF-16 only: undecoded input */
	size_t raw_pos, raw_len;
	int big_endian;

	uint64_t line;			/* current source line, 1-based */
	int skip_lf;			/* the last row ended in CR: an LF right after belongs to it */

	unsigned char *out;		/* the current row's fields, NUL-separated */
	size_t out_cap;
	crm_field *fields;
	size_t fields_cap;

	stored_row *sample;		/* rows read at open to judge the header, replayed by next() */
	size_t sample_n, sample_next;
	int sample_failed;		/* reading the sample hit an error: report it after the rows */

	stored_row header;
	crm_row header_row;

	int failed;
	crm_error err;
};

static void set_error(crm_error *err, crm_csv_error_code code, uint64_t row, uint32_t column, const char *fmt, ...)
{
	va_list ap;

	err->code = code;
	err->row = row;
	err->column = column;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
}

void crm_csv_options_init(crm_csv_options *opt)
{
	memset(opt, 0, sizeof(*opt));
}

/* ---- input ---- */

static long fill_utf16(crm_csv *c)
{
	for (;;) {
		size_t in_used, out_used;
		int bad = crm_enc_utf16_decode(c->big_endian, c->raw + c->raw_pos, c->raw_len - c->raw_pos, c->eof,
			c->replace, c->buf + c->len, c->cap - c->len, &in_used, &out_used);
		c->raw_pos += in_used;
		c->len += out_used;
		c->buf[c->len] = 0;
		if (out_used > 0) {
			return (long) out_used;
		}
		if (bad) {
			return -2;
		}
		if (c->eof) {
			return 0;
		}
		size_t keep = c->raw_len - c->raw_pos;
		memmove(c->raw, c->raw + c->raw_pos, keep);
		c->raw_pos = 0;
		c->raw_len = keep;
		long n = c->read(c->ctx, c->raw + keep, c->cap - keep);
		if (n < 0 || (size_t) n > c->cap - keep) {
			return -1;
		}
		if (n == 0) {
			c->eof = 1;
		}
		c->raw_len += (size_t) n;
	}
}

/* Keeps buf[pos..len) (at most an incomplete UTF-8 sequence) and appends what one read gives.
 * >0: bytes added; 0: end of file; -1: I/O error; -2: an invalid UTF-16 unit comes next. */
static long fill(crm_csv *c)
{
	size_t keep = c->len - c->pos;

	memmove(c->buf, c->buf + c->pos, keep);
	c->pos = 0;
	c->len = keep;
	if (c->raw) {
		return fill_utf16(c);
	}
	if (c->eof) {
		c->buf[c->len] = 0;
		return 0;
	}
	long n = c->read(c->ctx, c->buf + keep, c->cap - keep);
	if (n < 0 || (size_t) n > c->cap - keep) {
		return -1;
	}
	if (n == 0) {
		c->eof = 1;
	}
	c->len += (size_t) n;
	c->buf[c->len] = 0;
	return n;
}

static int ensure_out(crm_csv *c, size_t need)
{
	if (need <= c->out_cap) {
		return 0;
	}
	size_t cap = c->out_cap ? c->out_cap : 4096;
	while (cap < need) {
		cap *= 2;
	}
	unsigned char *out = realloc(c->out, cap);
	if (!out) {
		return -1;
	}
	c->out = out;
	c->out_cap = cap;
	return 0;
}

static int grow_fields(crm_csv *c)
{
	size_t cap = c->fields_cap * 2;
	if (cap > CRM_CSV_MAX_FIELDS) {
		return -2;
	}
	crm_field *f = realloc(c->fields, cap * sizeof(*f));
	if (!f) {
		return -1;
	}
	c->fields = f;
	c->fields_cap = cap;
	return 0;
}

/* Copies the non-ASCII bytes at *pp that stopped the copy loop: valid UTF-8 sequences as
 * they are, undefined single-byte codes as U+FFFD in replace mode.
 * 1: progress made; 0: an incomplete sequence needs more input; -1: invalid (error mode). */
static void build_tables(crm_csv *c);

/* The sample was pure ASCII, so detection said UTF-8; the first byte that is not UTF-8 shows
 * it was a single-byte code page after all. Judge which from the text that starts there.
 * 1: switched (tables rebuilt); 0: stay with UTF-8 and report the byte as invalid. */
static int switch_encoding(crm_csv *c, const unsigned char *p, const unsigned char *end)
{
	size_t bom;
	crm_encoding enc = crm_encoding_detect(p, (size_t) (end - p), 1, &bom);

	c->tentative = 0;
	if (!crm_encoding_high_table(enc)) {
		return 0;
	}
	c->enc = enc;
	c->utf8_check = 0;
	build_tables(c);
	return 1;
}

static size_t tentative_window(const crm_csv *c)
{
	return c->cap / 2 < 4096 ? c->cap / 2 : 4096;
}

static int copy_high(crm_csv *c, const unsigned char **pp, const unsigned char *end, unsigned char **po)
{
	const unsigned char *p = *pp;
	unsigned char *o = *po;

	if (c->utf8_check) {
		/* Loop over the whole non-ASCII run (a Cyrillic word) before going back. */
		while (*p >= 0x80) {
			unsigned char b = *p;
			if (b >= 0xC2 && b < 0xE0 && (p[1] & 0xC0) == 0x80) {
				c->tentative = 0;	/* real UTF-8 text: a later bad byte is an error, not a switch */
				o[0] = b;
				o[1] = p[1];
				o += 2;
				p += 2;
				continue;
			}
			int n = crm_utf8_sequence(p, (size_t) (end - p));
			if (n == 0 && c->tentative && !c->eof && (size_t) (end - p) < tentative_window(c)) {
				/* Judge the code page on a few KiB of text, not on what is left of this buffer. */
				if (p == *pp) {
					return 0;
				}
				break;
			}
			if (n == 0 && c->tentative && switch_encoding(c, p, end)) {
				/* Everything before was ASCII, the same text in every encoding we read, so
				 * the switch loses nothing; this byte goes through the new table. */
				uint32_t e = c->utab[b];
				if (e & ENT_STOP) {
					break;
				}
				memcpy(o, &e, 4);
				o += ENT_LEN(e);
				p++;
				*pp = p;
				*po = o;
				return 1;
			}
			if (n > 0) {
				c->tentative = 0;
				memcpy(o, p, (size_t) n);
				o += n;
				p += n;
				continue;
			}
			if (n < 0 && !c->eof) {
				if (p == *pp) {
					return 0;
				}
				break;
			}
			if (!c->replace) {
				if (p != *pp) {
					break;	/* report it on the next call, after what was valid */
				}
				return -1;
			}
			o[0] = 0xEF; o[1] = 0xBF; o[2] = 0xBD;
			o += 3;
			p++;
		}
	} else {
		if (!c->replace) {
			return -1;
		}
		o[0] = 0xEF; o[1] = 0xBF; o[2] = 0xBD;
		o += 3;
		p++;
	}
	*pp = p;
	*po = o;
	return 1;
}

/* ---- the tokenizer ---- */

/* 1: a row in c->out/c->fields (count in *count, line in *line); 0: EOF; -1: error in err. */
static int read_row(crm_csv *c, size_t *count, uint64_t *line, crm_error *err)
{
	const uint32_t *utab = c->utab, *qtab = c->qtab;
	const unsigned char delim = c->delim;
	const unsigned char *p = c->buf + c->pos, *end = c->buf + c->len;
	unsigned char *o;
	size_t fstart = 0, nf = 0;
	uint64_t fline = 0, row_line;	/* fline: where the current field began */
	int fquoted = 0, h;
	long r = 1;
	uint32_t e;
	unsigned char b;

#define REFILL() do { \
		size_t olen_ = (size_t) (o - c->out); \
		if (olen_ - fstart > c->max_field) goto too_long; \
		if (olen_ > MAX_ROW_BYTES) goto row_too_long; \
		c->pos = (size_t) (p - c->buf); \
		r = fill(c); \
		if (r < 0) goto fill_failed; \
		p = c->buf + c->pos; \
		end = c->buf + c->len; \
		if (ensure_out(c, olen_ + OUT_PER_IN * (size_t) (end - p) + OUT_SLACK) < 0) goto no_memory; \
		o = c->out + olen_; \
	} while (0)

/* Four bytes per step while none of them stops the run (a lookahead past the sentinel only
 * reads the LOOKAHEAD padding, and stops there anyway), then byte by byte up to the stop. */
#define COPY_RUN(tab) do { \
		for (;;) { \
			uint32_t e0 = tab[p[0]], e1 = tab[p[1]], e2 = tab[p[2]], e3 = tab[p[3]]; \
			if ((e0 | e1 | e2 | e3) & ENT_STOP) break; \
			memcpy(o, &e0, 4); o += ENT_LEN(e0); \
			memcpy(o, &e1, 4); o += ENT_LEN(e1); \
			memcpy(o, &e2, 4); o += ENT_LEN(e2); \
			memcpy(o, &e3, 4); o += ENT_LEN(e3); \
			p += 4; \
		} \
		for (;;) { \
			e = tab[*p]; \
			if (e & ENT_STOP) break; \
			memcpy(o, &e, 4); \
			o += ENT_LEN(e); \
			p++; \
		} \
	} while (0)

/* Through copies: taking the address of p or o would pin them to the stack in the hot loops. */
#define COPY_HIGH() do { \
		const unsigned char *p_ = p; \
		unsigned char *o_ = o; \
		h = copy_high(c, &p_, end, &o_); \
		p = p_; \
		o = o_; \
	} while (0)

#define END_FIELD(q) do { \
		size_t len_ = (size_t) (o - c->out) - fstart; \
		if (len_ > c->max_field) goto too_long; \
		if (nf == c->fields_cap) { \
			int g_ = grow_fields(c); \
			if (g_ == -2) goto row_too_long; \
			if (g_ < 0) goto no_memory; \
		} \
		c->fields[nf].off = (uint32_t) fstart; \
		c->fields[nf].len = (uint32_t) len_; \
		c->fields[nf].quoted = (q); \
		nf++; \
		*o++ = 0; \
	} while (0)

row_start:
	nf = 0;
	fstart = 0;
	fquoted = 0;
	if (ensure_out(c, OUT_PER_IN * (size_t) (end - p) + OUT_SLACK) < 0) {
		o = c->out;
		goto no_memory;
	}
	o = c->out;
	if (c->skip_lf) {
		if (p == end) {
			REFILL();
		}
		if (*p == '\n') {
			p++;
		}
		c->skip_lf = 0;
	}
	row_line = c->line;

field_start:
	fstart = (size_t) (o - c->out);
	fline = c->line;
	fquoted = 0;
	if (*p == '"') {
		p++;
		goto quoted;
	}

unquoted:
	COPY_RUN(utab);
	if ((size_t) (o - c->out) - fstart > c->max_field) {
		goto too_long;	/* checked at every stop, so buffer boundaries do not change which error wins */
	}
	b = *p;
	if (b == delim) {
		END_FIELD(fquoted);
		p++;
		goto field_start;
	}
	if (b == '\n' || b == '\r') {
		END_FIELD(fquoted);
		goto row_end;
	}
	if (b == 0) {
		if (p < end) {
			goto nul_byte;
		}
		REFILL();
		if (r == 0 && p == end) {
			if (nf == 0 && (size_t) (o - c->out) == fstart && !fquoted) {
				c->pos = (size_t) (p - c->buf);
				return 0;
			}
			END_FIELD(fquoted);
			goto row_done;
		}
		if (!fquoted && (size_t) (o - c->out) == fstart) {
			goto field_start;	/* the field begins in the new data: it may open a quote */
		}
		goto unquoted;
	}
	COPY_HIGH();
	if (h < 0) {
		goto bad_encoding;
	}
	if (h == 0) {
		REFILL();
	}
	goto unquoted;

quoted:
	COPY_RUN(qtab);
	if ((size_t) (o - c->out) - fstart > c->max_field) {
		goto too_long;	/* checked at every stop, so buffer boundaries do not change which error wins */
	}
	b = *p;
	if (b == '"') {
		p++;
		if (p == end) {
			REFILL();
			if (r == 0 && p == end) {
				END_FIELD(1);
				goto row_done;
			}
		}
		b = *p;
		if (b == '"') {
			*o++ = '"';
			p++;
			goto quoted;
		}
		if (b == delim) {
			END_FIELD(1);
			p++;
			goto field_start;
		}
		if (b == '\n' || b == '\r') {
			END_FIELD(1);
			goto row_end;
		}
		/* Excel keeps text after the closing quote: "ab"c is abc. */
		fquoted = 1;
		goto unquoted;
	}
	if (b == '\n' || b == '\r') {
		*o++ = b;
		p++;
		c->line++;
		if (b == '\r') {
			if (p == end) {
				REFILL();
			}
			if (*p == '\n') {
				*o++ = '\n';
				p++;
			}
		}
		goto quoted;
	}
	if (b == 0) {
		if (p < end) {
			goto nul_byte;
		}
		REFILL();
		if (r == 0 && p == end) {
			set_error(err, CRM_CSV_E_UNTERMINATED, fline, (uint32_t) nf + 1,
				"quoted field opened on line %llu is not closed at end of file", (unsigned long long) fline);
			goto failed;
		}
		goto quoted;
	}
	COPY_HIGH();
	if (h < 0) {
		goto bad_encoding;
	}
	if (h == 0) {
		REFILL();
	}
	goto quoted;

row_end:
	c->line++;
	if (*p++ == '\r') {
		if (p < end) {
			if (*p == '\n') {
				p++;
			}
		} else {
			c->skip_lf = 1;
		}
	}
row_done:
	if (nf == 1 && c->fields[0].len == 0) {
		goto row_start;		/* a blank line, or one empty field: not a row */
	}
	c->pos = (size_t) (p - c->buf);
	*count = nf;
	*line = row_line;
	return 1;

#undef REFILL
#undef END_FIELD
#undef COPY_HIGH
#undef COPY_RUN

fill_failed:
	if (r == -2) {
		goto bad_encoding;
	}
	set_error(err, CRM_CSV_E_IO, c->line, (uint32_t) nf + 1, "read error");
	goto failed;
bad_encoding:
	set_error(err, CRM_CSV_E_ENCODING, c->line, (uint32_t) nf + 1, "byte sequence invalid in %s",
		crm_encoding_name(c->enc));
	goto failed;
nul_byte:
	set_error(err, CRM_CSV_E_NUL, c->line, (uint32_t) nf + 1, "NUL byte in text");
	goto failed;
too_long:
	set_error(err, CRM_CSV_E_FIELD_TOO_LONG, fline, (uint32_t) nf + 1, "field longer than %zu bytes",
		c->max_field);
	goto failed;
row_too_long:
	set_error(err, CRM_CSV_E_ROW_TOO_LONG, c->line, (uint32_t) nf + 1, "row has too many fields or bytes");
	goto failed;
no_memory:
	set_error(err, CRM_CSV_E_MEMORY, c->line, (uint32_t) nf + 1, "out of memory");
failed:
	c->failed = 1;
	c->err = *err;
	return -1;
}

/* ---- tables ---- */

static void build_tables(crm_csv *c)
{
	const uint16_t *high = crm_encoding_high_table(c->enc);

	for (unsigned b = 0; b < 256; b++) {
		uint32_t e;
		if (b < 0x80) {
			e = ENT_MAKE(b, 0, 0, 1);
		} else if (high) {
			unsigned char u[4];
			uint16_t cp = high[b - 0x80];
			size_t n = cp ? crm_utf8_put(cp, (char *) u) : 0;
			e = n ? ENT_MAKE(u[0], n > 1 ? u[1] : 0, n > 2 ? u[2] : 0, n) : ENT_STOP;
		} else if (c->utf8_check) {
			e = ENT_STOP;
		} else {
			e = ENT_MAKE(b, 0, 0, 1);	/* already valid UTF-8, decoded from UTF-16 */
		}
		c->utab[b] = e;
		c->qtab[b] = e;
	}
	c->utab[0] = c->qtab[0] = ENT_STOP;
	c->utab['\r'] = c->qtab['\r'] = ENT_STOP;
	c->utab['\n'] = c->qtab['\n'] = ENT_STOP;
	c->utab[c->delim] = ENT_STOP;
	c->qtab['"'] = ENT_STOP;
}

/* ---- delimiter and header detection ---- */

#define DETECT_ROWS 64

char crm_csv_detect_delimiter(const unsigned char *s, size_t len, int at_eof)
{
	static const char candidates[] = {';', ',', '\t', '|'};
	char best = 0;
	size_t best_freq = 0, best_mode = 0;

	for (size_t k = 0; k < sizeof(candidates); k++) {
		unsigned char d = (unsigned char) candidates[k];
		size_t counts[DETECT_ROWS], nrows = 0, i = 0;

		while (i < len && nrows < DETECT_ROWS) {
			size_t fields = 1, chars = 0;
			int complete = 0, at_field_start = 1;

			while (i < len) {
				unsigned char b = s[i];
				if (at_field_start && b == '"') {
					i++;
					for (;;) {
						if (i >= len) {
							goto sample_end;	/* a quoted field runs past the sample */
						}
						if (s[i] == '"') {
							if (i + 1 < len && s[i + 1] == '"') {
								i += 2;
								continue;
							}
							if (i + 1 >= len && !at_eof) {
								goto sample_end;
							}
							i++;
							break;
						}
						i++;
					}
					chars++;
					at_field_start = 0;
					continue;
				}
				at_field_start = 0;
				i++;
				if (b == d) {
					fields++;
					at_field_start = 1;
				} else if (b == '\r' || b == '\n') {
					if (b == '\r' && i < len && s[i] == '\n') {
						i++;
					}
					complete = 1;
					break;
				} else {
					chars++;
				}
			}
			if (!complete && !at_eof) {
				break;	/* the sample cut this row: its count means nothing */
			}
			if (fields == 1 && chars == 0) {
				continue;
			}
			counts[nrows++] = fields;
		}
sample_end:
		for (size_t a = 0; a < nrows; a++) {
			size_t freq = 0;
			if (counts[a] < 2) {
				continue;
			}
			for (size_t b = 0; b < nrows; b++) {
				freq += counts[b] == counts[a];
			}
			if (freq > best_freq || (freq == best_freq && counts[a] > best_mode)) {
				best = (char) d;
				best_freq = freq;
				best_mode = counts[a];
			}
		}
	}
	return best;
}

static void trim(const char **s, size_t *len)
{
	while (*len && ((*s)[0] == ' ' || (*s)[0] == '\t')) {
		(*s)++;
		(*len)--;
	}
	while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t')) {
		(*len)--;
	}
}

/* A value no one would name a column: a number, phone, date, amount, or an e-mail address. */
static int looks_like_data(const char *s, size_t len)
{
	size_t digits = 0;

	trim(&s, &len);
	if (len == 0) {
		return 0;
	}
	if (memchr(s, '@', len)) {
		return 1;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char b = (unsigned char) s[i];
		if (b >= '0' && b <= '9') {
			digits++;
		} else if (!strchr(" +-()./,:#", b) || b == 0) {
			return 0;
		}
	}
	return digits > 0;
}

int crm_csv_guess_header(const crm_row *rows, size_t n)
{
	const crm_row *h;

	if (n < 2) {
		return 0;	/* nothing to compare the first row with */
	}
	h = &rows[0];
	for (size_t j = 0; j < h->count; j++) {
		const char *s = h->data + h->fields[j].off;
		size_t len = h->fields[j].len;
		trim(&s, &len);
		if (len == 0 || len > 100 || looks_like_data(s, len)) {
			return 0;
		}
		for (size_t k = 0; k < j; k++) {
			if (h->fields[k].len == h->fields[j].len
				&& memcmp(h->data + h->fields[k].off, h->data + h->fields[j].off, h->fields[j].len) == 0) {
				return 0;
			}
		}
	}
	/* Evidence: a column named in text whose values below are mostly data-like. */
	for (size_t j = 0; j < h->count; j++) {
		size_t filled = 0, data = 0;
		for (size_t i = 1; i < n; i++) {
			if (j >= rows[i].count) {
				continue;
			}
			const char *s = rows[i].data + rows[i].fields[j].off;
			size_t len = rows[i].fields[j].len;
			trim(&s, &len);
			if (len == 0) {
				continue;
			}
			filled++;
			data += (size_t) looks_like_data(s, len);
		}
		if (data > 0 && data * 2 >= filled) {
			return 1;
		}
	}
	return 0;
}

/* ---- open / next / close ---- */

static int store_row(stored_row *dst, const crm_csv *c, size_t count, uint64_t line)
{
	size_t bytes = c->fields[count - 1].off + c->fields[count - 1].len + 1;

	dst->data = malloc(bytes);
	dst->fields = malloc(count * sizeof(crm_field));
	if (!dst->data || !dst->fields) {
		free(dst->data);
		free(dst->fields);
		dst->data = NULL;
		dst->fields = NULL;
		return -1;
	}
	memcpy(dst->data, c->out, bytes);
	memcpy(dst->fields, c->fields, count * sizeof(crm_field));
	dst->count = count;
	dst->line = line;
	return 0;
}

static void free_sample(crm_csv *c)
{
	for (size_t i = 0; i < c->sample_n; i++) {
		free(c->sample[i].data);
		free(c->sample[i].fields);
	}
	free(c->sample);
	c->sample = NULL;
	c->sample_n = c->sample_next = 0;
}

static void row_from_stored(crm_row *row, const stored_row *s)
{
	row->data = s->data;
	row->fields = s->fields;
	row->count = s->count;
	row->line = s->line;
}

/* Reads the first rows for header detection; an error there is kept to report in order. */
static int read_sample(crm_csv *c, size_t want, crm_error *err)
{
	c->sample = calloc(want, sizeof(stored_row));
	if (!c->sample) {
		set_error(err, CRM_CSV_E_MEMORY, 0, 0, "out of memory");
		return -1;
	}
	while (c->sample_n < want) {
		size_t count;
		uint64_t line;
		crm_error row_err;
		int rc = read_row(c, &count, &line, &row_err);
		if (rc == 0) {
			break;
		}
		if (rc < 0) {
			if (row_err.code == CRM_CSV_E_MEMORY) {
				*err = row_err;
				return -1;
			}
			c->sample_failed = 1;	/* c->err holds it */
			c->failed = 0;
			break;
		}
		if (store_row(&c->sample[c->sample_n], c, count, line) < 0) {
			set_error(err, CRM_CSV_E_MEMORY, 0, 0, "out of memory");
			return -1;
		}
		c->sample_n++;
	}
	return 0;
}

crm_csv *crm_csv_open(const crm_csv_options *opt, crm_read_fn read, void *ctx, crm_error *err)
{
	crm_csv_options defaults;
	crm_csv *c;
	size_t sample, bom = 0;

	if (!opt) {
		crm_csv_options_init(&defaults);
		opt = &defaults;
	}
	memset(err, 0, sizeof(*err));
	unsigned char d = (unsigned char) opt->delimiter;
	if (d == '"' || d == '\r' || d == '\n' || d >= 0x80 || opt->encoding >= CRM_ENC_INVALID
		|| (opt->buffer_bytes && opt->buffer_bytes < 16) || opt->max_field_bytes > MAX_ROW_BYTES
		|| (unsigned) opt->header > CRM_CSV_HEADER_NO || (unsigned) opt->invalid > CRM_CSV_INVALID_REPLACE) {
		set_error(err, CRM_CSV_E_OPTION, 0, 0, "invalid option");
		return NULL;
	}
	c = calloc(1, sizeof(*c));
	if (!c) {
		set_error(err, CRM_CSV_E_MEMORY, 0, 0, "out of memory");
		return NULL;
	}
	c->read = read;
	c->ctx = ctx;
	c->replace = opt->invalid == CRM_CSV_INVALID_REPLACE;
	c->max_field = opt->max_field_bytes ? opt->max_field_bytes : CRM_CSV_DEFAULT_MAX_FIELD;
	c->cap = opt->buffer_bytes ? opt->buffer_bytes : CRM_CSV_DEFAULT_BUFFER;
	c->line = 1;
	sample = opt->sample_bytes ? opt->sample_bytes : CRM_CSV_DEFAULT_SAMPLE;
	if (sample < 4) {
		sample = 4;		/* a BOM must be seen whole, even with an explicit encoding */
	}
	if (sample > c->cap) {
		sample = c->cap;
	}
	c->fields_cap = 64;
	c->buf = calloc(1, c->cap + 1 + LOOKAHEAD);
	c->fields = malloc(c->fields_cap * sizeof(crm_field));
	if (!c->buf || !c->fields || ensure_out(c, 4096) < 0) {
		set_error(err, CRM_CSV_E_MEMORY, 0, 0, "out of memory");
		goto fail;
	}

	/* The sample: as many reads as it takes, so detection sees the same bytes however the
	 * callback chunks them. */
	while (c->len < sample && !c->eof) {
		long n = read(ctx, c->buf + c->len, c->cap - c->len);
		if (n < 0 || (size_t) n > c->cap - c->len) {
			set_error(err, CRM_CSV_E_IO, 0, 0, "read error");
			goto fail;
		}
		if (n == 0) {
			c->eof = 1;
		}
		c->len += (size_t) n;
	}
	c->buf[c->len] = 0;

	if (opt->encoding == CRM_ENC_AUTO) {
		c->enc = crm_encoding_detect(c->buf, c->len, c->eof, &bom);
	} else {
		c->enc = opt->encoding;
		bom = crm_encoding_bom_length(c->enc, c->buf, c->len);
	}
	c->bom = bom > 0;
	c->pos = bom;
	c->utf8_check = c->enc == CRM_ENC_UTF8;
	if (opt->encoding == CRM_ENC_AUTO && c->enc == CRM_ENC_UTF8 && !c->bom && !c->eof) {
		size_t i = c->pos;
		while (i < c->len && c->buf[i] < 0x80) {
			i++;
		}
		c->tentative = i == c->len;
	}

	if (c->enc == CRM_ENC_UTF16LE || c->enc == CRM_ENC_UTF16BE) {
		c->big_endian = c->enc == CRM_ENC_UTF16BE;
		c->raw = malloc(c->cap);
		if (!c->raw) {
			set_error(err, CRM_CSV_E_MEMORY, 0, 0, "out of memory");
			goto fail;
		}
		c->raw_len = c->len - c->pos;
		memcpy(c->raw, c->buf + c->pos, c->raw_len);
		c->pos = c->len = 0;
		c->buf[0] = 0;	/* the sentinel, even if nothing follows the BOM */
		/* Decode all of the sample now, so delimiter detection sees text, not UTF-16. */
		while (c->raw_pos < c->raw_len && c->len + 4 <= c->cap) {
			long r = fill_utf16(c);
			if (r <= 0) {
				break;	/* an invalid unit: the tokenizer reports it where it stands */
			}
		}
	}

	if (opt->delimiter) {
		c->delim = d;
	} else {
		int whole = c->eof && (!c->raw || c->raw_pos == c->raw_len);
		c->delim = (unsigned char) crm_csv_detect_delimiter(c->buf + c->pos, c->len - c->pos, whole);
		if (!c->delim) {
			/* One column, or nothing to go by: the usual separator of whoever wrote it. */
			c->delim = c->raw ? '\t' : (c->enc == CRM_ENC_CP1251 || c->enc == CRM_ENC_KOI8R) ? ';' : ',';
		}
	}
	build_tables(c);

	if (opt->header != CRM_CSV_HEADER_NO) {
		int yes = opt->header == CRM_CSV_HEADER_YES;
		if (read_sample(c, yes ? 1 : CRM_CSV_HEADER_SAMPLE_ROWS, err) < 0) {
			goto fail;
		}
		if (c->sample_n > 0) {
			crm_row rows[CRM_CSV_HEADER_SAMPLE_ROWS];
			for (size_t i = 0; i < c->sample_n; i++) {
				row_from_stored(&rows[i], &c->sample[i]);
			}
			if (yes || crm_csv_guess_header(rows, c->sample_n)) {
				c->has_header = 1;
				c->header = c->sample[0];
				row_from_stored(&c->header_row, &c->header);
				c->sample_next = 1;
			}
		}
	}
	return c;

fail:
	crm_csv_close(c);
	return NULL;
}

int crm_csv_next(crm_csv *c, crm_row *row, crm_error *err)
{
	size_t count;
	uint64_t line;

	if (c->sample) {
		if (c->sample_next < c->sample_n) {
			row_from_stored(row, &c->sample[c->sample_next++]);
			return 1;
		}
		if (c->has_header) {
			c->sample[0].data = NULL;	/* owned by c->header from here on */
			c->sample[0].fields = NULL;
		}
		free_sample(c);
		if (c->sample_failed) {
			c->failed = 1;
		}
	}
	if (c->failed) {
		*err = c->err;
		return -1;
	}
	int rc = read_row(c, &count, &line, err);
	if (rc == 1) {
		row->data = (const char *) c->out;
		row->fields = c->fields;
		row->count = count;
		row->line = line;
	}
	return rc;
}

const crm_row *crm_csv_header(const crm_csv *c)
{
	return c->has_header ? &c->header_row : NULL;
}

crm_encoding crm_csv_encoding(const crm_csv *c) { return c->enc; }
const char *crm_csv_encoding_name(const crm_csv *c) { return crm_encoding_name(c->enc); }
int crm_csv_bom(const crm_csv *c) { return c->bom; }
char crm_csv_delimiter(const crm_csv *c) { return (char) c->delim; }
int crm_csv_has_header(const crm_csv *c) { return c->has_header; }

void crm_csv_close(crm_csv *c)
{
	if (!c) {
		return;
	}
	if (c->sample && c->has_header && c->sample[0].data == c->header.data) {
		c->sample[0].data = NULL;
		c->sample[0].fields = NULL;
	}
	free_sample(c);
	free(c->header.data);
	free(c->header.fields);
	free(c->buf);
	free(c->raw);
	free(c->out);
	free(c->fields);
	free(c);
}
