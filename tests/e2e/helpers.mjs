// Shared end-to-end helpers: one static server for dist/ and one headless Chromium per test file,
// and pages that record console errors and uncaught exceptions so every test can fail on them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// E2E_DIST=path runs the tests against another build (e.g. one built with `trunk build --dist`).
// The embedding blog's page (a test fixture, never in dist/), served from a second origin.
export const BLOG = fileURLToPath(new URL('./blog/', import.meta.url));
export const DIST = process.env.E2E_DIST ? `${resolve(process.env.E2E_DIST)}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

// Same flags as webdriver.json (see the toolchain notes).
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the server and the browser. Call from `before`; pass the result to `stopApp` in `after`. */
export async function startApp() {
  assert.ok(existsSync(`${DIST}index.html`), 'dist/index.html missing: run `trunk build --release` first');
  const server = await startServer({ root: DIST });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return { server, browser, baseUrl: server.url };
}

export async function stopApp(app) {
  await app?.browser?.close();
  await app?.server?.close();
}

/**
 * A fresh page (own context) whose console errors and page errors are collected in `page.errors`.
 * Options go to browser.newContext (e.g. { colorScheme: 'dark', viewport: { width: 320, height: 640 } }).
 */
export async function newPage(app, options = {}) {
  const context = await app.browser.newContext(options);
  // A Content-Security-Policy violation fails the page too, named by directive and source line.
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)));
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.message}`));
  return page;
}

/**
 * The screen's heading once the screen itself has rendered (not the heading of the "Opening …"
 * frame an on-demand screen shows while the full build loads).
 */
export const SCREEN_HEADING = 'main h2:not([data-testid=opening] h2)';

/** Opens `search` (e.g. '?view=forms') and waits until the app has rendered. */
export async function openApp(app, page, search = '') {
  await page.goto(new URL(search, app.baseUrl).href);
  await page.locator(SCREEN_HEADING).first().waitFor();
}

/** Fails if the page logged a console error or threw; closes its context. */
export async function closePage(page) {
  const errors = page.errors ?? [];
  await page.context().close();
  assert.deepEqual(errors, [], 'console errors or uncaught exceptions on the page');
}
