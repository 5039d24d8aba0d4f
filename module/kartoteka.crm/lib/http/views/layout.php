<?php
// The page frame of the standalone host: title, language switcher, signed-in user, content.
namespace Kartoteka\Crm\Http;
/** @var string $title @var Html $content @var ?\Kartoteka\Crm\Access\User $user @var string $language */
/** @var list<string> $languages @var string $csrfField @var string $csrfToken @var ?string $notice */
/** @var ?Html $flash the one-time notice (view flash) */
?><!DOCTYPE html>
<html lang="<?= e($language) ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= e($title) ?> — <?= e($t('KCRM_LAYOUT_PRODUCT')) ?></title>
<link rel="stylesheet" href="<?= e($url('crm.css')) ?>">
</head>
<body>
<header>
  <span class="product"><?= e($t('KCRM_LAYOUT_PRODUCT')) ?></span>
  <?php if ($user !== null): ?>
    <nav class="main">
      <a href="<?= e($url('dashboard')) ?>"><?= e($t('KCRM_LAYOUT_NAV_DASHBOARD')) ?></a>
      <a href="<?= e($url('companies')) ?>"><?= e($t('KCRM_LAYOUT_NAV_COMPANIES')) ?></a>
      <a href="<?= e($url('contacts')) ?>"><?= e($t('KCRM_LAYOUT_NAV_CONTACTS')) ?></a>
      <a href="<?= e($url('tasks')) ?>"><?= e($t('KCRM_LAYOUT_NAV_TASKS')) ?></a>
      <a href="<?= e($url('import')) ?>"><?= e($t('KCRM_LAYOUT_NAV_IMPORT')) ?></a>
      <a href="<?= e($url('reports')) ?>"><?= e($t('KCRM_LAYOUT_NAV_REPORTS')) ?></a>
      <?php if ($canAdminister ?? false): ?>
        <a href="<?= e($url('users')) ?>"><?= e($t('KCRM_LAYOUT_NAV_USERS')) ?></a>
        <a href="<?= e($url('audit')) ?>"><?= e($t('KCRM_LAYOUT_NAV_AUDIT')) ?></a>
      <?php endif ?>
    </nav>
  <?php endif ?>
  <nav class="languages" aria-label="<?= e($t('KCRM_LAYOUT_LANGUAGE')) ?>">
    <?php foreach ($languages as $code): ?>
      <a href="?lang=<?= e($code) ?>"<?= e($code === $language ? new Html(' aria-current="true"') : '') ?>><?= e($t('KCRM_LAYOUT_LANGUAGE_' . strtoupper($code))) ?></a>
    <?php endforeach ?>
  </nav>
  <?php if ($user !== null): ?>
    <span class="user"><?= e($user->displayName()) ?></span>
    <form method="post" action="<?= e($url('logout')) ?>">
      <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
      <button type="submit"><?= e($t('KCRM_LAYOUT_LOGOUT')) ?></button>
    </form>
  <?php endif ?>
</header>
<main>
  <?php if ($notice !== null): ?>
    <p class="notice" role="status"><?= e($notice) ?></p>
  <?php endif ?>
  <?= e($flash ?? null) ?>
  <h1><?= e($title) ?></h1>
  <?= e($content) ?>
</main>
</body>
</html>
