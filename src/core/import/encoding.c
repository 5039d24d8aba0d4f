/* Character encodings of imported text files: names, detection from a sample, single-byte tables. */
#include "encoding.h"

#include <string.h>

/* Generated with PHP iconv (glibc) from each code page to UTF-32; 0 = byte undefined there. */
static const uint16_t cp1251_high[128] = {
	0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,	/* 80 */
	0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,	/* 88 */
	0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,	/* 90 */
	0x0000, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,	/* 98 */
	0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,	/* A0 */
	0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,	/* A8 */
	0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,	/* B0 */
	0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,	/* B8 */
	0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,	/* C0 */
	0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,	/* C8 */
	0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,	/* D0 */
	0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,	/* D8 */
	0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,	/* E0 */
	0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,	/* E8 */
	0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,	/* F0 */
	0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,	/* F8 */
};
static const uint16_t cp1252_high[128] = {
	0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,	/* 80 */
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,	/* 88 */
	0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,	/* 90 */
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,	/* 98 */
	0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,	/* A0 */
	0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,	/* A8 */
	0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,	/* B0 */
	0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,	/* B8 */
	0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,	/* C0 */
	0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,	/* C8 */
	0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,	/* D0 */
	0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,	/* D8 */
	0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,	/* E0 */
	0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,	/* E8 */
	0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,	/* F0 */
	0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,	/* F8 */
};
static const uint16_t koi8r_high[128] = {
	0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524,	/* 80 */
	0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,	/* 88 */
	0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248,	/* 90 */
	0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,	/* 98 */
	0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556,	/* A0 */
	0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,	/* A8 */
	0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565,	/* B0 */
	0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,	/* B8 */
	0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433,	/* C0 */
	0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,	/* C8 */
	0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,	/* D0 */
	0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,	/* D8 */
	0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,	/* E0 */
	0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,	/* E8 */
	0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412,	/* F0 */
	0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,	/* F8 */
};

const uint16_t *crm_encoding_high_table(crm_encoding enc)
{
	switch (enc) {
		case CRM_ENC_CP1251: return cp1251_high;
		case CRM_ENC_CP1252: return cp1252_high;
		case CRM_ENC_KOI8R: return koi8r_high;
		case CRM_ENC_ISO8859_1: {
			/* ISO-8859-1 is the identity on U+0080..U+00FF: no table of its own. */
			static const uint16_t latin1_high[128] = {
#define L8(b) (b), (b) + 1, (b) + 2, (b) + 3, (b) + 4, (b) + 5, (b) + 6, (b) + 7
				L8(0x80), L8(0x88), L8(0x90), L8(0x98), L8(0xA0), L8(0xA8), L8(0xB0), L8(0xB8),
				L8(0xC0), L8(0xC8), L8(0xD0), L8(0xD8), L8(0xE0), L8(0xE8), L8(0xF0), L8(0xF8)
#undef L8
			};
			return latin1_high;
		}
		default: return NULL;
	}
}

static const struct {
	const char *key;	/* lower case, without '-', '_', ' ' */
	crm_encoding enc;
} encoding_names[] = {
	{"auto", CRM_ENC_AUTO},
	{"utf8", CRM_ENC_UTF8},
	{"utf16le", CRM_ENC_UTF16LE}, {"utf16be", CRM_ENC_UTF16BE},
	{"windows1251", CRM_ENC_CP1251}, {"cp1251", CRM_ENC_CP1251}, {"win1251", CRM_ENC_CP1251},
	{"windows1252", CRM_ENC_CP1252}, {"cp1252", CRM_ENC_CP1252}, {"win1252", CRM_ENC_CP1252},
	{"iso88591", CRM_ENC_ISO8859_1}, {"latin1", CRM_ENC_ISO8859_1}, {"l1", CRM_ENC_ISO8859_1},
	{"koi8r", CRM_ENC_KOI8R},
};

crm_encoding crm_encoding_parse(const char *name, size_t len)
{
	char key[16];
	size_t k = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char) name[i];
		if (ch == '-' || ch == '_' || ch == ' ') {
			continue;
		}
		if (k == sizeof(key) - 1) {
			return CRM_ENC_INVALID;
		}
		key[k++] = (char) (ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
	}
	key[k] = '\0';
	for (size_t i = 0; i < sizeof(encoding_names) / sizeof(encoding_names[0]); i++) {
		if (strcmp(key, encoding_names[i].key) == 0) {
			return encoding_names[i].enc;
		}
	}
	return CRM_ENC_INVALID;
}

const char *crm_encoding_name(crm_encoding enc)
{
	switch (enc) {
		case CRM_ENC_AUTO: return "auto";
		case CRM_ENC_UTF8: return "UTF-8";
		case CRM_ENC_UTF16LE: return "UTF-16LE";
		case CRM_ENC_UTF16BE: return "UTF-16BE";
		case CRM_ENC_CP1251: return "Windows-1251";
		case CRM_ENC_CP1252: return "Windows-1252";
		case CRM_ENC_ISO8859_1: return "ISO-8859-1";
		case CRM_ENC_KOI8R: return "KOI8-R";
		default: return "invalid";
	}
}

size_t crm_encoding_bom_length(crm_encoding enc, const unsigned char *s, size_t len)
{
	switch (enc) {
		case CRM_ENC_UTF8:
			return len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
		case CRM_ENC_UTF16LE:
			return len >= 2 && s[0] == 0xFF && s[1] == 0xFE ? 2 : 0;
		case CRM_ENC_UTF16BE:
			return len >= 2 && s[0] == 0xFE && s[1] == 0xFF ? 2 : 0;
		default:
			return 0;
	}
}

