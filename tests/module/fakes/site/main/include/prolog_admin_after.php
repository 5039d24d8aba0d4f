<?php
// Fake of Bitrix's admin prolog, second half: the top of the admin frame with the extra styles and the page's title.
echo '<!DOCTYPE html><html><head>';
foreach ($APPLICATION->css as $kcrmCss) {
    echo '<link rel="stylesheet" href="', htmlspecialchars($kcrmCss), '">';
}
echo '</head><body><div id="adm-workarea"><h1 id="adm-title">', htmlspecialchars($APPLICATION->GetTitle()), '</h1>';
