// The CRM in headless Chromium: sign in, an organisation with two contact persons, search by a phone
// typed another way, Swedish labels, the reports page's SVG charts. Screenshots go to artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startCrm } from './support/crm.mjs';

const password = 'correct horse battery';

let crm, page, base, shot;

before(async () => {
  crm = await startCrm({ adminPassword: password, locale: 'en-GB', name: 'crm' });
  ({ base, page, shot } = crm);
});

after(async () => {
  await crm?.stop();
});

test('signs in', async () => {
  await page.goto(`${base}/login?lang=en`);
  await shot('01-login');
  await page.fill('input[name="login"]', 'admin');
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL(`${base}/`), page.click('main button[type="submit"]')]);
  assert.match(await page.textContent('header'), /Sign out/);
  await shot('02-dashboard');
});

test('creates an organisation with two contact persons in different roles', async () => {
  await page.goto(`${base}/company_edit`);
  await page.fill('#name', 'ООО «Браузер и сыновья»');
  await page.fill('#inn', '7707083893');
  await page.fill('#city', 'Казань');
  await page.fill('input[name="phones[]"] >> nth=0', '8 (843) 555-01-23');
  await Promise.all([page.waitForURL(/\/crm\/company\?id=\d+$/), page.click('main form button[type="submit"]:not([name])')]);
  const companyUrl = page.url();
  const companyId = new URL(companyUrl).searchParams.get('id');
  assert.equal(await page.textContent('h1'), 'ООО «Браузер и сыновья»');

  const people = [
    { last: 'Сидорова', first: 'Анна', role: 'accountant', position: 'Главный бухгалтер', phone: '+7 917 123-45-67' },
    { last: 'Петров', first: 'Игорь', role: 'storekeeper', position: 'Кладовщик', phone: '8-917-765-43-21' },
  ];
  for (const person of people) {
    await page.goto(`${base}/contact_edit?company=${companyId}`);
    await page.fill('#last_name', person.last);
    await page.fill('#first_name', person.first);
    await page.selectOption('select[name="companies[0][company_id]"]', companyId);
    await page.selectOption('select[name="companies[0][role]"]', person.role);
    await page.fill('input[name="companies[0][position]"]', person.position);
    await page.fill('input[name="phones[]"] >> nth=0', person.phone);
    await Promise.all([page.waitForURL(/\/crm\/contact\?id=\d+$/), page.click('main form button[type="submit"]:not([name])')]);
  }
  await page.goto(companyUrl);
  const card = await page.textContent('main');
  assert.match(card, /Сидорова Анна/);
  assert.match(card, /Петров Игорь/);
  assert.match(card, /accountant/);
  assert.match(card, /storekeeper/);
  await shot('03-company-card');
});

test('finds the organisation by its phone typed in another format', async () => {
  await page.goto(`${base}/companies`);
  await page.fill('#q', '+7 843 5550123');
  await Promise.all([page.waitForURL(/companies\?/), page.click('form.filters button[type="submit"]')]);
  const rows = await page.locator('#companies tbody tr').count();
  assert.equal(rows, 1);
  assert.match(await page.textContent('#companies'), /Браузер и сыновья/);
  await shot('04-search-by-phone');
});

test('warns while typing that the phone already belongs to an organisation, and links to it', async () => {
  await page.goto(`${base}/company_edit`);
  assert.equal(await page.locator('#responsible_user_id option:checked').textContent(), 'Administrator', 'a new card is its author\'s');
  await page.fill('#name', 'ИП Повторов');
  await page.fill('input[name="phones[]"] >> nth=0', '+7 843 555 01 23');
  const warning = page.locator('#live-warnings a');
  await warning.waitFor();
  assert.match(await page.textContent('#live-warnings'), /\+78435550123/);
  assert.equal(await warning.textContent(), 'ООО «Браузер и сыновья»');
  assert.match(await warning.getAttribute('href'), /\/crm\/company\?id=\d+$/);
  await shot('04b-live-duplicate-warning');
  // Nothing is saved by the check itself.
  await page.goto(`${base}/companies?q=${encodeURIComponent('Повторов')}`);
  assert.equal(await page.locator('#companies tbody tr').count(), 0);
});

test('filters contact persons by an organisation found as you type', async () => {
  await page.goto(`${base}/contacts`);
  await page.fill('#company_q', 'Браузер');
  await page.locator('select#company option', { hasText: 'Браузер и сыновья' }).waitFor({ state: 'attached' });
  assert.match(await page.locator('select#company option:checked').textContent(), /Браузер и сыновья/);
  await Promise.all([page.waitForURL(/contacts\?/), page.click('form.filters button[type="submit"]')]);
  assert.equal(await page.locator('#contacts tbody tr').count(), 2);
  assert.match(await page.textContent('#contacts'), /Сидорова Анна/);
  await shot('04c-contacts-by-organisation');
});

test('switches the language to Swedish', async () => {
  await page.goto(`${base}/companies`);
  await Promise.all([page.waitForURL(/lang=sv/), page.click('nav.languages a:has-text("Svenska")')]);
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  const header = await page.textContent('header');
  assert.match(header, /Organisationer/);
  assert.match(header, /Rapporter/);
  assert.match(header, /Logga ut/);
  await shot('05-swedish');
});

test('shows the reports page with SVG charts', async () => {
  // Something to count: a call and an overdue task logged on the card through the forms.
  await page.goto(`${base}/companies`);
  await Promise.all([page.waitForURL(/company\?id=/), page.click('#companies tbody tr a[href*="company?id="]')]);
  await page.selectOption('#activity-type', 'call');
  await page.fill('#activity-subject', 'Samtal om leveransen <b>');
  await Promise.all([page.waitForURL(/company\?id=/), page.click('#activity-form button[type="submit"]')]);
  await page.fill('#task-title', 'Ring tillbaka');
  await page.fill('#task-due', '2026-01-15T10:00');
  await Promise.all([page.waitForURL(/company\?id=/), page.click('#task-form button[type="submit"]')]);
  await page.goto(`${base}/reports`);
  assert.equal(await page.textContent('h1'), 'Rapporter');
  const charts = page.locator('figure.chart svg[role="img"]');
  assert.ok(await charts.count() >= 2, 'at least the activity and the new-cards chart');
  const title = await charts.first().locator('title').first().textContent();
  assert.match(title, /Samtal, möten/);
  const box = await charts.first().boundingBox();
  assert.ok(box.width > 300 && box.height > 100, `the chart is drawn at a readable size (${box.width}×${box.height})`);
  assert.ok(await page.locator('figure.chart polyline').count() >= 2, 'two lines of new cards');
  assert.ok(await page.locator('figure.chart rect').count() >= 2, 'bars for the call and the overdue task');
  assert.match(await page.textContent('#report-overdue-tasks'), /Ring tillbaka/);
  await shot('06-reports');
});
