<?php
// Templates print only through e(), and e() escapes everything but already-rendered markup.

declare(strict_types=1);

namespace Kartoteka\Crm\Tests;

use Kartoteka\Crm\Http\Html;
use PHPUnit\Framework\TestCase;

use function Kartoteka\Crm\Http\e;

require_once KCRM_MODULE_DIR . '/lib/http/functions.php';

final class TemplateTest extends TestCase
{
    public function testEveryShortEchoInTemplatesGoesThroughE(): void
    {
        $templates = glob(KCRM_MODULE_DIR . '/lib/http/views/*.php') ?: [];
        self::assertNotEmpty($templates);
        foreach ($templates as $template) {
            $code = (string) file_get_contents($template);
            preg_match_all('/<\?=\s*(.{0,2})/', $code, $m);
            foreach ($m[1] as $start) {
                self::assertSame('e(', $start, basename($template) . ' prints without e()');
            }
            self::assertDoesNotMatchRegularExpression('/\b(echo|print)\b/', $code, basename($template) . ' uses echo/print');
        }
    }

    public function testEscapes(): void
    {
        self::assertSame('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;', e('<script>alert("x")</script>'));
        self::assertSame('&apos;', e("'"));
        self::assertSame('42', e(42));
        self::assertSame('', e(null));
        self::assertSame('<b>ok</b>', e(new Html('<b>ok</b>')));
    }
}
