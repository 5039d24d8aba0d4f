<?php
// What the CRM pages need from the site around them, whether that is Bitrix or the standalone host.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

use Kartoteka\Crm\Access\User;

interface Host
{
    /** The signed-in user, or null for a guest. */
    public function currentUser(): ?User;

    /** @return list<string> group codes of the current user; empty for a guest */
    public function userGroups(): array;

    public function setting(string $name, ?string $default = null): ?string;

    public function setSetting(string $name, string $value): void;

    /** Two-letter language of the current request: ru, en or sv. */
    public function language(): string;

    /** Makes the lang/ messages of a source file (pass __FILE__) available to translate(). */
    public function loadMessages(string $sourceFile): void;

    /**
     * The message in the current language; the code itself when it is missing, so a gap
     * shows on the page instead of an empty space.
     *
     * @param array<string, scalar|null> $replace ['#NAME#' => 'value'], as in Bitrix
     */
    public function translate(string $code, array $replace = []): string;

    /** Where a CRM page ("dashboard", "login" …) lives on this site. */
    public function pageUrl(string $page, array $query = []): string;
}
