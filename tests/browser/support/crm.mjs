// What every browser test needs: a fresh CRM (bin/crm install on SQLite in a temporary folder,
// bin/crm serve on a free loopback port), headless Chromium from Debian driven by playwright-core,
// screenshots into tests/browser/artifacts/, and everything removed afterwards.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const artifacts = join(root, 'tests', 'browser', 'artifacts');
const extension = process.env.KCRM_EXTENSION ?? join(root, 'modules', 'crm.so');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) {
      throw new Error(`bin/crm serve exited with ${child.exitCode}`);
    }
    try {
      const response = await fetch(url);
      if (response.status < 500) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url}`);
}

/**
 * Starts a CRM with an administrator "admin" / adminPassword and a browser in the given locale.
 * Returns { base, page, shot(name), stop() }; call stop() in after().
 */
export async function startCrm({ adminPassword, locale, name }) {
  mkdirSync(artifacts, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `kcrm-browser-${name}-`));
  const db = `sqlite:${join(work, 'crm.sqlite')}`;
  const php = ['-d', `extension=${extension}`, join(root, 'bin', 'crm')];
  execFileSync('php', [...php, 'install', `--db=${db}`, '--admin-login=admin', `--admin-password=${adminPassword}`], { stdio: 'pipe' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/crm`;
  const server = spawn('php', [...php, 'serve', '--host=127.0.0.1', `--port=${port}`, `--db=${db}`, `--extension=${extension}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let browser;
  const stop = async () => {
    await browser?.close();
    if (server.exitCode === null) {
      // The server runs php -S as its child: end the whole group this test started.
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${base}/login`, server);
    // A new empty profile each run; Playwright takes it as launchPersistentContext's first argument.
    browser = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
      viewport: { width: 1200, height: 900 },
      locale,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const page = await browser.newPage();
  page.setDefaultTimeout(10000);
  const shot = (file) => page.screenshot({ path: join(artifacts, `${file}.png`), fullPage: true });
  return { base, page, shot, stop, work };
}
