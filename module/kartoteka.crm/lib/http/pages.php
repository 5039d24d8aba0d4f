<?php
// The CRM's pages by name and method, and the controller that answers each: one table for both hosts
// (the standalone front controller and the Bitrix admin pages).

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

final class Pages
{
    /**
     * Every page a host may serve, by name; the standalone host serves them under /crm/<name>,
     * Bitrix under its admin scripts (BitrixHost::pageUrl). Sign-in, sign-out and the users
     * page are the standalone host's own: inside Bitrix, Bitrix does those.
     */
    public const NAMES = [
        'dashboard', 'crm.css', 'admin.css',
        'companies', 'companies_export', 'company', 'company_edit', 'company_delete', 'company_restore', 'company_check',
        'company_choices', 'company_picker.js', 'card_check.js',
        'contacts', 'contacts_export', 'contact', 'contact_edit', 'contact_delete', 'contact_restore', 'contact_check',
        'tasks', 'activity_add', 'task_add', 'task_toggle',
        'import', 'import_preview', 'import_start', 'import_job', 'import_status', 'import_undo', 'import.js',
        'reports', 'audit',
    ];

    public function __construct(
        private readonly PageContext $context,
        private readonly string $uploadDir,
    ) {
    }

    /** The page's answer; null when no page of that name takes that method. */
    public function answer(string $method, string $page, Request $request): Response|Page|null
    {
        $method = $method === 'HEAD' ? 'GET' : $method;
        $companies = fn (): CompanyPages => new CompanyPages($this->context);
        $contacts = fn (): ContactPages => new ContactPages($this->context);
        $timeline = fn (): TimelinePages => new TimelinePages($this->context);
        $admin = fn (): AdminPages => new AdminPages($this->context);
        $imports = fn (): ImportPages => new ImportPages($this->context, $this->uploadDir);
        return match ([$method, $page]) {
            ['GET', 'dashboard'] => (new DashboardPage($this->context))->show(),
            ['GET', 'crm.css'] => self::stylesheet((string) file_get_contents(__DIR__ . '/assets/crm.css')),
            ['GET', 'admin.css'] => self::stylesheet(self::scoped((string) file_get_contents(__DIR__ . '/assets/crm.css'), '.kcrm-page')),
            ['GET', 'companies'] => $companies()->list($request),
            ['GET', 'company'] => $companies()->card($request),
            ['GET', 'company_edit'] => $companies()->form($request),
            ['POST', 'company_edit'] => $companies()->save($request),
            ['POST', 'company_delete'] => $companies()->delete($request),
            ['POST', 'company_restore'] => $companies()->restore($request),
            ['GET', 'company_check'] => $companies()->check($request),
            ['GET', 'company_choices'] => $companies()->choices($request),
            ['GET', 'company_picker.js'], ['GET', 'card_check.js'], ['GET', 'import.js'] => self::script($page),
            // GET only leads back to the list: the download itself is a POST with the CSRF token.
            ['GET', 'companies_export'], ['POST', 'companies_export'] => (new ExportPages($this->context))->companies($request),
            ['GET', 'contacts'] => $contacts()->list($request),
            ['GET', 'contacts_export'], ['POST', 'contacts_export'] => (new ExportPages($this->context))->contacts($request),
            ['GET', 'contact'] => $contacts()->card($request),
            ['GET', 'contact_edit'] => $contacts()->form($request),
            ['POST', 'contact_edit'] => $contacts()->save($request),
            ['POST', 'contact_delete'] => $contacts()->delete($request),
            ['POST', 'contact_restore'] => $contacts()->restore($request),
            ['GET', 'contact_check'] => $contacts()->check($request),
            ['GET', 'tasks'] => (new DashboardPage($this->context))->tasks(),
            ['POST', 'activity_add'] => $timeline()->addActivity($request),
            ['POST', 'task_add'] => $timeline()->addTask($request),
            ['POST', 'task_toggle'] => $timeline()->toggleTask($request),
            ['GET', 'import'] => $imports()->uploadForm(),
            ['POST', 'import'] => $imports()->upload($request),
            ['GET', 'import_preview'] => $imports()->preview($request),
            ['POST', 'import_start'] => $imports()->start($request),
            ['GET', 'import_job'] => $imports()->job($request),
            ['GET', 'import_status'] => $imports()->status($request),
            ['POST', 'import_undo'] => $imports()->undo($request),
            ['GET', 'reports'] => (new ReportPages($this->context))->show($request),
            ['GET', 'audit'] => $admin()->audit($request),
            default => null,
        };
    }

    /**
     * The styles of the pages inside another site's frame (Bitrix's admin panel): the rules of the
     * standalone layout's frame (body, header, main, nav) left out, every other rule only inside
     * the element that holds the page. crm.css keeps one rule per line for this.
     */
    public static function scoped(string $css, string $scope): string
    {
        $out = [];
        foreach (preg_split('/\R/', $css) ?: [] as $line) {
            if (!preg_match('/^([^{}]+)\{([^{}]*)\}\s*$/', $line, $m)) {
                continue;
            }
            $selectors = array_map('trim', explode(',', $m[1]));
            if (preg_grep('/^(body|header|main|nav)\b/', $selectors)) {
                continue;
            }
            $out[] = implode(', ', array_map(static fn (string $s): string => $scope . ' ' . $s, $selectors)) . ' {' . $m[2] . '}';
        }
        return implode("\n", $out) . "\n";
    }

    /** The pages' styles as a file: the Content-Security-Policy ('self') refuses inline ones. */
    /** One of the pages' scripts in assets/, by its page name: served from here so the pages' Content-Security-Policy ('self') allows it. */
    private static function script(string $name): Response
    {
        return new Response(200, (string) file_get_contents(__DIR__ . '/assets/' . $name), [
            'Content-Type' => 'text/javascript; charset=UTF-8',
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'no-cache',
        ]);
    }

    private static function stylesheet(string $css): Response
    {
        return new Response(200, $css, [
            'Content-Type' => 'text/css; charset=UTF-8',
            'X-Content-Type-Options' => 'nosniff',
            'Cache-Control' => 'no-cache',
        ]);
    }
}
