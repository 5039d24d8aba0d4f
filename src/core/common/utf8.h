/* UTF-8 for every part of src/core: sequence checking, decoding, encoding and validation.
 * Header-only (static inline): the import tokenizer and the dedup normalisers call these per
 * byte or per code point, so they must inline into their loops. Strict RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF. */
#ifndef CRM_COMMON_UTF8_H
#define CRM_COMMON_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* What crm_utf8_next returns for a byte that does not start a valid, shortest-form sequence. */
#define CRM_UTF8_BAD 0xFFFFFFFFu

/* Length of the valid UTF-8 sequence at s (1..4), 0 if the bytes there are invalid,
 * -1 if s[0..len) is a valid but incomplete prefix (more bytes are needed to decide). len > 0. */
static inline int crm_utf8_sequence(const unsigned char *s, size_t len)
{
	unsigned char b = s[0], lo = 0x80, hi = 0xBF;
	int n;

	if (b < 0x80) {
		return 1;
	} else if (b < 0xC2) {
		return 0;
	} else if (b < 0xE0) {
		n = 2;
	} else if (b < 0xF0) {
		n = 3;
		/* E0 needs A0.. (no overlongs), ED stops at 9F (no surrogates). */
		if (b == 0xE0) lo = 0xA0;
		if (b == 0xED) hi = 0x9F;
	} else if (b < 0xF5) {
		n = 4;
		/* F0 needs 90.. (no overlongs), F4 stops at 8F (nothing above U+10FFFF). */
		if (b == 0xF0) lo = 0x90;
		if (b == 0xF4) hi = 0x8F;
	} else {
		return 0;
	}
	if (len < 2) {
		return -1;
	}
	if (s[1] < lo || s[1] > hi) {
		return 0;
	}
	for (int i = 2; i < n; i++) {
		if ((size_t) i >= len) {
			return -1;
		}
		if ((s[i] & 0xC0) != 0x80) {
			return 0;
		}
	}
	return n;
}

/* Decodes the code point at s[*pos] (*pos < len); advances *pos past it, or by one byte and
 * returns CRM_UTF8_BAD when the bytes there are not a valid sequence (a cut one included). */
static inline uint32_t crm_utf8_next(const char *str, size_t len, size_t *pos)
{
	const unsigned char *s = (const unsigned char *) str + *pos;
	int n;

	if (s[0] < 0x80) {
		(*pos)++;
		return s[0];
	}
	n = crm_utf8_sequence(s, len - *pos);
	if (n <= 0) {
		(*pos)++;
		return CRM_UTF8_BAD;
	}
	*pos += (size_t) n;
	switch (n) {
		case 2:
			return ((uint32_t) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		case 3:
			return ((uint32_t) (s[0] & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		default:
			return ((uint32_t) (s[0] & 0x07) << 18) | ((uint32_t) (s[1] & 0x3F) << 12)
				| ((uint32_t) (s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	}
}

/* Writes cp (< 0x110000, not a surrogate) as UTF-8 into out[0..3]; returns the byte count. */
static inline size_t crm_utf8_put(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80) {
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char) (0xC0 | (cp >> 6));
		o[1] = (unsigned char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char) (0xE0 | (cp >> 12));
		o[1] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (cp >> 18));
	o[1] = (unsigned char) (0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (cp & 0x3F));
	return 4;
}

/* Length of the valid UTF-8 prefix of s[0..len); *truncated says whether what stops it is an
 * incomplete sequence at the very end (more input may complete it) rather than invalid bytes. */
static inline size_t crm_utf8_valid_prefix(const unsigned char *s, size_t len, bool *truncated)
{
	size_t i = 0;

	*truncated = false;
	while (i < len) {
		/* ASCII runs dominate most text: skip them 8 bytes at a time. */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (w & UINT64_C(0x8080808080808080)) {
				break;
			}
			i += 8;
		}
		if (i >= len) {
			break;
		}
		int n = crm_utf8_sequence(s + i, len - i);
		if (n <= 0) {
			*truncated = n < 0;
			return i;
		}
		i += (size_t) n;
	}
	return i;
}

/* Whether s[0..len) is entirely valid UTF-8 (an incomplete last sequence is not). */
static inline bool crm_utf8_valid(const char *s, size_t len)
{
	bool truncated;
	return crm_utf8_valid_prefix((const unsigned char *) s, len, &truncated) == len;
}

#endif
