<?php
// The module's settings page in Bitrix's admin panel: database, language, role, phone region, and which
// Bitrix groups hold which CRM role (administrator, head of sales, sales manager, support agent).

use Bitrix\Main\Config\Option;
use Bitrix\Main\GroupTable;
use Bitrix\Main\Localization\Loc;
use Kartoteka\Crm\Host\BitrixHost;

defined('B_PROLOG_INCLUDED') && B_PROLOG_INCLUDED === true || die();

Loc::loadMessages(__FILE__);

$moduleId = 'kartoteka.crm';
if ($APPLICATION->GetGroupRight($moduleId) < 'W') {
    $APPLICATION->AuthForm(Loc::getMessage('KCRM_OPTIONS_ACCESS_DENIED'));
    return;
}

$fields = [
    'db_dsn' => ['type' => 'text'],
    'default_language' => ['type' => 'select', 'values' => ['ru', 'en', 'sv']],
    'role' => ['type' => 'select', 'values' => ['site', 'vendor']],
    'phone_region' => ['type' => 'text'],
];

// The settings must open even when include.php refuses to load (no crm extension): lib/ directly.
require_once __DIR__ . '/lib/autoloader.php';
\Kartoteka\Crm\Autoloader::register(__DIR__ . '/lib');
$bitrixGroups = [];
foreach (GroupTable::getList(['select' => ['ID', 'NAME'], 'order' => ['C_SORT' => 'ASC', 'ID' => 'ASC']])->fetchAll() as $group) {
    $bitrixGroups[(int) $group['ID']] = (string) $group['NAME'];
}

$request = \Bitrix\Main\Context::getCurrent()->getRequest();
if ($request->isPost() && $request->getPost('save') !== null && check_bitrix_sessid()) {
    foreach ($fields as $name => $field) {
        $value = (string) $request->getPost($name);
        if ($field['type'] === 'select' && !in_array($value, $field['values'], true)) {
            continue;
        }
        Option::set($moduleId, $name, $value);
    }
    // Only groups that exist; choosing none takes the role from every group.
    foreach (BitrixHost::ROLES as $role) {
        $chosen = (array) ($request->getPost('role_groups_' . $role) ?? []);
        BitrixHost::mapGroups($role, array_values(array_filter(
            array_map('intval', $chosen),
            static fn (int $id): bool => isset($bitrixGroups[$id])
        )));
    }
}

$h = static fn ($v): string => htmlspecialcharsbx((string) $v);
?>
<form method="post" action="<?= $h($APPLICATION->GetCurPage() . '?mid=' . urlencode($moduleId) . '&lang=' . LANGUAGE_ID) ?>">
    <?= bitrix_sessid_post() ?>
    <table class="adm-detail-content-table edit-table">
        <?php foreach ($fields as $name => $field): $value = Option::get($moduleId, $name); ?>
            <tr>
                <td width="40%"><label for="kcrm-<?= $h($name) ?>"><?= $h(Loc::getMessage('KCRM_OPTIONS_' . strtoupper($name))) ?></label></td>
                <td>
                    <?php if ($field['type'] === 'select'): ?>
                        <select id="kcrm-<?= $h($name) ?>" name="<?= $h($name) ?>">
                            <?php foreach ($field['values'] as $option): ?>
                                <option value="<?= $h($option) ?>"<?= $option === $value ? ' selected' : '' ?>><?= $h($option) ?></option>
                            <?php endforeach ?>
                        </select>
                    <?php else: ?>
                        <input id="kcrm-<?= $h($name) ?>" name="<?= $h($name) ?>" value="<?= $h($value) ?>" size="60">
                    <?php endif ?>
                </td>
            </tr>
        <?php endforeach ?>
        <tr class="heading"><td colspan="2"><?= $h(Loc::getMessage('KCRM_OPTIONS_ROLES')) ?></td></tr>
        <tr><td colspan="2"><?= $h(Loc::getMessage('KCRM_OPTIONS_ROLES_HINT')) ?></td></tr>
        <?php foreach (BitrixHost::ROLES as $role): $mapped = BitrixHost::mappedGroups($role); ?>
            <tr>
                <td width="40%"><label for="kcrm-role-<?= $h($role) ?>"><?= $h(Loc::getMessage('KCRM_OPTIONS_ROLE_' . strtoupper($role))) ?></label></td>
                <td>
                    <select id="kcrm-role-<?= $h($role) ?>" name="role_groups_<?= $h($role) ?>[]" multiple size="5">
                        <?php foreach ($bitrixGroups as $groupId => $groupName): ?>
                            <option value="<?= $h($groupId) ?>"<?= in_array($groupId, $mapped, true) ? ' selected' : '' ?>><?= $h($groupName) ?> [<?= $h($groupId) ?>]</option>
                        <?php endforeach ?>
                    </select>
                </td>
            </tr>
        <?php endforeach ?>
    </table>
    <input type="submit" name="save" value="<?= $h(Loc::getMessage('KCRM_OPTIONS_SAVE')) ?>" class="adm-btn-save">
</form>
