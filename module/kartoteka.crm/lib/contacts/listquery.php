<?php
// What a list page asks for: search text, filters, sort order and page, read from the query string.

declare(strict_types=1);

namespace Kartoteka\Crm\Contacts;

final class ListQuery
{
    public const PAGE_SIZES = [20, 50, 100];

    /** @param list<string> $sorts the sort keys this list allows, the first is the default */
    public function __construct(
        public readonly string $text = '',
        public readonly ?int $responsibleUserId = null,
        public readonly string $city = '',
        public readonly ?string $createdFrom = null,
        public readonly ?string $createdTo = null,
        public readonly ?int $companyId = null,
        public readonly bool $deleted = false,
        public readonly string $sort = 'name',
        public readonly bool $descending = false,
        public readonly int $page = 1,
        public readonly int $perPage = 20,
        /** @var list<int>|null whose records the rights let this user see; null for everyone's */
        public readonly ?array $ownerIds = null,
    ) {
    }

    /** @param list<int>|null $ownerIds */
    public function withOwners(?array $ownerIds): self
    {
        $values = get_object_vars($this);
        $values['ownerIds'] = $ownerIds === null ? null : array_values(array_map('intval', $ownerIds));
        return new self(...$values);
    }

    /** @return array{0: string, 1: list<int>} an SQL IN list for $this->ownerIds, "(NULL)" when empty */
    public function ownerMarks(): array
    {
        $ids = $this->ownerIds ?? [];
        return [$ids === [] ? '(NULL)' : '(' . implode(', ', array_fill(0, count($ids), '?')) . ')', $ids];
    }

    /**
     * The filters every card list has, on the table aliased $t: responsible, city, created from/to.
     *
     * @return array{0: list<string>, 1: list<mixed>} conditions and their parameters
     */
    public function sharedFilters(string $t): array
    {
        $where = [];
        $params = [];
        if ($this->responsibleUserId !== null) {
            $where[] = "$t.responsible_user_id = ?";
            $params[] = $this->responsibleUserId;
        }
        if ($this->city !== '') {
            $where[] = "LOWER($t.city) = ?";
            $params[] = mb_strtolower($this->city, 'UTF-8');
        }
        if ($this->createdFrom !== null) {
            $where[] = "$t.created_at >= ?";
            $params[] = $this->createdFrom . ' 00:00:00';
        }
        if ($this->createdTo !== null) {
            $where[] = "$t.created_at <= ?";
            $params[] = $this->createdTo . ' 23:59:59';
        }
        return [$where, $params];
    }

    /**
     * Anything a visitor can type into the address bar is tolerated: unknown sorts, bad dates
     * and silly page numbers fall back to the defaults instead of failing the page.
     *
     * @param array<string, mixed> $query
     * @param list<string> $sorts
     */
    public static function fromArray(array $query, array $sorts): self
    {
        $string = static fn (string $name): string => is_string($query[$name] ?? null) ? trim($query[$name]) : '';
        $id = static function (string $name) use ($string): ?int {
            $v = $string($name);
            return ctype_digit($v) && (int) $v > 0 ? (int) $v : null;
        };
        $date = static function (string $name) use ($string): ?string {
            $v = $string($name);
            $parsed = \DateTimeImmutable::createFromFormat('!Y-m-d', $v);
            return $parsed !== false && $parsed->format('Y-m-d') === $v ? $v : null;
        };
        $sort = in_array($string('sort'), $sorts, true) ? $string('sort') : $sorts[0];
        $perPage = (int) $string('per_page');
        return new self(
            mb_substr($string('q'), 0, 200, 'UTF-8'),
            $id('responsible'),
            mb_substr($string('city'), 0, 200, 'UTF-8'),
            $date('from'),
            $date('to'),
            $id('company'),
            $string('deleted') === '1',
            $sort,
            $string('dir') === 'desc',
            max(1, min(100000, (int) $string('page'))),
            in_array($perPage, self::PAGE_SIZES, true) ? $perPage : self::PAGE_SIZES[0],
        );
    }

    /**
     * The query string of this list with some values changed, for sort links and the pager.
     *
     * @param array<string, string|int|null> $changes
     * @return array<string, string>
     */
    public function toArray(array $changes = []): array
    {
        $values = [
            'q' => $this->text,
            'responsible' => $this->responsibleUserId,
            'city' => $this->city,
            'from' => $this->createdFrom,
            'to' => $this->createdTo,
            'company' => $this->companyId,
            'deleted' => $this->deleted ? '1' : null,
            'sort' => $this->sort,
            'dir' => $this->descending ? 'desc' : null,
            'page' => $this->page > 1 ? $this->page : null,
            'per_page' => $this->perPage !== self::PAGE_SIZES[0] ? $this->perPage : null,
        ];
        $values = array_merge($values, $changes);
        $out = [];
        foreach ($values as $key => $value) {
            if ($value !== null && $value !== '') {
                $out[$key] = (string) $value;
            }
        }
        return $out;
    }

    public function offset(): int
    {
        return ($this->page - 1) * $this->perPage;
    }
}
