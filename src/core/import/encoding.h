/* Character encodings of imported text files: names, detection from a sample, single-byte tables. */
#ifndef CRM_IMPORT_ENCODING_H
#define CRM_IMPORT_ENCODING_H

#include <stddef.h>
#include <stdint.h>
#include "common/utf8.h"

typedef enum crm_encoding {
	CRM_ENC_AUTO = 0,	/* "detect it": valid only as an option, never a result */
	CRM_ENC_UTF8,
	CRM_ENC_UTF16LE,
	CRM_ENC_UTF16BE,
	CRM_ENC_CP1251,
	CRM_ENC_CP1252,
	CRM_ENC_ISO8859_1,
	CRM_ENC_KOI8R,
	CRM_ENC_INVALID		/* returned by crm_encoding_parse() for a name it does not know */
} crm_encoding;

/* Case-insensitive; '-', '_' and ' ' are ignored, so "utf_8", "Windows-1251", "cp1251",
 * "latin1", "KOI8-R" and "auto" all parse. Unknown names give CRM_ENC_INVALID. */
crm_encoding crm_encoding_parse(const char *name, size_t len);

/* Canonical name ("UTF-8", "Windows-1251", "UTF-16LE" …); "auto" for CRM_ENC_AUTO. */
const char *crm_encoding_name(crm_encoding enc);

/* Length of the byte order mark of enc at the start of s (0 if none). */
size_t crm_encoding_bom_length(crm_encoding enc, const unsigned char *s, size_t len);

/* Guesses the encoding of a sample taken from the start of a file. A BOM wins; then
 * UTF-16 without BOM (zero bytes in every other position); then valid UTF-8 (pure ASCII
 * included); otherwise a single-byte code page chosen by letter statistics.
 * at_eof says the sample is the whole file, so a sequence cut at its end is an error,
 * not a truncation. *bom_len receives the BOM length (0 if none). */
crm_encoding crm_encoding_detect(const unsigned char *s, size_t len, int at_eof, size_t *bom_len);

/* For single-byte encodings: the code points of bytes 0x80..0xFF, 0 where the byte is
 * undefined (cp1251 0x98, cp1252 0x81 0x8D 0x8F 0x90 0x9D). NULL for other encodings. */
const uint16_t *crm_encoding_high_table(crm_encoding enc);

/* Decodes UTF-16 (big_endian or little) from in[0..in_len) into UTF-8 in out[0..out_cap).
 * Stops when out has less than 4 bytes of room, when the input ends (a lone trailing byte
 * or high surrogate stays unconsumed unless at_eof), or at an invalid unit: an unpaired
 * surrogate, or an odd last byte at EOF. With replace, invalid units become U+FFFD and
 * decoding goes on. Returns 1 if it stopped at an invalid unit (*in_used points at it),
 * else 0. */
int crm_enc_utf16_decode(int big_endian, const unsigned char *in, size_t in_len, int at_eof, int replace,
	unsigned char *out, size_t out_cap, size_t *in_used, size_t *out_used);

#endif
