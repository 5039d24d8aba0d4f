<?php
// Reads the phones and e-mails typed into a card with the crm extension: E.164 and e-mail keys.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

final class CardDetails
{
    private const MAX_LENGTH = 200;

    /**
     * @param list<array{raw: string, e164: ?string, extension: ?string, type: ?string, error: ?string}> $phones
     * @param list<array{raw: string, email_key: ?string}> $emails
     */
    private function __construct(
        public readonly array $phones,
        public readonly array $emails,
    ) {
    }

    /**
     * @param list<string> $phones as typed, one number each; blanks are dropped
     * @param list<string> $emails
     */
    public static function read(array $phones, array $emails, string $region): self
    {
        $readPhones = [];
        $seen = [];
        foreach ($phones as $raw) {
            $raw = trim($raw);
            if ($raw === '') {
                continue;
            }
            $number = \Crm\Phone\parse($raw, $region);
            $e164 = $number->valid ? $number->e164 : null;
            $key = $e164 !== null ? $e164 . '#' . ($number->extension ?? '') : 'raw:' . $raw;
            if (isset($seen[$key])) {
                continue;
            }
            $seen[$key] = true;
            $readPhones[] = [
                'raw' => $raw,
                'e164' => $e164,
                'extension' => $number->extension,
                'type' => $number->type,
                'error' => $number->valid ? null : ($number->error ?? 'invalid'),
            ];
        }
        $readEmails = [];
        $seen = [];
        foreach ($emails as $raw) {
            $raw = trim($raw);
            if ($raw === '') {
                continue;
            }
            $key = \Crm\Dedup\emailKey($raw);
            if (isset($seen[$key ?? 'raw:' . $raw])) {
                continue;
            }
            $seen[$key ?? 'raw:' . $raw] = true;
            $readEmails[] = ['raw' => $raw, 'email_key' => $key];
        }
        return new self($readPhones, $readEmails);
    }

    /** @return list<string> */
    public function e164s(): array
    {
        return array_values(array_filter(array_column($this->phones, 'e164'), 'is_string'));
    }

    /** @return list<string> */
    public function emailKeys(): array
    {
        return array_values(array_filter(array_column($this->emails, 'email_key'), 'is_string'));
    }

    /** @return list<string> e-mails the extension could not read as an address */
    public function invalidEmails(): array
    {
        $bad = [];
        foreach ($this->emails as $email) {
            if ($email['email_key'] === null || mb_strlen($email['raw'], 'UTF-8') > self::MAX_LENGTH) {
                $bad[] = $email['raw'];
            }
        }
        return $bad;
    }

    /**
     * Field errors of the phones and e-mails: an e-mail that is no address, an entry far too long.
     *
     * @return array<string, array{code: string, replace: array<string, string>}>
     */
    public function errors(): array
    {
        $errors = [];
        foreach ($this->phones as $phone) {
            if (mb_strlen($phone['raw'], 'UTF-8') > self::MAX_LENGTH) {
                $errors['phones'] = ['code' => 'KCRM_ERROR_TOO_LONG', 'replace' => ['#MAX#' => (string) self::MAX_LENGTH]];
            }
        }
        $bad = $this->invalidEmails();
        if ($bad !== []) {
            $errors['emails'] = ['code' => 'KCRM_ERROR_EMAIL_INVALID', 'replace' => ['#VALUE#' => mb_substr(implode(', ', $bad), 0, 200, 'UTF-8')]];
        }
        return $errors;
    }

    /** @return list<array<string, mixed>> warnings for numbers that are no valid phone number */
    public function phoneWarnings(): array
    {
        $warnings = [];
        foreach ($this->phones as $phone) {
            if ($phone['e164'] === null) {
                $warnings[] = ['kind' => 'phone', 'value' => $phone['raw'], 'error' => (string) $phone['error']];
            }
        }
        return $warnings;
    }
}
