-- Jobs and imports for SQLite: one queue of long work (kcrm_job), and the journal of each import
-- (kcrm_import_job, one kcrm_import_row per source row with what it created or changed, for undo).
-- A statement ends with ';' at the end of a line.

-- state moves queued -> running -> done|failed|cancelled; a running job whose heartbeat is old
-- belongs to a worker that died and is claimed again, resuming from checkpoint.
CREATE TABLE kcrm_job (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    payload TEXT,
    progress_done INTEGER NOT NULL DEFAULT 0,
    progress_total INTEGER,
    checkpoint TEXT,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    started_at TEXT,
    heartbeat_at TEXT,
    finished_at TEXT
);
CREATE INDEX kcrm_job_state ON kcrm_job (state, id);

-- state: draft (uploaded, mapping not chosen yet), queued, running, done, failed, undone.
CREATE TABLE kcrm_import_job (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id INTEGER REFERENCES kcrm_job (id) ON DELETE SET NULL,
    file_name TEXT NOT NULL,
    file_path TEXT NOT NULL,
    file_sha1 TEXT,
    format TEXT,
    encoding TEXT,
    delimiter TEXT,
    options TEXT,
    mapping TEXT,
    region TEXT NOT NULL DEFAULT 'RU',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued', 'running', 'done', 'failed', 'undone')),
    rows_done INTEGER NOT NULL DEFAULT 0,
    created_count INTEGER NOT NULL DEFAULT 0,
    updated_count INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    skipped_count INTEGER NOT NULL DEFAULT 0,
    warning_count INTEGER NOT NULL DEFAULT 0,
    stats TEXT,
    error TEXT,
    created_by INTEGER,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    finished_at TEXT,
    undone_at TEXT
);
CREATE INDEX kcrm_import_job_job ON kcrm_import_job (job_id);

-- status: created|updated|unchanged|skipped. changes: JSON list of what the row did, newest last,
-- with the previous values of what it updated; undo walks it backwards.
CREATE TABLE kcrm_import_row (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    import_id INTEGER NOT NULL REFERENCES kcrm_import_job (id) ON DELETE CASCADE,
    source_row INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('created', 'updated', 'unchanged', 'skipped')),
    company_id INTEGER,
    contact_id INTEGER,
    source TEXT,
    messages TEXT,
    changes TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX kcrm_import_row_import ON kcrm_import_row (import_id, source_row);
CREATE INDEX kcrm_import_row_company ON kcrm_import_row (company_id);
CREATE INDEX kcrm_import_row_contact ON kcrm_import_row (contact_id);
