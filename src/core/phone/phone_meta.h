/* Numbering-plan metadata (libphonenumber) as static tables, and the matchers the phone normaliser runs over them. */
#ifndef CRM_PHONE_META_H
#define CRM_PHONE_META_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Everything here is static const data produced by tools/phonemeta/gen_phone_meta.php: no
 * start-up work, no allocation, thread-safe.  Digit strings passed in are ASCII '0'..'9' only;
 * any other byte makes a match fail.  Inputs longer than CRM_PHONE_MAX_DIGITS never match the
 * capture-keeping matchers (no real prefix or national number comes near it).
 */

#define CRM_PHONE_MAX_DIGITS 40
#define CRM_PHONE_MAX_NSN 17            /* longest possible length in the metadata (MAX_LENGTH_FOR_NSN) */
#define CRM_PHONE_MAX_GROUPS 9

/* Number types; the value is the bit index in a type mask. */
typedef enum crm_phone_type {
	CRM_PHONE_GENERAL = 0,          /* generalDesc: a plausible number of the territory at all */
	CRM_PHONE_FIXED_LINE,
	CRM_PHONE_MOBILE,
	CRM_PHONE_TOLL_FREE,
	CRM_PHONE_PREMIUM_RATE,
	CRM_PHONE_SHARED_COST,
	CRM_PHONE_VOIP,
	CRM_PHONE_PERSONAL_NUMBER,
	CRM_PHONE_PAGER,
	CRM_PHONE_UAN,
	CRM_PHONE_VOICEMAIL,
	CRM_PHONE_NO_INTERNATIONAL_DIALLING,
	CRM_PHONE_TYPE_BITS,            /* number of mask bits */
	/* Results of crm_phone_number_type() only, never mask bits: */
	CRM_PHONE_FIXED_LINE_OR_MOBILE = CRM_PHONE_TYPE_BITS,
	CRM_PHONE_UNKNOWN
} crm_phone_type;

#define CRM_PHONE_BIT(type) ((uint16_t) (1u << (type)))

/* libphonenumber's ValidationResult for a length. */
typedef enum crm_phone_length_result {
	CRM_PHONE_IS_POSSIBLE = 0,
	CRM_PHONE_IS_POSSIBLE_LOCAL_ONLY,
	CRM_PHONE_INVALID_COUNTRY_CODE, /* not returned here; kept so the normaliser shares the enum */
	CRM_PHONE_TOO_SHORT,
	CRM_PHONE_INVALID_LENGTH,
	CRM_PHONE_TOO_LONG
} crm_phone_length_result;

/* crm_phone_territory.flags */
#define CRM_PHONE_MAIN_FOR_CODE     0x1
#define CRM_PHONE_MOBILE_PORTABLE   0x2
#define CRM_PHONE_SAME_FIXED_MOBILE 0x4 /* fixedLine and mobile patterns are the same text */

/* crm_phone_format.flags */
#define CRM_PHONE_FORMAT_NO_INTL      0x1 /* intlFormat "NA": not formatted internationally */
#define CRM_PHONE_FORMAT_NP_OPTIONAL  0x2 /* nationalPrefixOptionalWhenFormatting */

/*
 * Strings are offsets into one pool (crm_phone_str() turns them into pointers) and patterns are
 * DFA start states or matcher-program offsets, so the tables need no relocations when the
 * extension is loaded.  0 means "absent" for every offset and state field.
 */
typedef struct crm_phone_format {
	uint32_t pattern;         /* matcher program, full match, captures the groups */
	uint32_t format;          /* "$1 $2-$3" */
	uint32_t intl_format;     /* 0: same as format (unless CRM_PHONE_FORMAT_NO_INTL) */
	uint32_t national_format; /* format with the national prefix rule applied ("8 ($1) $2-$3"); 0: none */
	uint32_t carrier_format;  /* same with the carrier code rule; "$CC" left for the caller; 0: none */
	uint16_t leading_digits;  /* prefix DFA of the last (most specific) leadingDigits; 0: any */
	uint16_t flags;
} crm_phone_format;

