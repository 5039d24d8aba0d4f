<?php
// Swedish messages of module/kartoteka.crm/lib/cli/console.php.
$MESS['KCRM_CLI_HELP'] = 'Kartoteka CRM — kommandorad

  bin/crm install [--db=DSN] [--admin-login=INLOGGNING --admin-password=LÖSENORD]
      Skapar eller uppdaterar tabellerna och, om en inloggning anges, administratören. Kan köras igen utan risk.
  bin/crm serve [--host=127.0.0.1] [--port=8080] [--db=DSN] [--extension=PATH/crm.so]
      Startar PHP:s inbyggda webbserver; CRM finns på /crm/.
  bin/crm import FIL [--db=DSN] [--mapping=auto|JSON|FIL] [--user=admin]
      Importerar företag och kontaktpersoner från CSV/TSV/XLSX i valfri kodning, som ett jobb med förlopp.
  bin/crm import-undo IMPORT_ID [--db=DSN]
      Ångrar en import: tar bort det den skapade, återställer det den ändrade.
  bin/crm demo [--db=DSN]
      Importerar demokunderna (install/demo/kontragenty.csv) på samma sätt; en andra körning ändrar ingenting.
  bin/crm worker [--once] [--db=DSN]
      Kör jobben i kön (importer startade i webbläsaren); --once kör kön och avslutar.
  bin/crm rekey [--db=DSN]
      Beräknar de lagrade namnnycklarna på nytt när en uppgradering av crm-tillägget ändrat deras format (install och worker gör det också).
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
$MESS['KCRM_CLI_IMPORT_NO_FILE'] = 'Ange filen: bin/crm import FIL [--db=DSN] [--mapping=auto] [--user=admin]';
$MESS['KCRM_CLI_IMPORT_NOT_FOUND'] = 'Kan inte läsa filen #FILE#.';
$MESS['KCRM_CLI_IMPORT_NO_USER'] = 'Det finns ingen användare "#LOGIN#" (--user); importen registreras på den.';
$MESS['KCRM_CLI_IMPORT_BAD_MAPPING'] = '--mapping ska vara "auto", en JSON-lista med fält per kolumn eller en fil med en: #MAPPING#';
$MESS['KCRM_CLI_IMPORT_READING'] = 'Läser #FILE#: #FORMAT#, #ENCODING#, avgränsare "#DELIMITER#"';
$MESS['KCRM_CLI_IMPORT_COLUMN'] = '  #COLUMN# → #FIELD#';
$MESS['KCRM_CLI_JOB_PROGRESS'] = 'Jobb #ID#: #DONE#/#TOTAL# rader (#STATE#)';
$MESS['KCRM_CLI_IMPORT_SUMMARY'] = 'Import #ID#: #ROWS# rader — skapade #CREATED#, uppdaterade #UPDATED#, oförändrade #UNCHANGED#, överhoppade #SKIPPED#, varningar #WARNINGS#. Nya kort: #COMPANIES# företag, #CONTACTS# kontaktpersoner.';
$MESS['KCRM_CLI_IMPORT_FAILED'] = 'Importen stoppade: #ERROR#. Raderna före är importerade och kan ångras.';
$MESS['KCRM_CLI_IMPORT_UNDO_HINT'] = 'Ångra: bin/crm import-undo #ID#';
$MESS['KCRM_CLI_IMPORT_UNDO_USAGE'] = 'Användning: bin/crm import-undo IMPORT_ID [--db=DSN]';
$MESS['KCRM_CLI_IMPORT_UNDO_FAILED'] = 'Import #ID# kan inte ångras: den finns inte, pågår fortfarande eller är redan ångrad.';
$MESS['KCRM_CLI_IMPORT_UNDONE'] = 'Import #ID# ångrad: det den skapade är borttaget, det den ändrade är som förut.';
$MESS['KCRM_CLI_WORKER_STARTED'] = 'Arbetaren startad; väntar på jobb (Ctrl+C för att stoppa).';
$MESS['KCRM_CLI_WORKER_ONCE'] = 'Kör jobben i kön och avslutar sedan.';
$MESS['KCRM_CLI_WORKER_JOB_DONE'] = 'Jobb #ID# klart.';
$MESS['KCRM_CLI_WORKER_JOB_FAILED'] = 'Jobb #ID# misslyckades: #ERROR#';
$MESS['KCRM_CLI_WORKER_JOB_CANCELLED'] = 'Jobb #ID# avbrutet.';
$MESS['KCRM_CLI_WORKER_JOB_QUEUED'] = 'Jobb #ID# pausat; det fortsätter senare.';
$MESS['KCRM_CLI_WORKER_JOB_RUNNING'] = 'Jobb #ID# pågår fortfarande.';
$MESS['KCRM_CLI_DEMO_HISTORY'] = 'Demohistorik: #ACTIVITIES# samtal, möten, anteckningar och e-post samt #TASKS# uppgifter för tre säljare under det senaste halvåret.';
$MESS['KCRM_CLI_KEYS_CURRENT'] = 'Namnnycklarna är aktuella (nyckelformat #VERSION#); inget att göra.';
$MESS['KCRM_CLI_KEYS_START'] = 'crm-tillägget bildar namnnycklar i format #VERSION#, de lagrade är i format #FROM#: de beräknas på nytt.';
$MESS['KCRM_CLI_KEYS_COMPANIES'] = '  organisationer: #DONE# av #TOTAL#';
$MESS['KCRM_CLI_KEYS_CONTACTS'] = '  kontaktpersoner: #DONE# av #TOTAL#';
$MESS['KCRM_CLI_KEYS_DONE'] = 'Namnnycklarna är aktuella (nyckelformat #VERSION#); #CHANGED# kort fick en ny nyckel.';
