<?php
// Russian messages of module/kartoteka.crm/lib/cli/console.php.
$MESS['KCRM_CLI_HELP'] = 'Картотека CRM — командная строка

  bin/crm install [--db=DSN] [--admin-login=ЛОГИН --admin-password=ПАРОЛЬ]
      Создаёт или обновляет таблицы и, если указан логин, администратора. Повторный запуск безопасен.
  bin/crm serve [--host=127.0.0.1] [--port=8080] [--db=DSN] [--extension=PATH/crm.so]
      Запускает встроенный веб-сервер PHP; CRM открывается по адресу /crm/.
  bin/crm import ФАЙЛ [--db=DSN] [--mapping=auto|JSON|ФАЙЛ] [--user=admin]
      Загружает организации и контактных лиц из CSV/TSV/XLSX в любой кодировке — заданием с прогрессом.
  bin/crm import-undo НОМЕР_ИМПОРТА [--db=DSN]
      Отменяет импорт: удаляет созданное, восстанавливает изменённое.
  bin/crm demo [--db=DSN]
      Загружает демо-контрагентов (install/demo/kontragenty.csv) тем же путём; повторный запуск ничего не меняет.
  bin/crm worker [--once] [--db=DSN]
      Выполняет задания из очереди (импорты, начатые в браузере); --once — выполнить очередь и выйти.
  bin/crm rekey [--db=DSN]
      Заново вычисляет сохранённые ключи имён, если после обновления расширения crm изменился их формат (install и worker делают это сами).
  bin/crm help
      Эта справка.

