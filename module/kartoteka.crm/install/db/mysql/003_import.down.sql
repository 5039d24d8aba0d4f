-- Undoes 003_import: drops the import journal and the job queue.
DROP TABLE IF EXISTS kcrm_import_row;
DROP TABLE IF EXISTS kcrm_import_job;
DROP TABLE IF EXISTS kcrm_job;
