/* Case and diacritic folding, and tokenising for the duplicate-detection keys. */
#ifndef CRM_DEDUP_TEXT_H
#define CRM_DEDUP_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "common/utf8.h"

/* Returned by the size_t producers of dedup when memory ran out (never on input data alone). */
#define CRM_DEDUP_NOMEM ((size_t) -1)

/* Simple lower-casing without folding (ё stays ё): ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic. */
uint32_t crm_lower_cp(uint32_t cp);

/* Unicode white space (ASCII, NBSP, the U+2000 spaces, ideographic space, BOM). */
bool crm_is_space(uint32_t cp);

/* Narrows [*start, *end) of s to exclude leading and trailing crm_is_space code points. */
void crm_trim(const char *s, size_t *start, size_t *end);

/* Folding of one code point, see docs/dedup-keys.md:
 *   CRM_FOLD_SEP  - a separator (punctuation, quotes, spaces, symbols, controls);
 *   CRM_FOLD_DROP - vanishes without splitting the word (combining marks, soft hyphen, ZWJ);
 *   1 or 2        - that many folded code points written to out. */
#define CRM_FOLD_SEP  (-1)
#define CRM_FOLD_DROP 0
int crm_fold_cp(uint32_t cp, uint32_t out[2]);

/* Apostrophe-like code points (' ’ ʼ ` ´ ‘ ʹ ʺ), which person names use inside words. */
bool crm_is_apostrophe(uint32_t cp);

/* Growable byte buffer that starts in caller storage (usually the stack) and moves to the heap
 * only when that is full. After an allocation failure it stops growing and sets oom. */
typedef struct crm_buf {
	char *data;
	size_t len;
	size_t cap;
	char *stack;
	bool oom;
} crm_buf;

static inline void crm_buf_init(crm_buf *b, char *stack, size_t stack_cap)
{
	b->data = stack;
	b->stack = stack;
	b->len = 0;
	b->cap = stack_cap;
	b->oom = false;
}

bool crm_buf_reserve(crm_buf *b, size_t extra);
void crm_buf_put_slow(crm_buf *b, const char *p, size_t n);
void crm_buf_put_cp_slow(crm_buf *b, uint32_t cp);

/* The appenders run once per letter of every key: the common case (room left, no error) is
 * inline, the rest goes through crm_buf_reserve. */
static inline void crm_buf_put(crm_buf *b, const char *p, size_t n)
{
	if (!b->oom && n <= b->cap - b->len) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
		return;
	}
	crm_buf_put_slow(b, p, n);
}

static inline void crm_buf_putc(crm_buf *b, char c)
{
	if (!b->oom && b->len < b->cap) {
		b->data[b->len++] = c;
		return;
	}
	crm_buf_put_slow(b, &c, 1);
}

static inline void crm_buf_put_cp(crm_buf *b, uint32_t cp)
{
	if (cp < 0x80) {
		crm_buf_putc(b, (char) cp);
	} else if (cp < 0x800 && !b->oom && b->cap - b->len >= 2) {
		b->data[b->len++] = (char) (0xC0 | (cp >> 6));
		b->data[b->len++] = (char) (0x80 | (cp & 0x3F));
	} else {
		crm_buf_put_cp_slow(b, cp);
	}
}

/* Frees what b took from the heap; b is then empty, on its stack storage again. */
static inline void crm_buf_free(crm_buf *b)
{
	if (b->data != b->stack) {
		free(b->data);
	}
	b->data = b->stack;
	b->len = 0;
}

/* Copies b into out with snprintf semantics (at most cap-1 bytes and a NUL when cap > 0) and
 * returns b's length, or CRM_DEDUP_NOMEM when b ran out of memory. */
size_t crm_buf_emit(const crm_buf *b, char *out, size_t cap);

/* Flags of crm_fold_token / crm_fold. */
#define CRM_FOLD_JOIN_APOSTROPHE 1u  /* Natal'ya, O’Neil: an apostrophe between letters vanishes */

/* Appends the next folded word of s[*pos..len) to out and returns its number of folded code
 * points (0 when no word is left). *sep_after, when not NULL, receives the code point that ended
 * the word: 0 at the end of input, CRM_UTF8_BAD for an invalid byte. */
size_t crm_fold_token(const char *s, size_t len, size_t *pos, crm_buf *out, unsigned flags, uint32_t *sep_after);

/* The whole string folded: words joined by one space, no leading or trailing space.
 * The result is never longer than the input. snprintf semantics as crm_buf_emit. */
size_t crm_fold(const char *s, size_t len, char *out, size_t cap, unsigned flags);

#endif
