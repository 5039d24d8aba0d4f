/* Crm\Dedup: thin wrappers over the keys, validators and duplicate index of src/core/dedup. */
#include "crm_php.h"
#include "zend_exceptions.h"

#include "core/dedup/keys.h"
#include "core/dedup/text.h"
#include "core/dedup/validate.h"
#include "core/dedup/index.h"
#include "core/phone/phone_meta.h"

typedef enum { CRM_KEY_COMPANY, CRM_KEY_PERSON, CRM_KEY_EMAIL } crm_key_kind;

/* The key of in, into out: the input itself when the key is the input (a stored key fed back in,
 * an address already in lower case), so nothing is allocated or copied; otherwise one string of
 * the key's exact length (an empty or one-byte key is PHP's interned string); null for text that
 * is not one e-mail address. The buffer is sized by the producer's documented bound, so it never
 * truncates: on the stack for ordinary names, from the heap beyond. false (with a
 * Crm\Dedup\Exception thrown) only when memory ran out. */
static zend_always_inline bool crm_key_of(crm_key_kind kind, zend_string *in, zval *out)
{
	char small[512];
	size_t n;

	if (kind == CRM_KEY_EMAIL) {
		/* An address is at most 254 bytes, but surrounding space and "mailto:" may come on top. */
		int e = ZSTR_LEN(in) > 4096 ? -1 : crm_email_key(ZSTR_VAL(in), ZSTR_LEN(in), small, 256);
		if (e < 0 || e >= 256) {
			ZVAL_NULL(out);
			return true;
		}
		n = (size_t) e;
	} else {
		size_t bound = kind == CRM_KEY_COMPANY ? CRM_COMPANY_KEY_MAX(ZSTR_LEN(in)) : CRM_PERSON_KEY_MAX(ZSTR_LEN(in));
		char *buf = bound <= sizeof small ? small : emalloc(bound);
		n = kind == CRM_KEY_COMPANY ? crm_company_key(ZSTR_VAL(in), ZSTR_LEN(in), buf, bound)
			: crm_person_key(ZSTR_VAL(in), ZSTR_LEN(in), buf, bound);
		if (n == CRM_DEDUP_NOMEM || n >= bound) {
			if (buf != small) {
				efree(buf);
			}
			zend_throw_exception(crm_ce_Dedup_Exception, "out of memory while building a key", 0);
			return false;
		}
		if (buf != small) {
			if (n == ZSTR_LEN(in) && memcmp(buf, ZSTR_VAL(in), n) == 0) {
				ZVAL_STR_COPY(out, in);
			} else {
				ZVAL_STRINGL_FAST(out, buf, n);
			}
			efree(buf);
			return true;
		}
	}
	if (n == ZSTR_LEN(in) && memcmp(small, ZSTR_VAL(in), n) == 0) {
		ZVAL_STR_COPY(out, in);
	} else {
		ZVAL_STRINGL_FAST(out, small, n);
	}
	return true;
}

static zend_always_inline void crm_key_function(INTERNAL_FUNCTION_PARAMETERS, crm_key_kind kind)
{
	zend_string *in;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(in)
	ZEND_PARSE_PARAMETERS_END();
	crm_key_of(kind, in, return_value);
}

ZEND_FUNCTION(Crm_Dedup_companyKey)
{
	crm_key_function(INTERNAL_FUNCTION_PARAM_PASSTHRU, CRM_KEY_COMPANY);
}

ZEND_FUNCTION(Crm_Dedup_personKey)
{
	crm_key_function(INTERNAL_FUNCTION_PARAM_PASSTHRU, CRM_KEY_PERSON);
}

ZEND_FUNCTION(Crm_Dedup_emailKey)
{
	crm_key_function(INTERNAL_FUNCTION_PARAM_PASSTHRU, CRM_KEY_EMAIL);
}

/* One value of a column: a string or an int (a name or a number read from a spreadsheet) gets
 * its key, null stays null; anything else is a TypeError. */
