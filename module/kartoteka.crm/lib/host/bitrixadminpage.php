<?php
// One CRM page inside Bitrix's admin panel: the admin script names its screen, this runs the same
// page table, controllers and templates as the standalone host and hands back title and body.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Http\Csrf;
use Kartoteka\Crm\Http\Flash;
use Kartoteka\Crm\Http\Html;
use Kartoteka\Crm\Http\Page;
use Kartoteka\Crm\Http\PageContext;
use Kartoteka\Crm\Http\Pages;
use Kartoteka\Crm\Http\Request;
use Kartoteka\Crm\Http\Response;
use Kartoteka\Crm\Http\View;

final class BitrixAdminPage
{
    private readonly PageContext $context;

    /**
     * @param string $screen a key of BitrixHost::SCREENS: which admin script this is
     * @param string $uploadDir where uploaded import files are kept (outside the web root)
     */
    public function __construct(
        private readonly BitrixHost $host,
        private readonly Connection $db,
        Session $session,
        private readonly string $screen,
        private readonly string $uploadDir,
    ) {
        $this->context = new PageContext($host, $db, new Csrf($session), new View($host), new Flash($session));
    }

    /**
     * For the admin scripts: Bitrix's $USER, the CRM's database and the PHP session Bitrix has
     * already started (the CSRF token and the one-time notices live in it).
     */
    public static function forBitrix(object $user, string $screen): self
    {
        $host = new BitrixHost($user);
        $uploads = (string) $host->setting('upload_dir', '');
        return new self(
            $host,
            BitrixHost::connection(),
            Session::native(null, (string) session_name(), false),
            $screen,
            $uploads !== '' ? $uploads : dirname(__DIR__, 2) . '/var/uploads',
        );
    }

    /**
     * A Page goes into Bitrix's admin frame (title() and body()); a Response (redirect, JSON, the
     * polling script) is sent as it is, before Bitrix prints anything.
     */
    public function answer(Request $request): Response|Page
    {
        $pages = BitrixHost::SCREENS[$this->screen] ?? null;
        if ($pages === null) {
            return $this->context->notFound();
        }
        $do = $request->queryValue('do');
        $page = $do !== null && in_array($do, $pages, true) ? $do : $pages[0];
        $user = $this->host->currentUser();
        // Signed in to Bitrix but in no group the CRM knows: say what to ask for, not just "no".
        if ($user !== null && $user->groups === []) {
            return new Page('KCRM_PAGE_FORBIDDEN', $this->context->view->render('forbidden', ['noRole' => true]), 403);
        }
        if ($user !== null) {
            try {
                (new UserRepository($this->db))->mirrorExternal($user->id, $user->login, $user->name, $user->groups);
            } catch (\PDOException $e) {
                // Names and choices of responsible users would lag behind; the page itself must not fail.
            }
        }
        return (new Pages($this->context, $this->uploadDir))->answer($request->method, $page, $request)
            ?? $this->context->notFound();
    }

    /** The pages' styles for Bitrix's admin frame ($APPLICATION->SetAdditionalCSS). */
    public function stylesheetUrl(): string
    {
        return $this->host->pageUrl('admin.css');
    }

    public function title(Page $page): string
    {
        return $this->host->translate($page->titleCode, $page->titleReplace);
    }

    /** The page's content with the one-time notice above it; Bitrix prints title and frame. */
    public function body(Page $page): Html
    {
        $keys = $this->context->keyRefreshNotice();
        $notice = $keys === null ? '' : '<p class="notice" role="status">' . htmlspecialchars($keys, ENT_QUOTES) . '</p>';
        return new Html('<div class="kcrm-page">' . $notice . $this->context->flashNotice() . $page->content . '</div>');
    }
}
