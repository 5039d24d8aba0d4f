// A sales manager in headless Chromium: another manager's organisation is not in her list or her
// search, its card opened by URL is an "access denied" page in her language, and her list downloads
// as CSV with its filters. Screenshots go to artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startCrm } from './support/crm.mjs';

const adminPassword = 'correct horse battery';

let crm, page, base, shot;

async function signIn(login, password) {
  await page.goto(`${base}/login`);
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL(`${base}/`), page.click('main button[type="submit"]')]);
}

async function signOut() {
  await Promise.all([page.waitForURL(/\/crm\/login/), page.click('header form button[type="submit"]')]);
}

async function createCompany(name, inn) {
  await page.goto(`${base}/company_edit`);
  await page.fill('#name', name);
  await page.fill('#inn', inn);
  await Promise.all([page.waitForURL(/\/crm\/company\?id=\d+$/), page.click('main form button[type="submit"]:not([name])')]);
  return page.url();
}

before(async () => {
  crm = await startCrm({ adminPassword, locale: 'ru-RU', name: 'rights' });
  ({ base, page, shot } = crm);
});

after(async () => {
  await crm?.stop();
});

test('a sales manager neither finds nor opens another manager\'s organisation', async () => {
  // The administrator adds two sales managers through the users page.
  await signIn('admin', adminPassword);
  for (const [login, name] of [['boris', 'Борис Борисов'], ['anna', 'Анна Антонова']]) {
    await page.goto(`${base}/users`);
    await page.fill('#user-new #login', login);
    await page.fill('#user-new #name', name);
    await page.fill('#user-new #password', `password of ${login}`);
    await page.selectOption('#user-new #group', 'sales_manager');
    await Promise.all([page.waitForURL(/\/crm\/users/), page.click('#user-new button[type="submit"]')]);
    assert.match(await page.textContent('#users'), new RegExp(name));
  }
  await signOut();

  // Boris keeps an organisation of his own; Anna has hers.
  await signIn('boris', 'password of boris');
  const borisCard = await createCompany('ООО «Тайна Бориса»', '7707083893');
  await signOut();
  await signIn('anna', 'password of anna');
  await createCompany('ООО «Ромашка Анны»', '500100732259');

  await page.goto(`${base}/companies?lang=ru`);
  const list = await page.textContent('#companies');
  assert.match(list, /Ромашка Анны/);
  assert.doesNotMatch(list, /Тайна Бориса/);
  assert.equal(await page.locator('#companies tbody tr').count(), 1);
  await shot('11-manager-list-own-only');

  // Searching by his name or his INN finds nothing either.
  for (const query of ['Тайна', '7707083893']) {
    await page.goto(`${base}/companies?q=${encodeURIComponent(query)}`);
    assert.equal(await page.locator('#companies').count(), 0, `"${query}" finds nothing`);
    assert.ok(await page.locator('#empty').isVisible());
  }

  // His card by its address: 403, an access-denied page in Russian, then in Swedish.
  const response = await page.goto(`${borisCard}&lang=ru`);
  assert.equal(response.status(), 403);
  assert.equal(await page.textContent('h1'), 'Доступ запрещён');
  const main = await page.textContent('main');
  assert.match(main, /У вас нет прав на эту страницу или действие/);
  assert.doesNotMatch(await page.content(), /Тайна Бориса|7707083893/);
  await shot('12-manager-refused-card-ru');

  const swedish = await page.goto(`${borisCard}&lang=sv`);
  assert.equal(swedish.status(), 403);
  assert.equal(await page.textContent('h1'), 'Åtkomst nekad');
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  await shot('13-manager-refused-card-sv');
});

test('the manager downloads her list as CSV from the button under it', async () => {
  // Still signed in as Anna from the test above.
  await createCompany('ООО «Вторая Анны»', '7736207543');
  await page.goto(`${base}/companies?lang=ru&q=${encodeURIComponent('Анны')}&sort=name&dir=desc`);
  assert.ok(await page.locator('#export').isVisible(), 'the export button is there for her');
  await shot('14-manager-list-export-button');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export button[type="submit"]')]);
  assert.match(download.suggestedFilename(), /^организации-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  assert.match(lines[0], /^Наименование;ИНН;КПП;/);
  assert.equal(lines[1].split(';')[0], 'ООО «Ромашка Анны»', 'name descending, as the list was sorted');
  assert.equal(lines[2].split(';')[0], 'ООО «Вторая Анны»');
  assert.equal(lines[3], '', 'two organisations, and not Boris\'s');
  assert.doesNotMatch(bytes.toString('utf8'), /Тайна Бориса/);
});

test('the contact form finds her organisation as she types, and not his', async () => {
  await page.goto(`${base}/contact_edit?lang=ru`);
  await page.fill('#last_name', 'Сидорова');
  const search = page.locator('input[name="companies[0][company_query]"]');
  const status = page.locator('.company-picker .picker-status').first();
  await search.pressSequentially('Тайна', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('.company-picker .picker-status').textContent === 'Найдено: 0');
  assert.equal(await page.locator('select[name="companies[0][company_id]"] option').count(), 1, 'only "no organisation": his is not offered');
  await search.fill('');
  await search.pressSequentially('втор', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('.company-picker .picker-status').textContent === 'Найдено: 1');
  const chosen = await page.locator('select[name="companies[0][company_id]"] option:checked').textContent();
  assert.match(chosen, /^ООО «Вторая Анны» · 7736207543/);
  assert.equal(await status.textContent(), 'Найдено: 1');
  await page.selectOption('select[name="companies[0][role]"]', 'director');
  await shot('15-contact-form-company-search');
  await Promise.all([page.waitForURL(/\/crm\/contact\?id=\d+$/), page.click('main form#contact-form > p > button[type="submit"]')]);
  const card = await page.textContent('main');
  assert.match(card, /ООО «Вторая Анны»/);
  assert.match(card, /директор/);
});
