<?php
// The audit log: who viewed or changed personal data, newest first, with filters by person, action, record and date.
namespace Kartoteka\Crm\Http;
/** @var array{user_id: ?int, action: ?string, entity: ?string, entity_id: ?int, from: ?string, to: ?string} $filters */
/** @var list<array<string, mixed>> $rows @var int $total @var int $page @var int $pages */
/** @var list<array{id: int, login: string, name: string}> $users @var list<string> $actions @var list<string> $entities */
$query = array_filter([
    'user' => $filters['user_id'], 'action' => $filters['action'], 'entity' => $filters['entity'],
    'entity_id' => $filters['entity_id'], 'from' => $filters['from'], 'to' => $filters['to'],
], static fn ($v): bool => $v !== null);
$recordUrl = static fn (array $row): ?string => match ($row['entity_type']) {
    'company' => $url('company', ['id' => $row['entity_id']]),
    'contact' => $url('contact', ['id' => $row['entity_id']]),
    'import' => $url('import_job', ['id' => $row['entity_id']]),
    default => null,
};
?>
<form method="get" action="<?= e($url('audit')) ?>" class="filters" id="audit-filters">
  <div><label for="user"><?= e($t('KCRM_AUDIT_USER')) ?></label>
    <select id="user" name="user"><option value=""><?= e($t('KCRM_AUDIT_ANY')) ?></option>
      <?php foreach ($users as $u): ?>
        <option value="<?= e($u['id']) ?>"<?= e($filters['user_id'] === $u['id'] ? new Html(' selected') : '') ?>><?= e($u['name'] !== '' ? $u['name'] : $u['login']) ?></option>
      <?php endforeach ?>
    </select></div>
  <div><label for="action"><?= e($t('KCRM_AUDIT_ACTION')) ?></label>
    <select id="action" name="action"><option value=""><?= e($t('KCRM_AUDIT_ANY')) ?></option>
      <?php foreach ($actions as $a): ?>
        <option value="<?= e($a) ?>"<?= e($filters['action'] === $a ? new Html(' selected') : '') ?>><?= e($t('KCRM_AUDIT_ACTION_' . strtoupper($a))) ?></option>
      <?php endforeach ?>
    </select></div>
  <div><label for="entity"><?= e($t('KCRM_AUDIT_ENTITY')) ?></label>
    <select id="entity" name="entity"><option value=""><?= e($t('KCRM_AUDIT_ANY')) ?></option>
      <?php foreach ($entities as $en): ?>
        <option value="<?= e($en) ?>"<?= e($filters['entity'] === $en ? new Html(' selected') : '') ?>><?= e($t('KCRM_AUDIT_ENTITY_' . strtoupper($en))) ?></option>
      <?php endforeach ?>
    </select></div>
  <div><label for="entity_id"><?= e($t('KCRM_AUDIT_RECORD')) ?></label>
    <input id="entity_id" name="entity_id" inputmode="numeric" size="6" value="<?= e($filters['entity_id']) ?>"></div>
  <div><label for="from"><?= e($t('KCRM_AUDIT_FROM')) ?></label>
    <input id="from" name="from" type="date" value="<?= e($filters['from']) ?>"></div>
  <div><label for="to"><?= e($t('KCRM_AUDIT_TO')) ?></label>
    <input id="to" name="to" type="date" value="<?= e($filters['to']) ?>"></div>
  <div><button type="submit"><?= e($t('KCRM_AUDIT_FILTER')) ?></button>
    <a href="<?= e($url('audit')) ?>"><?= e($t('KCRM_AUDIT_RESET')) ?></a></div>
</form>
<p class="muted" id="audit-total"><?= e($t('KCRM_AUDIT_TOTAL', ['#COUNT#' => (string) $total])) ?></p>
<?php if ($rows !== []): ?>
<table class="list" id="audit">
  <thead><tr>
    <th><?= e($t('KCRM_AUDIT_TIME')) ?></th>
    <th><?= e($t('KCRM_AUDIT_USER')) ?></th>
    <th><?= e($t('KCRM_AUDIT_ACTION')) ?></th>
    <th><?= e($t('KCRM_AUDIT_RECORD')) ?></th>
    <th><?= e($t('KCRM_AUDIT_IP')) ?></th>
    <th><?= e($t('KCRM_AUDIT_DETAILS')) ?></th>
  </tr></thead>
  <tbody>
  <?php foreach ($rows as $row): $link = $row['entity_id'] === null ? null : $recordUrl($row); ?>
    <tr>
      <td><?= e($row['created_at']) ?></td>
      <td><?= e((string) ($row['user_name'] ?? '') !== '' ? $row['user_name'] : ($row['user_login'] ?? '—')) ?></td>
      <td><?= e(in_array($row['action'], $actions, true) ? $t('KCRM_AUDIT_ACTION_' . strtoupper((string) $row['action'])) : $row['action']) ?></td>
      <td><?= e(in_array($row['entity_type'], $entities, true) ? $t('KCRM_AUDIT_ENTITY_' . strtoupper((string) $row['entity_type'])) : $row['entity_type']) ?>
        <?php if ($link !== null): ?><a href="<?= e($link) ?>">#<?= e($row['entity_id']) ?></a><?php else: ?><?= e($row['entity_id'] === null ? '' : '#' . $row['entity_id']) ?><?php endif ?></td>
      <td><?= e($row['ip']) ?></td>
      <td class="muted"><?= e($row['details']) ?></td>
    </tr>
  <?php endforeach ?>
  </tbody>
</table>
<?php if ($pages > 1): ?>
  <p>
    <?php if ($page > 1): ?><a href="<?= e($url('audit', ['page' => $page - 1] + $query)) ?>" rel="prev">←</a><?php endif ?>
    <?= e($page) ?> / <?= e($pages) ?>
    <?php if ($page < $pages): ?><a href="<?= e($url('audit', ['page' => $page + 1] + $query)) ?>" rel="next">→</a><?php endif ?>
  </p>
<?php endif ?>
<?php endif ?>
