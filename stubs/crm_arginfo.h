/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: d57f2ed0a8e371acab94fe8d993237d4312fdea9 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Phone_normalize, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, raw, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, region, IS_STRING, 0, "\"RU\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, areaCode, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_Crm_Phone_parse, 0, 1, Crm\\Phone\\PhoneNumber, 0)
	ZEND_ARG_TYPE_INFO(0, raw, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, region, IS_STRING, 0, "\"RU\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, areaCode, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Phone_extract, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, cell, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, region, IS_STRING, 0, "\"RU\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, areaCode, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Phone_normalizeMany, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, raws, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, region, IS_STRING, 0, "\"RU\"")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, areaCode, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_companyKey, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, name, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_personKey, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, fullName, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_emailKey, 0, 1, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, email, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_companyKeys, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, names, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_personKeys, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, fullNames, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_emailKeys, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, emails, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_validInn, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, inn, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_validOgrn, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, ogrn, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_validKpp, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, kpp, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_validOrgnr, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, orgnr, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_Crm_Dedup_similarity, 0, 2, IS_DOUBLE, 0)
	ZEND_ARG_TYPE_INFO(0, a, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, b, IS_STRING, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Crm_Import_Reader___construct, 0, 0, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Crm_Import_Reader_open, 0, 1, Crm\\Import\\Reader, 0)
	ZEND_ARG_TYPE_INFO(0, path, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_Crm_Import_Reader_getIterator, 0, 0, Iterator, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Import_Reader_fetch, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, max, IS_LONG, 0, "1000")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Import_Reader_header, 0, 0, IS_ARRAY, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Import_Reader_format, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Crm_Import_Reader_encoding arginfo_class_Crm_Import_Reader_format

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Import_Reader_delimiter, 0, 0, IS_STRING, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Import_Reader_sheets, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Import_Reader_rowNumber, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_Crm_Phone_PhoneNumber___construct arginfo_class_Crm_Import_Reader___construct

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Phone_PhoneNumber_format, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, style, IS_STRING, 0, "\"international\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_Crm_Dedup_Index___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Dedup_Index_add, 0, 2, IS_VOID, 0)
	ZEND_ARG_TYPE_MASK(0, id, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO(0, record, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Dedup_Index_match, 0, 1, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, record, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, limit, IS_LONG, 0, "10")
	ZEND_ARG_TYPE_MASK(0, threshold, MAY_BE_STRING|MAY_BE_DOUBLE, "\"review\"")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Crm_Dedup_Index_clusters, 0, 0, IS_ARRAY, 0)
	ZEND_ARG_TYPE_MASK(0, threshold, MAY_BE_STRING|MAY_BE_DOUBLE, "\"auto\"")
ZEND_END_ARG_INFO()


ZEND_FUNCTION(Crm_Phone_normalize);
ZEND_FUNCTION(Crm_Phone_parse);
ZEND_FUNCTION(Crm_Phone_extract);
ZEND_FUNCTION(Crm_Phone_normalizeMany);
ZEND_FUNCTION(Crm_Dedup_companyKey);
ZEND_FUNCTION(Crm_Dedup_personKey);
ZEND_FUNCTION(Crm_Dedup_emailKey);
ZEND_FUNCTION(Crm_Dedup_companyKeys);
ZEND_FUNCTION(Crm_Dedup_personKeys);
ZEND_FUNCTION(Crm_Dedup_emailKeys);
ZEND_FUNCTION(Crm_Dedup_validInn);
ZEND_FUNCTION(Crm_Dedup_validOgrn);
ZEND_FUNCTION(Crm_Dedup_validKpp);
ZEND_FUNCTION(Crm_Dedup_validOrgnr);
ZEND_FUNCTION(Crm_Dedup_similarity);
ZEND_METHOD(Crm_Import_Reader, __construct);
ZEND_METHOD(Crm_Import_Reader, open);
ZEND_METHOD(Crm_Import_Reader, getIterator);
ZEND_METHOD(Crm_Import_Reader, fetch);
ZEND_METHOD(Crm_Import_Reader, header);
ZEND_METHOD(Crm_Import_Reader, format);
ZEND_METHOD(Crm_Import_Reader, encoding);
ZEND_METHOD(Crm_Import_Reader, delimiter);
ZEND_METHOD(Crm_Import_Reader, sheets);
ZEND_METHOD(Crm_Import_Reader, rowNumber);
ZEND_METHOD(Crm_Phone_PhoneNumber, __construct);
ZEND_METHOD(Crm_Phone_PhoneNumber, format);
ZEND_METHOD(Crm_Dedup_Index, __construct);
ZEND_METHOD(Crm_Dedup_Index, add);
ZEND_METHOD(Crm_Dedup_Index, match);
ZEND_METHOD(Crm_Dedup_Index, clusters);


