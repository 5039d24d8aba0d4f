<?php
// Swedish messages of module/kartoteka.crm/lib/cli/console.php.
$MESS['KCRM_CLI_HELP'] = 'Kartoteka CRM — kommandorad

  bin/crm install [--db=DSN] [--admin-login=INLOGGNING --admin-password=LÖSENORD]
      Skapar eller uppdaterar tabellerna och, om en inloggning anges, administratören. Kan köras igen utan risk.
  bin/crm serve [--host=127.0.0.1] [--port=8080] [--db=DSN]
      Startar PHP:s inbyggda webbserver; CRM finns på /crm/.
  bin/crm help
      Denna hjälp.

Gemensamma flaggor: --lang=ru|en|sv (standard från LANG).
DSN: sqlite:SÖKVÄG, pgsql:host=…;dbname=…;user=…;password=…, mysql:host=…;dbname=…;user=…;password=…
Standarddatabas: #DEFAULT_DB#';
$MESS['KCRM_CLI_UNKNOWN_COMMAND'] = 'Okänt kommando "#COMMAND#". Lista över kommandon: bin/crm help';
$MESS['KCRM_CLI_DB_ERROR'] = 'Databasfel: #ERROR#';
$MESS['KCRM_CLI_ERROR'] = 'Fel: #ERROR#';
$MESS['KCRM_CLI_ADMIN_PAIR'] = 'Ange --admin-login och --admin-password tillsammans, eller ingen av dem.';
$MESS['KCRM_CLI_PASSWORD_SHORT'] = 'Administratörens lösenord är för kort: minst #MIN# tecken krävs.';
$MESS['KCRM_CLI_SCHEMA_CURRENT'] = 'Schemat i #DSN# är redan aktuellt; inget ändrades.';
$MESS['KCRM_CLI_SCHEMA_APPLIED'] = 'Migreringar #VERSIONS# tillämpades på #DSN#.';
$MESS['KCRM_CLI_ADMIN_CREATED'] = 'Administratören "#LOGIN#" skapades.';
$MESS['KCRM_CLI_ADMIN_EXISTS'] = 'Administratören "#LOGIN#" finns redan; lösenordet ändrades inte.';
$MESS['KCRM_CLI_BAD_PORT'] = 'Ogiltig port "#PORT#": ett tal från 1 till 65535 krävs.';
$MESS['KCRM_CLI_NOT_INSTALLED'] = 'Databasen #DSN# är inte installerad. Kör först: bin/crm install --admin-login=INLOGGNING --admin-password=LÖSENORD';
$MESS['KCRM_CLI_SERVING'] = 'CRM körs på #URL# (stoppa med Ctrl+C)';
$MESS['KCRM_CLI_SERVE_FAILED'] = 'Det gick inte att starta PHP:s inbyggda webbserver.';
$MESS['KCRM_CLI_CANNOT_CREATE_DIR'] = 'Det gick inte att skapa mappen #DIR# för databasfilen.';
