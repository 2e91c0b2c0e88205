// The first-load build holds the Dose screen; Quiz, Forms, About, Trial and Report come with
// the full build, fetched ahead once the first result has rendered and the browser is idle, and
// started only when one of them is opened (src/platform/full_app.rs).
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
  await page.locator('[data-testid=daily-dose]').waitFor();
  await page.locator('#f-age').fill('55');
  await page.waitForURL(/age=55/);
  assert.deepEqual(fetched.filter((p) => FULL.test(p)), [], 'the Dose screen needs only the first load');

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
  assert.equal(url.searchParams.get('age'), '55');
  assert.equal(url.searchParams.get('unit_mg'), '100');
  assert.equal(await page.locator('#f-age').inputValue(), '55');
  await closePage(page);
});

test('while a screen opens, the page keeps its height and shows the screen\'s name', async () => {
  // No service worker: it would answer the import from its cache, around the held request.
  const page = await newPage(app, { viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(FULL, async (route) => { await gate; await route.continue(); });
  await openApp(app, page, '?age=54&sex=female&form=citrate&unit_mg=100');
  const before = await page.evaluate(() => document.scrollingElement.scrollHeight);
  await page.locator('nav a[data-view=forms]').click();
  await page.locator('[data-testid=opening]').waitFor();
  assert.equal(await page.locator('[data-testid=opening] h2').textContent(), 'Forms');
  const opening = await page.evaluate(() => document.scrollingElement.scrollHeight);
  assert.ok(opening >= before - 2, `the page kept its height while opening: ${before} -> ${opening} px`);
  release();
  await page.locator('table[data-testid=forms-table]').waitFor();
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

test('the hand-over keeps what is not in the URL: remembering, edits and the start-up notice', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=33&sex=female');
  await page.locator('#f-remember').check();
  await page.waitForFunction(() => localStorage.getItem('mg-rls:remember')?.includes('age=33'));
  // A bare link restores the remembered entries and says so.
  await openApp(app, page, '');
  await page.locator('[data-testid=storage-notice]', { hasText: 'restored' }).waitFor();
  await page.locator('nav a[data-view=forms]').click();
  await page.locator('[data-testid=compare-table]').waitFor();
  await page.locator('nav a[data-view=dose]').click();
  await page.locator('#f-age').waitFor();
  assert.equal(await page.locator('#f-age').inputValue(), '33');
  assert.ok(await page.locator('#f-remember').isChecked(), 'still remembering');
  const notice = await page.locator('[data-testid=storage-notice]').textContent();
  assert.doesNotMatch(notice, /This link's entries are shown/, 'the notice is not made false by the hand-over');
  assert.match(notice, /restored/);
  // An edit after the hand-over is saved: remembering really is still on.
  await page.locator('#f-age').fill('34');
  await page.waitForFunction(() => localStorage.getItem('mg-rls:remember')?.includes('age=34'));
  await closePage(page);
});

test('Back while the full build is still loading lands where it was pressed, entries intact', async () => {
  // No service worker: it would answer the import from its cache, around the held request.
  const page = await newPage(app, { serviceWorkers: 'block' });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(FULL, async (route) => { await gate; await route.continue(); });
  await openApp(app, page, '?age=70&sex=male&egfr=20');
  const started = page.evaluate(() => new Promise((ok) => window.addEventListener('mg-rls:full-app-started', () => ok(true), { once: true })));
  await page.locator('nav a[data-view=about]').click();
  await page.locator('[data-testid=opening]').waitFor();
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  await page.locator('#f-egfr').waitFor();
  release();
  assert.equal(await started, true);
  // The full app took over on the screen the person went back to.
  await page.locator('[data-testid=finding][data-rule=kidney-stop]').waitFor();
  assert.equal(await page.locator('#f-egfr').inputValue(), '20');
  assert.equal(new URL(page.url()).searchParams.get('view'), null);
  assert.equal(await page.locator('main').count(), 1, 'one app on the page');
  await page.goForward();
  await page.waitForURL((u) => u.searchParams.get('view') === 'about');
  await page.locator('main h2', { hasText: 'About' }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get('egfr'), '20');
  await closePage(page);
});

test('Back during the hand-over on a slow phone (4–6× CPU): the address and the screen agree', async () => {
  for (const rate of [4, 5, 6]) {
    const page = await newPage(app);
    await page.addInitScript(() => {
      window.fullStarted = false;
      window.addEventListener('mg-rls:full-app-started', () => { window.fullStarted = true; });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await openApp(app, page, '?age=70&sex=male&egfr=20');
    await page.locator('[data-testid=finding][data-rule=kidney-stop] a.source-link', { hasText: 'KDIGO 2012' }).click();
    await page.waitForURL((u) => u.searchParams.get('view') === 'about');
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('view'));
    await page.waitForFunction(() => window.fullStarted);
    await page.locator('#f-egfr').waitFor();
    // Once the full app runs, it shows the screen the address names and leaves the address alone.
    await page.locator('[data-testid=finding][data-rule=kidney-stop]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('view'), null, `at ${rate}× CPU`);
    assert.equal(await page.locator('#f-egfr').inputValue(), '20');
    await closePage(page);
  }
});
