/* Duplicate-detection keys (company, person, e-mail) and Jaro-Winkler similarity. */
#ifndef CRM_DEDUP_KEYS_H
#define CRM_DEDUP_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* The key producers take UTF-8 (invalid bytes are separators, never an error), write the key
 * with snprintf semantics (at most cap-1 bytes and a NUL when cap > 0) and return the key's full
 * length, or CRM_DEDUP_NOMEM ((size_t) -1, from dedup/text.h) when memory ran out. The output
 * is always valid UTF-8. A buffer of the _MAX size below for the input length never truncates,
 * so a binding can allocate once. Formats and rules: docs/dedup-keys.md. */

/* Folding never grows text; only a Latin look-alike inside a Cyrillic word (1 byte) becomes its
 * Cyrillic letter (2 bytes). */
#define CRM_COMPANY_KEY_MAX(len) (2 * (size_t) (len) + 1)

/* Transliteration at most doubles a word (щ -> shch, x -> ks, h -> kh); a diminutive expands
 * to at most 2.5 times its length (Stas -> stanislav). */
#define CRM_PERSON_KEY_MAX(len) (3 * (size_t) (len) + 16)

/* The key is never longer than the input. */
#define CRM_EMAIL_KEY_MAX(len) ((size_t) (len) + 1)

/* The format of the company and person keys (Crm\Dedup\KEY_VERSION): raised whenever some
 * text gets another key, so keys stored by a caller can be computed again. 2: ц as c (Cvetkov,
 * Kuznecov) and ё as word-initial yo/jo or jo after a consonant (Yolkin, Pjotr). */
#define CRM_DEDUP_KEY_VERSION 2

/* "ромашка": folded words without legal forms and quotes, in their order; "" for no words. */
size_t crm_company_key(const char *s, size_t len, char *out, size_t cap);

/* "aleksandr ivanov": Latin skeletons of the name words, sorted, without patronymic and
 * initials, diminutives replaced by the full name; "" when nothing but initials is left. */
size_t crm_person_key(const char *s, size_t len, char *out, size_t cap);

/* Whether a word's Latin skeleton (one word of a person key) reads as a patronymic: -vich,
 * -vna, -ichna. The person key drops such words from names of three words or more. */
bool crm_patronymic_skeleton(const char *skeleton, size_t len);

/* "ivan.petrov+crm@mail.ru": the address trimmed and lower-cased, or -1 when s is not one
 * e-mail address. Never longer than 254 bytes (RFC 5321). */
int crm_email_key(const char *s, size_t len, char *out, size_t cap);

/* Jaro-Winkler similarity of the code point sequences (p = 0.1, prefix up to 4), in [0, 1],
 * symmetric; 1.0 for equal strings, including two empty ones. Invalid bytes compare as
 * themselves. Allocates only beyond 256 code points per string. */
double crm_similarity(const char *a, size_t alen, const char *b, size_t blen);

#endif
