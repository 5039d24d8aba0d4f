-- The four built-in groups and their default rights (issue 7). A right is entity × action → scope:
-- own (records the user is responsible for), group (records of the user's group mates), all.
-- "*" stands for every entity or action; the most specific row of a group wins.

INSERT INTO kcrm_user_group (code, name) SELECT 'admin', 'Administrators' WHERE NOT EXISTS (SELECT 1 FROM kcrm_user_group WHERE code = 'admin');
INSERT INTO kcrm_user_group (code, name) SELECT 'head_of_sales', 'Head of sales' WHERE NOT EXISTS (SELECT 1 FROM kcrm_user_group WHERE code = 'head_of_sales');
INSERT INTO kcrm_user_group (code, name) SELECT 'sales_manager', 'Sales managers' WHERE NOT EXISTS (SELECT 1 FROM kcrm_user_group WHERE code = 'sales_manager');
INSERT INTO kcrm_user_group (code, name) SELECT 'support_agent', 'Support agents' WHERE NOT EXISTS (SELECT 1 FROM kcrm_user_group WHERE code = 'support_agent');

INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'admin', '*', '*', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'admin' AND entity = '*' AND action = '*');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'head_of_sales', '*', '*', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'head_of_sales' AND entity = '*' AND action = '*');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'head_of_sales', 'settings', '*', 'none' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'head_of_sales' AND entity = 'settings' AND action = '*');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'dashboard', 'view', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'dashboard' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'company', 'view', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'company' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'company', 'edit', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'company' AND action = 'edit');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'company', 'delete', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'company' AND action = 'delete');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'company', 'merge', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'company' AND action = 'merge');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'company', 'export', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'company' AND action = 'export');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'contact', 'view', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'contact' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'contact', 'edit', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'contact' AND action = 'edit');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'contact', 'delete', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'contact' AND action = 'delete');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'contact', 'merge', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'contact' AND action = 'merge');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'contact', 'export', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'contact' AND action = 'export');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'activity', 'view', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'activity' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'activity', 'edit', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'activity' AND action = 'edit');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'activity', 'delete', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'activity' AND action = 'delete');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'sales_manager', 'import', 'import', 'own' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'sales_manager' AND entity = 'import' AND action = 'import');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'support_agent', 'dashboard', 'view', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'support_agent' AND entity = 'dashboard' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'support_agent', 'company', 'view', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'support_agent' AND entity = 'company' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'support_agent', 'contact', 'view', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'support_agent' AND entity = 'contact' AND action = 'view');
INSERT INTO kcrm_permission (group_code, entity, action, scope) SELECT 'support_agent', 'activity', 'view', 'all' WHERE NOT EXISTS (SELECT 1 FROM kcrm_permission WHERE group_code = 'support_agent' AND entity = 'activity' AND action = 'view');

-- The audit page filters by person and time.
CREATE INDEX kcrm_audit_log_user ON kcrm_audit_log (user_id, created_at);
