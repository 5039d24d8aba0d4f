-- Undoes 002_cards: drops its indexes and the call columns of kcrm_activity.
DROP INDEX IF EXISTS kcrm_task_contact;
DROP INDEX IF EXISTS kcrm_task_company;
DROP INDEX IF EXISTS kcrm_contact_created;
DROP INDEX IF EXISTS kcrm_contact_deleted;
DROP INDEX IF EXISTS kcrm_company_deleted;
DROP INDEX IF EXISTS kcrm_company_created;
DROP INDEX IF EXISTS kcrm_company_city;
ALTER TABLE kcrm_activity DROP COLUMN duration_seconds;
ALTER TABLE kcrm_activity DROP COLUMN result;
