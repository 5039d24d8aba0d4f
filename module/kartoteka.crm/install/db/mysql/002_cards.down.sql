-- Undoes 002_cards: drops its indexes and the call columns of kcrm_activity.
DROP INDEX kcrm_contact_created ON kcrm_contact;
DROP INDEX kcrm_contact_deleted ON kcrm_contact;
DROP INDEX kcrm_company_deleted ON kcrm_company;
DROP INDEX kcrm_company_created ON kcrm_company;
DROP INDEX kcrm_company_city ON kcrm_company;
ALTER TABLE kcrm_activity DROP COLUMN duration_seconds;
ALTER TABLE kcrm_activity DROP COLUMN result;
