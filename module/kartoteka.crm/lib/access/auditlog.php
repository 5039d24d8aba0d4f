<?php
// kcrm_audit_log: who viewed or changed personal data, when and from where. Details are plain
// values the caller chose; passwords and tokens never go in.

declare(strict_types=1);

namespace Kartoteka\Crm\Access;

use Kartoteka\Crm\Db\Connection;

final class AuditLog
{
    public const ACTIONS = ['view', 'create', 'edit', 'delete', 'restore', 'import_undo', 'export', 'user_create', 'user_group', 'user_deactivate'];
    public const ENTITIES = ['company', 'contact', 'import', 'user'];
    public const PAGE_SIZE = 50;

    public function __construct(private readonly Connection $db)
    {
    }

    /** @param array<string, scalar|null> $details */
    public function record(?int $userId, string $action, string $entity, ?int $entityId, ?string $ip, array $details = []): void
    {
        $this->db->insert('kcrm_audit_log', [
            'user_id' => $userId,
            'action' => $action,
            'entity_type' => $entity,
            'entity_id' => $entityId,
            'details' => $details === [] ? null : json_encode($details, JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR),
            'ip' => $ip,
            'created_at' => gmdate('Y-m-d H:i:s'),
        ]);
    }

    /**
     * Newest first, with the user's name.
     *
     * @param array{user_id?: ?int, action?: ?string, entity?: ?string, entity_id?: ?int, from?: ?string, to?: ?string} $filters
     * @return array{total: int, rows: list<array<string, mixed>>}
     */
    public function search(array $filters, int $page = 1): array
    {
        $where = ['1 = 1'];
        $params = [];
        foreach (['user_id' => 'a.user_id', 'action' => 'a.action', 'entity' => 'a.entity_type', 'entity_id' => 'a.entity_id'] as $key => $column) {
            if (($filters[$key] ?? null) !== null) {
                $where[] = "$column = ?";
                $params[] = $filters[$key];
            }
        }
        if (($filters['from'] ?? null) !== null) {
            $where[] = 'a.created_at >= ?';
            $params[] = $filters['from'] . ' 00:00:00';
        }
        if (($filters['to'] ?? null) !== null) {
            $where[] = 'a.created_at <= ?';
            $params[] = $filters['to'] . ' 23:59:59';
        }
        $whereSql = implode(' AND ', $where);
        $total = (int) $this->db->fetchValue("SELECT COUNT(*) FROM kcrm_audit_log a WHERE $whereSql", $params);
        $rows = $this->db->fetchAll(sprintf(
            'SELECT a.id, a.user_id, a.action, a.entity_type, a.entity_id, a.details, a.ip, a.created_at,
                    u.login AS user_login, u.name AS user_name
             FROM kcrm_audit_log a LEFT JOIN kcrm_user u ON u.id = a.user_id
             WHERE %s ORDER BY a.id DESC LIMIT %d OFFSET %d',
            $whereSql,
            self::PAGE_SIZE,
            (max(1, $page) - 1) * self::PAGE_SIZE
        ), $params);
        return ['total' => $total, 'rows' => $rows];
    }
}
