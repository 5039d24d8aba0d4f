<?php
// The contact persons: search by name, phone or e-mail, filter by organisation, sorting, pages.
namespace Kartoteka\Crm\Http;
/** @var \Kartoteka\Crm\Contacts\ListQuery $query @var \Kartoteka\Crm\Contacts\ListPage $list @var Html $pager */
/** @var list<array{id: int, name: string}> $responsibles @var list<array{id: int, name: string}> $companies @var bool $canWrite @var bool $canDelete @var ?Html $export */
/** @var string $companyText @var ?string $companyNotice @var string $pickerUrl @var string $pickerScript */
$sortLink = static function (string $key) use ($query, $url): string {
    $desc = $query->sort === $key && !$query->descending;
    return $url('contacts', $query->toArray(['sort' => $key, 'dir' => $desc ? 'desc' : null, 'page' => null]));
};
?>
<?php if ($canWrite): ?>
  <p><a href="<?= e($url('contact_edit')) ?>" id="new-contact"><?= e($t('KCRM_CONTACT_NEW')) ?></a></p>
<?php endif ?>
<form method="get" action="<?= e($url('contacts')) ?>" class="filters" role="search">
  <div><label for="q"><?= e($t('KCRM_SEARCH_CONTACT')) ?></label>
    <input id="q" name="q" type="search" value="<?= e($query->text) ?>" size="30"></div>
  <div class="company-picker"><label for="company_q"><?= e($t('KCRM_FIELD_COMPANY')) ?></label>
    <input id="company_q" name="company_q" type="search" value="<?= e($companyText) ?>" size="20" maxlength="200" autocomplete="off"
      placeholder="<?= e($t('KCRM_COMPANY_SEARCH_PLACEHOLDER')) ?>" data-choices="<?= e($pickerUrl) ?>" data-found="<?= e($t('KCRM_COMPANY_SEARCH_FOUND')) ?>">
    <select id="company" name="company" aria-label="<?= e($t('KCRM_FIELD_COMPANY')) ?>"><option value=""><?= e($t('KCRM_ANY')) ?></option>
      <?php foreach ($companies as $c): ?>
        <option value="<?= e($c['id']) ?>"<?= e($query->companyId === $c['id'] ? new Html(' selected') : '') ?>><?= e($c['name']) ?></option>
      <?php endforeach ?>
    </select>
    <span class="muted picker-status" aria-live="polite"><?= e($companyNotice ?? '') ?></span></div>
  <div><label for="responsible"><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></label>
    <select id="responsible" name="responsible"><option value=""><?= e($t('KCRM_ANY')) ?></option>
      <?php foreach ($responsibles as $r): ?>
        <option value="<?= e($r['id']) ?>"<?= e($query->responsibleUserId === $r['id'] ? new Html(' selected') : '') ?>><?= e($r['name']) ?></option>
      <?php endforeach ?>
    </select></div>
  <div><label for="city"><?= e($t('KCRM_FIELD_CITY')) ?></label>
    <input id="city" name="city" value="<?= e($query->city) ?>" size="12"></div>
  <div><label><input type="checkbox" name="deleted" value="1"<?= e($query->deleted ? new Html(' checked') : '') ?>> <?= e($t('KCRM_FILTER_DELETED')) ?></label></div>
  <input type="hidden" name="sort" value="<?= e($query->sort) ?>">
  <div><button type="submit"><?= e($t('KCRM_SEARCH')) ?></button>
    <a href="<?= e($url('contacts')) ?>"><?= e($t('KCRM_RESET')) ?></a></div>
</form>
<?php if ($list->rows === []): ?>
  <p class="muted" id="empty"><?= e($t('KCRM_NOTHING_FOUND')) ?></p>
<?php else: ?>
<table class="list" id="contacts">
  <thead><tr>
    <th><a href="<?= e($sortLink('name')) ?>"><?= e($t('KCRM_FIELD_PERSON')) ?></a></th>
    <th><?= e($t('KCRM_CARD_COMPANIES')) ?></th>
    <th><?= e($t('KCRM_FIELD_PHONE')) ?></th>
    <th><?= e($t('KCRM_FIELD_EMAIL')) ?></th>
    <th><a href="<?= e($sortLink('city')) ?>"><?= e($t('KCRM_FIELD_CITY')) ?></a></th>
    <th><a href="<?= e($sortLink('created')) ?>"><?= e($t('KCRM_FIELD_CREATED')) ?></a></th>
    <?php if ($query->deleted && $canDelete): ?><th></th><?php endif ?>
  </tr></thead>
  <tbody>
  <?php foreach ($list->rows as $row): ?>
    <tr>
      <td><a href="<?= e($url('contact', ['id' => $row['id']])) ?>"><?= e(\Kartoteka\Crm\Contacts\ContactRepository::fullName($row)) ?></a></td>
      <td><?php foreach ($row['companies'] as $m): ?><div><?= e($m['company_name']) ?> <span class="muted"><?= e($t(\Kartoteka\Crm\Contacts\Role::from($m['role'])->labelCode())) ?></span></div><?php endforeach ?></td>
      <td><?= e($row['phone']) ?></td>
      <td><?= e($row['email']) ?></td>
      <td><?= e($row['city']) ?></td>
      <td><?= e($fmt->date($row['created_at'])) ?></td>
      <?php if ($query->deleted && $canDelete): ?>
        <td><form method="post" action="<?= e($url('contact_restore')) ?>">
          <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
          <input type="hidden" name="id" value="<?= e($row['id']) ?>">
          <button type="submit"><?= e($t('KCRM_RESTORE')) ?></button></form></td>
      <?php endif ?>
    </tr>
  <?php endforeach ?>
  </tbody>
</table>
<?php endif ?>
<?= e($pager) ?>
<?= e($export ?? null) ?>
<script src="<?= e($pickerScript) ?>" defer></script>
