/* Crm\Phone: arguments in, src/core/phone/phone_parse out as strings, arrays and PhoneNumber objects. */
#include "crm_php.h"
#include "zend_exceptions.h"

#include "core/phone/phone_parse.h"

zend_class_entry *crm_ce_Phone_PhoneNumber;

/* Property slots of PhoneNumber, in the stub's declaration order. */
enum {
	PROP_RAW, PROP_VALID, PROP_E164, PROP_COUNTRY_CODE, PROP_REGION, PROP_TYPE, PROP_EXTENSION, PROP_ERROR,
	PROP_COUNT
};

/* Two-letter region code to territory, filled once in MINIT and read-only after: every call
 * names its region, and a table index is cheaper than a bisection with string compares. */
static const crm_phone_territory *crm_phone_regions[26 * 26];

void crm_phone_minit(void)
{
	for (size_t i = 0; i < crm_phone_territory_total(); i++) {
		const crm_phone_territory *t = crm_phone_territory_at(i);
		if (t->region[0] >= 'A' && t->region[0] <= 'Z' && t->region[1] >= 'A' && t->region[1] <= 'Z' && !t->region[2]) {
			crm_phone_regions[(t->region[0] - 'A') * 26 + (t->region[1] - 'A')] = t;
		}
	}
}

static const crm_phone_territory *crm_phone_region_of(const zend_string *region)
{
	if (ZSTR_LEN(region) != 2) {
		return NULL;
	}
	unsigned a = ((unsigned char) ZSTR_VAL(region)[0] | 0x20) - 'a', b = ((unsigned char) ZSTR_VAL(region)[1] | 0x20) - 'a';
	return a < 26 && b < 26 ? crm_phone_regions[a * 26 + b] : NULL;
}

/* Region and area code arguments (positions 2 and 3 of every function) to a parse context. */
static bool crm_phone_context_from(zend_string *region, zend_string *area, crm_phone_context *ctx)
{
	ctx->region = region ? crm_phone_region_of(region) : crm_phone_regions[('R' - 'A') * 26 + ('U' - 'A')];
	if (!ctx->region) {
		zend_argument_value_error(2, "must be a region code known to the phone metadata, such as \"RU\" or \"SE\"");
		return false;
	}
	ctx->area = NULL;
	ctx->area_len = 0;
	if (area) {
		if (!crm_phone_area_code_ok(ZSTR_VAL(area), ZSTR_LEN(area))) {
			zend_argument_value_error(3, "must be 1 to 8 digits (an area code such as \"495\") or null");
			return false;
		}
		ctx->area = ZSTR_VAL(area);
		ctx->area_len = ZSTR_LEN(area);
	}
	return true;
}

#define CRM_PHONE_ARGS(first) \
	zend_string *region = NULL, *area = NULL; \
	crm_phone_context ctx; \
	ZEND_PARSE_PARAMETERS_START(1, 3) \
		first \
		Z_PARAM_OPTIONAL \
		Z_PARAM_STR(region) \
		Z_PARAM_STR_OR_NULL(area) \
	ZEND_PARSE_PARAMETERS_END(); \
	if (!crm_phone_context_from(region, area, &ctx)) { \
		RETURN_THROWS(); \
	}

static zend_always_inline zend_string *crm_phone_e164_string(const crm_phone_result *r)
{
	/* zend_string_init() with the copy inlined: 3..16 bytes as two overlapping 8-byte moves
	 * (r->e164 has 17 bytes), not a call to memcpy for a dozen bytes per number */
	size_t len = r->e164_len;
	zend_string *s = zend_string_alloc(len, 0);
	char *v = ZSTR_VAL(s);
	if (len >= 8) {
		memcpy(v, r->e164, 8);
		memcpy(v + len - 8, r->e164 + len - 8, 8);
	} else {
		for (size_t i = 0; i < len; i++) {
			v[i] = r->e164[i];
		}
	}
	v[len] = '\0';
	return s;
}

/* The result as a string; an input that already is that E.164 text is shared, not copied
 * (a column normalised before and imported again). */
static zend_always_inline zend_string *crm_phone_e164_of(zend_string *raw, const crm_phone_result *r)
{
	if (ZSTR_LEN(raw) == r->e164_len && memcmp(ZSTR_VAL(raw), r->e164, r->e164_len) == 0) {
		return zend_string_copy(raw);
	}
	return crm_phone_e164_string(r);
}

