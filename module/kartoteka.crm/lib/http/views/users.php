<?php
// Users and their groups: the list with a group switch and "deactivate" per user, and the form to add one.
namespace Kartoteka\Crm\Http;
/** @var list<array{id: int, login: string, name: string, active: int, last_login_at: ?string, groups: list<string>}> $users */
/** @var list<array{id: int, code: string, name: string}> $groups @var ?int $me @var ?string $error */
/** @var array{login: string, name: string, group: string} $values @var string $csrfField @var string $csrfToken */
$groupName = static fn (string $code): string => $t('KCRM_GROUP_' . strtoupper($code));
?>
<?php if ($error !== null): ?>
  <p class="error" id="users-error"><?= e($t($error)) ?></p>
<?php endif ?>
<table class="list" id="users">
  <thead><tr>
    <th><?= e($t('KCRM_USERS_LOGIN')) ?></th>
    <th><?= e($t('KCRM_USERS_NAME')) ?></th>
    <th><?= e($t('KCRM_USERS_GROUP')) ?></th>
    <th><?= e($t('KCRM_USERS_STATE')) ?></th>
    <th></th>
  </tr></thead>
  <tbody>
  <?php foreach ($users as $u): ?>
    <tr id="user-<?= e($u['id']) ?>">
      <td><?= e($u['login']) ?></td>
      <td><?= e($u['name']) ?></td>
      <td>
        <form method="post" action="<?= e($url('user_group')) ?>" class="inline">
          <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
          <input type="hidden" name="id" value="<?= e($u['id']) ?>">
          <select name="group" aria-label="<?= e($t('KCRM_USERS_GROUP')) ?>">
            <?php foreach ($groups as $g): ?>
              <option value="<?= e($g['code']) ?>"<?= e(in_array($g['code'], $u['groups'], true) ? new Html(' selected') : '') ?>><?= e($groupName($g['code'])) ?></option>
            <?php endforeach ?>
          </select>
          <button type="submit"><?= e($t('KCRM_USERS_CHANGE_GROUP')) ?></button>
        </form>
      </td>
      <td><?= e($u['active'] === 1 ? $t('KCRM_USERS_ACTIVE') : $t('KCRM_USERS_INACTIVE')) ?></td>
      <td>
        <?php if ($u['active'] === 1 && $u['id'] !== $me): ?>
          <form method="post" action="<?= e($url('user_deactivate')) ?>" class="inline">
            <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
            <input type="hidden" name="id" value="<?= e($u['id']) ?>">
            <button type="submit"><?= e($t('KCRM_USERS_DEACTIVATE')) ?></button>
          </form>
        <?php endif ?>
      </td>
    </tr>
  <?php endforeach ?>
  </tbody>
</table>
<h2><?= e($t('KCRM_USERS_NEW')) ?></h2>
<form method="post" action="<?= e($url('user_create')) ?>" id="user-new">
  <input type="hidden" name="<?= e($csrfField) ?>" value="<?= e($csrfToken) ?>">
  <label for="login"><?= e($t('KCRM_USERS_LOGIN')) ?></label>
  <input id="login" name="login" required maxlength="100" value="<?= e($values['login']) ?>" autocomplete="off">
  <label for="name"><?= e($t('KCRM_USERS_NAME')) ?></label>
  <input id="name" name="name" maxlength="200" value="<?= e($values['name']) ?>">
  <label for="password"><?= e($t('KCRM_USERS_PASSWORD')) ?></label>
  <input id="password" name="password" type="password" required minlength="8" autocomplete="new-password">
  <label for="group"><?= e($t('KCRM_USERS_GROUP')) ?></label>
  <select id="group" name="group">
    <?php foreach ($groups as $g): ?>
      <option value="<?= e($g['code']) ?>"<?= e($g['code'] === $values['group'] ? new Html(' selected') : '') ?>><?= e($groupName($g['code'])) ?></option>
    <?php endforeach ?>
  </select>
  <p><button type="submit"><?= e($t('KCRM_USERS_CREATE')) ?></button></p>
</form>
