<?php
// The page frame of the standalone host: title, language switcher, signed-in user, content.
namespace Kartoteka\Crm\Http;
/** @var string $title @var Html $content @var ?\Kartoteka\Crm\Access\User $user @var string $language */
/** @var list<string> $languages @var string $csrfField @var string $csrfToken @var ?string $notice */
/** @var ?array<string, int|string> $flash a one-time notice: ['kind' => 'deleted'|'restored', 'entity' => 'company'|'contact', 'id' => …] */
?><!DOCTYPE html>
<html lang="<?= e($language) ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?= e($title) ?> — <?= e($t('KCRM_LAYOUT_PRODUCT')) ?></title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d2733; background: #f4f6f8; }
header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #1d3a5c; color: #fff; }
header .product { font-weight: 600; margin-right: auto; }
header a, header button { color: #fff; }
header form { display: inline; margin: 0; }
header button { background: none; border: 1px solid #fff6; border-radius: 4px; cursor: pointer; }
nav.languages a { margin-left: .4rem; }
nav.languages a[aria-current] { font-weight: 700; text-decoration: none; }
main { max-width: 60rem; margin: 2rem auto; padding: 0 1.2rem; }
.notice { background: #fff3cd; border: 1px solid #e0c36c; padding: .6rem 1rem; border-radius: 4px; }
.error { color: #a40e26; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; }
.card { background: #fff; border-radius: 6px; padding: 1rem 1.4rem; min-width: 12rem; box-shadow: 0 1px 2px #0002; }
.card .number { font-size: 2rem; font-weight: 600; }
label { display: block; margin: .6rem 0 .2rem; }
nav.main a { color: #fff; margin-right: .8rem; }
table.list { border-collapse: collapse; width: 100%; background: #fff; }
table.list th, table.list td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #dde3ea; vertical-align: top; }
form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin-bottom: 1rem; }
form.filters label { margin: 0; font-size: .85rem; }
form.inline { display: inline; }
.warnings { background: #fff3cd; border: 1px solid #e0c36c; padding: .6rem 1rem; border-radius: 4px; }
.field-error { color: #a40e26; font-size: .9rem; }
.deleted { color: #8a5300; }
.timeline li { margin-bottom: .6rem; }
.muted { color: #5b6875; font-size: .9rem; }
dl.requisites { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.requisites dt { color: #5b6875; }
dl.requisites dd { margin: 0; }
figure.chart { margin: 1rem 0; background: #fff; border-radius: 6px; padding: .6rem; box-shadow: 0 1px 2px #0002; }
figure.chart svg { width: 100%; height: auto; display: block; }
figure.chart svg .tick { font-size: 11px; fill: #5b6875; }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem 1rem; margin: .4rem 0 0; padding: 0; font-size: .9rem; }
ul.legend .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem; vertical-align: -1px; }
td.num, th.num { text-align: right; }
.presets a { margin-right: .6rem; }
</style>
</head>
<body>
<header>
  <span class="product"><?= e($t('KCRM_LAYOUT_PRODUCT')) ?></span>
  <?php if ($user !== null): ?>
    <nav class="main">
      <a href="<?= e($url('dashboard')) ?>"><?= e($t('KCRM_LAYOUT_NAV_DASHBOARD')) ?></a>
      <a href="<?= e($url('companies')) ?>"><?= e($t('KCRM_LAYOUT_NAV_COMPANIES')) ?></a>
      <a href="<?= e($url('contacts')) ?>"><?= e($t('KCRM_LAYOUT_NAV_CONTACTS')) ?></a>
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
  <?php if (($flash ?? null) !== null && in_array($flash['entity'] ?? '', ['company', 'contact'], true)): ?>
    <div class="notice" role="status" id="flash">
      <?php if ($flash['kind'] === 'deleted'): ?>
        <?= e($t('KCRM_LAYOUT_DELETED', ['#NAME#' => (string) ($flash['name'] ?? '')])) ?>
        <form method="post" class="inline" action="<?= e($url($flash['entity'] . '_restore')) ?>">
          <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
          <input type="hidden" name="id" value="<?= e($flash['id']) ?>">
          <button type="submit"><?= e($t('KCRM_LAYOUT_UNDO')) ?></button>
        </form>
      <?php else: ?>
        <?= e($t('KCRM_LAYOUT_RESTORED')) ?>
      <?php endif ?>
    </div>
  <?php endif ?>
  <h1><?= e($title) ?></h1>
  <?= e($content) ?>
</main>
</body>
</html>