static zend_always_inline bool crm_key_value(crm_key_kind kind, zval *v, zval *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_STRING) {
		return crm_key_of(kind, Z_STR_P(v), out);
	}
	if (Z_TYPE_P(v) == IS_NULL) {
		ZVAL_NULL(out);
		return true;
	}
	if (Z_TYPE_P(v) == IS_LONG) {
		zend_string *s = zend_long_to_str(Z_LVAL_P(v));
		bool ok = crm_key_of(kind, s, out);
		zend_string_release(s);
		return ok;
	}
	zend_argument_type_error(1, "must contain only strings, ints or null, %s given", zend_zval_type_name(v));
	return false;
}

static bool crm_key_value_fn(const void *ctx, zval *v, zval *out)
{
	return crm_key_value(*(const crm_key_kind *) ctx, v, out);
}

/* The key function over a column: the same keys, each value its key (or null). */
static void crm_keys_function(INTERNAL_FUNCTION_PARAMETERS, crm_key_kind kind)
{
	HashTable *in;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(in)
	ZEND_PARSE_PARAMETERS_END();

	array_init_size(return_value, zend_hash_num_elements(in));
	if (!crm_map_values(in, return_value, crm_key_value_fn, &kind)) {
		RETURN_THROWS();
	}
}

ZEND_FUNCTION(Crm_Dedup_companyKeys)
{
	crm_keys_function(INTERNAL_FUNCTION_PARAM_PASSTHRU, CRM_KEY_COMPANY);
}

ZEND_FUNCTION(Crm_Dedup_personKeys)
{
	crm_keys_function(INTERNAL_FUNCTION_PARAM_PASSTHRU, CRM_KEY_PERSON);
}