typedef struct crm_phone_territory {
	char region[4];                   /* "RU"; "001" for non-geographic entities */
	uint16_t country_code;
	uint16_t flags;
	uint16_t types;                   /* mask of the types the territory defines */
	uint16_t number_dfa;              /* national significant number -> type mask */
	uint16_t leading_digits;          /* prefix DFA telling apart regions of a shared code; 0: none */
	uint16_t format_first, format_count;
	uint32_t idd_program;             /* internationalPrefix; 0: none */
	uint32_t national_prefix_program; /* nationalPrefixForParsing (or nationalPrefix); 0: none */
	uint32_t international_prefix;    /* strings: the source regex, */
	uint32_t preferred_international_prefix; /* "8~10" ('~' = wait for dial tone) */
	uint32_t national_prefix;         /* "8" */
	uint32_t national_prefix_for_parsing; /* source regex */
	uint32_t national_prefix_transform_rule; /* "$1", "9$1", "268$1" */
	uint32_t preferred_extn_prefix;   /* " ext. " style */
	uint32_t lengths[CRM_PHONE_TYPE_BITS];       /* bit n: national length n possible */
	uint32_t local_lengths[CRM_PHONE_TYPE_BITS]; /* bit n: length n dialable only locally */
	uint32_t example[CRM_PHONE_TYPE_BITS];       /* string: example number of each type */
	uint16_t length_types[CRM_PHONE_MAX_NSN + 1]; /* lengths transposed: [n] = mask of the types n is possible for */
} crm_phone_territory;

/* A prefix or full match of a matcher program, with its capture groups (Java/PCRE semantics). */
typedef struct crm_phone_match {
	uint8_t end;                      /* digits consumed */
	uint8_t groups;                   /* capturing groups in the pattern */
	int8_t start_of[CRM_PHONE_MAX_GROUPS + 1];  /* [g]: first digit of group g; -1: did not take part */
	int8_t end_of[CRM_PHONE_MAX_GROUPS + 1];
} crm_phone_match;

/* "9.0.35": the libphonenumber release the tables were generated from. */
const char *crm_phone_meta_version(void);

/* String-pool offset to string; offset 0 gives "". */
const char *crm_phone_str(uint32_t offset);

/* Territory by two-letter region code, case-insensitive; NULL when unknown (and for "001"). */
const crm_phone_territory *crm_phone_territory_by_region(const char *region, size_t len);

/* Territories of a country calling code, the main country first: the i-th, or NULL past the end.
 * (Defined inline at the end of this file: the parser asks for them several times per number.) */
static inline const crm_phone_territory *crm_phone_territory_by_code(unsigned country_code, size_t i);
static inline size_t crm_phone_code_territory_count(unsigned country_code);
bool crm_phone_is_country_code(unsigned country_code);

/*
 * Country calling code at the start of digits (after '+' or an IDD), as libphonenumber's
 * extractCountryCode: the first of the 1-, 2- and 3-digit prefixes that is assigned.  Returns the
 * number of digits it took, 0 when none (a leading '0' never starts a code).
 */
size_t crm_phone_country_code_prefix(const char *digits, size_t len, unsigned *country_code);

/* All territories in region order, for iteration in tests and tools. */
size_t crm_phone_territory_total(void);
const crm_phone_territory *crm_phone_territory_at(size_t index);

/*
 * Type mask of a national significant number by the patterns alone (one DFA walk).  Bit
 * CRM_PHONE_GENERAL is the generalDesc pattern.  0 for a non-digit or no match.
 */
uint16_t crm_phone_match_patterns(const crm_phone_territory *t, const char *nsn, size_t len);

/*
 * As crm_phone_match_patterns, with each type kept only when len is one of that type's possible
 * lengths: libphonenumber's isNumberMatchingDesc for every type at once.
 */
uint16_t crm_phone_match_types(const crm_phone_territory *t, const char *nsn, size_t len);

/*
 * The type libphonenumber's getNumberType reports for a mask from crm_phone_match_types:
 * UNKNOWN without the general bit, then premium rate, toll free, shared cost, VoIP, personal,
 * pager, UAN, voicemail, and fixed line / mobile / FIXED_LINE_OR_MOBILE (both, or identical
 * patterns).
 */
crm_phone_type crm_phone_number_type(const crm_phone_territory *t, uint16_t mask);

/* "fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", ... "unknown". */
const char *crm_phone_type_name(crm_phone_type type);

/* libphonenumber's testNumberLength for one type (CRM_PHONE_FIXED_LINE_OR_MOBILE allowed). */
crm_phone_length_result crm_phone_check_length(const crm_phone_territory *t, crm_phone_type type, size_t len);

/* Does the territory's leadingDigits pattern match a prefix of nsn?  false when it has none. */
bool crm_phone_leading_digits_match(const crm_phone_territory *t, const char *nsn, size_t len);

