<?php
// Routes the standalone host's /crm/ requests: login, logout and the dashboard.

declare(strict_types=1);

namespace Kartoteka\Crm\Http;

use Kartoteka\Crm\Access\Permissions;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Extension;
use Kartoteka\Crm\Host\LoginOutcome;
use Kartoteka\Crm\Host\StandaloneHost;
use Kartoteka\Crm\Localization\Messages;
use Kartoteka\Crm\Report\Summary;

final class FrontController
{
    public function __construct(
        private readonly StandaloneHost $host,
        private readonly Connection $db,
        private readonly Csrf $csrf,
        private readonly View $view,
        private readonly string $basePath = '/crm/',
    ) {
        $this->host->loadMessages(__FILE__);
        $this->host->loadMessages(Extension::messageSource());
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

        return match ([$request->method, $page]) {
            ['GET', ''], ['HEAD', ''] => $this->dashboard(),
            ['GET', 'login'], ['HEAD', 'login'] => $this->loginForm(),
            ['POST', 'login'] => $this->logIn($request),
            ['POST', 'logout'] => $this->logOut($request),
            default => $this->notFound(),
        };
    }

    private function dashboard(): Response
    {
        $user = $this->host->currentUser();
        if ($user === null) {
            return Response::redirect($this->host->pageUrl('login'));
        }
        if (!(new Permissions($this->db))->allows($user->groups, 'dashboard', 'read')) {
            return $this->layout('KCRM_PAGE_FORBIDDEN', $this->view->render('forbidden'), 403);
        }
        $body = $this->view->render('dashboard', [
            'counts' => (new Summary($this->db))->counts(),
            'user' => $user,
        ]);
        return $this->layout('KCRM_PAGE_DASHBOARD', $body);
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
            return $this->loginForm('KCRM_ERROR_CSRF', $login, 403);
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

    private function layout(string $titleCode, Html $content, int $status = 200): Response
    {
        $extension = Extension::problemHere();
        $html = $this->view->render('layout', [
            'title' => $this->host->translate($titleCode),
            'content' => $content,
            'user' => $this->host->currentUser(),
            'language' => $this->host->language(),
            'languages' => Messages::LANGUAGES,
            'csrfField' => Csrf::FIELD,
            'csrfToken' => $this->csrf->token(),
            'notice' => $extension === null ? null : $this->host->translate($extension . '_SHORT', Extension::replacements()),
        ]);
        return Response::page($html, $status);
    }
}
