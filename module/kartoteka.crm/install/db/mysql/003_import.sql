-- Jobs and imports for MySQL / MariaDB: one queue of long work (kcrm_job), and the journal of each import
-- (kcrm_import_job, one kcrm_import_row per source row with what it created or changed, for undo).
-- A statement ends with ';' at the end of a line.

-- state moves queued -> running -> done|failed|cancelled; a running job whose heartbeat is old
-- belongs to a worker that died and is claimed again, resuming from checkpoint.
CREATE TABLE kcrm_job (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    type VARCHAR(64) NOT NULL,
    state VARCHAR(64) NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    payload MEDIUMTEXT,
    progress_done INTEGER NOT NULL DEFAULT 0,
    progress_total INTEGER,
    checkpoint MEDIUMTEXT,
    error MEDIUMTEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    started_at DATETIME,
    heartbeat_at DATETIME,
    finished_at DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_job_state ON kcrm_job (state, id);

-- state: draft (uploaded, mapping not chosen yet), queued, running, done, failed, undone.
CREATE TABLE kcrm_import_job (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_id BIGINT REFERENCES kcrm_job (id) ON DELETE SET NULL,
    file_name VARCHAR(255) NOT NULL,
    file_path MEDIUMTEXT NOT NULL,
    file_sha1 VARCHAR(64),
    format VARCHAR(64),
    encoding VARCHAR(64),
    delimiter VARCHAR(64),
    options MEDIUMTEXT,
    mapping MEDIUMTEXT,
    region VARCHAR(8) NOT NULL DEFAULT 'RU',
    state VARCHAR(64) NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'running', 'done', 'failed', 'undone')),
    rows_done INTEGER NOT NULL DEFAULT 0,
    created_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    warning_count INTEGER NOT NULL DEFAULT 0,
    stats MEDIUMTEXT,
    error MEDIUMTEXT,
    created_by BIGINT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    finished_at DATETIME,
    undone_at DATETIME
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_import_job_job ON kcrm_import_job (job_id);

-- status: created|updated|unchanged|skipped. changes: JSON list of what the row did, newest last,
-- with the previous values of what it updated; undo walks it backwards.
CREATE TABLE kcrm_import_row (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    import_id BIGINT NOT NULL REFERENCES kcrm_import_job (id) ON DELETE CASCADE,
    source_row INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL CHECK (status IN ('created', 'updated', 'unchanged', 'skipped')),
    company_id BIGINT,
    contact_id BIGINT,
    source MEDIUMTEXT,
    messages MEDIUMTEXT,
    changes MEDIUMTEXT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX kcrm_import_row_import ON kcrm_import_row (import_id, source_row);
CREATE INDEX kcrm_import_row_company ON kcrm_import_row (company_id);
CREATE INDEX kcrm_import_row_contact ON kcrm_import_row (contact_id);
