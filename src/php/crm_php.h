/* Shared declarations of the binding layer (src/php): class entries, error codes, hooks. */
#ifndef CRM_PHP_H
#define CRM_PHP_H

#include "php.h"

/* Crm\Import\Exception codes (stable: the module localises messages by them). */
#define CRM_IMPORT_E_NOT_FOUND          1
#define CRM_IMPORT_E_UNREADABLE         2
#define CRM_IMPORT_E_ENCODING           3
#define CRM_IMPORT_E_NUL_BYTE           4
#define CRM_IMPORT_E_UNTERMINATED_QUOTE 5
#define CRM_IMPORT_E_FIELD_TOO_LONG     6
#define CRM_IMPORT_E_ROW_TOO_LONG       7
#define CRM_IMPORT_E_UNSUPPORTED_FORMAT 8
#define CRM_IMPORT_E_UNSAFE_FILE        9
#define CRM_IMPORT_E_CORRUPT            10
#define CRM_IMPORT_E_MISSING_SHEET      11
#define CRM_IMPORT_E_ENCRYPTED          12

extern zend_class_entry *crm_ce_Exception;
extern zend_class_entry *crm_ce_Import_Exception;
extern zend_class_entry *crm_ce_Import_Reader;
extern zend_class_entry *crm_ce_Phone_Exception;
extern zend_class_entry *crm_ce_Phone_PhoneNumber;
extern zend_class_entry *crm_ce_Dedup_Exception;
extern zend_class_entry *crm_ce_Dedup_Index;

/* Throws Crm\Import\Exception "<path>: row R, column C: <message>" with the properties set;
 * row and column 0 mean "does not apply". */
void crm_throw_import_error(zend_long code, const char *path, uint64_t row, uint32_t column,
	const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 5, 6);

/* The same with the workbook sheet: "<path>: sheet "S", row R, column C: <message>". */
void crm_throw_import_error_sheet(zend_long code, const char *path, const char *sheet, uint64_t row,
	uint32_t column, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 6, 7);

/* One value of a column to its result (out), or false after throwing (a TypeError). */
typedef bool (*crm_value_fn)(const void *ctx, zval *value, zval *out);

/* fn over every value of in, keys kept, into result (an array already initialised; a plain list
 * is filled in place): the column functions ("…Keys", and normalizeMany() beyond its own
 * two-at-a-time list path). false when fn threw; result is then released and set to null, for
 * RETURN_THROWS(). */
bool crm_map_values(HashTable *in, zval *result, crm_value_fn fn, const void *ctx);

/* Called from MINIT once the class entries exist. */
void crm_import_minit(void);
void crm_phone_minit(void);
void crm_dedup_minit(void);

#endif
