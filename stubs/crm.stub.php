<?php

/**
 * The PHP-visible API of the crm extension, in one place.
 * crm_arginfo.h beside this file is generated from it: tools/gen-arginfo.
 *
 * @generate-class-entries
 */

namespace Crm {
    /** Base of every error caused by bad data or a failing world, never by API misuse. */
    class Exception extends \RuntimeException {}
}

namespace Crm\Import {
    /** A file that cannot be read or parsed; the message names file, row and column. */
    class Exception extends \Crm\Exception {}
}

namespace Crm\Phone {
    class Exception extends \Crm\Exception {}
}

namespace Crm\Dedup {
    class Exception extends \Crm\Exception {}
}
