/* Unit tests of the duplicate index: blocking, scoring rules, coherent clusters, reasons. */
#include "check.h"
#include "dedup/index.h"

#include <stdlib.h>

#define T(lit) ((crm_dedup_text) { (lit), sizeof(lit) - 1 })

static crm_dedup_text phones_buf[8], emails_buf[8];

/* A contact: "Last First", company, one phone, one e-mail (either may be NULL). */
static crm_dedup_record contact(const char *name, const char *company, const char *phone, const char *email)
{
	crm_dedup_record r;
	memset(&r, 0, sizeof r);
	r.type = CRM_DEDUP_CONTACT;
	r.name = (crm_dedup_text) { name, strlen(name) };
	if (company) {
		r.company = (crm_dedup_text) { company, strlen(company) };
	}
	if (phone) {
		phones_buf[0] = (crm_dedup_text) { phone, strlen(phone) };
		r.phones = phones_buf;
		r.phone_count = 1;
	}
	if (email) {
		emails_buf[0] = (crm_dedup_text) { email, strlen(email) };
		r.emails = emails_buf;
		r.email_count = 1;
	}
	return r;
}

static crm_dedup_record company(const char *name, const char *inn, const char *kpp, const char *phone)
{
	crm_dedup_record r;
	memset(&r, 0, sizeof r);
	r.type = CRM_DEDUP_COMPANY;
	r.name = (crm_dedup_text) { name, strlen(name) };
	if (inn) {
		r.inn = (crm_dedup_text) { inn, strlen(inn) };
	}
	if (kpp) {
		r.kpp = (crm_dedup_text) { kpp, strlen(kpp) };
	}
	if (phone) {
		phones_buf[0] = (crm_dedup_text) { phone, strlen(phone) };
		r.phones = phones_buf;
		r.phone_count = 1;
	}
	return r;
}

static crm_dedup_index *fresh(void)
{
	crm_dedup_index *ix = crm_dedup_index_new(NULL);
	CHECK(ix != NULL);
	return ix;
}

static double pair(crm_dedup_index *ix, uint32_t a, uint32_t b)
{
	return crm_dedup_index_pair(ix, a, b, NULL);
}

static bool has_reason(crm_dedup_index *ix, uint32_t a, uint32_t b, const char *needle)
{
	crm_dedup_match m;
	crm_dedup_index_pair(ix, a, b, &m);
	bool found = false;
	for (size_t off = 0; off < m.reasons_len; off += strlen(m.reasons + off) + 1) {
		found |= strstr(m.reasons + off, needle) != NULL;
	}
	free(m.reasons);
	return found;
}

/* Number of clusters and whether a and b are together. */
static int64_t together(crm_dedup_index *ix, double th, uint32_t a, uint32_t b, bool *same)
{
	uint32_t *mem;
	size_t *st;
	int64_t n = crm_dedup_index_clusters(ix, th, &mem, &st);
	*same = false;
	for (int64_t c = 0; c < n; c++) {
		bool ha = false, hb = false;
		for (size_t i = st[c]; i < st[c + 1]; i++) {
			ha |= mem[i] == a;
			hb |= mem[i] == b;
		}
		*same |= ha && hb;
	}
	free(mem);
	free(st);
	return n;
}

static void test_options(void)
{
	crm_dedup_options o;
	crm_dedup_options_default(&o);
	CHECK(o.auto_threshold == 0.9 && o.review_threshold == 0.7);
	o.review_threshold = 0.95;
	CHECK(crm_dedup_index_new(&o) == NULL);   /* review above auto */
	crm_dedup_options_default(&o);
	memcpy(o.region, "XX", 3);
	CHECK(crm_dedup_index_new(&o) == NULL);
	crm_dedup_index *ix = fresh();
	CHECK(crm_dedup_index_count(ix) == 0);
	uint32_t *m;
	size_t *s;
	CHECK(crm_dedup_index_clusters(ix, 0.9, &m, &s) == 0);
	free(m);
	free(s);
	crm_dedup_index_free(ix);
	crm_dedup_index_free(NULL);
}

