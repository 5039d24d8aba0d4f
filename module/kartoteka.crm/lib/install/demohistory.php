<?php
// The demo's recent past: three sales managers who own the imported cards, which were made over the
// last year, with calls, meetings, notes, e-mails and tasks over the last months.

declare(strict_types=1);

namespace Kartoteka\Crm\Install;

use Kartoteka\Crm\Access\UserRepository;
use Kartoteka\Crm\Activity\Timeline;
use Kartoteka\Crm\Contacts\CompanyRepository;
use Kartoteka\Crm\Db\Connection;
use Kartoteka\Crm\Settings\SettingRepository;

final class DemoHistory
{
    /** Set once the history is written: a second `bin/crm demo` must not double it. */
    public const DONE_SETTING = 'demo_history_seeded';
    private const MANAGERS = [
        'olga.smirnova' => 'Ольга Смирнова',
        'dmitry.kozlov' => 'Дмитрий Козлов',
        'anna.belova' => 'Анна Белова',
    ];
    private const SUBJECTS = [
        'call' => ['Уточнили объём заказа', 'Напомнили об оплате счёта', 'Договорились о встрече', 'Не дозвонились до бухгалтерии', 'Обсудили скидку на опт'],
        'meeting' => ['Презентация нового прайса', 'Встреча на складе клиента', 'Переговоры о годовом договоре'],
        'note' => ['Клиент просит отсрочку 30 дней', 'Сменился главный бухгалтер', 'Интересуются доставкой в регионы'],
        'email' => ['Отправили коммерческое предложение', 'Выслали акт сверки', 'Ответ на претензию по поставке'],
    ];
    private const TASKS = ['Перезвонить по счёту', 'Отправить договор', 'Подготовить КП', 'Согласовать график поставок', 'Сверить взаиморасчёты'];

    public function __construct(private readonly Connection $db)
    {
    }

    /**
     * Writes about $activities activities and $tasks tasks spread over the $months before $today,
     * on the first organisations by name; null when it was done before or there is nothing to log on.
     *
     * @return array{activities: int, tasks: int}|null
     */
    public function seed(string $today, int $activities = 400, int $tasks = 120, int $months = 6, int $seed = 20261128): ?array
    {
        $settings = new SettingRepository($this->db);
        if ($settings->get(self::DONE_SETTING) !== null) {
            return null;
        }
        $companies = new CompanyRepository($this->db);
        $targets = $companies->choices(300);
        if ($targets === []) {
            return null;
        }
        $users = new UserRepository($this->db);
        $managers = [];
        foreach (self::MANAGERS as $login => $name) {
            $found = $users->findByLogin($login);
            // Nobody signs in as a demo manager: the password is thrown away.
            $managers[] = $found !== null ? (int) $found['id'] : $users->create($login, bin2hex(random_bytes(16)), $name);
        }
        $random = new \Random\Randomizer(new \Random\Engine\Mt19937($seed));
        $end = new \DateTimeImmutable($today . ' 18:00:00', new \DateTimeZone('UTC'));
        $days = (int) $end->diff($end->modify("-$months months"))->days;
        $timeline = new Timeline($this->db);
        $people = [];

        return $this->db->transaction(function () use ($activities, $tasks, $targets, $managers, $random, $end, $days, $timeline, $companies, &$people, $settings): array {
            $owners = $this->spreadCards($managers, $random, $end);
            $logged = 0;
            for ($i = 0; $i < $activities; $i++) {
                $company = $targets[$random->getInt(0, count($targets) - 1)]['id'];
                $people[$company] ??= array_column($companies->contacts($company), 'id');
                $contact = $people[$company] !== [] && $random->getInt(0, 2) > 0 ? $people[$company][$random->getInt(0, count($people[$company]) - 1)] : null;
                // Calls most often, e-mails next; busier managers log more.
                $type = ['call', 'call', 'call', 'call', 'email', 'email', 'meeting', 'note'][$random->getInt(0, 7)];
                // Mostly the card's own manager; now and then a colleague stands in.
                $manager = $random->getInt(0, 4) > 0 && isset($owners[$company])
                    ? $owners[$company]
                    : $managers[min($random->getInt(0, 3), $random->getInt(0, 3)) % count($managers)];
                $at = $end->modify('-' . $random->getInt(0, $days) . ' days')->setTime($random->getInt(9, 17), $random->getInt(0, 59));
                $id = $timeline->log($company, $contact, $manager, [
                    'type' => $type,
                    'direction' => in_array($type, ['call', 'email'], true) ? ['in', 'out', 'out'][$random->getInt(0, 2)] : '',
                    'result' => $type === 'call' ? Timeline::CALL_RESULTS[$random->getInt(0, 3)] : '',
                    'duration_minutes' => $type === 'call' ? (string) $random->getInt(1, 25) : '',
                    'subject' => self::SUBJECTS[$type][$random->getInt(0, count(self::SUBJECTS[$type]) - 1)],
                    'happened_at' => $at->format('Y-m-d H:i'),
                ]);
                $logged += is_int($id) ? 1 : 0;
            }
            $added = 0;
            for ($i = 0; $i < $tasks; $i++) {
                $company = $targets[$random->getInt(0, count($targets) - 1)]['id'];
                // Most are in the past (some still open: overdue), a few ahead.
                $due = $end->modify(($random->getInt(0, 4) === 0 ? '+' : '-') . $random->getInt(0, 45) . ' days')->setTime($random->getInt(9, 17), 0);
                $id = $timeline->addTask($company, null, $managers[$random->getInt(0, count($managers) - 1)], [
                    'title' => self::TASKS[$random->getInt(0, count(self::TASKS) - 1)],
                    'due_at' => $due->format('Y-m-d H:i'),
                    'responsible_user_id' => (string) $managers[$random->getInt(0, count($managers) - 1)],
                ]);
                if (is_int($id)) {
                    $added++;
                    if ($due < $end && $random->getInt(0, 2) > 0) {
                        $timeline->toggleTask($id);
                    }
                }
            }
            $settings->set(self::DONE_SETTING, gmdate('Y-m-d H:i:s'));
            return ['activities' => $logged, 'tasks' => $added];
        });
    }

