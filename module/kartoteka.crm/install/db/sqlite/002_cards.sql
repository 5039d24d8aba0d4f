-- Cards and timeline for SQLite: what a logged call needs (result, duration) and indexes for
-- the company and contact lists' filters and sorting. A statement ends with ';' at the end of a line.

ALTER TABLE kcrm_activity ADD COLUMN result TEXT;
ALTER TABLE kcrm_activity ADD COLUMN duration_seconds INTEGER;
CREATE INDEX kcrm_company_city ON kcrm_company (city);
CREATE INDEX kcrm_company_created ON kcrm_company (created_at);
CREATE INDEX kcrm_company_deleted ON kcrm_company (deleted_at);
CREATE INDEX kcrm_contact_deleted ON kcrm_contact (deleted_at);
CREATE INDEX kcrm_contact_created ON kcrm_contact (created_at);
CREATE INDEX kcrm_task_company ON kcrm_task (company_id);
CREATE INDEX kcrm_task_contact ON kcrm_task (contact_id);
