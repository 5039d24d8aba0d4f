<?php
// One organisation: requisites, phones and e-mails, its contact persons with their roles, timeline and tasks.
namespace Kartoteka\Crm\Http;
/** @var array<string, mixed> $company @var list<\Kartoteka\Crm\Contacts\Role> $roles @var Html $timeline */
/** @var bool $canWrite @var bool $canDelete @var string $csrfField @var string $csrfToken */
$deleted = $company['deleted_at'] !== null;
?>
<?php if ($deleted): ?>
  <p class="notice deleted" id="card-deleted"><?= e($t('KCRM_CARD_DELETED', ['#DATE#' => $fmt->dateTime($company['deleted_at'])])) ?>
  <?php if ($canDelete): ?>
    <form method="post" class="inline" action="<?= e($url('company_restore')) ?>">
      <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
      <input type="hidden" name="id" value="<?= e($company['id']) ?>">
      <button type="submit"><?= e($t('KCRM_RESTORE')) ?></button>
    </form>
  <?php endif ?></p>
<?php endif ?>
<p>
  <?php if ($canWrite && !$deleted): ?>
    <a href="<?= e($url('company_edit', ['id' => $company['id']])) ?>"><?= e($t('KCRM_EDIT')) ?></a>
  <?php endif ?>
  <?php if ($canDelete && !$deleted): ?>
    <form method="post" class="inline" action="<?= e($url('company_delete')) ?>">
      <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
      <input type="hidden" name="id" value="<?= e($company['id']) ?>">
      <button type="submit"><?= e($t('KCRM_DELETE')) ?></button>
    </form>
  <?php endif ?>
</p>
<section class="card">
  <h2><?= e($t('KCRM_CARD_REQUISITES')) ?></h2>
  <dl class="requisites">
    <?php foreach (['inn' => 'KCRM_FIELD_INN', 'kpp' => 'KCRM_FIELD_KPP', 'ogrn' => 'KCRM_FIELD_OGRN', 'orgnr' => 'KCRM_FIELD_ORGNR', 'legal_address' => 'KCRM_FIELD_LEGAL_ADDRESS', 'city' => 'KCRM_FIELD_CITY'] as $field => $label): ?>
      <?php if ((string) $company[$field] !== ''): ?>
        <dt><?= e($t($label)) ?></dt><dd id="field-<?= e($field) ?>"><?= e($company[$field]) ?></dd>
      <?php endif ?>
    <?php endforeach ?>
    <dt><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></dt><dd><?= e($company['responsible_name'] ?? $t('KCRM_NOBODY')) ?></dd>
    <dt><?= e($t('KCRM_FIELD_PHONES')) ?></dt>
    <dd id="phones"><?php foreach ($company['phones'] as $phone): ?>
      <div><a href="tel:<?= e($phone['e164'] ?? '') ?>"><?= e($phone['raw']) ?></a>
        <?php if ($phone['e164'] !== null): ?><span class="muted"><?= e($phone['e164']) ?><?= e($phone['extension'] !== null ? ' ' . $t('KCRM_PHONE_EXTENSION', ['#EXT#' => $phone['extension']]) : '') ?></span>
        <?php else: ?><span class="muted"><?= e($t('KCRM_PHONE_NOT_RECOGNISED')) ?></span><?php endif ?></div>
    <?php endforeach ?></dd>
    <dt><?= e($t('KCRM_FIELD_EMAILS')) ?></dt>
    <dd><?php foreach ($company['emails'] as $email): ?><div><a href="mailto:<?= e($email['raw']) ?>"><?= e($email['raw']) ?></a></div><?php endforeach ?></dd>
  </dl>
</section>
<section id="contacts">
  <h2><?= e($t('KCRM_CARD_CONTACTS')) ?></h2>
  <?php if ($company['contacts'] === []): ?>
    <p class="muted"><?= e($t('KCRM_CARD_NO_CONTACTS')) ?></p>
  <?php else: ?>
    <table class="list">
      <thead><tr><th><?= e($t('KCRM_FIELD_PERSON')) ?></th><th><?= e($t('KCRM_FIELD_ROLE')) ?></th><th><?= e($t('KCRM_FIELD_PHONE')) ?></th><th><?= e($t('KCRM_FIELD_EMAIL')) ?></th></tr></thead>
      <tbody>
      <?php foreach ($company['contacts'] as $person): ?>
        <tr<?= e($person['contact_hidden'] ? new Html(' class="foreign-contact"') : '') ?>>
          <?php if ($person['contact_hidden']): ?>
            <td class="muted"><?= e($t('KCRM_FOREIGN_CONTACT')) ?></td>
          <?php else: ?>
            <td><a href="<?= e($url('contact', ['id' => $person['id']])) ?>"><?= e(\Kartoteka\Crm\Contacts\ContactRepository::fullName($person)) ?></a></td>
          <?php endif ?>
          <td><?= e($t(\Kartoteka\Crm\Contacts\Role::from((string) $person['role'])->labelCode())) ?><?= e($person['position'] !== null ? ', ' . $person['position'] : '') ?></td>
          <td><?= e($person['phone']) ?></td>
          <td><?= e($person['email']) ?></td>
        </tr>
      <?php endforeach ?>
      </tbody>
    </table>
  <?php endif ?>
  <?php if (!$deleted): ?>
    <p><a href="<?= e($url('contact_edit', ['company' => $company['id']])) ?>"><?= e($t('KCRM_CARD_ADD_CONTACT')) ?></a></p>
  <?php endif ?>
</section>
<?= e($timeline) ?>
