-- Core tables of Kartoteka CRM for SQLite: users and rights, companies, contact persons,
-- their phones and e-mails, activities, tasks, the audit log, settings and web sessions.
-- Timestamps are UTC text 'YYYY-MM-DD HH:MM:SS'. A statement ends with ';' at the end of a line.

CREATE TABLE kcrm_user (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    login TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    language TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    last_login_at TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE kcrm_user_group (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE kcrm_user_group_member (
    user_id INTEGER NOT NULL REFERENCES kcrm_user (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES kcrm_user_group (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_id)
);
CREATE INDEX kcrm_user_group_member_group ON kcrm_user_group_member (group_id);

-- Keyed by group code, not id: inside Bitrix the groups are Bitrix's own (b_group).
CREATE TABLE kcrm_permission (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_code TEXT NOT NULL,
    entity TEXT NOT NULL,
    action TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'all' CHECK (scope IN ('none', 'own', 'group', 'all')),
    UNIQUE (group_code, entity, action)
);

-- User ids below carry no foreign key: inside Bitrix they point at Bitrix's b_user.
CREATE TABLE kcrm_company (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    company_key TEXT NOT NULL DEFAULT '',
    inn TEXT,
    kpp TEXT,
    ogrn TEXT,
    orgnr TEXT,
    legal_address TEXT,
    city TEXT,
    responsible_user_id INTEGER,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at TEXT
);
CREATE INDEX kcrm_company_company_key ON kcrm_company (company_key);
CREATE INDEX kcrm_company_inn ON kcrm_company (inn);
CREATE INDEX kcrm_company_ogrn ON kcrm_company (ogrn);
CREATE INDEX kcrm_company_orgnr ON kcrm_company (orgnr);
CREATE INDEX kcrm_company_responsible ON kcrm_company (responsible_user_id);

CREATE TABLE kcrm_contact (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    last_name TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    middle_name TEXT NOT NULL DEFAULT '',
    person_key TEXT NOT NULL DEFAULT '',
    city TEXT,
    comment TEXT,
    responsible_user_id INTEGER,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at TEXT
);
CREATE INDEX kcrm_contact_person_key ON kcrm_contact (person_key);
CREATE INDEX kcrm_contact_responsible ON kcrm_contact (responsible_user_id);

CREATE TABLE kcrm_company_contact (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES kcrm_company (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES kcrm_contact (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'other'
        CHECK (role IN ('accountant', 'supplier', 'storekeeper', 'director', 'manager', 'other')),
    position TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (company_id, contact_id, role)
);
CREATE INDEX kcrm_company_contact_contact ON kcrm_company_contact (contact_id);

-- A phone or e-mail belongs to a company or a contact; owner_type says which table owner_id is in.
CREATE TABLE kcrm_phone (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_type TEXT NOT NULL CHECK (owner_type IN ('company', 'contact')),
    owner_id INTEGER NOT NULL,
    raw TEXT NOT NULL,
    e164 TEXT,
    extension TEXT,
    type TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX kcrm_phone_e164 ON kcrm_phone (e164);
CREATE INDEX kcrm_phone_owner ON kcrm_phone (owner_type, owner_id);

CREATE TABLE kcrm_email (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_type TEXT NOT NULL CHECK (owner_type IN ('company', 'contact')),
    owner_id INTEGER NOT NULL,
    raw TEXT NOT NULL,
    email_key TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX kcrm_email_email_key ON kcrm_email (email_key);
CREATE INDEX kcrm_email_owner ON kcrm_email (owner_type, owner_id);

CREATE TABLE kcrm_activity (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL CHECK (type IN ('call', 'meeting', 'note', 'email')),
    direction TEXT CHECK (direction IN ('in', 'out')),
    subject TEXT NOT NULL DEFAULT '',
    body TEXT,
    company_id INTEGER REFERENCES kcrm_company (id) ON DELETE SET NULL,
    contact_id INTEGER REFERENCES kcrm_contact (id) ON DELETE SET NULL,
    user_id INTEGER,
    happened_at TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at TEXT
);
CREATE INDEX kcrm_activity_company ON kcrm_activity (company_id, happened_at);
CREATE INDEX kcrm_activity_contact ON kcrm_activity (contact_id, happened_at);
CREATE INDEX kcrm_activity_user ON kcrm_activity (user_id, happened_at);

CREATE TABLE kcrm_task (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    due_at TEXT,
    company_id INTEGER REFERENCES kcrm_company (id) ON DELETE SET NULL,
    contact_id INTEGER REFERENCES kcrm_contact (id) ON DELETE SET NULL,
    responsible_user_id INTEGER,
    created_by_user_id INTEGER,
    completed_at TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at TEXT
);
CREATE INDEX kcrm_task_status_due ON kcrm_task (status, due_at);
CREATE INDEX kcrm_task_responsible ON kcrm_task (responsible_user_id, status);

CREATE TABLE kcrm_audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER,
    action TEXT NOT NULL,
    entity_type TEXT,
    entity_id INTEGER,
    details TEXT,
    ip TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX kcrm_audit_log_entity ON kcrm_audit_log (entity_type, entity_id);
CREATE INDEX kcrm_audit_log_created ON kcrm_audit_log (created_at);

CREATE TABLE kcrm_setting (
    name TEXT NOT NULL PRIMARY KEY,
    value TEXT,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Web sessions of the standalone host; data is base64 so every driver stores it as text.
CREATE TABLE kcrm_session (
    id TEXT NOT NULL PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX kcrm_session_updated ON kcrm_session (updated_at);

-- Failed logins of the standalone host, counted to slow down password guessing.
CREATE TABLE kcrm_login_attempt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    login TEXT NOT NULL,
    ip TEXT NOT NULL,
    attempted_at INTEGER NOT NULL
);
CREATE INDEX kcrm_login_attempt_ip ON kcrm_login_attempt (ip, attempted_at);
CREATE INDEX kcrm_login_attempt_login ON kcrm_login_attempt (login, attempted_at);
