-- Undoes 001_core: drops its tables, children before parents.
DROP TABLE IF EXISTS kcrm_login_attempt;
DROP TABLE IF EXISTS kcrm_session;
DROP TABLE IF EXISTS kcrm_setting;
DROP TABLE IF EXISTS kcrm_audit_log;
DROP TABLE IF EXISTS kcrm_task;
DROP TABLE IF EXISTS kcrm_activity;
DROP TABLE IF EXISTS kcrm_email;
DROP TABLE IF EXISTS kcrm_phone;
DROP TABLE IF EXISTS kcrm_company_contact;
DROP TABLE IF EXISTS kcrm_contact;
DROP TABLE IF EXISTS kcrm_company;
DROP TABLE IF EXISTS kcrm_permission;
DROP TABLE IF EXISTS kcrm_user_group_member;
DROP TABLE IF EXISTS kcrm_user_group;
DROP TABLE IF EXISTS kcrm_user;
