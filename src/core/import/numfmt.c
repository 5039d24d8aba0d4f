/* Excel number formats (is it a date?), serial dates to ISO text, and numbers to the text Excel shows. */
#include "numfmt.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

crm_numfmt_kind crm_numfmt_builtin(unsigned id)
{
	if (id >= 14 && id <= 17) {
		return CRM_NUMFMT_DATE;
	}
	if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
		return CRM_NUMFMT_TIME;
	}
	if (id == 22) {
		return CRM_NUMFMT_DATETIME;
	}
	return CRM_NUMFMT_NUMBER;
}

crm_numfmt_kind crm_numfmt_classify(const char *code, size_t len)
{
	int date = 0, time = 0, month = 0;
	size_t i = 0;

	while (i < len && code[i] != ';') {
		char c = code[i];
		if (c == '"') {
			for (i++; i < len && code[i] != '"'; i++) {}
			i++;
			continue;
		}
		if (c == '[') {
			for (i++; i < len && code[i] != ']'; i++) {}
			i++;
			continue;
		}
		if (c == '\\' || c == '_' || c == '*') {
			i += 2;
			continue;
		}
		switch (c) {
			case 'd': case 'D': case 'y': case 'Y': date = 1; break;
			case 'h': case 'H': case 's': case 'S': time = 1; break;
			case 'm': case 'M': month = 1; break;
			default: break;
		}
		i++;
	}
	if (month && !time) {
		date = 1;
	}
	if (date && time) {
		return CRM_NUMFMT_DATETIME;
	}
	return date ? CRM_NUMFMT_DATE : time ? CRM_NUMFMT_TIME : CRM_NUMFMT_NUMBER;
}

/* Digits (no leading/trailing zeros, at most 17) and decimal exponent of |v| written with
 * precision p: v = 0.d1d2d3… × 10^(exp+1), i.e. d1.d2d3… × 10^exp. */
static size_t crm_numfmt_digits(double v, int p, char *digits, int *exp)
{
	char buf[64];
	size_t n = 0;
	const char *s, *e;

	snprintf(buf, sizeof buf, "%.*e", p - 1, fabs(v));
	e = strchr(buf, 'e');
	for (s = buf; s < e; s++) {
		if (*s >= '0' && *s <= '9') {
			digits[n++] = *s;
		}
	}
	while (n > 1 && digits[n - 1] == '0') {
		n--;
	}
	*exp = atoi(e + 1);
	return n;
}

/* Writes sign, digits and exponent in positional notation when -10 <= exp < 21. */
static size_t crm_numfmt_render(int neg, const char *digits, size_t n, int exp, char *out)
{
	size_t o = 0, i;

	if (neg) {
		out[o++] = '-';
	}
	if (exp >= 21 || exp < -10) {
		out[o++] = digits[0];
		if (n > 1) {
			out[o++] = '.';
			memcpy(out + o, digits + 1, n - 1);
			o += n - 1;
		}
		o += (size_t) snprintf(out + o, 8, "E%c%02d", exp < 0 ? '-' : '+', abs(exp));
		return o;
	}
	if (exp < 0) {
		out[o++] = '0';
		out[o++] = '.';
		for (i = 0; i < (size_t) (-exp - 1); i++) {
			out[o++] = '0';
		}
		memcpy(out + o, digits, n);
		o += n;
	} else {
		for (i = 0; i <= (size_t) exp; i++) {
			out[o++] = i < n ? digits[i] : '0';
		}
		if (n > (size_t) exp + 1) {
			out[o++] = '.';
			memcpy(out + o, digits + exp + 1, n - (size_t) exp - 1);
			o += n - (size_t) exp - 1;
		}
	}
	out[o] = '\0';
	return o;
}

size_t crm_numfmt_number(double v, char *out)
{
	char digits[24], buf[64];
	int exp = 0, p;
	size_t n = 0;

	if (!isfinite(v)) {
		memcpy(out, "#NUM!", 6);
		return 5;
	}
	if (v == 0) {
		memcpy(out, "0", 2);
		return 1;
	}
	if (fabs(v) < 1e15 && v == floor(v)) {
		return (size_t) snprintf(out, CRM_NUMFMT_BUF, "%.0f", v);
	}
	/* Shortest precision that reads back to v; "%.*e" and strtod agree on the locale's
	 * decimal point, so the round trip holds whatever LC_NUMERIC is. Past 15 digits Excel
	 * shows the value rounded to 15, and so do we. */
	for (p = 1; p <= 15; p++) {
		snprintf(buf, sizeof buf, "%.*e", p - 1, v);
		if (strtod(buf, NULL) == v) {
			break;
		}
	}
	n = crm_numfmt_digits(v, p > 15 ? 15 : p, digits, &exp);
	return crm_numfmt_render(v < 0, digits, n, exp, out);
}