static const zend_function_entry ext_functions[] = {
	ZEND_NS_FALIAS("Crm\\Phone", normalize, Crm_Phone_normalize, arginfo_Crm_Phone_normalize)
	ZEND_NS_FALIAS("Crm\\Phone", parse, Crm_Phone_parse, arginfo_Crm_Phone_parse)
	ZEND_NS_FALIAS("Crm\\Phone", extract, Crm_Phone_extract, arginfo_Crm_Phone_extract)
	ZEND_NS_FALIAS("Crm\\Phone", normalizeMany, Crm_Phone_normalizeMany, arginfo_Crm_Phone_normalizeMany)
	ZEND_NS_FALIAS("Crm\\Dedup", companyKey, Crm_Dedup_companyKey, arginfo_Crm_Dedup_companyKey)
	ZEND_NS_FALIAS("Crm\\Dedup", personKey, Crm_Dedup_personKey, arginfo_Crm_Dedup_personKey)
	ZEND_NS_FALIAS("Crm\\Dedup", emailKey, Crm_Dedup_emailKey, arginfo_Crm_Dedup_emailKey)
	ZEND_NS_FALIAS("Crm\\Dedup", companyKeys, Crm_Dedup_companyKeys, arginfo_Crm_Dedup_companyKeys)
	ZEND_NS_FALIAS("Crm\\Dedup", personKeys, Crm_Dedup_personKeys, arginfo_Crm_Dedup_personKeys)
	ZEND_NS_FALIAS("Crm\\Dedup", emailKeys, Crm_Dedup_emailKeys, arginfo_Crm_Dedup_emailKeys)
	ZEND_NS_FALIAS("Crm\\Dedup", validInn, Crm_Dedup_validInn, arginfo_Crm_Dedup_validInn)
	ZEND_NS_FALIAS("Crm\\Dedup", validOgrn, Crm_Dedup_validOgrn, arginfo_Crm_Dedup_validOgrn)
	ZEND_NS_FALIAS("Crm\\Dedup", validKpp, Crm_Dedup_validKpp, arginfo_Crm_Dedup_validKpp)
	ZEND_NS_FALIAS("Crm\\Dedup", validOrgnr, Crm_Dedup_validOrgnr, arginfo_Crm_Dedup_validOrgnr)
	ZEND_NS_FALIAS("Crm\\Dedup", similarity, Crm_Dedup_similarity, arginfo_Crm_Dedup_similarity)
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Import_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Import_Reader_methods[] = {
	ZEND_ME(Crm_Import_Reader, __construct, arginfo_class_Crm_Import_Reader___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Crm_Import_Reader, open, arginfo_class_Crm_Import_Reader_open, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(Crm_Import_Reader, getIterator, arginfo_class_Crm_Import_Reader_getIterator, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, fetch, arginfo_class_Crm_Import_Reader_fetch, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, header, arginfo_class_Crm_Import_Reader_header, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, format, arginfo_class_Crm_Import_Reader_format, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, encoding, arginfo_class_Crm_Import_Reader_encoding, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, delimiter, arginfo_class_Crm_Import_Reader_delimiter, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, sheets, arginfo_class_Crm_Import_Reader_sheets, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Import_Reader, rowNumber, arginfo_class_Crm_Import_Reader_rowNumber, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Phone_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Phone_PhoneNumber_methods[] = {
	ZEND_ME(Crm_Phone_PhoneNumber, __construct, arginfo_class_Crm_Phone_PhoneNumber___construct, ZEND_ACC_PRIVATE)
	ZEND_ME(Crm_Phone_PhoneNumber, format, arginfo_class_Crm_Phone_PhoneNumber_format, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Dedup_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Dedup_Index_methods[] = {
	ZEND_ME(Crm_Dedup_Index, __construct, arginfo_class_Crm_Dedup_Index___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Dedup_Index, add, arginfo_class_Crm_Dedup_Index_add, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Dedup_Index, match, arginfo_class_Crm_Dedup_Index_match, ZEND_ACC_PUBLIC)
	ZEND_ME(Crm_Dedup_Index, clusters, arginfo_class_Crm_Dedup_Index_clusters, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_crm_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("Crm\\Dedup\\KEY_VERSION", CRM_DEDUP_KEY_VERSION, CONST_PERSISTENT);
}

static zend_class_entry *register_class_Crm_Exception(zend_class_entry *class_entry_RuntimeException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm", "Exception", class_Crm_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Import_Exception(zend_class_entry *class_entry_Crm_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Import", "Exception", class_Crm_Import_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Crm_Exception);

	zval const_NOT_FOUND_value;
	ZVAL_LONG(&const_NOT_FOUND_value, CRM_IMPORT_E_NOT_FOUND);
	zend_string *const_NOT_FOUND_name = zend_string_init_interned("NOT_FOUND", sizeof("NOT_FOUND") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NOT_FOUND_name, &const_NOT_FOUND_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NOT_FOUND_name);

	zval const_UNREADABLE_value;
	ZVAL_LONG(&const_UNREADABLE_value, CRM_IMPORT_E_UNREADABLE);
	zend_string *const_UNREADABLE_name = zend_string_init_interned("UNREADABLE", sizeof("UNREADABLE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNREADABLE_name, &const_UNREADABLE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNREADABLE_name);

	zval const_ENCODING_value;
	ZVAL_LONG(&const_ENCODING_value, CRM_IMPORT_E_ENCODING);
	zend_string *const_ENCODING_name = zend_string_init_interned("ENCODING", sizeof("ENCODING") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCODING_name, &const_ENCODING_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCODING_name);

	zval const_NUL_BYTE_value;
	ZVAL_LONG(&const_NUL_BYTE_value, CRM_IMPORT_E_NUL_BYTE);
	zend_string *const_NUL_BYTE_name = zend_string_init_interned("NUL_BYTE", sizeof("NUL_BYTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_NUL_BYTE_name, &const_NUL_BYTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_NUL_BYTE_name);

	zval const_UNTERMINATED_QUOTE_value;
	ZVAL_LONG(&const_UNTERMINATED_QUOTE_value, CRM_IMPORT_E_UNTERMINATED_QUOTE);
	zend_string *const_UNTERMINATED_QUOTE_name = zend_string_init_interned("UNTERMINATED_QUOTE", sizeof("UNTERMINATED_QUOTE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNTERMINATED_QUOTE_name, &const_UNTERMINATED_QUOTE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNTERMINATED_QUOTE_name);

	zval const_FIELD_TOO_LONG_value;
	ZVAL_LONG(&const_FIELD_TOO_LONG_value, CRM_IMPORT_E_FIELD_TOO_LONG);
	zend_string *const_FIELD_TOO_LONG_name = zend_string_init_interned("FIELD_TOO_LONG", sizeof("FIELD_TOO_LONG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_FIELD_TOO_LONG_name, &const_FIELD_TOO_LONG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_FIELD_TOO_LONG_name);

	zval const_ROW_TOO_LONG_value;
	ZVAL_LONG(&const_ROW_TOO_LONG_value, CRM_IMPORT_E_ROW_TOO_LONG);
	zend_string *const_ROW_TOO_LONG_name = zend_string_init_interned("ROW_TOO_LONG", sizeof("ROW_TOO_LONG") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ROW_TOO_LONG_name, &const_ROW_TOO_LONG_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ROW_TOO_LONG_name);

	zval const_UNSUPPORTED_FORMAT_value;
	ZVAL_LONG(&const_UNSUPPORTED_FORMAT_value, CRM_IMPORT_E_UNSUPPORTED_FORMAT);
	zend_string *const_UNSUPPORTED_FORMAT_name = zend_string_init_interned("UNSUPPORTED_FORMAT", sizeof("UNSUPPORTED_FORMAT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNSUPPORTED_FORMAT_name, &const_UNSUPPORTED_FORMAT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNSUPPORTED_FORMAT_name);

	zval const_UNSAFE_FILE_value;
	ZVAL_LONG(&const_UNSAFE_FILE_value, CRM_IMPORT_E_UNSAFE_FILE);
	zend_string *const_UNSAFE_FILE_name = zend_string_init_interned("UNSAFE_FILE", sizeof("UNSAFE_FILE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_UNSAFE_FILE_name, &const_UNSAFE_FILE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_UNSAFE_FILE_name);

	zval const_CORRUPT_value;
	ZVAL_LONG(&const_CORRUPT_value, CRM_IMPORT_E_CORRUPT);
	zend_string *const_CORRUPT_name = zend_string_init_interned("CORRUPT", sizeof("CORRUPT") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_CORRUPT_name, &const_CORRUPT_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_CORRUPT_name);

	zval const_MISSING_SHEET_value;
	ZVAL_LONG(&const_MISSING_SHEET_value, CRM_IMPORT_E_MISSING_SHEET);
	zend_string *const_MISSING_SHEET_name = zend_string_init_interned("MISSING_SHEET", sizeof("MISSING_SHEET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_MISSING_SHEET_name, &const_MISSING_SHEET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_MISSING_SHEET_name);

	zval const_ENCRYPTED_value;
	ZVAL_LONG(&const_ENCRYPTED_value, CRM_IMPORT_E_ENCRYPTED);
	zend_string *const_ENCRYPTED_name = zend_string_init_interned("ENCRYPTED", sizeof("ENCRYPTED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ENCRYPTED_name, &const_ENCRYPTED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ENCRYPTED_name);

	zval property_path_default_value;
	ZVAL_NULL(&property_path_default_value);
	zend_string *property_path_name = zend_string_init("path", sizeof("path") - 1, 1);
	zend_declare_typed_property(class_entry, property_path_name, &property_path_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_path_name);

	zval property_sheet_default_value;
	ZVAL_NULL(&property_sheet_default_value);
	zend_string *property_sheet_name = zend_string_init("sheet", sizeof("sheet") - 1, 1);
	zend_declare_typed_property(class_entry, property_sheet_name, &property_sheet_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_sheet_name);

	zval property_row_default_value;
	ZVAL_NULL(&property_row_default_value);
	zend_string *property_row_name = zend_string_init("row", sizeof("row") - 1, 1);
	zend_declare_typed_property(class_entry, property_row_name, &property_row_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_row_name);

	zval property_column_default_value;
	ZVAL_NULL(&property_column_default_value);
	zend_string *property_column_name = zend_string_init("column", sizeof("column") - 1, 1);
	zend_declare_typed_property(class_entry, property_column_name, &property_column_default_value, ZEND_ACC_PUBLIC, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_column_name);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Import_Reader(zend_class_entry *class_entry_IteratorAggregate)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Import", "Reader", class_Crm_Import_Reader_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_IteratorAggregate);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Phone_Exception(zend_class_entry *class_entry_Crm_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Phone", "Exception", class_Crm_Phone_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Crm_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Phone_PhoneNumber(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Phone", "PhoneNumber", class_Crm_Phone_PhoneNumber_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES;

	zval property_raw_default_value;
	ZVAL_UNDEF(&property_raw_default_value);
	zend_string *property_raw_name = zend_string_init("raw", sizeof("raw") - 1, 1);
	zend_declare_typed_property(class_entry, property_raw_name, &property_raw_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_raw_name);

	zval property_valid_default_value;
	ZVAL_UNDEF(&property_valid_default_value);
	zend_string *property_valid_name = zend_string_init("valid", sizeof("valid") - 1, 1);
	zend_declare_typed_property(class_entry, property_valid_name, &property_valid_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_BOOL));
	zend_string_release(property_valid_name);

	zval property_e164_default_value;
	ZVAL_UNDEF(&property_e164_default_value);
	zend_string *property_e164_name = zend_string_init("e164", sizeof("e164") - 1, 1);
	zend_declare_typed_property(class_entry, property_e164_name, &property_e164_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_e164_name);

	zval property_countryCode_default_value;
	ZVAL_UNDEF(&property_countryCode_default_value);
	zend_string *property_countryCode_name = zend_string_init("countryCode", sizeof("countryCode") - 1, 1);
	zend_declare_typed_property(class_entry, property_countryCode_name, &property_countryCode_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_LONG|MAY_BE_NULL));
	zend_string_release(property_countryCode_name);

	zval property_region_default_value;
	ZVAL_UNDEF(&property_region_default_value);
	zend_string *property_region_name = zend_string_init("region", sizeof("region") - 1, 1);
	zend_declare_typed_property(class_entry, property_region_name, &property_region_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_region_name);

	zval property_type_default_value;
	ZVAL_UNDEF(&property_type_default_value);
	zend_string *property_type_name = zend_string_init("type", sizeof("type") - 1, 1);
	zend_declare_typed_property(class_entry, property_type_name, &property_type_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_type_name);

	zval property_extension_default_value;
	ZVAL_UNDEF(&property_extension_default_value);
	zend_string *property_extension_name = zend_string_init("extension", sizeof("extension") - 1, 1);
	zend_declare_typed_property(class_entry, property_extension_name, &property_extension_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_extension_name);

	zval property_error_default_value;
	ZVAL_UNDEF(&property_error_default_value);
	zend_string *property_error_name = zend_string_init("error", sizeof("error") - 1, 1);
	zend_declare_typed_property(class_entry, property_error_name, &property_error_default_value, ZEND_ACC_PUBLIC|ZEND_ACC_READONLY, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING|MAY_BE_NULL));
	zend_string_release(property_error_name);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Dedup_Exception(zend_class_entry *class_entry_Crm_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Dedup", "Exception", class_Crm_Dedup_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Crm_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Dedup_Index(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Dedup", "Index", class_Crm_Dedup_Index_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NO_DYNAMIC_PROPERTIES|ZEND_ACC_NOT_SERIALIZABLE;

	return class_entry;
}
