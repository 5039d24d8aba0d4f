<?php
// Russian messages of module/kartoteka.crm/lib/cli/console.php.
$MESS['KCRM_CLI_HELP'] = 'Картотека CRM — командная строка

  bin/crm install [--db=DSN] [--admin-login=ЛОГИН --admin-password=ПАРОЛЬ]
      Создаёт или обновляет таблицы и, если указан логин, администратора. Повторный запуск безопасен.
  bin/crm serve [--host=127.0.0.1] [--port=8080] [--db=DSN]
      Запускает встроенный веб-сервер PHP; CRM открывается по адресу /crm/.
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
