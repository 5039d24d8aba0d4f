/* Shared declarations of the binding layer (src/php): class entries and registration hooks. */
#ifndef CRM_PHP_H
#define CRM_PHP_H

#include "php.h"

extern zend_class_entry *crm_ce_Exception;
extern zend_class_entry *crm_ce_Import_Exception;
extern zend_class_entry *crm_ce_Phone_Exception;
extern zend_class_entry *crm_ce_Dedup_Exception;

#endif