ZEND_FUNCTION(Crm_Dedup_emailKeys)
{
	crm_keys_function(INTERNAL_FUNCTION_PARAM_PASSTHRU, CRM_KEY_EMAIL);
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

/* ---- Crm\Dedup\Index: ids and records in, dense integers to the core ---- */

typedef struct crm_index_obj {
	crm_dedup_index *ix;
	HashTable *ids;       /* dense id -> the caller's id (int or string), packed */
	HashTable *seen;      /* the caller's id -> dense id */
	crm_dedup_options opt;
	zend_object std;
} crm_index_obj;

static zend_object_handlers crm_index_handlers;

static inline crm_index_obj *crm_index_from(zend_object *o)
{
	return (crm_index_obj *) ((char *) o - XtOffsetOf(crm_index_obj, std));
}

static zend_object *crm_index_create(zend_class_entry *ce)
{
	crm_index_obj *x = zend_object_alloc(sizeof(crm_index_obj), ce);

	zend_object_std_init(&x->std, ce);
	object_properties_init(&x->std, ce);
	x->std.handlers = &crm_index_handlers;
	return &x->std;
}

static void crm_index_free(zend_object *o)
{
	crm_index_obj *x = crm_index_from(o);

	crm_dedup_index_free(x->ix);
	if (x->ids) {
		zend_array_destroy(x->ids);
	}
	if (x->seen) {
		zend_array_destroy(x->seen);
	}
	zend_object_std_dtor(&x->std);
}

void crm_dedup_minit(void)
{
	crm_ce_Dedup_Index->create_object = crm_index_create;
	memcpy(&crm_index_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	crm_index_handlers.offset = XtOffsetOf(crm_index_obj, std);
	crm_index_handlers.free_obj = crm_index_free;
	crm_index_handlers.clone_obj = NULL;
}

static crm_index_obj *crm_index_this(zval *this_ptr)
{
	crm_index_obj *x = crm_index_from(Z_OBJ_P(this_ptr));

	if (!x->ix) {
		zend_throw_error(NULL, "Crm\\Dedup\\Index was not constructed");
		return NULL;
	}
	return x;
}

/* A threshold argument: "auto", "review" or a float (an int widens) in [0, 1]. */
static bool crm_index_threshold(const crm_index_obj *x, zval *z, uint32_t arg, double *out)
{
	if (Z_TYPE_P(z) == IS_STRING) {
		if (zend_string_equals_literal(Z_STR_P(z), "auto")) {
			*out = x->opt.auto_threshold;
			return true;
		}
		if (zend_string_equals_literal(Z_STR_P(z), "review")) {
			*out = x->opt.review_threshold;
			return true;
		}
		zend_argument_value_error(arg, "must be \"auto\", \"review\" or a float between 0 and 1");
		return false;
	}
	if (Z_TYPE_P(z) == IS_DOUBLE || Z_TYPE_P(z) == IS_LONG) {
		double d = Z_TYPE_P(z) == IS_DOUBLE ? Z_DVAL_P(z) : (double) Z_LVAL_P(z);
		if (!(d >= 0.0 && d <= 1.0)) {
			zend_argument_value_error(arg, "must be between 0 and 1");
			return false;
		}
		*out = d;
		return true;
	}
	zend_argument_type_error(arg, "must be of type string|float, %s given", zend_zval_type_name(z));
	return false;
}

/* The core reads the record's strings during one call; ints become strings kept here. */
typedef struct crm_record_in {
	crm_dedup_record r;
	crm_dedup_text *phones, *emails;
	zend_string **tmp;
	size_t ntmp, ctmp;
} crm_record_in;

static void crm_record_in_free(crm_record_in *in)
{
	for (size_t i = 0; i < in->ntmp; i++) {
		zend_string_release(in->tmp[i]);
	}
	if (in->tmp) {
		efree(in->tmp);
	}
	if (in->phones) {
		efree(in->phones);
	}
	if (in->emails) {
		efree(in->emails);
	}
}

static bool crm_text_of(crm_record_in *in, zval *v, uint32_t arg, const char *field, bool allow_int, crm_dedup_text *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_NULL) {
		out->s = NULL;
		out->len = 0;
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		out->s = Z_STRVAL_P(v);
		out->len = Z_STRLEN_P(v);
		return true;
	}
	if (allow_int && Z_TYPE_P(v) == IS_LONG) {
		if (in->ntmp == in->ctmp) {
			in->ctmp = in->ctmp ? in->ctmp * 2 : 8;
			in->tmp = erealloc(in->tmp, in->ctmp * sizeof *in->tmp);
		}
		zend_string *s = zend_long_to_str(Z_LVAL_P(v));
		in->tmp[in->ntmp++] = s;
		out->s = ZSTR_VAL(s);
		out->len = ZSTR_LEN(s);
		return true;
	}
	zend_argument_type_error(arg, "field \"%s\" must be of type %s, %s given", field,
		allow_int ? "string|int|null" : "?string", zend_zval_type_name(v));
	return false;
}

static bool crm_list_of(crm_record_in *in, zval *v, uint32_t arg, const char *field, bool allow_int,
	crm_dedup_text **out, size_t *count)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		zend_argument_type_error(arg, "field \"%s\" must be of type array, %s given", field, zend_zval_type_name(v));
		return false;
	}
	HashTable *ht = Z_ARRVAL_P(v);
	zval *e;
	size_t n = 0;
	*out = safe_emalloc(zend_hash_num_elements(ht) + 1, sizeof **out, 0);
	ZEND_HASH_FOREACH_VAL(ht, e) {
		crm_dedup_text t;
		char name[32];
		snprintf(name, sizeof name, "%s[]", field);
		if (!crm_text_of(in, e, arg, name, allow_int, &t)) {
			return false;
		}
		if (t.s) {
			(*out)[n++] = t;
		}
	} ZEND_HASH_FOREACH_END();
	*count = n;
	return true;
}

