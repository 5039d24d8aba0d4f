/* Class entries of the Crm\Exception hierarchy and the helper that throws import errors. */
#include "crm_php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

zend_class_entry *crm_ce_Exception;
zend_class_entry *crm_ce_Import_Exception;
zend_class_entry *crm_ce_Phone_Exception;
zend_class_entry *crm_ce_Dedup_Exception;
zend_class_entry *crm_ce_Dedup_Index;

static void crm_throw_import_va(zend_long code, const char *path, const char *sheet, uint64_t row,
	uint32_t column, const char *format, va_list args)
{
	char *detail;
	smart_str msg = {0};
	zend_object *ex;

	zend_vspprintf(&detail, 0, format, args);

	if (path) {
		smart_str_appends(&msg, path);
		smart_str_appends(&msg, ": ");
	}
	if (sheet) {
		smart_str_append_printf(&msg, "sheet \"%s\"%s", sheet, row || column ? ", " : ": ");
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
	if (sheet) {
		zend_update_property_string(crm_ce_Import_Exception, ex, ZEND_STRL("sheet"), sheet);
	}
	if (row) {
		zend_update_property_long(crm_ce_Import_Exception, ex, ZEND_STRL("row"), (zend_long) row);
	}
	if (column) {
		zend_update_property_long(crm_ce_Import_Exception, ex, ZEND_STRL("column"), (zend_long) column);
	}
}

void crm_throw_import_error(zend_long code, const char *path, uint64_t row, uint32_t column,
	const char *format, ...)
{
	va_list args;

	va_start(args, format);
	crm_throw_import_va(code, path, NULL, row, column, format, args);
	va_end(args);
}

void crm_throw_import_error_sheet(zend_long code, const char *path, const char *sheet, uint64_t row,
	uint32_t column, const char *format, ...)
{
	va_list args;

	va_start(args, format);
	crm_throw_import_va(code, path, sheet && *sheet ? sheet : NULL, row, column, format, args);
	va_end(args);
}
