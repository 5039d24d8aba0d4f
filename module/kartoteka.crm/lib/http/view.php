<?php
// Renders the plain-PHP templates in lib/http/views with the host's translations at hand.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Host\Host;
use Kartoteka\Crm\Localization\LocaleFormat;

require_once __DIR__ . '/functions.php';

final class View
{
    private readonly string $dir;

    public function __construct(private readonly Host $host, ?string $dir = null)
    {
        $this->dir = $dir ?? __DIR__ . '/views';
    }

    /**
     * Runs one template with $vars as local variables plus $t (translate), $url (page
     * address) and $fmt (dates and numbers in the page's language).
     * Templates print only through e(), which a test checks for every template.
     *
     * @param array<string, mixed> $vars
     */
    public function render(string $template, array $vars = []): Html
    {
        if (!preg_match('/^[a-z_]+$/', $template)) {
            throw new \InvalidArgumentException("Bad template name \"$template\".");
        }
        $file = $this->dir . '/' . $template . '.php';
        $this->host->loadMessages($file);
        $host = $this->host;
        $t = static fn (string $code, array $replace = []): string => $host->translate($code, $replace);
        $url = static fn (string $page, array $query = []): string => $host->pageUrl($page, $query);

        $fmt = LocaleFormat::forLanguage($host->language());

        $run = static function (string $__file, array $__vars, \Closure $t, \Closure $url, LocaleFormat $fmt): string {
            extract($__vars, EXTR_SKIP);
            ob_start();
            try {
                include $__file;
                return (string) ob_get_clean();
            } catch (\Throwable $e) {
                ob_end_clean();
                throw $e;
            }
        };
        return new Html($run($file, $vars, $t, $url, $fmt));
    }
}