static void test_switchboard(void)
{
	crm_dedup_index *ix = fresh();
	crm_dedup_record r;
	const char *names[] = { "Иванов Иван", "Петрова Мария", "Сидоров Олег", "Кузнецова Анна", "Смирнов Павел" };
	for (int i = 0; i < 5; i++) {
		r = contact(names[i], "ООО Ромашка", "+7 (495) 123-45-67", NULL);
		CHECK(crm_dedup_index_add(ix, &r) == i);
	}
	r = contact("Ivanov Ivan", "Romashka LLC", "8 495 1234567", "i.ivanov@romashka.ru");
	CHECK(crm_dedup_index_add(ix, &r) == 5);
	/* colleagues on one switchboard never score */
	CHECK(pair(ix, 0, 1) < 0.3);
	CHECK(pair(ix, 2, 4) < 0.3);
	CHECK(has_reason(ix, 0, 1, "shared by 6 cards"));
	/* the same person in Latin letters: still found */
	CHECK(pair(ix, 0, 5) >= 0.7);
	CHECK(has_reason(ix, 0, 5, "same name ivan ivanov"));
	bool same;
	together(ix, 0.7, 0, 1, &same);
	CHECK(!same);
	together(ix, 0.7, 0, 5, &same);
	CHECK(same);
	crm_dedup_index_free(ix);
}

static void test_shared_mailbox(void)
{
	crm_dedup_index *ix = fresh();
	crm_dedup_record r = contact("Орлова Елена", "ООО Вектор", NULL, "buh@vektor.ru");
	crm_dedup_index_add(ix, &r);
	r = contact("Лебедев Артём", "ООО Вектор", NULL, "buh@vektor.ru");
	crm_dedup_index_add(ix, &r);
	r = contact("Yelena Orlova", NULL, NULL, "BUH@vektor.ru");
	crm_dedup_index_add(ix, &r);
	CHECK(pair(ix, 0, 1) < 0.3);
	CHECK(pair(ix, 0, 2) >= 0.7);
	CHECK(pair(ix, 1, 2) < 0.3);
	crm_dedup_index_free(ix);
}

static void test_branch_and_inn(void)
{
	crm_dedup_index *ix = fresh();
	crm_dedup_record r = company("ПАО Сбербанк", "7707083893", "773601001", NULL);
	crm_dedup_index_add(ix, &r);
	r = company("Сбербанк, ПАО", "7707083893", "773601001", NULL);       /* 1: same card */
	crm_dedup_index_add(ix, &r);
	r = company("ПАО Сбербанк", "7707083893", "784243001", NULL);        /* 2: a branch */
	crm_dedup_index_add(ix, &r);
	r = company("Сбербанк", "7707083839", NULL, "+7 495 500-55-50");     /* 3: INN typo */
	crm_dedup_index_add(ix, &r);
	r = company("Публичное акционерное общество Сбербанк", "7707083893", NULL, "84955005550"); /* 4 */
	crm_dedup_index_add(ix, &r);
	r = company("ООО Сбербанк", "7736207543", NULL, NULL);               /* 5: other INN */
	crm_dedup_index_add(ix, &r);
	CHECK(pair(ix, 0, 1) >= 0.9);
	CHECK(has_reason(ix, 0, 1, "same INN 7707083893"));
	CHECK(pair(ix, 0, 2) <= 0.5);
	CHECK(has_reason(ix, 0, 2, "a branch"));
	CHECK(pair(ix, 3, 4) >= 0.9);   /* typo INN + same phone + same name */
	CHECK(has_reason(ix, 3, 4, "typo"));
	CHECK(pair(ix, 3, 5) < 0.5);    /* a typo INN alone is not proof */
	CHECK(pair(ix, 0, 5) < 0.1);
	bool same;
	together(ix, 0.9, 0, 2, &same);
	CHECK(!same);
	together(ix, 0.9, 0, 4, &same);
	CHECK(same);
	crm_dedup_index_free(ix);
}

