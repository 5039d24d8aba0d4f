/* skeleton_fixed() in src/core/dedup/keys.c says, by reading a word once, that a round of the
 * skeleton steps would leave it as it is; skeleton() then skips the round. A wrong "yes" would
 * leave some spellings of a name with another key than the rest, so this checks it against a
 * real round for every word of up to CRM_SKELETON_LEN letters (default 5) over the letters the
 * rules look at. The static functions are reached by compiling keys.c into this program. */
#include "check.h"
#include "dedup/keys.c"

#include <stdlib.h>

/* One round of the three steps, as skeleton() runs it; returns whether it changed the word. */
static bool round_changes(const char *w, size_t n)
{
	char x[64], y[64];
	size_t l = skeleton_consonants(w, n, x);

	l = skeleton_vowels(x, l, y);
	l = skeleton_tidy(y, l, x);
	return l != n || memcmp(x, w, n) != 0;
}

int main(void)
{
	static const char letters[] = "aceghijknopqrstvwxyz";
	const size_t k = sizeof(letters) - 1;
	const char *env = getenv("CRM_SKELETON_LEN");
	size_t max = env ? (size_t) atoi(env) : 5, words = 0, wrong = 0;
	char w[16];
	size_t idx[16];

	if (max < 1 || max > 12) {
		max = 5;
	}
	for (size_t n = 1; n <= max; n++) {
		memset(idx, 0, sizeof(idx));
		for (;;) {
			for (size_t i = 0; i < n; i++) {
				w[i] = letters[idx[i]];
			}
			words++;
			if (skeleton_fixed(w, n) && round_changes(w, n)) {
				if (wrong++ < 10) {
					fprintf(stderr, "skeleton_fixed(\"%.*s\") is true, but a round changes it\n", (int) n, w);
				}
			}
			size_t i = 0;
			while (i < n && ++idx[i] == k) {
				idx[i++] = 0;
			}
			if (i == n) {
				break;
			}
		}
	}
	CHECK(wrong == 0);
	printf("words checked: %zu (up to %zu letters over \"%s\")\n", words, max, letters);
	/* and the shortcut is taken at all: plain skeletons are fixed */
	CHECK(skeleton_fixed("ivanov", 6) && skeleton_fixed("tsvetkov", 8) && skeleton_fixed("elkin", 5));
	CHECK(!skeleton_fixed("cvetkov", 7) && !skeleton_fixed("iolkin", 6) && !skeleton_fixed("pjotr", 5));
	return CHECK_DONE();
}
