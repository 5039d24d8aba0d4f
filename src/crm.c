/* The crm module: registers what src/php defines and reports versions in phpinfo(). */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include "zend_interfaces.h"

#include <expat.h>
#include <zip.h>

#include "php_crm.h"
#include "php/crm_php.h"
#include "core/dedup/keys.h"
#include "core/phone/phone_meta.h"
#include "stubs/crm_arginfo.h"

bool crm_map_values(HashTable *in, zval *result, crm_value_fn fn, const void *ctx)
{
	zend_ulong index;
	zend_string *key;
	zval *v, out = { 0 };   /* value unset by null results; copied whole by ZEND_HASH_FILL_SET */

	if (HT_IS_PACKED(in) && HT_IS_WITHOUT_HOLES(in)) {
		/* A list (a column read from a file): the result is a list filled in place, without a
		 * hash insert per value. */
		zval *data = in->arPacked;
		uint32_t count = in->nNumUsed;
		zend_hash_real_init_packed(Z_ARRVAL_P(result));
		ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(result)) {
			for (uint32_t i = 0; i < count; i++) {
				if (!fn(ctx, &data[i], &out)) {
					ZEND_HASH_FILL_FINISH();
					zval_ptr_dtor(result);
					ZVAL_NULL(result);
					return false;
				}
				ZEND_HASH_FILL_SET(&out);
				ZEND_HASH_FILL_NEXT();
			}
		} ZEND_HASH_FILL_END();
		return true;
	}
	ZEND_HASH_FOREACH_KEY_VAL(in, index, key, v) {
		if (!fn(ctx, v, &out)) {
			zval_ptr_dtor(result);
			ZVAL_NULL(result);   /* the engine releases return_value after a throw too */
			return false;
		}
		if (key) {
			zend_hash_add_new(Z_ARRVAL_P(result), key, &out);
		} else {
			zend_hash_index_add_new(Z_ARRVAL_P(result), index, &out);
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static PHP_MINIT_FUNCTION(crm)
{
	register_crm_symbols(module_number);
	crm_ce_Exception = register_class_Crm_Exception(spl_ce_RuntimeException);
	crm_ce_Import_Exception = register_class_Crm_Import_Exception(crm_ce_Exception);
	crm_ce_Import_Reader = register_class_Crm_Import_Reader(zend_ce_aggregate);
	crm_import_minit();
	crm_ce_Phone_Exception = register_class_Crm_Phone_Exception(crm_ce_Exception);
	crm_ce_Phone_PhoneNumber = register_class_Crm_Phone_PhoneNumber();
	crm_phone_minit();
	crm_ce_Dedup_Exception = register_class_Crm_Dedup_Exception(crm_ce_Exception);
	crm_ce_Dedup_Index = register_class_Crm_Dedup_Index();
	crm_dedup_minit();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(crm)
{
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(crm)
{
	char expat[32];
	XML_Expat_Version ev = XML_ExpatVersionInfo();

	snprintf(expat, sizeof expat, "%d.%d.%d", ev.major, ev.minor, ev.micro);

	php_info_print_table_start();
	php_info_print_table_row(2, "crm support", "enabled");
	php_info_print_table_row(2, "crm version", PHP_CRM_VERSION);
	php_info_print_table_row(2, "libzip version", zip_libzip_version());
	php_info_print_table_row(2, "expat version", expat);
	php_info_print_table_row(2, "phone metadata version", crm_phone_meta_version());
	php_info_print_table_row(2, "phone metadata source", "libphonenumber PhoneNumberMetadata.xml (Apache-2.0)");
	php_info_print_table_end();
}

static const zend_module_dep crm_deps[] = {
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry crm_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	crm_deps,
	"crm",
	ext_functions,      /* generated from stubs/crm.stub.php */
	PHP_MINIT(crm),
	PHP_MSHUTDOWN(crm),
	NULL,
	NULL,
	PHP_MINFO(crm),
	PHP_CRM_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_CRM
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(crm)
#endif
