<?php
// The module's settings page in Bitrix's admin panel: database, language, role and phone region.

use Bitrix\Main\Config\Option;
use Bitrix\Main\Localization\Loc;

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

$request = \Bitrix\Main\Context::getCurrent()->getRequest();
if ($request->isPost() && $request->getPost('save') !== null && check_bitrix_sessid()) {
    foreach ($fields as $name => $field) {
        $value = (string) $request->getPost($name);
        if ($field['type'] === 'select' && !in_array($value, $field['values'], true)) {
            continue;
        }
        Option::set($moduleId, $name, $value);
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
    </table>
    <input type="submit" name="save" value="<?= $h(Loc::getMessage('KCRM_OPTIONS_SAVE')) ?>" class="adm-btn-save">
</form>
