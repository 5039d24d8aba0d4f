<?php
// Fake of Bitrix's admin prolog, second half: the top of the admin frame with the page's title.
echo '<!DOCTYPE html><html><body><div id="adm-workarea"><h1 id="adm-title">', htmlspecialchars($APPLICATION->GetTitle()), '</h1>';