/* A PhoneNumber with every property set; raw is taken (a reference is added). */
static void crm_phone_number_object(zval *out, zend_string *raw, const crm_phone_result *r)
{
	zend_object *obj;
	zval *p;

	object_init_ex(out, crm_ce_Phone_PhoneNumber);
	obj = Z_OBJ_P(out);
	p = OBJ_PROP_NUM(obj, 0);
	ZVAL_STR_COPY(&p[PROP_RAW], raw);
	ZVAL_BOOL(&p[PROP_VALID], r->valid);
	if (r->valid) {
		const char *type = crm_phone_type_api_name(r->type);
		ZVAL_STR(&p[PROP_E164], crm_phone_e164_string(r));
		ZVAL_LONG(&p[PROP_COUNTRY_CODE], r->country_code);
		ZVAL_STR(&p[PROP_REGION], zend_string_init(r->territory->region, strlen(r->territory->region), 0));
		if (type) {
			ZVAL_STR(&p[PROP_TYPE], zend_string_init(type, strlen(type), 0));
		} else {
			ZVAL_NULL(&p[PROP_TYPE]);
		}
		ZVAL_NULL(&p[PROP_ERROR]);
	} else {
		const char *error = crm_phone_error_name(r->error);
		ZVAL_NULL(&p[PROP_E164]);
		ZVAL_NULL(&p[PROP_COUNTRY_CODE]);
		ZVAL_NULL(&p[PROP_REGION]);
		ZVAL_NULL(&p[PROP_TYPE]);
		ZVAL_STR(&p[PROP_ERROR], zend_string_init(error, strlen(error), 0));
	}
	if (r->ext_len) {
		ZVAL_STR(&p[PROP_EXTENSION], zend_string_init(r->ext, r->ext_len, 0));
	} else {
		ZVAL_NULL(&p[PROP_EXTENSION]);
	}
}

ZEND_FUNCTION(Crm_Phone_normalize)
{
	zend_string *raw;
	crm_phone_result r;
	CRM_PHONE_ARGS(Z_PARAM_STR(raw))

	crm_phone_parse(&ctx, ZSTR_VAL(raw), ZSTR_LEN(raw), &r);
	if (!r.valid) {
		RETURN_NULL();
	}
	RETURN_STR(crm_phone_e164_of(raw, &r));
}

ZEND_FUNCTION(Crm_Phone_parse)
{
	zend_string *raw;
	crm_phone_result r;
	CRM_PHONE_ARGS(Z_PARAM_STR(raw))

	crm_phone_parse(&ctx, ZSTR_VAL(raw), ZSTR_LEN(raw), &r);
	crm_phone_number_object(return_value, raw, &r);
}

ZEND_FUNCTION(Crm_Phone_extract)
{
	zend_string *cell;
	crm_phone_cell c;
	crm_phone_result r;
	size_t off, len;
	CRM_PHONE_ARGS(Z_PARAM_STR(cell))

	array_init(return_value);
	crm_phone_cell_init(&c, &ctx, ZSTR_VAL(cell), ZSTR_LEN(cell));
	while (crm_phone_cell_next(&c, &r, &off, &len)) {
		zval item;
		zend_string *raw = off == 0 && len == ZSTR_LEN(cell)
			? zend_string_copy(cell) : zend_string_init(ZSTR_VAL(cell) + off, len, 0);
		crm_phone_number_object(&item, raw, &r);
		zend_string_release(raw);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &item);
	}
}

/* One value of normalizeMany() to its result; false (a TypeError thrown) for a value of another type. */
static zend_always_inline bool crm_phone_normalize_value(const crm_phone_context *ctx, zval *v, zval *out)
{
	crm_phone_result r;
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_STRING) {
		crm_phone_parse(ctx, Z_STRVAL_P(v), Z_STRLEN_P(v), &r);
	} else if (Z_TYPE_P(v) == IS_LONG) {
		/* An Excel column read as integers: 79161234567 */
		char buf[MAX_LENGTH_OF_LONG + 1];
		int n = snprintf(buf, sizeof buf, ZEND_LONG_FMT, Z_LVAL_P(v));
		crm_phone_parse(ctx, buf, (size_t) n, &r);
	} else if (Z_TYPE_P(v) == IS_NULL) {
		r.valid = false;
	} else {
		zend_argument_type_error(1, "must contain only strings, ints or null, %s given", zend_zval_type_name(v));
		return false;
	}
	if (r.valid) {
		ZVAL_STR(out, Z_TYPE_P(v) == IS_STRING ? crm_phone_e164_of(Z_STR_P(v), &r) : crm_phone_e164_string(&r));
	} else {
		ZVAL_NULL(out);
	}
	return true;
}