static bool crm_record_from(HashTable *ht, uint32_t arg, crm_record_in *in)
{
	zend_string *k;
	zend_ulong h;
	zval *v;

	memset(in, 0, sizeof *in);
	ZEND_HASH_FOREACH_KEY_VAL(ht, h, k, v) {
		(void) h;
		crm_dedup_text *t = NULL;
		bool allow_int = false;
		if (!k) {
			zend_argument_value_error(arg, "must have string keys (record fields), integer key " ZEND_ULONG_FMT " given", h);
			return false;
		}
		const char *f = ZSTR_VAL(k);
		if (zend_string_equals_literal(k, "type")) {
			crm_dedup_text ty;
			if (!crm_text_of(in, v, arg, f, false, &ty)) {
				return false;
			}
			if (!ty.s) {
				in->r.type = CRM_DEDUP_AUTO_TYPE;
			} else if (ty.len == 7 && memcmp(ty.s, "company", 7) == 0) {
				in->r.type = CRM_DEDUP_COMPANY;
			} else if (ty.len == 7 && memcmp(ty.s, "contact", 7) == 0) {
				in->r.type = CRM_DEDUP_CONTACT;
			} else {
				zend_argument_value_error(arg, "field \"type\" must be \"company\" or \"contact\"");
				return false;
			}
			continue;
		}
		if (zend_string_equals_literal(k, "phones")) {
			if (!crm_list_of(in, v, arg, f, true, &in->phones, &in->r.phone_count)) {
				return false;
			}
			in->r.phones = in->phones;
			continue;
		}
		if (zend_string_equals_literal(k, "emails")) {
			if (!crm_list_of(in, v, arg, f, false, &in->emails, &in->r.email_count)) {
				return false;
			}
			in->r.emails = in->emails;
			continue;
		}
		if (zend_string_equals_literal(k, "name")) t = &in->r.name;
		else if (zend_string_equals_literal(k, "last_name")) t = &in->r.last_name;
		else if (zend_string_equals_literal(k, "first_name")) t = &in->r.first_name;
		else if (zend_string_equals_literal(k, "middle_name")) t = &in->r.middle_name;
		else if (zend_string_equals_literal(k, "company")) t = &in->r.company;
		else if (zend_string_equals_literal(k, "city")) t = &in->r.city;
		else if (zend_string_equals_literal(k, "region")) t = &in->r.region;
		else if (zend_string_equals_literal(k, "inn")) { t = &in->r.inn; allow_int = true; }
		else if (zend_string_equals_literal(k, "kpp")) { t = &in->r.kpp; allow_int = true; }
		else if (zend_string_equals_literal(k, "ogrn")) { t = &in->r.ogrn; allow_int = true; }
		else if (zend_string_equals_literal(k, "orgnr")) { t = &in->r.orgnr; allow_int = true; }
		if (!t) {
			zend_argument_value_error(arg, "has an unknown field \"%s\" (known: type, name, last_name, first_name, "
				"middle_name, company, inn, kpp, ogrn, orgnr, phones, emails, city, region)", f);
			return false;
		}
		if (!crm_text_of(in, v, arg, f, allow_int, t)) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	if (in->r.region.len && !crm_phone_territory_by_region(in->r.region.s, in->r.region.len)) {
		zend_argument_value_error(arg, "field \"region\" must be a region code known to the phone metadata, such as \"RU\" or \"SE\"");
		return false;
	}
	return true;
}

ZEND_METHOD(Crm_Dedup_Index, __construct)
{
	HashTable *options = NULL;
	crm_index_obj *x = crm_index_from(Z_OBJ_P(ZEND_THIS));
	crm_dedup_options o;
	zend_string *k;
	zval *v;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	if (x->ix) {
		zend_throw_error(NULL, "Crm\\Dedup\\Index is already constructed");
		RETURN_THROWS();
	}
	crm_dedup_options_default(&o);
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, k, v) {
			ZVAL_DEREF(v);
			if (k && zend_string_equals_literal(k, "thresholds")) {
				zend_string *tk;
				zval *tv;
				if (Z_TYPE_P(v) != IS_ARRAY) {
					zend_argument_type_error(1, "option \"thresholds\" must be of type array, %s given", zend_zval_type_name(v));
					RETURN_THROWS();
				}
				ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), tk, tv) {
					double *dst = !tk ? NULL : zend_string_equals_literal(tk, "auto") ? &o.auto_threshold
						: zend_string_equals_literal(tk, "review") ? &o.review_threshold : NULL;
					ZVAL_DEREF(tv);
					if (!dst) {
						zend_argument_value_error(1, "option \"thresholds\" takes only the keys \"auto\" and \"review\"");
						RETURN_THROWS();
					}
					if (Z_TYPE_P(tv) != IS_DOUBLE && Z_TYPE_P(tv) != IS_LONG) {
						zend_argument_type_error(1, "threshold \"%s\" must be of type float, %s given", ZSTR_VAL(tk), zend_zval_type_name(tv));
						RETURN_THROWS();
					}
					*dst = Z_TYPE_P(tv) == IS_DOUBLE ? Z_DVAL_P(tv) : (double) Z_LVAL_P(tv);
					if (!(*dst >= 0.0 && *dst <= 1.0)) {
						zend_argument_value_error(1, "threshold \"%s\" must be between 0 and 1", ZSTR_VAL(tk));
						RETURN_THROWS();
					}
				} ZEND_HASH_FOREACH_END();
			} else if (k && zend_string_equals_literal(k, "region")) {
				if (Z_TYPE_P(v) != IS_STRING) {
					zend_argument_type_error(1, "option \"region\" must be of type string, %s given", zend_zval_type_name(v));
					RETURN_THROWS();
				}
				if (Z_STRLEN_P(v) != 2 || !crm_phone_territory_by_region(Z_STRVAL_P(v), 2)) {
					zend_argument_value_error(1, "option \"region\" must be a region code known to the phone metadata, such as \"RU\" or \"SE\"");
					RETURN_THROWS();
				}
				o.region[0] = (char) (Z_STRVAL_P(v)[0] & ~0x20);
				o.region[1] = (char) (Z_STRVAL_P(v)[1] & ~0x20);
				o.region[2] = 0;
			} else {
				zend_argument_value_error(1, "has an unknown option \"%s\" (known: thresholds, region)", k ? ZSTR_VAL(k) : "(integer key)");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (o.review_threshold > o.auto_threshold) {
		zend_argument_value_error(1, "threshold \"review\" must not be above \"auto\"");
		RETURN_THROWS();
	}
	x->ix = crm_dedup_index_new(&o);
	if (!x->ix) {
		zend_throw_exception(crm_ce_Dedup_Exception, "out of memory while creating the index", 0);
		RETURN_THROWS();
	}
	x->opt = o;
	x->ids = zend_new_array(0);
	zend_hash_real_init_packed(x->ids);
	x->seen = zend_new_array(0);
}

