<?php
// Routes the standalone host's /crm/ requests: sign-in, sign-out and users here, the CRM pages through Pages.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Extension;
use Kartoteka\Crm\Host\LoginOutcome;
use Kartoteka\Crm\Host\Session;
use Kartoteka\Crm\Host\StandaloneHost;
use Kartoteka\Crm\Localization\Messages;

final class FrontController
{
    private readonly Flash $flash;
    private readonly PageContext $context;

    public function __construct(
        private readonly StandaloneHost $host,
        private readonly Connection $db,
        private readonly Csrf $csrf,
        private readonly View $view,
        private readonly string $basePath = '/crm/',
        ?Flash $flash = null,
        private readonly ?string $uploadDir = null,
    ) {
        $this->host->loadMessages(__FILE__);
        $this->host->loadMessages(Extension::messageSource());
        // Without the session's flash, notices like "Deleted. Undo" live for this request only.
        $this->flash = $flash ?? new Flash(Session::inMemory());
        $this->context = new PageContext($host, $db, $csrf, $view, $this->flash);
    }

    public function handle(Request $request): Response
    {
        $language = $request->queryValue('lang');
        if ($language !== null) {
            $this->host->chooseLanguage($language);
        }
        $page = trim(substr($request->path, strlen(rtrim($this->basePath, '/'))), '/');
        if (!str_starts_with($request->path . '/', rtrim($this->basePath, '/') . '/')) {
            return $this->notFound();
        }

        $method = $request->method === 'HEAD' ? 'GET' : $request->method;
        $admin = fn (): AdminPages => new AdminPages($this->context);
        $result = match ([$method, $page]) {
            ['GET', 'login'] => $this->loginForm(),
            ['POST', 'login'] => $this->logIn($request),
            ['POST', 'logout'] => $this->logOut($request),
            ['GET', 'users'] => $admin()->users(),
            ['POST', 'user_create'] => $admin()->create($request),
            ['POST', 'user_group'] => $admin()->changeGroup($request),
            ['POST', 'user_deactivate'] => $admin()->deactivate($request),
            // The dashboard is the root; "dashboard" itself is no address of its own.
            ['GET', 'dashboard'] => null,
            default => (new Pages($this->context, $this->uploadDir ?? dirname(__DIR__, 4) . '/var/uploads'))
                ->answer($method, $page === '' ? 'dashboard' : $page, $request),
        };
        if ($result === null) {
            return $this->notFound();
        }
        return $result instanceof Page
            ? $this->layout($result->titleCode, $result->content, $result->status, $result->titleReplace)
            : $result;
    }

    private function loginForm(?string $error = null, string $login = '', int $status = 200): Response
    {
        if ($this->host->currentUser() !== null) {
            return Response::redirect($this->host->pageUrl('dashboard'));
        }
        $body = $this->view->render('login', [
            'error' => $error,
            'login' => $login,
            'csrfField' => Csrf::FIELD,
            'csrfToken' => $this->csrf->token(),
        ]);
        return $this->layout('KCRM_PAGE_LOGIN', $body, $status);
    }

    private function logIn(Request $request): Response
    {
        $login = (string) $request->input('login');
        if (!$this->csrf->isValid($request->input(Csrf::FIELD))) {
            // Signed in already, the form would only redirect; a forged post is refused all the same.
            return $this->host->currentUser() === null
                ? $this->loginForm('KCRM_ERROR_CSRF', $login, 403)
                : $this->layout('KCRM_PAGE_FORBIDDEN', $this->view->render('forbidden'), 403);
        }
        $outcome = $this->host->logIn($login, (string) $request->input('password'), $request->ip);
        return match ($outcome) {
            LoginOutcome::SignedIn => $this->afterSignIn(),
            LoginOutcome::WrongCredentials => $this->loginForm('KCRM_ERROR_WRONG_CREDENTIALS', $login, 401),
            LoginOutcome::TooManyAttempts => $this->loginForm('KCRM_ERROR_TOO_MANY_ATTEMPTS', $login, 429),
        };
    }

    private function afterSignIn(): Response
    {
        $this->csrf->renew();
        return Response::redirect($this->host->pageUrl('dashboard'));
    }

    private function logOut(Request $request): Response
    {
        if (!$this->csrf->isValid($request->input(Csrf::FIELD))) {
            return $this->layout('KCRM_PAGE_FORBIDDEN', $this->view->render('forbidden'), 403);
        }
        $this->host->logOut();
        return Response::redirect($this->host->pageUrl('login'));
    }

    private function notFound(): Response
    {
        return $this->layout('KCRM_PAGE_NOT_FOUND', $this->view->render('not_found'), 404);
    }

    /** @param array<string, string> $titleReplace */
    private function layout(string $titleCode, Html $content, int $status = 200, array $titleReplace = []): Response
    {
        $extension = Extension::problemHere();
        $user = $this->host->currentUser();
        $html = $this->view->render('layout', [
            'title' => $this->host->translate($titleCode, $titleReplace),
            'flash' => $user === null ? null : $this->context->flashNotice(),
            'content' => $content,
            'user' => $user,
            'canAdminister' => $user !== null && $this->context->allows('settings', 'edit'),
            'language' => $this->host->language(),
            'languages' => Messages::LANGUAGES,
            'csrfField' => Csrf::FIELD,
            'csrfToken' => $this->csrf->token(),
            'notice' => $extension === null
                ? ($user === null ? null : $this->context->keyRefreshNotice())
                : $this->host->translate($extension . '_SHORT', Extension::replacements()),
        ]);
        return Response::page($html, $status);
    }
}
