/* Excel cell values as the user sees them: number formats (date or not), serials to dates, numbers to text. */
#ifndef CRM_IMPORT_NUMFMT_H
#define CRM_IMPORT_NUMFMT_H

#include <stddef.h>

/* What a number format shows: a plain number, a date, a time of day, or both. */
typedef enum crm_numfmt_kind {
	CRM_NUMFMT_NUMBER = 0,
	CRM_NUMFMT_DATE,		/* YYYY-MM-DD */
	CRM_NUMFMT_TIME,		/* HH:MM:SS (a time without a date part) */
	CRM_NUMFMT_DATETIME		/* YYYY-MM-DD HH:MM:SS */
} crm_numfmt_kind;

/* Built-in format ids: 14-17 dates, 18-21 and 45-47 times, 22 date and time; others numbers. */
crm_numfmt_kind crm_numfmt_builtin(unsigned id);

/* A custom format code: date/time when d, m, y, h or s occur outside quoted text, backslash
 * escapes, [brackets] (colours, conditions, locales), and _x / *x padding. Only the first
 * section (before ';') decides. */
crm_numfmt_kind crm_numfmt_classify(const char *code, size_t len);

/* Longest text the functions below write, with the NUL. */
#define CRM_NUMFMT_BUF 48

/* A number as the user sees it under the General format, locale-independent: integers
 * without exponent or ".0"; others as the shortest decimal that reads back to the same
 * double, capped at 15 significant digits as Excel shows them (0.30000000000000004 → "0.3").
 * Positional notation for 1e-10 <= |v| < 1e21; exponent notation ("1.5E-12") outside, which
 * no one types. Returns the length. */
size_t crm_numfmt_number(double v, char *out);

/* The decimal text of a <v> element rendered as crm_numfmt_number would, without going
 * through a double when it can: plain decimals of at most 15 significant digits are
 * passed on with redundant zeros dropped. Returns the length, or 0 when text is not a
 * number. */
size_t crm_numfmt_number_text(const char *text, size_t len, char *out);

/* A serial date under a date/time kind; date1904 selects the 1904 system. The 1900 system
 * follows Excel, leap-year bug included: 1 = 1900-01-01, 59 = 1900-02-28, 60 = "1900-02-29"
 * (which Excel shows and which does not exist), 61 = 1900-03-01. Times are rounded to the
 * second. Values that are no date (negative, past 9999-12-31, or below 1 for a date-only
 * format in the 1900 system) come out as numbers. TIME gives HH:MM:SS when the serial is
 * below 1, else a full date and time. Returns the length. */
size_t crm_numfmt_date(double serial, crm_numfmt_kind kind, int date1904, char *out);

#endif
