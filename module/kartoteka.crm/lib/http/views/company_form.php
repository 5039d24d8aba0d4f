<?php
// Create or edit an organisation; warns of cards with the same INN, phone or e-mail before saving.
namespace Kartoteka\Crm\Http;
/** @var ?int $id @var array<string, mixed> $values @var array<string, array{code: string, replace: array<string, string>}> $errors */
/** @var list<array{text: string, url: ?string, name: ?string}> $warnings @var string $fingerprint */
/** @var list<array{id: int, name: string}> $responsibles @var string $csrfField @var string $csrfToken */
$value = static fn (string $name): string => (string) ($values[$name] ?? '');
$error = static fn (string $name): Html => new Html(isset($errors[$name])
    ? '<p class="field-error" id="error-' . e($name) . '">' . e($t($errors[$name]['code'], $errors[$name]['replace'])) . '</p>'
    : '');
$action = $id === null ? $url('company_edit') : $url('company_edit', ['id' => $id]);
?>
<form method="post" action="<?= e($action) ?>" id="company-form" data-check="<?= e($url('company_check', $id === null ? [] : ['id' => $id])) ?>">
  <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
  <?php if ($errors !== []): ?>
    <p class="error" role="alert"><?= e($t('KCRM_FORM_HAS_ERRORS')) ?></p>
  <?php endif ?>
  <?php if ($warnings !== []): ?>
    <div class="warnings" role="alert" id="warnings">
      <p><?= e($t('KCRM_FORM_WARNINGS')) ?></p>
      <ul>
        <?php foreach ($warnings as $w): ?>
          <li><?= e($w['text']) ?><?php if ($w['url'] !== null): ?> <a href="<?= e($w['url']) ?>"><?= e($w['name']) ?></a><?php endif ?></li>
        <?php endforeach ?>
      </ul>
      <input type="hidden" name="confirm" value="<?= e($fingerprint) ?>">
      <button type="submit" name="save_anyway" value="1"><?= e($t('KCRM_SAVE_ANYWAY')) ?></button>
    </div>
  <?php endif ?>
  <label for="name"><?= e($t('KCRM_FIELD_COMPANY_NAME')) ?> *</label>
  <input id="name" name="name" value="<?= e($value('name')) ?>" required maxlength="255" size="50"><?= e($error('name')) ?>
  <label for="inn"><?= e($t('KCRM_FIELD_INN')) ?></label>
  <input id="inn" name="inn" value="<?= e($value('inn')) ?>" inputmode="numeric" maxlength="64" data-check-field="inn"><?= e($error('inn')) ?>
  <label for="kpp"><?= e($t('KCRM_FIELD_KPP')) ?></label>
  <input id="kpp" name="kpp" value="<?= e($value('kpp')) ?>" maxlength="64"><?= e($error('kpp')) ?>
  <label for="ogrn"><?= e($t('KCRM_FIELD_OGRN')) ?></label>
  <input id="ogrn" name="ogrn" value="<?= e($value('ogrn')) ?>" inputmode="numeric" maxlength="64"><?= e($error('ogrn')) ?>
  <label for="orgnr"><?= e($t('KCRM_FIELD_ORGNR')) ?></label>
  <input id="orgnr" name="orgnr" value="<?= e($value('orgnr')) ?>" maxlength="64"><?= e($error('orgnr')) ?>
  <label for="legal_address"><?= e($t('KCRM_FIELD_LEGAL_ADDRESS')) ?></label>
  <textarea id="legal_address" name="legal_address" rows="2" cols="50"><?= e($value('legal_address')) ?></textarea><?= e($error('legal_address')) ?>
  <label for="city"><?= e($t('KCRM_FIELD_CITY')) ?></label>
  <input id="city" name="city" value="<?= e($value('city')) ?>" maxlength="255"><?= e($error('city')) ?>
  <label for="responsible_user_id"><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></label>
  <select id="responsible_user_id" name="responsible_user_id"><option value=""><?= e($t('KCRM_NOBODY')) ?></option>
    <?php foreach ($responsibles as $r): ?>
      <option value="<?= e($r['id']) ?>"<?= e($value('responsible_user_id') === (string) $r['id'] ? new Html(' selected') : '') ?>><?= e($r['name']) ?></option>
    <?php endforeach ?>
  </select>
  <fieldset><legend><?= e($t('KCRM_FIELD_PHONES')) ?></legend>
    <?php foreach ($values['phones'] as $phone): ?>
      <input name="phones[]" value="<?= e($phone) ?>" type="tel" size="30" data-check-field="phones[]">
    <?php endforeach ?>
    <input name="phones[]" value="" type="tel" size="30" placeholder="<?= e($t('KCRM_ANOTHER_PHONE')) ?>" data-check-field="phones[]"><?= e($error('phones')) ?>
  </fieldset>
  <fieldset><legend><?= e($t('KCRM_FIELD_EMAILS')) ?></legend>
    <?php foreach ($values['emails'] as $email): ?>
      <input name="emails[]" value="<?= e($email) ?>" type="text" inputmode="email" size="30" data-check-field="emails[]">
    <?php endforeach ?>
    <input name="emails[]" value="" type="text" inputmode="email" size="30" placeholder="<?= e($t('KCRM_ANOTHER_EMAIL')) ?>" data-check-field="emails[]"><?= e($error('emails')) ?>
  </fieldset>
  <div id="live-warnings" aria-live="polite" data-title="<?= e($t('KCRM_FORM_WARNINGS')) ?>"></div>
  <p><button type="submit"><?= e($t('KCRM_SAVE')) ?></button>
    <a href="<?= e($id === null ? $url('companies') : $url('company', ['id' => $id])) ?>"><?= e($t('KCRM_CANCEL')) ?></a></p>
</form>
<script src="<?= e($url('card_check.js')) ?>" defer></script>
