-- Undoes 005_list_search: drops its indexes.
DROP INDEX IF EXISTS kcrm_contact_list_city;
DROP INDEX IF EXISTS kcrm_contact_list_name;
DROP INDEX IF EXISTS kcrm_company_list_city;
DROP INDEX IF EXISTS kcrm_company_list_created;
DROP INDEX IF EXISTS kcrm_company_list_name;
