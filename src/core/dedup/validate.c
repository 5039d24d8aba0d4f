/* Check-digit and format validators of company and person registry numbers (Russia, Sweden). */
#include "dedup/validate.h"
#include "dedup/text.h"

#include <string.h>

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

/* Trims white space and returns the remaining span through *p / *n. */
static void trimmed(const char *s, size_t len, const char **p, size_t *n)
{
	size_t start = 0, end = len;

	crm_trim(s, &start, &end);
	*p = s + start;
	*n = end - start;
}

static int weighted_mod11(const char *d, const int *w, size_t n)
{
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		sum += (d[i] - '0') * w[i];
	}
	return sum % 11 % 10;
}

int crm_inn_kind(const char *s, size_t len)
{
	static const int w10[9] = { 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	static const int w11[10] = { 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	static const int w12[11] = { 3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8 };
	const char *d;
	size_t n;

	trimmed(s, len, &d, &n);
	if ((n != 10 && n != 12) || !all_digits(d, n)) {
		return 0;
	}
	/* Region 00 does not exist; without this, 0000000000 would pass every check digit. */
	if (d[0] == '0' && d[1] == '0') {
		return 0;
	}
	if (n == 10) {
		return weighted_mod11(d, w10, 9) == d[9] - '0' ? 10 : 0;
	}
	return weighted_mod11(d, w11, 10) == d[10] - '0' && weighted_mod11(d, w12, 11) == d[11] - '0' ? 12 : 0;
}

bool crm_valid_inn(const char *s, size_t len)
{
	return crm_inn_kind(s, len) != 0;
}

int crm_ogrn_kind(const char *s, size_t len)
{
	const char *d;
	size_t n;
	unsigned long long v = 0;

	trimmed(s, len, &d, &n);
	if ((n != 13 && n != 15) || !all_digits(d, n)) {
		return 0;
	}
	/* The first digit says what was registered: 1 and 5 an OGRN, 3 an OGRNIP; 2, 6-9 are
	 * numbers of later entries (GRN), which do not identify a company. */
	if (n == 13 ? (d[0] != '1' && d[0] != '5') : d[0] != '3') {
		return 0;
	}
	for (size_t i = 0; i < n - 1; i++) {
		v = v * 10 + (unsigned) (d[i] - '0');
	}
	return (int) (v % (n == 13 ? 11 : 13) % 10) == d[n - 1] - '0' ? (int) n : 0;
}

bool crm_valid_ogrn(const char *s, size_t len)
{
	return crm_ogrn_kind(s, len) != 0;
}

bool crm_valid_kpp(const char *s, size_t len)
{
	const char *d;
	size_t n;

	trimmed(s, len, &d, &n);
	if (n != 9 || !all_digits(d, 4) || !all_digits(d + 6, 3)) {
		return false;
	}
	for (int i = 4; i < 6; i++) {
		if (!((d[i] >= '0' && d[i] <= '9') || (d[i] >= 'A' && d[i] <= 'Z'))) {
			return false;
		}
	}
	return true;
}

static bool luhn10(const char *d)
{
	int sum = 0;

	for (int i = 0; i < 10; i++) {
		int v = (d[i] - '0') * (i % 2 == 0 ? 2 : 1);

		sum += v > 9 ? v - 9 : v;
	}
	return sum % 10 == 0;
}

static int two(const char *d)
{
	return (d[0] - '0') * 10 + (d[1] - '0');
}

static bool leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* Without a century (the 10-digit form) the year is taken as 20YY: 29 February then passes in
 * every year divisible by four, which is right for all but 1900. */
static bool valid_date(int year, int month, int day)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) {
		return false;
	}
	if (month == 2 && day == 29) {
		return leap(year);
	}
	return true;
}

/* Parses the spellings of validate.h into ten digits, the century (0 when absent, 16 for
 * the organisation prefix) and the separator used (0, '-' or '+'). */
static bool se_digits(const char *s, size_t len, char ten[10], int *century, char *sep)
{
	const char *d;
	size_t n;
	char buf[12];
	size_t k = 0;

	trimmed(s, len, &d, &n);
	*sep = 0;
	if (n == 11 || n == 13) {
		size_t at = n - 5;

		if (d[at] != '-' && d[at] != '+') {
			return false;
		}
		*sep = d[at];
		memcpy(buf, d, at);
		memcpy(buf + at, d + at + 1, 4);
		k = n - 1;
	} else if (n == 10 || n == 12) {
		memcpy(buf, d, n);
		k = n;
	} else {
		return false;
	}
	if (!all_digits(buf, k)) {
		return false;
	}
	*century = k == 12 ? two(buf) : 0;
	if (k == 12 && *sep == '+') {
		return false;
	}
	memcpy(ten, buf + (k - 10), 10);
	return true;
}

enum crm_se_id crm_se_id_kind(const char *s, size_t len)
{
	char d[10], sep;
	int century, day;

	if (!se_digits(s, len, d, &century, &sep) || !luhn10(d)) {
		return CRM_SE_INVALID;
	}
	if (d[2] >= '2') {
		/* Organisations: the "month" is 20 or more, so they never collide with a birth date. */
		return (century == 0 || century == 16) && sep != '+' ? CRM_SE_ORGNR : CRM_SE_INVALID;
	}
	if (century != 0 && century != 18 && century != 19 && century != 20) {
		return CRM_SE_INVALID;
	}
	day = two(d + 4);
	if (day > 60) {
		return valid_date((century ? century * 100 : 2000) + two(d), two(d + 2), day - 60)
			? CRM_SE_SAMORDNINGSNUMMER : CRM_SE_INVALID;
	}
	return valid_date((century ? century * 100 : 2000) + two(d), two(d + 2), day)
		? CRM_SE_PERSONNUMMER : CRM_SE_INVALID;
}

bool crm_valid_orgnr(const char *s, size_t len)
{
	return crm_se_id_kind(s, len) != CRM_SE_INVALID;
}

bool crm_valid_personnummer(const char *s, size_t len)
{
	enum crm_se_id k = crm_se_id_kind(s, len);

	return k == CRM_SE_PERSONNUMMER || k == CRM_SE_SAMORDNINGSNUMMER;
}

bool crm_se_id_normalize(const char *s, size_t len, char out[12])
{
	char d[10], sep;
	int century;

	if (crm_se_id_kind(s, len) == CRM_SE_INVALID || !se_digits(s, len, d, &century, &sep)) {
		return false;
	}
	memcpy(out, d, 6);
	out[6] = '-';
	memcpy(out + 7, d + 6, 4);
	out[11] = '\0';
	return true;
}
