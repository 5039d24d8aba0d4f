-- Undoes 004_rights: the built-in groups other than the administrators (whom install keeps) and their rights.
DELETE FROM kcrm_permission WHERE group_code IN ('head_of_sales', 'sales_manager', 'support_agent');
DELETE FROM kcrm_user_group WHERE code IN ('head_of_sales', 'sales_manager', 'support_agent');
DROP INDEX kcrm_audit_log_user ON kcrm_audit_log;
