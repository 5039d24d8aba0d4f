/* Messy phone text (1C cards, Excel cells) to E.164 over the numbering-plan tables of phone_meta.h. */
#ifndef CRM_PHONE_PARSE_H
#define CRM_PHONE_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "phone_meta.h"

/*
 * Pure C11, no allocation, no global state: every function works on the caller's buffers and the
 * static tables.  The rules and their order are described in docs/phone.md.
 */

/* Why a number is not valid.  The value order is stable (tests and the binding name them). */
typedef enum crm_phone_error {
	CRM_PHONE_E_NONE = 0,
	CRM_PHONE_E_TOO_SHORT,
	CRM_PHONE_E_TOO_LONG,
	CRM_PHONE_E_INVALID_COUNTRY_CODE,
	CRM_PHONE_E_NO_AREA_CODE,         /* a local number and no area code to complete it */
	CRM_PHONE_E_NOT_A_NUMBER,         /* no digit at all, or a non-integer Excel number */
	CRM_PHONE_E_DIGITS_LOST,          /* Excel's 7.91612E+10: the digits are gone */
	CRM_PHONE_E_INVALID_NUMBER,       /* a possible length, but no pattern of the plan matches */
	CRM_PHONE_E_AMBIGUOUS,            /* two readings are valid and differ: no guess is made */
	CRM_PHONE_E_COUNT
} crm_phone_error;

#define CRM_PHONE_MAX_E164 15         /* digits after '+' (ITU-T E.164) */
#define CRM_PHONE_MAX_EXT  15         /* extension digits kept; more make the extension too long */

typedef struct crm_phone_result {
	bool valid;
	crm_phone_error error;            /* CRM_PHONE_E_NONE when valid */
	crm_phone_type type;              /* valid only; libphonenumber's getNumberType */
	const crm_phone_territory *territory; /* valid only: the region the number belongs to */
	uint16_t country_code;            /* valid only */
	uint8_t cc_len;                   /* digits of the country code */
	uint8_t e164_len;                 /* bytes of e164, '+' included; 0 when not valid */
	uint8_t ext_len;                  /* digits of ext; an extension is kept for invalid numbers too */
	char e164[CRM_PHONE_MAX_E164 + 2];   /* "+74951234567", NUL-terminated */
	char ext[CRM_PHONE_MAX_EXT + 1];
} crm_phone_result;

/* Region settings of a parse: the default territory and an optional area code for local numbers. */
typedef struct crm_phone_context {
	const crm_phone_territory *region; /* required */
	const char *area;                 /* ASCII digits, or NULL */
	size_t area_len;
} crm_phone_context;

/*
 * Parse one number written any way (UTF-8; invalid bytes are separators).  Always fills *out.
 */
void crm_phone_parse(const crm_phone_context *ctx, const char *s, size_t len, crm_phone_result *out);

/*
 * crm_phone_parse() of two numbers at once (normalizeMany() takes a column two by two): the
 * results are exactly those of two calls, and common numbers take less time.
 */
void crm_phone_parse2(const crm_phone_context *ctx, const char *s0, size_t len0, const char *s1, size_t len1,
	crm_phone_result *out0, crm_phone_result *out1);

/*
 * The two halves of crm_phone_parse, for the tests that prove them the same (bench/run
 * phone_fastpath, fuzz_phone, tests/core): the fast path alone (false: it does not answer this
 * input; *out is then unspecified) and the general path alone (always fills *out).
 */
bool crm_phone_parse_fast(const crm_phone_context *ctx, const char *s, size_t len, crm_phone_result *out);
void crm_phone_parse_full(const crm_phone_context *ctx, const char *s, size_t len, crm_phone_result *out);

/* Is an area code argument acceptable: 1 to 8 ASCII digits. */
bool crm_phone_area_code_ok(const char *area, size_t len);

/* Output styles of crm_phone_format_e164. */
typedef enum crm_phone_style {
	CRM_PHONE_E164,                   /* +74951234567 */
	CRM_PHONE_INTERNATIONAL,          /* +7 495 123-45-67 */
	CRM_PHONE_NATIONAL                /* 8 (495) 123-45-67 */
} crm_phone_style;

/*
 * Write a valid number's E.164 text ("+<digits>") in a style, by the formats of the main
 * territory of its country code (libphonenumber's rule: +7 KZ numbers use RU's formats).
 * Returns the length written (NUL-terminated), or (size_t) -1 when e164 is not '+' followed by
 * an assigned country code and digits, or out is too small (64 bytes are always enough).
 */
size_t crm_phone_format_e164(const char *e164, size_t len, crm_phone_style style, char *out, size_t cap);

/* "too_short", ... "ambiguous"; NULL for CRM_PHONE_E_NONE. */
const char *crm_phone_error_name(crm_phone_error error);

/* "mobile", "fixed", "toll_free", "premium", "shared_cost", "voip", "personal", "pager", "uan",
 * "voicemail", "fixed_or_mobile"; NULL for unknown. */
const char *crm_phone_type_api_name(crm_phone_type type);

/*
 * A cell holding several numbers ("8 (495) 123-45-67, 123-45-68 доб. 5; +7 916 …").  Iterate
 * with crm_phone_cell_next; each call gives the next number (valid or not) and where its text
 * is in the cell.  Fragments without a digit are skipped.
 */
typedef struct crm_phone_cell {
	crm_phone_context ctx;
	const char *s;
	size_t len, pos;
	bool whole;                       /* the cell is one Excel number: never split */
	uint8_t prev_nsn_len;             /* national number of the last valid one, for area inheritance */
	uint16_t prev_cc;
	char prev_nsn[CRM_PHONE_MAX_E164 + 1];
} crm_phone_cell;

void crm_phone_cell_init(crm_phone_cell *c, const crm_phone_context *ctx, const char *s, size_t len);

/* false when the cell has no more numbers; raw_off/raw_len: the number's text, trimmed. */
bool crm_phone_cell_next(crm_phone_cell *c, crm_phone_result *out, size_t *raw_off, size_t *raw_len);

/* Unicode-space- and apostrophe-trimmed view of s (what format() of an invalid number gives). */
void crm_phone_trim(const char *s, size_t len, size_t *off, size_t *out_len);

#endif
