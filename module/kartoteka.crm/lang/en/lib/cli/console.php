<?php
// English messages of module/kartoteka.crm/lib/cli/console.php.
$MESS['KCRM_CLI_HELP'] = 'Kartoteka CRM — command line

  bin/crm install [--db=DSN] [--admin-login=LOGIN --admin-password=PASSWORD]
      Creates or updates the tables and, when a login is given, the administrator. Safe to run again.
  bin/crm serve [--host=127.0.0.1] [--port=8080] [--db=DSN] [--extension=PATH/crm.so]
      Starts PHP\'s built-in web server; the CRM is at /crm/.
  bin/crm import FILE [--db=DSN] [--mapping=auto|JSON|FILE] [--user=admin]
      Imports organisations and contact persons from CSV/TSV/XLSX in any encoding, as a job with progress.
  bin/crm import-undo IMPORT_ID [--db=DSN]
      Undoes an import: deletes what it created, restores what it changed.
  bin/crm demo [--db=DSN]
      Imports the demo counterparties (install/demo/kontragenty.csv) the same way; a second run changes nothing.
  bin/crm worker [--once] [--db=DSN]
      Runs queued jobs (imports started in the browser); --once runs what is queued and stops.
  bin/crm rekey [--db=DSN]
      Computes the stored name keys again after an upgrade of the crm extension changed their format (install and worker do it too).
  bin/crm help
      This help.

Common options: --lang=ru|en|sv (default from LANG).
DSN: sqlite:PATH, pgsql:host=…;dbname=…;user=…;password=…, mysql:host=…;dbname=…;user=…;password=…
Default database: #DEFAULT_DB#';
$MESS['KCRM_CLI_UNKNOWN_COMMAND'] = 'Unknown command "#COMMAND#". For the list of commands: bin/crm help';
$MESS['KCRM_CLI_DB_ERROR'] = 'Database error: #ERROR#';
$MESS['KCRM_CLI_ERROR'] = 'Error: #ERROR#';
$MESS['KCRM_CLI_ADMIN_PAIR'] = 'Give --admin-login and --admin-password together, or neither.';
$MESS['KCRM_CLI_PASSWORD_SHORT'] = 'The administrator password is too short: at least #MIN# characters are needed.';
$MESS['KCRM_CLI_SCHEMA_CURRENT'] = 'The schema of #DSN# is already up to date; nothing changed.';
$MESS['KCRM_CLI_SCHEMA_APPLIED'] = 'Applied migrations #VERSIONS# to #DSN#.';
$MESS['KCRM_CLI_ADMIN_CREATED'] = 'Administrator "#LOGIN#" created.';
$MESS['KCRM_CLI_ADMIN_EXISTS'] = 'Administrator "#LOGIN#" already exists; their password was not changed.';
$MESS['KCRM_CLI_BAD_PORT'] = 'Bad port "#PORT#": a number from 1 to 65535 is needed.';
$MESS['KCRM_CLI_NOT_INSTALLED'] = 'The database #DSN# is not installed. Run first: bin/crm install --admin-login=LOGIN --admin-password=PASSWORD';
$MESS['KCRM_CLI_SERVING'] = 'The CRM is running at #URL# (stop with Ctrl+C)';
$MESS['KCRM_CLI_SERVE_FAILED'] = 'Could not start PHP\'s built-in web server.';
$MESS['KCRM_CLI_CANNOT_CREATE_DIR'] = 'Could not create the folder #DIR# for the database file.';
$MESS['KCRM_CLI_IMPORT_NO_FILE'] = 'Name the file to import: bin/crm import FILE [--db=DSN] [--mapping=auto] [--user=admin]';
$MESS['KCRM_CLI_IMPORT_NOT_FOUND'] = 'Cannot read the file #FILE#.';
$MESS['KCRM_CLI_IMPORT_NO_USER'] = 'There is no user "#LOGIN#" (--user); the import is recorded as theirs.';
$MESS['KCRM_CLI_IMPORT_BAD_MAPPING'] = '--mapping must be "auto", a JSON list of fields by column or a file with one: #MAPPING#';
$MESS['KCRM_CLI_IMPORT_READING'] = 'Reading #FILE#: #FORMAT#, #ENCODING#, delimiter "#DELIMITER#"';
$MESS['KCRM_CLI_IMPORT_COLUMN'] = '  #COLUMN# → #FIELD#';
$MESS['KCRM_CLI_JOB_PROGRESS'] = 'Job #ID#: #DONE#/#TOTAL# rows (#STATE#)';
$MESS['KCRM_CLI_IMPORT_SUMMARY'] = 'Import #ID#: #ROWS# rows — created #CREATED#, updated #UPDATED#, unchanged #UNCHANGED#, skipped #SKIPPED#, warnings #WARNINGS#. New cards: #COMPANIES# organisations, #CONTACTS# contact persons.';
$MESS['KCRM_CLI_IMPORT_FAILED'] = 'The import stopped: #ERROR#. The rows before it are imported and can be undone.';
$MESS['KCRM_CLI_IMPORT_UNDO_HINT'] = 'To undo it: bin/crm import-undo #ID#';
$MESS['KCRM_CLI_IMPORT_UNDO_USAGE'] = 'Usage: bin/crm import-undo IMPORT_ID [--db=DSN]';
$MESS['KCRM_CLI_IMPORT_UNDO_FAILED'] = 'Import #ID# cannot be undone: it does not exist, is still running or was undone already.';
$MESS['KCRM_CLI_IMPORT_UNDONE'] = 'Import #ID# undone: what it created is deleted, what it changed is as before.';
$MESS['KCRM_CLI_WORKER_STARTED'] = 'Worker started; waiting for jobs (Ctrl+C to stop).';
$MESS['KCRM_CLI_WORKER_ONCE'] = 'Running the queued jobs, then stopping.';
$MESS['KCRM_CLI_WORKER_JOB_DONE'] = 'Job #ID# done.';
$MESS['KCRM_CLI_WORKER_JOB_FAILED'] = 'Job #ID# failed: #ERROR#';
$MESS['KCRM_CLI_WORKER_JOB_CANCELLED'] = 'Job #ID# cancelled.';
$MESS['KCRM_CLI_WORKER_JOB_QUEUED'] = 'Job #ID# paused; it goes on later.';
$MESS['KCRM_CLI_WORKER_JOB_RUNNING'] = 'Job #ID# is still running.';
$MESS['KCRM_CLI_DEMO_HISTORY'] = 'Demo history: #ACTIVITIES# calls, meetings, notes and e-mails and #TASKS# tasks of three managers over the last six months.';
$MESS['KCRM_CLI_KEYS_CURRENT'] = 'The name keys are current (key format #VERSION#); nothing to do.';
$MESS['KCRM_CLI_KEYS_START'] = 'The crm extension folds names in key format #VERSION#, the stored keys are of format #FROM#: computing them again.';
$MESS['KCRM_CLI_KEYS_COMPANIES'] = '  organisations: #DONE# of #TOTAL#';
$MESS['KCRM_CLI_KEYS_CONTACTS'] = '  contact persons: #DONE# of #TOTAL#';
$MESS['KCRM_CLI_KEYS_DONE'] = 'Name keys are current (key format #VERSION#); #CHANGED# cards got a new key.';
