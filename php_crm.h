/* Public header of the crm extension: module entry and version. */
#ifndef PHP_CRM_H
#define PHP_CRM_H

extern zend_module_entry crm_module_entry;
#define phpext_crm_ptr &crm_module_entry

/* Kept in step with composer.json and module/kartoteka.crm's minimum requirement. */
#define PHP_CRM_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_CRM)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
