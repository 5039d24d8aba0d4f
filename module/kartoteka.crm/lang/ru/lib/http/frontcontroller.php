<?php
// Russian messages of module/kartoteka.crm/lib/http/frontcontroller.php.
$MESS['KCRM_PAGE_LOGIN'] = 'Вход';
$MESS['KCRM_ERROR_CSRF'] = 'Форма устарела или отправлена не с этой страницы. Обновите страницу и попробуйте снова.';
$MESS['KCRM_ERROR_WRONG_CREDENTIALS'] = 'Неверный логин или пароль.';
$MESS['KCRM_ERROR_TOO_MANY_ATTEMPTS'] = 'Слишком много неудачных попыток входа. Подождите 15 минут и попробуйте снова.';
$MESS['KCRM_HOST_NOT_INSTALLED'] = 'Картотека CRM ещё не установлена. Выполните на сервере: bin/crm install --admin-login=ЛОГИН --admin-password=ПАРОЛЬ';
