/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: b36cd7818ac97c77c16b64d5856130156ed61dba */




static const zend_function_entry class_Crm_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Import_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Phone_Exception_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_Crm_Dedup_Exception_methods[] = {
	ZEND_FE_END
};

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

	return class_entry;
}

static zend_class_entry *register_class_Crm_Phone_Exception(zend_class_entry *class_entry_Crm_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Phone", "Exception", class_Crm_Phone_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Crm_Exception);

	return class_entry;
}

static zend_class_entry *register_class_Crm_Dedup_Exception(zend_class_entry *class_entry_Crm_Exception)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Crm\\Dedup", "Exception", class_Crm_Dedup_Exception_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_Crm_Exception);

	return class_entry;
}