static bool crm_phone_value_fn(const void *ctx, zval *v, zval *out)
{
	return crm_phone_normalize_value(ctx, v, out);
}

ZEND_FUNCTION(Crm_Phone_normalizeMany)
{
	HashTable *raws;
	zval out = { 0 };   /* value unset by null results; copied whole by ZEND_HASH_FILL_SET */
	CRM_PHONE_ARGS(Z_PARAM_ARRAY_HT(raws))

	array_init_size(return_value, zend_hash_num_elements(raws));
	if (HT_IS_PACKED(raws) && HT_IS_WITHOUT_HOLES(raws)) {
		/* A list (a column read from a file): the result is a list filled in place, without a
		 * hash insert per value. */
		zval *data = raws->arPacked;
		uint32_t count = raws->nNumUsed;
		zend_hash_real_init_packed(Z_ARRVAL_P(return_value));
		ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(return_value)) {
			for (uint32_t i = 0; i < count; ) {
				zval *a = &data[i], *b = i + 1 < count ? &data[i + 1] : NULL;
				ZVAL_DEREF(a);
				if (b) {
					ZVAL_DEREF(b);
				}
				if (b && Z_TYPE_P(a) == IS_STRING && Z_TYPE_P(b) == IS_STRING) {
					/* two strings (the usual column): parsed together, their table walks interleaved */
					crm_phone_result ra, rb;
					crm_phone_parse2(&ctx, Z_STRVAL_P(a), Z_STRLEN_P(a), Z_STRVAL_P(b), Z_STRLEN_P(b), &ra, &rb);
					if (ra.valid) {
						ZVAL_STR(&out, crm_phone_e164_of(Z_STR_P(a), &ra));
					} else {
						ZVAL_NULL(&out);
					}
					ZEND_HASH_FILL_SET(&out);
					ZEND_HASH_FILL_NEXT();
					if (rb.valid) {
						ZVAL_STR(&out, crm_phone_e164_of(Z_STR_P(b), &rb));
					} else {
						ZVAL_NULL(&out);
					}
					ZEND_HASH_FILL_SET(&out);
					ZEND_HASH_FILL_NEXT();
					i += 2;
					continue;
				}
				if (!crm_phone_normalize_value(&ctx, a, &out)) {
					ZEND_HASH_FILL_FINISH();
					zval_ptr_dtor(return_value);
					ZVAL_NULL(return_value);   /* the engine releases return_value after a throw too */
					RETURN_THROWS();
				}
				ZEND_HASH_FILL_SET(&out);
				ZEND_HASH_FILL_NEXT();
				i++;
			}
		} ZEND_HASH_FILL_END();
		return;
	}
	if (!crm_map_values(raws, return_value, crm_phone_value_fn, &ctx)) {
		RETURN_THROWS();
	}
}

ZEND_METHOD(Crm_Phone_PhoneNumber, __construct)
{
	/* private: PhoneNumber objects come from parse() and extract() */
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(Crm_Phone_PhoneNumber, format)
{
	zend_string *style = NULL;
	crm_phone_style s = CRM_PHONE_INTERNATIONAL;
	zval *p = OBJ_PROP_NUM(Z_OBJ_P(ZEND_THIS), 0);
	char out[64];
	size_t n, off, len;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(style)
	ZEND_PARSE_PARAMETERS_END();

	if (style) {
		if (zend_string_equals_literal(style, "e164")) {
			s = CRM_PHONE_E164;
		} else if (zend_string_equals_literal(style, "international")) {
			s = CRM_PHONE_INTERNATIONAL;
		} else if (zend_string_equals_literal(style, "national")) {
			s = CRM_PHONE_NATIONAL;
		} else {
			zend_argument_value_error(1, "must be \"e164\", \"international\" or \"national\"");
			RETURN_THROWS();
		}
	}
	if (Z_TYPE(p[PROP_E164]) == IS_STRING && Z_TYPE(p[PROP_VALID]) == IS_TRUE
		&& (n = crm_phone_format_e164(Z_STRVAL(p[PROP_E164]), Z_STRLEN(p[PROP_E164]), s, out, sizeof out))
			!= (size_t) -1) {
		RETURN_STRINGL(out, n);
	}
	/* Not valid (or an unserialized object with a bad e164): the raw text, trimmed. */
	if (Z_TYPE(p[PROP_RAW]) != IS_STRING) {
		RETURN_EMPTY_STRING();
	}
	crm_phone_trim(Z_STRVAL(p[PROP_RAW]), Z_STRLEN(p[PROP_RAW]), &off, &len);
	RETURN_STRINGL(Z_STRVAL(p[PROP_RAW]) + off, len);
}
