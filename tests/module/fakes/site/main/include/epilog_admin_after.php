<?php
// Fake of Bitrix's epilog for pages that sent their own answer (JSON, redirects): nothing to add.
