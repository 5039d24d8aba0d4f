/* Duplicate index of company and contact cards: exact-key blocking, scored pairs, coherent clusters. */
#ifndef CRM_DEDUP_INDEX_H
#define CRM_DEDUP_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Rules, weights and measurements: docs/dedup-index.md. */

typedef enum crm_dedup_type {
	CRM_DEDUP_AUTO_TYPE = 0,   /* contact when a first/last/middle name or a company is given, else company */
	CRM_DEDUP_COMPANY = 1,
	CRM_DEDUP_CONTACT = 2
} crm_dedup_type;

/* A text field: UTF-8 bytes and length; {NULL, 0} when absent. */
typedef struct crm_dedup_text {
	const char *s;
	size_t len;
} crm_dedup_text;

/* One card as the caller has it. Nothing is kept: the index copies what it needs. */
typedef struct crm_dedup_record {
	crm_dedup_type type;
	crm_dedup_text name;          /* full name of a contact, or the company name */
	crm_dedup_text last_name, first_name, middle_name;
	crm_dedup_text company;       /* a contact's company */
	crm_dedup_text inn, kpp, ogrn, orgnr;
	crm_dedup_text city;
	crm_dedup_text region;        /* default region of the phones ("RU", "SE"); index default when absent or unknown */
	const crm_dedup_text *phones; /* raw cells; a cell may hold several numbers */
	size_t phone_count;
	const crm_dedup_text *emails;
	size_t email_count;
} crm_dedup_record;

typedef struct crm_dedup_index crm_dedup_index;

/* auto: safe to merge unasked; review: suggest to a person. Both in [0, 1], review <= auto. */
typedef struct crm_dedup_options {
	double auto_threshold;        /* default 0.9 */
	double review_threshold;      /* default 0.7 */
	char region[3];               /* default phone region, default "RU" */
} crm_dedup_options;

void crm_dedup_options_default(crm_dedup_options *o);

/* NULL when memory ran out or the options are invalid (thresholds outside [0, 1] or inverted,
 * unknown region). */
crm_dedup_index *crm_dedup_index_new(const crm_dedup_options *o);
void crm_dedup_index_free(crm_dedup_index *ix);

size_t crm_dedup_index_count(const crm_dedup_index *ix);

/* Adds a card; it gets the next dense id (0, 1, 2 …), returned. -1 when memory ran out (the
 * index is then unchanged). */
int64_t crm_dedup_index_add(crm_dedup_index *ix, const crm_dedup_record *r);

/* One candidate of a match: the dense id, the score in [0, 1] and the reasons, a list of
 * human-readable strings packed one after another, each NUL-terminated. */
typedef struct crm_dedup_match {
	uint32_t id;
	double score;
	char *reasons;                /* reason_count strings back to back */
	size_t reasons_len;           /* bytes, NULs included */
	uint32_t reason_count;
} crm_dedup_match;

/* The indexed cards that r duplicates with a score >= threshold, best first (ties by id), at
 * most limit. *out is malloc'd (free with crm_dedup_matches_free). Returns the count, or -1
 * when memory ran out. The index is not changed. */
int64_t crm_dedup_index_match(crm_dedup_index *ix, const crm_dedup_record *r, size_t limit,
	double threshold, crm_dedup_match **out);
void crm_dedup_matches_free(crm_dedup_match *m, size_t n);

/* The score of two indexed cards and, when reasons is not NULL, its reasons as for match(). */
double crm_dedup_index_pair(crm_dedup_index *ix, uint32_t a, uint32_t b, crm_dedup_match *reasons);

/* Clusters at a threshold: every pair scoring >= threshold is a candidate edge; edges are taken
 * best first and join two clusters only when every pair across them scores at least
 * min(threshold, review) — so a card bridging two groups cannot join them. Singletons are left
 * out. members: the ids, cluster after cluster, each ascending, clusters by their first id;
 * starts: count + 1 offsets into members. Both malloc'd. Returns the cluster count, or -1
 * when memory ran out. */
int64_t crm_dedup_index_clusters(crm_dedup_index *ix, double threshold, uint32_t **members, size_t **starts);

#endif
