/* Class entries of the Crm\Exception hierarchy; crm.c registers them from the generated arginfo. */
#include "crm_php.h"

zend_class_entry *crm_ce_Exception;
zend_class_entry *crm_ce_Import_Exception;
zend_class_entry *crm_ce_Phone_Exception;
zend_class_entry *crm_ce_Dedup_Exception;
