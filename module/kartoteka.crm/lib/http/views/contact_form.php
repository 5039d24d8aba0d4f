<?php
// Create or edit a contact person with their organisations and the role in each; warns of duplicates.
namespace Kartoteka\Crm\Http;
/** @var ?int $id @var array<string, mixed> $values @var array<string, array{code: string, replace: array<string, string>}> $errors */
/** @var list<array{text: string, url: ?string, name: ?string}> $warnings @var string $fingerprint */
/** @var list<array{id: int, name: string}> $responsibles @var array<int, list<array{id: int, name: string}>> $companyChoices per row */
/** @var string $pickerUrl @var string $pickerScript */
/** @var list<\Kartoteka\Crm\Contacts\Role> $roles @var string $csrfField @var string $csrfToken */
$value = static fn (string $name): string => (string) ($values[$name] ?? '');
$error = static fn (string $name): Html => new Html(isset($errors[$name])
    ? '<p class="field-error" id="error-' . e($name) . '">' . e($t($errors[$name]['code'], $errors[$name]['replace'])) . '</p>'
    : '');
$action = $id === null ? $url('contact_edit') : $url('contact_edit', ['id' => $id]);
?>
<form method="post" action="<?= e($action) ?>" id="contact-form" data-check="<?= e($url('contact_check', $id === null ? [] : ['id' => $id])) ?>">
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
  <label for="last_name"><?= e($t('KCRM_FIELD_LAST_NAME')) ?></label>
  <input id="last_name" name="last_name" value="<?= e($value('last_name')) ?>" maxlength="255"><?= e($error('last_name')) ?>
  <label for="first_name"><?= e($t('KCRM_FIELD_FIRST_NAME')) ?></label>
  <input id="first_name" name="first_name" value="<?= e($value('first_name')) ?>" maxlength="255"><?= e($error('first_name')) ?>
  <label for="middle_name"><?= e($t('KCRM_FIELD_MIDDLE_NAME')) ?></label>
  <input id="middle_name" name="middle_name" value="<?= e($value('middle_name')) ?>" maxlength="255"><?= e($error('middle_name')) ?>
  <fieldset><legend><?= e($t('KCRM_CARD_COMPANIES')) ?></legend>
    <?php foreach (array_values($values['companies']) as $i => $m): ?>
      <div class="membership company-picker">
        <input type="search" name="companies[<?= e($i) ?>][company_query]" value="<?= e($m['company_query'] ?? '') ?>" size="24" maxlength="200" autocomplete="off"
          placeholder="<?= e($t('KCRM_COMPANY_SEARCH_PLACEHOLDER')) ?>" aria-label="<?= e($t('KCRM_COMPANY_SEARCH')) ?>"
          data-choices="<?= e($pickerUrl) ?>" data-found="<?= e($t('KCRM_COMPANY_SEARCH_FOUND')) ?>">
        <select name="companies[<?= e($i) ?>][company_id]" aria-label="<?= e($t('KCRM_FIELD_COMPANY')) ?>"><option value=""><?= e($t('KCRM_NO_COMPANY')) ?></option>
          <?php foreach ($companyChoices[$i] ?? [] as $c): ?>
            <option value="<?= e($c['id']) ?>"<?= e((string) ($m['company_id'] ?? '') === (string) $c['id'] ? new Html(' selected') : '') ?>><?= e($c['name']) ?></option>
          <?php endforeach ?>
        </select>
        <select name="companies[<?= e($i) ?>][role]" aria-label="<?= e($t('KCRM_FIELD_ROLE')) ?>">
          <?php foreach ($roles as $role): ?>
            <option value="<?= e($role->value) ?>"<?= e(($m['role'] ?? '') === $role->value ? new Html(' selected') : '') ?>><?= e($t($role->labelCode())) ?></option>
          <?php endforeach ?>
        </select>
        <input name="companies[<?= e($i) ?>][position]" value="<?= e($m['position'] ?? '') ?>" placeholder="<?= e($t('KCRM_FIELD_POSITION')) ?>" maxlength="255">
        <span class="muted picker-status" aria-live="polite"></span>
      </div>
    <?php endforeach ?>
    <p class="muted"><?= e($t('KCRM_COMPANY_SEARCH_HINT')) ?></p>
    <?= e($error('companies')) ?>
  </fieldset>
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
  <label for="city"><?= e($t('KCRM_FIELD_CITY')) ?></label>
  <input id="city" name="city" value="<?= e($value('city')) ?>" maxlength="255"><?= e($error('city')) ?>
  <label for="responsible_user_id"><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></label>
  <select id="responsible_user_id" name="responsible_user_id"><option value=""><?= e($t('KCRM_NOBODY')) ?></option>
    <?php foreach ($responsibles as $r): ?>
      <option value="<?= e($r['id']) ?>"<?= e($value('responsible_user_id') === (string) $r['id'] ? new Html(' selected') : '') ?>><?= e($r['name']) ?></option>
    <?php endforeach ?>
  </select>
  <label for="comment"><?= e($t('KCRM_FIELD_COMMENT')) ?></label>
  <textarea id="comment" name="comment" rows="3" cols="50"><?= e($value('comment')) ?></textarea><?= e($error('comment')) ?>
  <div id="live-warnings" aria-live="polite" data-title="<?= e($t('KCRM_FORM_WARNINGS')) ?>"></div>
  <p><button type="submit"><?= e($t('KCRM_SAVE')) ?></button>
    <a href="<?= e($id === null ? $url('contacts') : $url('contact', ['id' => $id])) ?>"><?= e($t('KCRM_CANCEL')) ?></a></p>
</form>
<script src="<?= e($pickerScript) ?>" defer></script>
<script src="<?= e($url('card_check.js')) ?>" defer></script>
