<?php
// The sign-in form of the standalone host.
namespace Kartoteka\Crm\Http;
/** @var ?string $error lang code @var string $login @var string $csrfField @var string $csrfToken */
?>
<form method="post" action="<?= e($url('login')) ?>" class="login">
  <?php if ($error !== null): ?>
    <p class="error" role="alert"><?= e($t($error)) ?></p>
  <?php endif ?>
  <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
  <label for="login"><?= e($t('KCRM_LOGIN_FIELD_LOGIN')) ?></label>
  <input id="login" name="login" value="<?= e($login) ?>" autocomplete="username" required autofocus>
  <label for="password"><?= e($t('KCRM_LOGIN_FIELD_PASSWORD')) ?></label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <p><button type="submit"><?= e($t('KCRM_LOGIN_SUBMIT')) ?></button></p>
</form>
