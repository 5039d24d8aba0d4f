<?php
// The host for a plain PHP site: users, groups, settings and sessions in the module's own tables.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

use Kartoteka\Crm\Access\LoginThrottle;
use Kartoteka\Crm\Access\User;
use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Localization\Messages;
use Kartoteka\Crm\Settings\SettingRepository;

final class StandaloneHost implements Host
{
    private const USER_KEY = 'kcrm_user_id';
    private const LANGUAGE_KEY = 'kcrm_language';

    private readonly UserRepository $users;
    private readonly SettingRepository $settings;
    private readonly LoginThrottle $throttle;
    private ?User $user = null;
    private bool $userLoaded = false;

    /** @param array<string, string> $defaults from default_option.php */
    public function __construct(
        Connection $db,
        private readonly Session $session,
        private readonly Messages $messages,
        array $defaults = [],
        private readonly string $baseUrl = '/crm/',
        ?LoginThrottle $throttle = null,
    ) {
        $this->users = new UserRepository($db);
        $this->settings = new SettingRepository($db, $defaults);
        $this->throttle = $throttle ?? new LoginThrottle($db);
        $language = Messages::supported((string) $this->session->get(self::LANGUAGE_KEY))
            ?? Messages::supported($this->settings->get('default_language'))
            ?? 'ru';
        $this->messages->setLanguage($language);
    }

    public function currentUser(): ?User
    {
        if (!$this->userLoaded) {
            $id = $this->session->get(self::USER_KEY);
            // A user deleted or deactivated since sign-in is signed out on the next request.
            $this->user = is_int($id) ? $this->users->find($id) : null;
            $this->userLoaded = true;
        }
        return $this->user;
    }

    public function userGroups(): array
    {
        return $this->currentUser()?->groups ?? [];
    }

    public function setting(string $name, ?string $default = null): ?string
    {
        return $this->settings->get($name, $default);
    }

    public function setSetting(string $name, string $value): void
    {
        $this->settings->set($name, $value);
    }

    public function language(): string
    {
        return $this->messages->language();
    }

    /** Remembers the language choice for this browser session; unknown codes are ignored. */
    public function chooseLanguage(string $language): void
    {
        $code = Messages::supported($language);
        if ($code !== null) {
            $this->session->set(self::LANGUAGE_KEY, $code);
            $this->messages->setLanguage($code);
        }
    }

    public function loadMessages(string $sourceFile): void
    {
        $this->messages->loadMessages($sourceFile);
    }

    public function translate(string $code, array $replace = []): string
    {
        return $this->messages->getMessage($code, $replace ?: null) ?? $code;
    }

    public function pageUrl(string $page, array $query = []): string
    {
        $url = rtrim($this->baseUrl, '/') . '/' . ($page === 'dashboard' ? '' : rawurlencode($page));
        return $query ? $url . '?' . http_build_query($query) : $url;
    }

    public function logIn(string $login, string $password, string $ip): LoginOutcome
    {
        if ($this->throttle->isBlocked($login, $ip)) {
            return LoginOutcome::TooManyAttempts;
        }
        $row = $this->users->findByLogin($login);
        // An unknown login still costs one password_verify, so timing does not tell which logins exist.
        $hash = $row['password_hash'] ?? '$2y$10$qR1H5N1jE5vBuIsgNra6COmIUXWKUHQdbhZau9ujb8S.zyGRbUi4y';
        $valid = password_verify($password, $hash);
        if ($row === null || !$valid || $row['active'] !== 1) {
            $this->throttle->recordFailure($login, $ip);
            return LoginOutcome::WrongCredentials;
        }
        if (password_needs_rehash($row['password_hash'], PASSWORD_DEFAULT)) {
            $this->users->changePasswordHash($row['id'], password_hash($password, PASSWORD_DEFAULT));
        }
        $this->session->regenerate();
        $this->session->set(self::USER_KEY, $row['id']);
        $this->users->recordLogin($row['id']);
        $this->throttle->forget($login);
        $this->userLoaded = false;
        return LoginOutcome::SignedIn;
    }

    public function logOut(): void
    {
        $language = $this->session->get(self::LANGUAGE_KEY);
        $this->session->clear();
        if ($language !== null) {
            $this->session->set(self::LANGUAGE_KEY, $language);
        }
        $this->user = null;
        $this->userLoaded = true;
    }
}
