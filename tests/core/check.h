/* Minimal assertion harness for the pure-C unit tests of src/core. */
#ifndef CRM_TEST_CHECK_H
#define CRM_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond) do { \
	if (cond) { check_passed++; } \
	else { check_failed++; fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) { check_passed++; } \
	else { check_failed++; fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)"); } \
} while (0)

#define CHECK_MEM(got, got_len, want) do { \
	const char *w_ = (want); size_t wl_ = strlen(w_), gl_ = (got_len); \
	if (gl_ == wl_ && memcmp((got), w_, wl_) == 0) { check_passed++; } \
	else { check_failed++; fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, (int) gl_, (const char *) (got), w_); } \
} while (0)

/* The runner in tests/core/Makefile sums this last line over all test programs. */
#define CHECK_DONE() (printf("%d passed, %d failed\n", check_passed, check_failed), check_failed ? 1 : 0)

#endif