Общие параметры: --lang=ru|en|sv (по умолчанию из LANG).
DSN: sqlite:ПУТЬ, pgsql:host=…;dbname=…;user=…;password=…, mysql:host=…;dbname=…;user=…;password=…
База по умолчанию: #DEFAULT_DB#';
$MESS['KCRM_CLI_UNKNOWN_COMMAND'] = 'Неизвестная команда «#COMMAND#». Список команд: bin/crm help';
$MESS['KCRM_CLI_DB_ERROR'] = 'Ошибка базы данных: #ERROR#';
$MESS['KCRM_CLI_ERROR'] = 'Ошибка: #ERROR#';
$MESS['KCRM_CLI_ADMIN_PAIR'] = 'Укажите --admin-login и --admin-password вместе или не указывайте ни один.';
$MESS['KCRM_CLI_PASSWORD_SHORT'] = 'Пароль администратора слишком короткий: нужно не меньше #MIN# символов.';
$MESS['KCRM_CLI_SCHEMA_CURRENT'] = 'Схема базы #DSN# уже актуальна, изменений нет.';
$MESS['KCRM_CLI_SCHEMA_APPLIED'] = 'Применены миграции #VERSIONS# к базе #DSN#.';
$MESS['KCRM_CLI_ADMIN_CREATED'] = 'Создан администратор «#LOGIN#».';
$MESS['KCRM_CLI_ADMIN_EXISTS'] = 'Администратор «#LOGIN#» уже есть; его пароль не изменён.';
$MESS['KCRM_CLI_BAD_PORT'] = 'Неверный порт «#PORT#»: нужно число от 1 до 65535.';
$MESS['KCRM_CLI_NOT_INSTALLED'] = 'База #DSN# не установлена. Сначала выполните: bin/crm install --admin-login=ЛОГИН --admin-password=ПАРОЛЬ';
$MESS['KCRM_CLI_SERVING'] = 'CRM работает по адресу #URL# (остановка: Ctrl+C)';
$MESS['KCRM_CLI_SERVE_FAILED'] = 'Не удалось запустить встроенный веб-сервер PHP.';
$MESS['KCRM_CLI_CANNOT_CREATE_DIR'] = 'Не удалось создать папку #DIR# для файла базы.';
$MESS['KCRM_CLI_IMPORT_NO_FILE'] = 'Укажите файл: bin/crm import ФАЙЛ [--db=DSN] [--mapping=auto] [--user=admin]';
$MESS['KCRM_CLI_IMPORT_NOT_FOUND'] = 'Не удаётся прочитать файл #FILE#.';
$MESS['KCRM_CLI_IMPORT_NO_USER'] = 'Нет пользователя «#LOGIN#» (--user); импорт записывается на него.';
$MESS['KCRM_CLI_IMPORT_BAD_MAPPING'] = '--mapping: «auto», JSON-список полей по столбцам или файл с ним: #MAPPING#';
$MESS['KCRM_CLI_IMPORT_READING'] = 'Чтение #FILE#: #FORMAT#, #ENCODING#, разделитель «#DELIMITER#»';
$MESS['KCRM_CLI_IMPORT_COLUMN'] = '  #COLUMN# → #FIELD#';
$MESS['KCRM_CLI_JOB_PROGRESS'] = 'Задание #ID#: #DONE#/#TOTAL# строк (#STATE#)';
$MESS['KCRM_CLI_IMPORT_SUMMARY'] = 'Импорт #ID#: #ROWS# строк — создано #CREATED#, обновлено #UPDATED#, без изменений #UNCHANGED#, пропущено #SKIPPED#, предупреждений #WARNINGS#. Новые карточки: организаций #COMPANIES#, контактных лиц #CONTACTS#.';
$MESS['KCRM_CLI_IMPORT_FAILED'] = 'Импорт остановлен: #ERROR#. Строки до этого места загружены, их можно отменить.';
$MESS['KCRM_CLI_IMPORT_UNDO_HINT'] = 'Отменить: bin/crm import-undo #ID#';
$MESS['KCRM_CLI_IMPORT_UNDO_USAGE'] = 'Использование: bin/crm import-undo НОМЕР_ИМПОРТА [--db=DSN]';
$MESS['KCRM_CLI_IMPORT_UNDO_FAILED'] = 'Импорт #ID# нельзя отменить: его нет, он ещё идёт или уже отменён.';
$MESS['KCRM_CLI_IMPORT_UNDONE'] = 'Импорт #ID# отменён: созданное удалено, изменённое восстановлено.';
$MESS['KCRM_CLI_WORKER_STARTED'] = 'Обработчик заданий запущен; ждёт заданий (Ctrl+C — остановить).';
$MESS['KCRM_CLI_WORKER_ONCE'] = 'Выполняются задания из очереди, затем выход.';
$MESS['KCRM_CLI_WORKER_JOB_DONE'] = 'Задание #ID# выполнено.';
$MESS['KCRM_CLI_WORKER_JOB_FAILED'] = 'Задание #ID# не выполнено: #ERROR#';
$MESS['KCRM_CLI_WORKER_JOB_CANCELLED'] = 'Задание #ID# отменено.';
$MESS['KCRM_CLI_WORKER_JOB_QUEUED'] = 'Задание #ID# приостановлено; продолжится позже.';
$MESS['KCRM_CLI_WORKER_JOB_RUNNING'] = 'Задание #ID# ещё выполняется.';
$MESS['KCRM_CLI_DEMO_HISTORY'] = 'История для демо: #ACTIVITIES# звонков, встреч, заметок и писем и #TASKS# задач трёх менеджеров за последние полгода.';
$MESS['KCRM_CLI_KEYS_CURRENT'] = 'Ключи имён актуальны (формат ключей #VERSION#), делать нечего.';
$MESS['KCRM_CLI_KEYS_START'] = 'Расширение crm строит ключи имён в формате #VERSION#, сохранённые ключи — в формате #FROM#: вычисляем их заново.';
$MESS['KCRM_CLI_KEYS_COMPANIES'] = '  организации: #DONE# из #TOTAL#';
$MESS['KCRM_CLI_KEYS_CONTACTS'] = '  контактные лица: #DONE# из #TOTAL#';
$MESS['KCRM_CLI_KEYS_DONE'] = 'Ключи имён актуальны (формат ключей #VERSION#); новый ключ получили карточек: #CHANGED#.';