int crm_enc_utf16_decode(int big_endian, const unsigned char *in, size_t in_len, int at_eof, int replace,
	unsigned char *out, size_t out_cap, size_t *in_used, size_t *out_used)
{
	size_t i = 0, o = 0;
	int hi = big_endian ? 0 : 1, lo = big_endian ? 1 : 0;
	int invalid = 0;

	while (o + 4 <= out_cap) {
		uint32_t cp;
		size_t used;

		if (in_len - i < 2) {
			if (i < in_len && at_eof) {
				if (!replace) {
					invalid = 1;
					break;
				}
				o += crm_utf8_put(0xFFFD, (char *) out + o);
				i = in_len;
			}
			break;
		}
		cp = (uint32_t) in[i + hi] << 8 | in[i + lo];
		used = 2;
		if (cp >= 0xD800 && cp <= 0xDFFF) {
			if (cp <= 0xDBFF) {
				if (in_len - i < 4 && !at_eof) {
					break;	/* the low half may come with the next read */
				}
				uint32_t c2 = in_len - i >= 4 ? ((uint32_t) in[i + 2 + hi] << 8 | in[i + 2 + lo]) : 0;
				if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + (c2 - 0xDC00);
					used = 4;
				} else {
					cp = 0xFFFD;
				}
			} else {
				cp = 0xFFFD;
			}
			if (cp == 0xFFFD && !replace) {
				invalid = 1;
				break;
			}
		}
		o += crm_utf8_put(cp, (char *) out + o);
		i += used;
	}
	*in_used = i;
	*out_used = o;
	return invalid;
}

/* ---- detection ---- */

/* Russian letter frequencies (per 10 000 letters), а..я; ё counts as е. They separate
 * cp1251 from KOI8-R, whose Cyrillic letters sit at permuted byte positions. */
static const uint16_t russian_freq[32] = {
	801, 159, 454, 170, 298, 845, 94, 165, 735, 121, 349, 440, 321, 670, 1097, 281,
	473, 547, 626, 262, 26, 97, 48, 144, 73, 36, 4, 190, 174, 32, 64, 201,
};

static long russian_score(const uint16_t *high, const unsigned char *s, size_t len)
{
	long score = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0x80) {
			continue;
		}
		uint16_t cp = high[s[i] - 0x80];
		if (cp >= 0x0410 && cp <= 0x044F) {
			score += russian_freq[(cp - 0x0410) % 32];
		} else if (cp == 0x0401 || cp == 0x0451) {
			score += russian_freq[5];
		} else if (cp == 0 || (cp >= 0x2500 && cp <= 0x25FF)) {
			score -= 1000;	/* undefined byte or box drawing: not text in this code page */
		}
	}
	return score;
}

static int is_ascii_letter(unsigned char b)
{
	return (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
}

static int has_undefined(const uint16_t *high, const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] >= 0x80 && high[s[i] - 0x80] == 0) {
			return 1;
		}
	}
	return 0;
}

static crm_encoding detect_single_byte(const unsigned char *s, size_t len)
{
	/* Cyrillic words are runs of high bytes; Swedish/German words put one å ä ö ü
	 * between ASCII letters. Count which neighbourhood the letter bytes (>= 0xC0) live in. */
	size_t high_high = 0, high_ascii = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0xC0) {
			continue;
		}
		if (i + 1 < len) {
			if (s[i + 1] >= 0xC0) high_high++;
			else if (is_ascii_letter(s[i + 1])) high_ascii++;
		}
		if (i > 0 && is_ascii_letter(s[i - 1])) {
			high_ascii++;
		}
	}
	if (high_high > high_ascii) {
		return russian_score(koi8r_high, s, len) > russian_score(cp1251_high, s, len)
			? CRM_ENC_KOI8R : CRM_ENC_CP1251;
	}
	/* Excel writes Windows-1252; only bytes it leaves undefined point to ISO-8859-1. */
	return has_undefined(cp1252_high, s, len) ? CRM_ENC_ISO8859_1 : CRM_ENC_CP1252;
}

static int looks_utf16(const unsigned char *s, size_t len, int *big_endian)
{
	size_t pairs = len / 2, zero_even = 0, zero_odd = 0;

	if (pairs < 2) {
		return 0;
	}
	for (size_t i = 0; i + 1 < len; i += 2) {
		zero_even += s[i] == 0;
		zero_odd += s[i + 1] == 0;
	}
	/* ASCII-heavy UTF-16 has a zero in the same half of most units and almost never in the other. */
	if (zero_odd * 10 >= pairs * 6 && zero_even * 20 <= pairs) {
		*big_endian = 0;
		return 1;
	}
	if (zero_even * 10 >= pairs * 6 && zero_odd * 20 <= pairs) {
		*big_endian = 1;
		return 1;
	}
	return 0;
}

crm_encoding crm_encoding_detect(const unsigned char *s, size_t len, int at_eof, size_t *bom_len)
{
	static const crm_encoding with_bom[] = {CRM_ENC_UTF8, CRM_ENC_UTF16LE, CRM_ENC_UTF16BE};
	int big_endian;
	bool truncated;

	for (size_t i = 0; i < sizeof(with_bom) / sizeof(with_bom[0]); i++) {
		if ((*bom_len = crm_encoding_bom_length(with_bom[i], s, len)) != 0) {
			return with_bom[i];
		}
	}
	if (looks_utf16(s, len, &big_endian)) {
		return big_endian ? CRM_ENC_UTF16BE : CRM_ENC_UTF16LE;
	}
	size_t valid = crm_utf8_valid_prefix(s, len, &truncated);
	if (valid == len || (truncated && !at_eof && len - valid < 4)) {
		return CRM_ENC_UTF8;
	}
	return detect_single_byte(s, len);
}