    /**
     * An import stamps every card with today's date and the importing user; a real 1C base grew over
     * years and belongs to several managers. This gives the imported demo cards creation dates over
     * the last twelve months (more of them recently, as a growing business has) and shares them
     * between the demo managers; a contact person follows the organisation it was imported with.
     *
     * @param list<int> $managers
     * @return array<int, int> company id => its responsible manager
     */
    private function spreadCards(array $managers, \Random\Randomizer $random, \DateTimeImmutable $end): array
    {
        $ids = array_map('intval', array_column($this->db->fetchAll('SELECT id FROM kcrm_company WHERE deleted_at IS NULL ORDER BY id'), 'id'));
        $count = count($ids);
        if ($count === 0) {
            return [];
        }
        // Days back, drawn with more weight on recent months, then sorted so that ids still grow with time.
        $back = [];
        for ($i = 0; $i < $count; $i++) {
            $back[] = (int) floor(365 * (1 - sqrt($random->getInt(0, 1_000_000) / 1_000_000)));
        }
        rsort($back);
        $owners = [];
        $created = [];
        foreach ($ids as $i => $id) {
            $at = $end->modify('-' . $back[$i] . ' days')->setTime($random->getInt(9, 17), $random->getInt(0, 59));
            $owners[$id] = $managers[$random->getInt(0, count($managers) - 1)];
            $created[$id] = $at;
            $this->db->execute(
                'UPDATE kcrm_company SET created_at = ?, updated_at = ?, responsible_user_id = ? WHERE id = ?',
                [$at->format('Y-m-d H:i:s'), $at->format('Y-m-d H:i:s'), $owners[$id], $id]
            );
        }
        $links = $this->db->fetchAll('SELECT contact_id, MIN(company_id) AS company_id FROM kcrm_company_contact GROUP BY contact_id');
        foreach ($links as $link) {
            $company = (int) $link['company_id'];
            if (!isset($created[$company])) {
                continue;
            }
            $at = min($end, $created[$company]->modify('+' . $random->getInt(0, 3) . ' days'));
            $this->db->execute(
                'UPDATE kcrm_contact SET created_at = ?, updated_at = ?, responsible_user_id = ? WHERE id = ?',
                [$at->format('Y-m-d H:i:s'), $at->format('Y-m-d H:i:s'), $owners[$company], (int) $link['contact_id']]
            );
        }
        return $owners;
    }
}