/* Does a prefix DFA (crm_phone_format.leading_digits, ...) match a prefix of digits?  0 matches all. */
bool crm_phone_prefix_dfa_match(uint16_t start, const char *digits, size_t len);

/*
 * Length of the international (IDD) prefix at the start of digits, by Java's lookingAt with the
 * pattern's own backtracking order ("810", "00", "0(?:0|1[01])"); 0 when it does not match.
 * libphonenumber's extra rule (not stripped when the next digit is 0) is left to the caller.
 */
size_t crm_phone_match_idd(const crm_phone_territory *t, const char *digits, size_t len);

/* nationalPrefixForParsing matched at the start of digits (lookingAt), with its groups. */
bool crm_phone_match_national_prefix(const crm_phone_territory *t, const char *digits, size_t len,
	crm_phone_match *m);

/*
 * libphonenumber's maybeStripNationalPrefixAndCarrierCode: strip the national prefix or apply
 * nationalPrefixTransformRule, unless that would turn a number matching the general pattern into
 * one that does not.  Writes the national number to out (cap bytes) and returns its length;
 * *stripped is libphonenumber's return value (true also for an empty match, as AR's optional
 * pattern gives on a number without prefix: the number is then unchanged).  The carrier code, if the pattern captured one, is
 * reported as an offset/length into digits (length 0 when none); either pointer may be NULL.
 * Returns (size_t) -1 when out is too small.
 */
size_t crm_phone_strip_national_prefix(const crm_phone_territory *t, const char *digits, size_t len,
	char *out, size_t cap, bool *stripped, size_t *carrier_at, size_t *carrier_len);

/* Run any matcher program; full: the whole input must match (Java matches()), else lookingAt. */
bool crm_phone_program_match(uint32_t program, const char *digits, size_t len, bool full, crm_phone_match *m);

/* Formats of a territory, in the order libphonenumber tries them. */
const crm_phone_format *crm_phone_territory_format(const crm_phone_territory *t, size_t i);

/*
 * libphonenumber's chooseFormattingPatternForNumber: the first format whose leading digits match
 * a prefix and whose pattern matches all of nsn.  intl: pick among the international formats
 * (skipping "NA" ones).  NULL when none fits (the number is then written unformatted).
 */
const crm_phone_format *crm_phone_choose_format(const crm_phone_territory *t, const char *nsn, size_t len,
	bool intl);

/* Styles for crm_phone_apply_format. */
typedef enum crm_phone_format_style {
	CRM_PHONE_STYLE_NATIONAL,         /* with the national prefix rule when there is one */
	CRM_PHONE_STYLE_NATIONAL_BARE,    /* national grouping, without national prefix */
	CRM_PHONE_STYLE_INTERNATIONAL     /* groups only; the caller writes "+CC " in front */
} crm_phone_format_style;

/*
 * Write nsn grouped by format f into out (NUL-terminated).  Returns the length, or (size_t) -1
 * when the pattern does not match nsn fully or out is too small.
 */
size_t crm_phone_apply_format(const crm_phone_format *f, const char *nsn, size_t len,
	crm_phone_format_style style, char *out, size_t cap);

/* Generated tables (phone_meta_data.c); the functions above are the intended way in. */
extern const char crm_phone_meta_version_string[];
extern const uint16_t crm_phone_dfa_state_count;
extern const uint16_t crm_phone_dfa_next[][10];
extern const uint16_t crm_phone_dfa_accept[];
extern const uint16_t crm_phone_vm_code[];
extern const char crm_phone_strings[];
extern const crm_phone_format crm_phone_formats[];
extern const crm_phone_territory crm_phone_territories[];
extern const uint16_t crm_phone_territory_count;
extern const uint16_t crm_phone_code_territories[];
extern const uint16_t crm_phone_code_groups[][2];
extern const uint8_t crm_phone_code_index[1000];

static inline size_t crm_phone_code_territory_count(unsigned country_code)
{
	if (country_code >= 1000 || !crm_phone_code_index[country_code]) {
		return 0;
	}
	return crm_phone_code_groups[crm_phone_code_index[country_code] - 1][1];
}

static inline const crm_phone_territory *crm_phone_territory_by_code(unsigned country_code, size_t i)
{
	if (i >= crm_phone_code_territory_count(country_code)) {
		return NULL;
	}
	const uint16_t *group = crm_phone_code_groups[crm_phone_code_index[country_code] - 1];
	return &crm_phone_territories[crm_phone_code_territories[group[0] + i]];
}

#endif
