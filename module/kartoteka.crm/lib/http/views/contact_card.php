<?php
// One contact person: organisations with the role in each, phones, e-mails, timeline and tasks.
namespace Kartoteka\Crm\Http;
/** @var array<string, mixed> $contact @var string $name @var Html $timeline */
/** @var bool $canWrite @var bool $canDelete @var string $csrfField @var string $csrfToken */
$deleted = $contact['deleted_at'] !== null;
?>
<?php if ($deleted): ?>
  <p class="notice deleted" id="card-deleted"><?= e($t('KCRM_CARD_DELETED', ['#DATE#' => $fmt->dateTime($contact['deleted_at'])])) ?>
  <?php if ($canDelete): ?>
    <form method="post" class="inline" action="<?= e($url('contact_restore')) ?>">
      <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
      <input type="hidden" name="id" value="<?= e($contact['id']) ?>">
      <button type="submit"><?= e($t('KCRM_RESTORE')) ?></button>
    </form>
  <?php endif ?></p>
<?php endif ?>
<p>
  <?php if ($canWrite && !$deleted): ?>
    <a href="<?= e($url('contact_edit', ['id' => $contact['id']])) ?>"><?= e($t('KCRM_EDIT')) ?></a>
  <?php endif ?>
  <?php if ($canDelete && !$deleted): ?>
    <form method="post" class="inline" action="<?= e($url('contact_delete')) ?>">
      <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
      <input type="hidden" name="id" value="<?= e($contact['id']) ?>">
      <button type="submit"><?= e($t('KCRM_DELETE')) ?></button>
    </form>
  <?php endif ?>
</p>
<section class="card">
  <dl class="requisites">
    <dt><?= e($t('KCRM_CARD_COMPANIES')) ?></dt>
    <dd id="companies"><?php if ($contact['companies'] === []): ?><span class="muted"><?= e($t('KCRM_CARD_NO_COMPANY')) ?></span><?php endif ?>
      <?php foreach ($contact['companies'] as $m): ?>
        <div><?php if (!empty($m['hidden'])): ?><span class="muted"><?= e($t('KCRM_FOREIGN_COMPANY')) ?></span><?php else: ?><a href="<?= e($url('company', ['id' => $m['company_id']])) ?>"><?= e($m['company_name']) ?></a><?php endif ?> —
          <?= e($t(\Kartoteka\Crm\Contacts\Role::from($m['role'])->labelCode())) ?><?= e($m['position'] !== null ? ', ' . $m['position'] : '') ?></div>
      <?php endforeach ?></dd>
    <dt><?= e($t('KCRM_FIELD_PHONES')) ?></dt>
    <dd id="phones"><?php foreach ($contact['phones'] as $phone): ?>
      <div><a href="tel:<?= e($phone['e164'] ?? '') ?>"><?= e($phone['raw']) ?></a>
        <?php if ($phone['e164'] !== null): ?><span class="muted"><?= e($phone['e164']) ?><?= e($phone['extension'] !== null ? ' ' . $t('KCRM_PHONE_EXTENSION', ['#EXT#' => $phone['extension']]) : '') ?></span>
        <?php else: ?><span class="muted"><?= e($t('KCRM_PHONE_NOT_RECOGNISED')) ?></span><?php endif ?></div>
    <?php endforeach ?></dd>
    <dt><?= e($t('KCRM_FIELD_EMAILS')) ?></dt>
    <dd><?php foreach ($contact['emails'] as $email): ?><div><a href="mailto:<?= e($email['raw']) ?>"><?= e($email['raw']) ?></a></div><?php endforeach ?></dd>
    <?php if ((string) $contact['city'] !== ''): ?><dt><?= e($t('KCRM_FIELD_CITY')) ?></dt><dd><?= e($contact['city']) ?></dd><?php endif ?>
    <dt><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></dt><dd><?= e($contact['responsible_name'] ?? $t('KCRM_NOBODY')) ?></dd>
    <?php if ((string) $contact['comment'] !== ''): ?><dt><?= e($t('KCRM_FIELD_COMMENT')) ?></dt><dd><?= e($contact['comment']) ?></dd><?php endif ?>
  </dl>
</section>
<?= e($timeline) ?>
