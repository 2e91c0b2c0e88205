// The first-load build holds the Dose and Quiz screens; Forms, About, Trial and Report come with
// the full build, imported only when one of them is opened (src/platform/full_app.rs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

const FULL = /mg-rls-full-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

test('the full build loads only when an on-demand screen opens, and keeps every entry', async () => {
  const page = await newPage(app);
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await openApp(app, page, '?age=54&sex=female&form=citrate&unit_mg=100');
  await page.locator('nav a', { hasText: 'Quiz' }).click();
  await page.waitForURL(/view=quiz/);
  await page.locator('main h2').first().waitFor();
  assert.deepEqual(fetched.filter((p) => FULL.test(p)), [], 'Dose and Quiz need only the first load');

  await page.locator('nav a', { hasText: 'Forms' }).click();
  await page.waitForURL(/view=forms/);
  await page.locator('[data-testid=compare-table]').waitFor();
  assert.ok(fetched.some((p) => FULL.test(p) && p.endsWith('_bg.wasm')), 'opening Forms imports the full build');
  assert.equal(await page.locator('[data-testid=opening]').count(), 0, 'the notice is gone');
  assert.equal(await page.locator('main').count(), 1, 'one app on the page');

  // The full app carries on: Dose again, with the entries from the URL.
  await page.locator('nav a', { hasText: 'Dose' }).click();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('age'), '54');
  assert.equal(url.searchParams.get('unit_mg'), '100');
  assert.equal(await page.locator('#f-age').inputValue(), '54');
  await closePage(page);
});

test('an on-demand screen that cannot load says so, and the first-load screens keep working', async () => {
  const page = await newPage(app);
  await page.route(FULL, (route) => route.abort());
  await page.goto(new URL('?view=about&age=30', app.baseUrl).href);
  const alert = page.locator('[data-testid=opening] [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded/);
  assert.equal(await page.locator('main h2').textContent(), 'About');
  await page.locator('nav a', { hasText: 'Dose' }).click();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  assert.equal(await page.locator('#f-age').inputValue(), '30');
  // The aborted import is logged by the browser: expected here.
  page.errors = page.errors.filter((e) => !/Failed to load resource: net::ERR_FAILED/.test(e));
  await closePage(page);
});

test('by keyboard: Enter on a navigation link opens the screen and keeps the focus on that link', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=40');
  await page.locator('nav a[data-view=about]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=about/);
  await page.locator('main h2').first().waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('nav a[data-view=about]'));
  assert.equal(await page.locator('nav a[aria-current=page]').getAttribute('data-view'), 'about');
  await closePage(page);
});
