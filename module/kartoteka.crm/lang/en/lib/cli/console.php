<?php
// English messages of module/kartoteka.crm/lib/cli/console.php.
$MESS['KCRM_CLI_HELP'] = 'Kartoteka CRM — command line

  bin/crm install [--db=DSN] [--admin-login=LOGIN --admin-password=PASSWORD]
      Creates or updates the tables and, when a login is given, the administrator. Safe to run again.
  bin/crm serve [--host=127.0.0.1] [--port=8080] [--db=DSN]
      Starts PHP\'s built-in web server; the CRM is at /crm/.
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
