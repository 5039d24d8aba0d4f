/* Class entries of the Crm\Exception hierarchy and the helper that throws import errors. */
#include "crm_php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

zend_class_entry *crm_ce_Exception;
zend_class_entry *crm_ce_Import_Exception;
zend_class_entry *crm_ce_Phone_Exception;
zend_class_entry *crm_ce_Dedup_Exception;

void crm_throw_import_error(zend_long code, const char *path, uint64_t row, uint32_t column,
	const char *format, ...)
{
	va_list args;
	char *detail;
	smart_str msg = {0};
	zend_object *ex;

	va_start(args, format);
	zend_vspprintf(&detail, 0, format, args);
	va_end(args);

	if (path) {
		smart_str_appends(&msg, path);
		smart_str_appends(&msg, ": ");
	}
	if (row) {
		smart_str_append_printf(&msg, "row %" PRIu64, row);
	}
	if (column) {
		smart_str_append_printf(&msg, "%scolumn %" PRIu32, row ? ", " : "", column);
	}
	if (row || column) {
		smart_str_appends(&msg, ": ");
	}
	smart_str_appends(&msg, detail);
	smart_str_0(&msg);
	efree(detail);

	ex = zend_throw_exception(crm_ce_Import_Exception, ZSTR_VAL(msg.s), code);
	smart_str_free(&msg);

	if (path) {
		zend_update_property_string(crm_ce_Import_Exception, ex, ZEND_STRL("path"), path);
	}
	if (row) {
		zend_update_property_long(crm_ce_Import_Exception, ex, ZEND_STRL("row"), (zend_long) row);
	}
	if (column) {
		zend_update_property_long(crm_ce_Import_Exception, ex, ZEND_STRL("column"), (zend_long) column);
	}
}
