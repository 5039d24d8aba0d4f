<?php
// The numbers on the dashboard: live cards and open tasks, counted in the database.

declare(strict_types=1);

namespace Kartoteka\Crm\Report;

use Kartoteka\Crm\Db\Connection;

final class Summary
{
    public function __construct(private readonly Connection $db)
    {
    }

    /** @return array{companies: int, contacts: int, open_tasks: int} */
    public function counts(): array
    {
        return [
            'companies' => (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_company WHERE deleted_at IS NULL'),
            'contacts' => (int) $this->db->fetchValue('SELECT COUNT(*) FROM kcrm_contact WHERE deleted_at IS NULL'),
            'open_tasks' => (int) $this->db->fetchValue(
                "SELECT COUNT(*) FROM kcrm_task WHERE status = 'open' AND deleted_at IS NULL"
            ),
        ];
    }
}
