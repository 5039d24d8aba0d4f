-- Core tables of Kartoteka CRM for MySQL 8.0.16+ / MariaDB 10.4+ (CHECK constraints enforced):
-- users and rights, companies, contact persons, their phones and e-mails, activities, tasks,
-- the audit log, settings and web sessions. InnoDB, utf8mb4; DATETIME in UTC (the connection
-- sets the session time zone). Foreign keys are table constraints: MySQL ignores inline REFERENCES. A statement ends with ';' at the end of a line.

CREATE TABLE kcrm_user (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login VARCHAR(190) NOT NULL UNIQUE,
    password_hash VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL DEFAULT '',
    email VARCHAR(255),
    language VARCHAR(8),
    active TINYINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    last_login_at DATETIME,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kcrm_user_group (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(100) NOT NULL UNIQUE,
    name VARCHAR(255) NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE kcrm_user_group_member (
    user_id BIGINT NOT NULL,
    group_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, group_id),
    FOREIGN KEY (user_id) REFERENCES kcrm_user (id) ON DELETE CASCADE,
    FOREIGN KEY (group_id) REFERENCES kcrm_user_group (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_user_group_member_group ON kcrm_user_group_member (group_id);

-- Keyed by group code, not id: inside Bitrix the groups are Bitrix's own (b_group).
CREATE TABLE kcrm_permission (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_code VARCHAR(100) NOT NULL,
    entity VARCHAR(100) NOT NULL,
    action VARCHAR(100) NOT NULL,
    scope VARCHAR(16) NOT NULL DEFAULT 'all' CHECK (scope IN ('none', 'own', 'group', 'all')),
    UNIQUE (group_code, entity, action)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- User ids below carry no foreign key: inside Bitrix they point at Bitrix's b_user.
CREATE TABLE kcrm_company (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    company_key VARCHAR(255) NOT NULL DEFAULT '',
    inn VARCHAR(64),
    kpp VARCHAR(64),
    ogrn VARCHAR(64),
    orgnr VARCHAR(64),
    legal_address TEXT,
    city VARCHAR(255),
    responsible_user_id BIGINT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_company_company_key ON kcrm_company (company_key);
CREATE INDEX kcrm_company_inn ON kcrm_company (inn);
CREATE INDEX kcrm_company_ogrn ON kcrm_company (ogrn);
CREATE INDEX kcrm_company_orgnr ON kcrm_company (orgnr);
CREATE INDEX kcrm_company_responsible ON kcrm_company (responsible_user_id);

CREATE TABLE kcrm_contact (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    last_name VARCHAR(255) NOT NULL DEFAULT '',
    first_name VARCHAR(255) NOT NULL DEFAULT '',
    middle_name VARCHAR(255) NOT NULL DEFAULT '',
    person_key VARCHAR(255) NOT NULL DEFAULT '',
    city VARCHAR(255),
    comment TEXT,
    responsible_user_id BIGINT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_contact_person_key ON kcrm_contact (person_key);
CREATE INDEX kcrm_contact_responsible ON kcrm_contact (responsible_user_id);

CREATE TABLE kcrm_company_contact (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    company_id BIGINT NOT NULL,
    contact_id BIGINT NOT NULL,
    role VARCHAR(32) NOT NULL DEFAULT 'other'
        CHECK (role IN ('accountant', 'supplier', 'storekeeper', 'director', 'manager', 'other')),
    position VARCHAR(255),
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (company_id, contact_id, role),
    FOREIGN KEY (company_id) REFERENCES kcrm_company (id) ON DELETE CASCADE,
    FOREIGN KEY (contact_id) REFERENCES kcrm_contact (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_company_contact_contact ON kcrm_company_contact (contact_id);

-- A phone or e-mail belongs to a company or a contact; owner_type says which table owner_id is in.
CREATE TABLE kcrm_phone (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_type VARCHAR(16) NOT NULL CHECK (owner_type IN ('company', 'contact')),
    owner_id BIGINT NOT NULL,
    raw VARCHAR(1000) NOT NULL,
    e164 VARCHAR(32),
    extension VARCHAR(32),
    type VARCHAR(32),
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_phone_e164 ON kcrm_phone (e164);
CREATE INDEX kcrm_phone_owner ON kcrm_phone (owner_type, owner_id);

CREATE TABLE kcrm_email (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    owner_type VARCHAR(16) NOT NULL CHECK (owner_type IN ('company', 'contact')),
    owner_id BIGINT NOT NULL,
    raw VARCHAR(1000) NOT NULL,
    email_key VARCHAR(255),
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_email_email_key ON kcrm_email (email_key);
CREATE INDEX kcrm_email_owner ON kcrm_email (owner_type, owner_id);

CREATE TABLE kcrm_activity (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type VARCHAR(32) NOT NULL CHECK (type IN ('call', 'meeting', 'note', 'email')),
    direction VARCHAR(8) CHECK (direction IN ('in', 'out')),
    subject VARCHAR(500) NOT NULL DEFAULT '',
    body TEXT,
    company_id BIGINT,
    contact_id BIGINT,
    user_id BIGINT,
    happened_at DATETIME NOT NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at DATETIME,
    FOREIGN KEY (company_id) REFERENCES kcrm_company (id) ON DELETE SET NULL,
    FOREIGN KEY (contact_id) REFERENCES kcrm_contact (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_activity_company ON kcrm_activity (company_id, happened_at);
CREATE INDEX kcrm_activity_contact ON kcrm_activity (contact_id, happened_at);
CREATE INDEX kcrm_activity_user ON kcrm_activity (user_id, happened_at);

CREATE TABLE kcrm_task (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(500) NOT NULL,
    description TEXT,
    status VARCHAR(16) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    due_at DATETIME,
    company_id BIGINT,
    contact_id BIGINT,
    responsible_user_id BIGINT,
    created_by_user_id BIGINT,
    completed_at DATETIME,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at DATETIME,
    FOREIGN KEY (company_id) REFERENCES kcrm_company (id) ON DELETE SET NULL,
    FOREIGN KEY (contact_id) REFERENCES kcrm_contact (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_task_status_due ON kcrm_task (status, due_at);
CREATE INDEX kcrm_task_responsible ON kcrm_task (responsible_user_id, status);

CREATE TABLE kcrm_audit_log (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT,
    action VARCHAR(100) NOT NULL,
    entity_type VARCHAR(64),
    entity_id BIGINT,
    details TEXT,
    ip VARCHAR(64),
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_audit_log_entity ON kcrm_audit_log (entity_type, entity_id);
CREATE INDEX kcrm_audit_log_created ON kcrm_audit_log (created_at);

CREATE TABLE kcrm_setting (
    name VARCHAR(190) NOT NULL PRIMARY KEY,
    value TEXT,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Web sessions of the standalone host; data is base64 so every driver stores it as text.
CREATE TABLE kcrm_session (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    data MEDIUMTEXT NOT NULL,
    updated_at BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_session_updated ON kcrm_session (updated_at);

-- Failed logins of the standalone host, counted to slow down password guessing.
CREATE TABLE kcrm_login_attempt (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login VARCHAR(190) NOT NULL,
    ip VARCHAR(64) NOT NULL,
    attempted_at BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_login_attempt_ip ON kcrm_login_attempt (ip, attempted_at);
CREATE INDEX kcrm_login_attempt_login ON kcrm_login_attempt (login, attempted_at);