ZEND_METHOD(Crm_Dedup_Index, add)
{
	zval *id;
	HashTable *record;
	crm_index_obj *x;
	crm_record_in in;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(id)
		Z_PARAM_ARRAY_HT(record)
	ZEND_PARSE_PARAMETERS_END();

	if (!(x = crm_index_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(id) != IS_LONG && Z_TYPE_P(id) != IS_STRING) {
		zend_argument_type_error(1, "must be of type string|int, %s given", zend_zval_type_name(id));
		RETURN_THROWS();
	}
	if (Z_TYPE_P(id) == IS_LONG ? zend_hash_index_exists(x->seen, (zend_ulong) Z_LVAL_P(id))
		: zend_symtable_exists(x->seen, Z_STR_P(id))) {
		if (Z_TYPE_P(id) == IS_LONG) {
			zend_argument_value_error(1, "is already in the index (id " ZEND_LONG_FMT ")", Z_LVAL_P(id));
		} else {
			zend_argument_value_error(1, "is already in the index (id \"%s\")", Z_STRVAL_P(id));
		}
		RETURN_THROWS();
	}
	if (!crm_record_from(record, 2, &in)) {
		crm_record_in_free(&in);
		RETURN_THROWS();
	}
	int64_t dense = crm_dedup_index_add(x->ix, &in.r);
	crm_record_in_free(&in);
	if (dense < 0) {
		zend_throw_exception(crm_ce_Dedup_Exception, "out of memory while adding a card", 0);
		RETURN_THROWS();
	}
	zval d;
	ZVAL_LONG(&d, (zend_long) dense);
	if (Z_TYPE_P(id) == IS_LONG) {
		zend_hash_index_add_new(x->seen, (zend_ulong) Z_LVAL_P(id), &d);
	} else {
		zend_symtable_add_new(x->seen, Z_STR_P(id), &d);
	}
	Z_TRY_ADDREF_P(id);
	zend_hash_next_index_insert_new(x->ids, id);
}

ZEND_METHOD(Crm_Dedup_Index, match)
{
	HashTable *record;
	zend_long limit = 10;
	zval *threshold = NULL;
	double th;
	crm_index_obj *x;
	crm_record_in in;
	crm_dedup_match *m;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_ARRAY_HT(record)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
		Z_PARAM_ZVAL(threshold)
	ZEND_PARSE_PARAMETERS_END();

	if (!(x = crm_index_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (limit < 0) {
		zend_argument_value_error(2, "must be greater than or equal to 0");
		RETURN_THROWS();
	}
	if (threshold) {
		if (!crm_index_threshold(x, threshold, 3, &th)) {
			RETURN_THROWS();
		}
	} else {
		th = x->opt.review_threshold;
	}
	if (!crm_record_from(record, 1, &in)) {
		crm_record_in_free(&in);
		RETURN_THROWS();
	}
	int64_t n = crm_dedup_index_match(x->ix, &in.r, (size_t) limit, th, &m);
	crm_record_in_free(&in);
	if (n < 0) {
		zend_throw_exception(crm_ce_Dedup_Exception, "out of memory while matching", 0);
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) n);
	for (int64_t i = 0; i < n; i++) {
		zval row, reasons, *id = zend_hash_index_find(x->ids, m[i].id);
		array_init_size(&row, 3);
		Z_TRY_ADDREF_P(id);
		add_next_index_zval(&row, id);
		add_next_index_double(&row, m[i].score);
		array_init_size(&reasons, m[i].reason_count);
		for (size_t off = 0; off < m[i].reasons_len; off += strlen(m[i].reasons + off) + 1) {
			add_next_index_string(&reasons, m[i].reasons + off);
		}
		add_next_index_zval(&row, &reasons);
		add_next_index_zval(return_value, &row);
	}
	crm_dedup_matches_free(m, (size_t) n);
}

ZEND_METHOD(Crm_Dedup_Index, clusters)
{
	zval *threshold = NULL;
	double th;
	crm_index_obj *x;
	uint32_t *members;
	size_t *starts;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ZVAL(threshold)
	ZEND_PARSE_PARAMETERS_END();

	if (!(x = crm_index_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (threshold) {
		if (!crm_index_threshold(x, threshold, 1, &th)) {
			RETURN_THROWS();
		}
	} else {
		th = x->opt.auto_threshold;
	}
	int64_t n = crm_dedup_index_clusters(x->ix, th, &members, &starts);
	if (n < 0) {
		zend_throw_exception(crm_ce_Dedup_Exception, "out of memory while clustering", 0);
		RETURN_THROWS();
	}
	array_init_size(return_value, (uint32_t) n);
	for (int64_t c = 0; c < n; c++) {
		zval group;
		array_init_size(&group, (uint32_t) (starts[c + 1] - starts[c]));
		for (size_t i = starts[c]; i < starts[c + 1]; i++) {
			zval *id = zend_hash_index_find(x->ids, members[i]);
			Z_TRY_ADDREF_P(id);
			add_next_index_zval(&group, id);
		}
		add_next_index_zval(return_value, &group);
	}
	free(members);
	free(starts);
}
