/* Check-digit and format validators of company and person registry numbers (Russia, Sweden). */
#ifndef CRM_DEDUP_VALIDATE_H
#define CRM_DEDUP_VALIDATE_H

#include <stddef.h>
#include <stdbool.h>

/* All validators accept surrounding white space (crm_is_space: ASCII, NBSP, thin space …) and
 * nothing else around the number. Russian numbers allow no internal separators: they are
 * written and printed as one run of digits. Swedish numbers allow the one conventional
 * separator (see crm_se_id_kind). */

/* INN: 10 (legal entity) or 12 (individual) digits with check digits; returns 10 or 12, or 0. */
int crm_inn_kind(const char *s, size_t len);
bool crm_valid_inn(const char *s, size_t len);

/* OGRN: 13 digits starting with 1 or 5; OGRNIP: 15 digits starting with 3; returns 13, 15 or 0. */
int crm_ogrn_kind(const char *s, size_t len);
bool crm_valid_ogrn(const char *s, size_t len);

/* KPP: NNNN XX NNN, X in [0-9A-Z] (upper case only, as the tax service prints it). */
bool crm_valid_kpp(const char *s, size_t len);

/* Swedish identity numbers. Accepted spellings (after trimming):
 *   NNNNNNNNNN, NNNNNN-NNNN                 10-digit form;
 *   16NNNNNNNNNN, 16NNNNNN-NNNN             organisationsnummer with the "16" prefix;
 *   YYMMDD+NNNN                             personnummer of someone 100 or older;
 *   YYYYMMDDNNNN, YYYYMMDD-NNNN             personnummer with century (18, 19, 20).
 * The Luhn check runs over the 10-digit form. */
enum crm_se_id {
	CRM_SE_INVALID = 0,
	CRM_SE_ORGNR,           /* organisationsnummer: third digit >= 2 */
	CRM_SE_PERSONNUMMER,    /* valid birth date */
	CRM_SE_SAMORDNINGSNUMMER /* day of month + 60 */
};
enum crm_se_id crm_se_id_kind(const char *s, size_t len);

/* Sole traders (enskild firma) trade under their personnummer, so an organisation number in a
 * CRM is either kind: true for CRM_SE_ORGNR, _PERSONNUMMER and _SAMORDNINGSNUMMER. */
bool crm_valid_orgnr(const char *s, size_t len);
bool crm_valid_personnummer(const char *s, size_t len);

/* Writes the canonical 10-digit form "NNNNNN-NNNN" (11 bytes + NUL into out[12]) of a valid
 * Swedish number and returns true; the one spelling to store and compare. */
bool crm_se_id_normalize(const char *s, size_t len, char out[12]);

#endif
