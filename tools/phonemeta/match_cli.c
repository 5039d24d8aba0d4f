/* Line-oriented driver over src/core/phone for tools/phonemeta/verify_patterns.php: prints what our matchers say. */
#include "phone_meta.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Input, one query per line: "<cmd> <index> <digits>" (digits may be empty).
 *   T              list territories: "index region cc format_first format_count", then "."
 *   N t digits     national-number DFA type mask (patterns only)
 *   L t digits     territory leadingDigits prefix match: 0/1
 *   I t digits     internationalPrefix lookingAt: end, or -1
 *   P t digits     nationalPrefixForParsing lookingAt: end and groups, or -1
 *   F f digits     format f: leadingDigits prefix match (0/1), then full pattern match as P
 */
static void print_match(bool ok, const crm_phone_match *m)
{
	if (!ok) {
		fputs("-1", stdout);
		return;
	}
	printf("%d", m->end);
	for (unsigned g = 1; g <= m->groups; g++) {
		printf(" %d:%d", m->start_of[g], m->end_of[g]);
	}
}

int main(void)
{
	char line[256];
	while (fgets(line, sizeof line, stdin)) {
		size_t n = strcspn(line, "\r\n");
		line[n] = '\0';
		char cmd = line[0];
		if (cmd == 'T') {
			for (size_t i = 0; i < crm_phone_territory_total(); i++) {
				const crm_phone_territory *t = crm_phone_territory_at(i);
				printf("%zu %s %u %u %u\n", i, t->region, t->country_code, t->format_first, t->format_count);
			}
			puts(".");
			continue;
		}
		char *p = line + 1;
		long idx = strtol(p, &p, 10);
		const char *digits = *p == ' ' ? p + 1 : p;
		size_t len = strlen(digits);
		crm_phone_match m;
		const crm_phone_territory *t = crm_phone_territory_at((size_t) idx);
		if (cmd != 'F' && !t) {
			fprintf(stderr, "match_cli: bad territory %ld\n", idx);
			return 2;
		}
		switch (cmd) {
		case 'N':
			printf("%u", crm_phone_match_patterns(t, digits, len));
			break;
		case 'L':
			printf("%d", crm_phone_leading_digits_match(t, digits, len));
			break;
		case 'I':
			print_match(crm_phone_program_match(t->idd_program, digits, len, false, &m), &m);
			break;
		case 'P':
			print_match(crm_phone_match_national_prefix(t, digits, len, &m), &m);
			break;
		case 'F': {
			const crm_phone_format *f = &crm_phone_formats[idx];
			printf("%d ", crm_phone_prefix_dfa_match(f->leading_digits, digits, len));
			print_match(crm_phone_program_match(f->pattern, digits, len, true, &m), &m);
			break;
		}
		default:
			fprintf(stderr, "match_cli: bad command '%c'\n", cmd);
			return 2;
		}
		putchar('\n');
	}
	return 0;
}
