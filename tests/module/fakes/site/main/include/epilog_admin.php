<?php
// Fake of Bitrix's admin epilog: the bottom of the admin frame.
echo '</div></body></html>';
