/* Crm\Dedup functions: thin wrappers over the keys and validators of src/core/dedup. */
#include "crm_php.h"
#include "zend_exceptions.h"

#include "core/dedup/keys.h"
#include "core/dedup/text.h"
#include "core/dedup/validate.h"

typedef size_t (*crm_key_fn)(const char *s, size_t len, char *out, size_t cap);

/* Runs a key producer into a buffer sized by its documented bound, so it never truncates. */
static void crm_return_key(zval *return_value, crm_key_fn fn, const zend_string *in, size_t bound)
{
	char small[512];
	char *buf = bound <= sizeof small ? small : emalloc(bound);
	size_t n = fn(ZSTR_VAL(in), ZSTR_LEN(in), buf, bound);

	if (n == CRM_DEDUP_NOMEM || n >= bound) {
		if (buf != small) {
			efree(buf);
		}
		zend_throw_exception(crm_ce_Dedup_Exception, "out of memory while building a key", 0);
		return;
	}
	RETVAL_STRINGL_FAST(buf, n);
	if (buf != small) {
		efree(buf);
	}
}

ZEND_FUNCTION(Crm_Dedup_companyKey)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	crm_return_key(return_value, crm_company_key, name, CRM_COMPANY_KEY_MAX(ZSTR_LEN(name)));
}

ZEND_FUNCTION(Crm_Dedup_personKey)
{
	zend_string *name;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();
	crm_return_key(return_value, crm_person_key, name, CRM_PERSON_KEY_MAX(ZSTR_LEN(name)));
}

ZEND_FUNCTION(Crm_Dedup_emailKey)
{
	zend_string *email;
	char buf[256];
	int n;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(email)
	ZEND_PARSE_PARAMETERS_END();

	/* An address is at most 254 bytes, but surrounding space and "mailto:" may come on top. */
	if (ZSTR_LEN(email) > 4096) {
		RETURN_NULL();
	}
	n = crm_email_key(ZSTR_VAL(email), ZSTR_LEN(email), buf, sizeof buf);
	if (n < 0 || (size_t) n >= sizeof buf) {
		RETURN_NULL();
	}
	RETURN_STRINGL_FAST(buf, (size_t) n);
}

#define CRM_VALIDATOR(php_name, core_fn) \
	ZEND_FUNCTION(php_name) \
	{ \
		zend_string *s; \
		ZEND_PARSE_PARAMETERS_START(1, 1) \
			Z_PARAM_STR(s) \
		ZEND_PARSE_PARAMETERS_END(); \
		RETURN_BOOL(core_fn(ZSTR_VAL(s), ZSTR_LEN(s))); \
	}

CRM_VALIDATOR(Crm_Dedup_validInn, crm_valid_inn)
CRM_VALIDATOR(Crm_Dedup_validOgrn, crm_valid_ogrn)
CRM_VALIDATOR(Crm_Dedup_validKpp, crm_valid_kpp)
CRM_VALIDATOR(Crm_Dedup_validOrgnr, crm_valid_orgnr)

ZEND_FUNCTION(Crm_Dedup_similarity)
{
	zend_string *a, *b;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(a)
		Z_PARAM_STR(b)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_DOUBLE(crm_similarity(ZSTR_VAL(a), ZSTR_LEN(a), ZSTR_VAL(b), ZSTR_LEN(b)));
}
