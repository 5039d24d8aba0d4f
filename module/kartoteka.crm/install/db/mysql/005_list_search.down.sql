-- Undoes 005_list_search: drops its indexes.
DROP INDEX kcrm_contact_list_city ON kcrm_contact;
DROP INDEX kcrm_contact_list_name ON kcrm_contact;
DROP INDEX kcrm_company_list_city ON kcrm_company;
DROP INDEX kcrm_company_list_created ON kcrm_company;
DROP INDEX kcrm_company_list_name ON kcrm_company;