static void test_names(void)
{
	crm_dedup_index *ix = fresh();
	crm_dedup_record r = contact("Щукина Юлия Сергеевна", "ООО «Ромашка»", "+7 916 111-22-33", NULL);
	crm_dedup_index_add(ix, &r);
	r = contact("Iuliia Shchukina", "Romashka", NULL, NULL);
	crm_dedup_index_add(ix, &r);
	r = contact("Yulia Shukina", "ООО Ромашка", "89161112233", NULL);     /* typo + transliteration */
	crm_dedup_index_add(ix, &r);
	r = contact("Юлия Щукина", "Ромашка ООО", NULL, NULL);                 /* swapped + legal form */
	crm_dedup_index_add(ix, &r);
	CHECK(pair(ix, 0, 2) >= 0.9);
	CHECK(pair(ix, 0, 3) >= 0.7);
	CHECK(has_reason(ix, 0, 3, "same company \"ромашка\""));
	crm_dedup_index_free(ix);
}

static void test_match_incremental(void)
{
	crm_dedup_index *ix = fresh();
	crm_dedup_record r = company("ООО Ромашка", "7710140679", NULL, "+7 495 765-43-21");
	crm_dedup_index_add(ix, &r);
	r = company("ООО Лютик", NULL, NULL, "+7 495 765-43-22");
	crm_dedup_index_add(ix, &r);
	crm_dedup_match *m;
	crm_dedup_record q = company("Ромашка", NULL, NULL, "8 (495) 765 43 21");
	int64_t n = crm_dedup_index_match(ix, &q, 10, 0.7, &m);
	CHECK(n == 1);
	if (n == 1) {
		CHECK(m[0].id == 0 && m[0].score >= 0.7);
		CHECK(m[0].reason_count >= 2);
		CHECK(strstr(m[0].reasons, "phone +74957654321") || strstr(m[0].reasons + strlen(m[0].reasons) + 1, "phone +74957654321"));
	}
	crm_dedup_matches_free(m, (size_t) n);
	CHECK(crm_dedup_index_count(ix) == 2);   /* match does not add */
	n = crm_dedup_index_match(ix, &q, 0, 0.0, &m);
	CHECK(n == 0);
	crm_dedup_matches_free(m, 0);
	crm_dedup_index_free(ix);
}

/* One card close to two groups that are not close to each other must not join them. */
static void test_no_bridge(void)
{
	crm_dedup_index *ix = fresh();
	crm_dedup_record r;
	r = contact("Иванов Пётр", "ООО Альфа", "+7 916 000-00-01", "petr@alfa.ru"); crm_dedup_index_add(ix, &r);
	r = contact("Ivanov Petr", "ООО Альфа", "+7 916 000-00-01", "petr@alfa.ru"); crm_dedup_index_add(ix, &r);
	r = contact("Иванов Павел", "ООО Альфа", "+7 916 000-00-02", "pavel@alfa.ru"); crm_dedup_index_add(ix, &r);
	r = contact("Ivanov Pavel", "ООО Альфа", "+7 916 000-00-02", "pavel@alfa.ru"); crm_dedup_index_add(ix, &r);
	/* the bridge: initial only, both phones */
	crm_dedup_text ph[2] = { T("+7 916 000-00-01"), T("+7 916 000-00-02") };
	r = contact("Иванов П.", "ООО Альфа", NULL, NULL);
	r.phones = ph;
	r.phone_count = 2;
	crm_dedup_index_add(ix, &r);
	bool same;
	together(ix, 0.7, 0, 2, &same);
	CHECK(!same);
	together(ix, 0.7, 0, 1, &same);
	CHECK(same);
	together(ix, 0.7, 2, 3, &same);
	CHECK(same);
	crm_dedup_index_free(ix);
}

int main(void)
{
	test_options();
	test_switchboard();
	test_shared_mailbox();
	test_branch_and_inn();
	test_names();
	test_match_incremental();
	test_no_bridge();
	return CHECK_DONE();
}
