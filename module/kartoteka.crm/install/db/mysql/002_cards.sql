-- Cards and timeline for MySQL / MariaDB: what a logged call needs (result, duration) and indexes
-- for the company and contact lists' filters and sorting. A statement ends with ';' at the end of a line.
-- kcrm_task needs no new index here: MySQL already indexes its foreign-key columns.

ALTER TABLE kcrm_activity ADD COLUMN result VARCHAR(255);
ALTER TABLE kcrm_activity ADD COLUMN duration_seconds INT;
CREATE INDEX kcrm_company_city ON kcrm_company (city);
CREATE INDEX kcrm_company_created ON kcrm_company (created_at);
CREATE INDEX kcrm_company_deleted ON kcrm_company (deleted_at);
CREATE INDEX kcrm_contact_deleted ON kcrm_contact (deleted_at);
CREATE INDEX kcrm_contact_created ON kcrm_contact (created_at);
