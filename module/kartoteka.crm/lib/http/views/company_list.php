<?php
// The organisations: search by name, INN or phone, filters, sorting, pages; deleted ones behind a filter.
namespace Kartoteka\Crm\Http;
/** @var \Kartoteka\Crm\Contacts\ListQuery $query @var \Kartoteka\Crm\Contacts\ListPage $list @var Html $pager */
/** @var list<array{id: int, name: string}> $responsibles @var bool $canWrite @var bool $canDelete @var ?Html $export */
$sortLink = static function (string $key) use ($query, $url): string {
    $desc = $query->sort === $key && !$query->descending;
    return $url('companies', $query->toArray(['sort' => $key, 'dir' => $desc ? 'desc' : null, 'page' => null]));
};
?>
<?php if ($canWrite): ?>
  <p><a href="<?= e($url('company_edit')) ?>" id="new-company"><?= e($t('KCRM_COMPANY_NEW')) ?></a></p>
<?php endif ?>
<form method="get" action="<?= e($url('companies')) ?>" class="filters" role="search">
  <div><label for="q"><?= e($t('KCRM_SEARCH_COMPANY')) ?></label>
    <input id="q" name="q" type="search" value="<?= e($query->text) ?>" size="30"></div>
  <div><label for="responsible"><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></label>
    <select id="responsible" name="responsible"><option value=""><?= e($t('KCRM_ANY')) ?></option>
      <?php foreach ($responsibles as $r): ?>
        <option value="<?= e($r['id']) ?>"<?= e($query->responsibleUserId === $r['id'] ? new Html(' selected') : '') ?>><?= e($r['name']) ?></option>
      <?php endforeach ?>
    </select></div>
  <div><label for="city"><?= e($t('KCRM_FIELD_CITY')) ?></label>
    <input id="city" name="city" value="<?= e($query->city) ?>" size="12"></div>
  <div><label for="from"><?= e($t('KCRM_FILTER_CREATED_FROM')) ?></label>
    <input id="from" name="from" type="date" value="<?= e($query->createdFrom) ?>"></div>
  <div><label for="to"><?= e($t('KCRM_FILTER_CREATED_TO')) ?></label>
    <input id="to" name="to" type="date" value="<?= e($query->createdTo) ?>"></div>
  <div><label><input type="checkbox" name="deleted" value="1"<?= e($query->deleted ? new Html(' checked') : '') ?>> <?= e($t('KCRM_FILTER_DELETED')) ?></label></div>
  <input type="hidden" name="sort" value="<?= e($query->sort) ?>">
  <div><button type="submit"><?= e($t('KCRM_SEARCH')) ?></button>
    <a href="<?= e($url('companies')) ?>"><?= e($t('KCRM_RESET')) ?></a></div>
</form>
<?php if ($list->rows === []): ?>
  <p class="muted" id="empty"><?= e($t('KCRM_NOTHING_FOUND')) ?></p>
<?php else: ?>
<table class="list" id="companies">
  <thead><tr>
    <th><a href="<?= e($sortLink('name')) ?>"><?= e($t('KCRM_FIELD_COMPANY_NAME')) ?></a></th>
    <th><?= e($t('KCRM_FIELD_INN')) ?></th>
    <th><?= e($t('KCRM_FIELD_PHONE')) ?></th>
    <th><a href="<?= e($sortLink('city')) ?>"><?= e($t('KCRM_FIELD_CITY')) ?></a></th>
    <th><?= e($t('KCRM_FIELD_RESPONSIBLE')) ?></th>
    <th><a href="<?= e($sortLink('created')) ?>"><?= e($t('KCRM_FIELD_CREATED')) ?></a></th>
    <?php if ($query->deleted && $canDelete): ?><th></th><?php endif ?>
  </tr></thead>
  <tbody>
  <?php foreach ($list->rows as $row): ?>
    <tr>
      <td><a href="<?= e($url('company', ['id' => $row['id']])) ?>"><?= e($row['name']) ?></a></td>
      <td><?= e($row['inn']) ?></td>
      <td><?= e($row['phone']) ?></td>
      <td><?= e($row['city']) ?></td>
      <td><?= e($row['responsible_name']) ?></td>
      <td><?= e($fmt->date($row['created_at'])) ?></td>
      <?php if ($query->deleted && $canDelete): ?>
        <td><form method="post" action="<?= e($url('company_restore')) ?>">
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