size_t crm_numfmt_number_text(const char *text, size_t len, char *out)
{
	size_t i = 0, int_start, int_end, frac_start = 0, frac_end = 0, sig = 0, o = 0;
	int neg = 0, has_exp = 0, any = 0;
	size_t first_nz = (size_t) -1, last_nz = 0;

	if (len && (text[0] == '-' || text[0] == '+')) {
		neg = text[0] == '-';
		i++;
	}
	int_start = i;
	while (i < len && text[i] >= '0' && text[i] <= '9') {
		i++;
	}
	int_end = i;
	any = int_end > int_start;
	if (i < len && text[i] == '.') {
		frac_start = ++i;
		while (i < len && text[i] >= '0' && text[i] <= '9') {
			i++;
		}
		frac_end = i;
		any |= frac_end > frac_start;
	}
	if (!any) {
		return 0;
	}
	if (i < len && (text[i] == 'e' || text[i] == 'E')) {
		size_t j = i + 1;
		if (j < len && (text[j] == '+' || text[j] == '-')) {
			j++;
		}
		if (j == len) {
			return 0;
		}
		for (; j < len; j++) {
			if (text[j] < '0' || text[j] > '9') {
				return 0;
			}
		}
		has_exp = 1;
		i = len;
	}
	if (i != len || len > 400) {
		return 0;
	}
	if (!has_exp) {
		/* Significant digits: from the first to the last non-zero digit across both parts. */
		for (size_t k = int_start; k < (frac_end ? frac_end : int_end); k++) {
			if (k == int_end) {
				continue;	/* the '.' */
			}
			if (text[k] != '0') {
				if (first_nz == (size_t) -1) {
					first_nz = k;
				}
				last_nz = k;
			}
		}
		if (first_nz == (size_t) -1) {
			memcpy(out, "0", 2);
			return 1;
		}
		sig = last_nz - first_nz + 1 - (first_nz < int_end && last_nz > int_end ? 1 : 0);
		/* Fast path: at most 15 significant digits read back exactly (DBL_DIG), so the text
		 * minus redundant zeros is the shortest round trip; big integers and tiny fractions
		 * take the double path to agree on notation. */
		if (sig <= 15 && (first_nz < int_end ? int_end - first_nz <= 21 : first_nz - frac_start < 10)) {
			if (neg) {
				out[o++] = '-';
			}
			if (first_nz < int_end) {
				memcpy(out + o, text + first_nz, int_end - first_nz);
				o += int_end - first_nz;
			} else {
				out[o++] = '0';
			}
			if (last_nz > int_end && frac_end) {
				out[o++] = '.';
				memcpy(out + o, text + frac_start, last_nz + 1 - frac_start);
				o += last_nz + 1 - frac_start;
			}
			out[o] = '\0';
			return o;
		}
	}
	{
		/* strtod wants the locale's decimal point; the text has '.'. */
		char buf[416], dp[8];
		snprintf(dp, sizeof dp, "%.1f", 1.5);
		memcpy(buf, text, len);
		buf[len] = '\0';
		if (frac_start) {
			buf[frac_start - 1] = dp[1];
		}
		return crm_numfmt_number(strtod(buf, NULL), out);
	}
}

/* Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
static void crm_civil(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
	int64_t era, yy;
	unsigned doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	yy = (int64_t) yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

size_t crm_numfmt_date(double serial, crm_numfmt_kind kind, int date1904, char *out)
{
	int64_t days, secs, y = 0;
	unsigned m = 0, d = 0;
	size_t o;

	if (!isfinite(serial) || serial < 0 || serial >= 2958466.0 || kind == CRM_NUMFMT_NUMBER) {
		return crm_numfmt_number(serial, out);
	}
	if (kind == CRM_NUMFMT_DATE) {
		days = (int64_t) floor(serial);
		secs = 0;
	} else {
		int64_t total = (int64_t) llround(serial * 86400.0);
		days = total / 86400;
		secs = total % 86400;
	}
	if (days >= 2958466) {
		return crm_numfmt_number(serial, out);
	}
	if (kind != CRM_NUMFMT_DATE && days == 0 && (kind == CRM_NUMFMT_TIME || !date1904)) {
		return (size_t) snprintf(out, CRM_NUMFMT_BUF, "%02d:%02d:%02d",
			(int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60));
	}
	if (!date1904 && days == 0) {
		return crm_numfmt_number(serial, out);	/* Excel shows "1900-01-00" */
	}
	if (date1904) {
		crm_civil(days - 24107, &y, &m, &d);
	} else if (days == 60) {
		y = 1900, m = 2, d = 29;
	} else {
		crm_civil(days + (days < 60 ? -25568 : -25569), &y, &m, &d);
	}
	o = (size_t) snprintf(out, CRM_NUMFMT_BUF, "%04d-%02u-%02u", (int) y, m, d);
	if (kind != CRM_NUMFMT_DATE) {
		o += (size_t) snprintf(out + o, CRM_NUMFMT_BUF - o, " %02d:%02d:%02d",
			(int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60));
	}
	return o;
}
