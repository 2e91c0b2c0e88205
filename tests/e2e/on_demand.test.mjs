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

/** The performance mark set once the full build is fetched and compiled (src/platform/full_app.rs). */
const LOADED_MARK = 'mg-rls:full-build-loaded';

/**
 * In the page: when the first result renders and when idle callbacks run (ms since navigation),
 * and whether the full app has started.
 */
function recordFirstResultAndIdle() {
  window.__idle = [];
  window.__fullStarted = false;
  window.addEventListener('mg-rls:full-app-started', () => { window.__fullStarted = true; });
  const ric = window.requestIdleCallback;
  if (ric) {
    window.requestIdleCallback = (cb, options) => ric.call(window, (deadline) => {
      window.__idle.push(performance.now());
      cb(deadline);
    }, options);
  }
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=daily-dose]')) {
      window.__firstResult = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

test('the full build is fetched only after the first result, when the browser is idle; it blocks nothing and is not started until a screen needs it', async () => {
  // No service worker: its precache would fetch the full build too, around the held request.
  const page = await newPage(app, { serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // Hold the full build back: the first load must not wait for it.
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route(FULL, async (route) => { await gate; await route.continue(); });
  await page.context().addInitScript(recordFirstResultAndIdle);
  await openApp(app, page, '?age=54&sex=female&form=citrate&unit_mg=100');
  await page.locator('[data-testid=daily-dose]').waitFor();
  // Dose works with the full build still on its way.
  await page.locator('#f-age').fill('55');
  await page.waitForURL(/age=55/);
  await page.locator('#f-target').fill('200');
  await page.waitForURL(/target=200/);

  release();
  // Fetched and compiled: the mark src/platform/full_app.rs sets.
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LOADED_MARK);
  const t = await page.evaluate(() => ({
    first: window.__firstResult,
    idle: window.__idle,
    full: performance.getEntriesByType('resource').filter((e) => /mg-rls-full-/.test(e.name)).map((e) => e.startTime),
  }));
  for (const start of t.full) {
    assert.ok(start >= t.first, `a full-build file requested at ${start} ms, before the first result (${t.first} ms)`);
    assert.ok(t.idle.some((idle) => idle <= start), `requested at ${start} ms before any idle callback (${t.idle})`);
  }
  // Fetched ahead, not started: still the first-load app (one <main>, the Dose rendered by it).
  assert.equal(await page.locator('[data-testid=opening]').count(), 0);

  assert.equal(await page.evaluate(() => window.__fullStarted), false, 'preloading does not start the full app');

  const wasmFetches = () => fetched.filter((p) => FULL.test(p) && p.endsWith('_bg.wasm')).length;
  assert.equal(wasmFetches(), 1, 'the full build was fetched once, ahead');
  await page.locator('nav a', { hasText: 'Forms' }).click();
  await page.waitForURL(/view=forms/);
  await page.locator('[data-testid=compare-table]').waitFor();
  assert.equal(wasmFetches(), 1, 'opening Forms uses what was fetched ahead');
  assert.equal(await page.evaluate(() => window.__fullStarted), true, 'opening Forms starts the full app');
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

/** A page at `rate`× CPU showing the kidney-stop finding (with its KDIGO source link), where
 *  `window.fullStarted` says whether the full app has taken over. */
async function kidneyStopAt(rate) {
  const page = await newPage(app);
  await page.addInitScript(() => {
    window.fullStarted = false;
    window.addEventListener('mg-rls:full-app-started', () => { window.fullStarted = true; });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await openApp(app, page, '?age=70&sex=male&egfr=20');
  return page;
}

test('a source link tapped right after the full build was fetched ahead lands on About (1× and 4× CPU)', async () => {
  for (const rate of [1, 1, 1, 4, 4]) {
    const page = await kidneyStopAt(rate);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, LOADED_MARK);
    assert.equal(await page.evaluate(() => window.fullStarted), false, 'fetched ahead, not started');
    await page.locator('[data-testid=finding][data-rule=kidney-stop] a.source-link', { hasText: 'KDIGO 2012' }).click();
    await page.waitForFunction(() => window.fullStarted);
    // The full app took over on About, at the source, and the address says so.
    await page.locator('#source-kdigo2012').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'source-kdigo2012');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('view'), 'about', `at ${rate}× CPU`);
    assert.equal(url.hash, '#source-kdigo2012');
    assert.equal(url.searchParams.get('egfr'), '20');
    assert.equal(await page.locator('.app').getAttribute('data-view'), 'about');
    assert.equal(await page.locator('main').count(), 1, 'one app on the page');
    // Back returns to the Dose screen with its entries, in the full app.
    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('view'));
    await page.locator('[data-testid=finding][data-rule=kidney-stop]').waitFor();
    assert.equal(await page.locator('#f-egfr').inputValue(), '20');
    await closePage(page);
  }
});

test('a link straight to an on-demand screen starts the full build without the first-load app', async () => {
  const page = await newPage(app);
  await page.addInitScript(() => {
    window.openingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=opening]')) window.openingSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const wasmFetched = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) wasmFetched.push(name);
  });
  await openApp(app, page, '?view=forms&age=45&form=citrate&unit_mg=1000&basis=compound');
  await page.locator('table[data-testid=forms-table] tr[data-form]').first().waitFor();
  assert.equal(await page.evaluate(() => window.openingSeen), false, 'no "Opening …" from a first-load app');
  // Only the full build's WebAssembly is fetched, and started at once by the page's loader.
  assert.deepEqual(wasmFetched.map((name) => name.replace(/-[0-9a-f]{16}_bg/, '_bg')), ['mg-rls-full_bg.wasm']);
  assert.equal(await page.evaluate(() => window.mgRlsFullStarted), true);
  assert.equal(await page.locator('main').count(), 1, 'one app on the page');
  // The screen works and the other screens open in the same app.
  await page.locator('nav a[data-view=dose]').click();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  assert.equal(await page.locator('#f-age').inputValue(), '45');
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
  // No service worker: once it has installed and taken over the page (about as long as the
  // failed direct start takes), the first-load app's retry is answered from its precache, around
  // the blocked route, and the screen opens after all (3 runs in 10 before this).
  const page = await newPage(app, { serviceWorkers: 'block' });
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
    const page = await kidneyStopAt(rate);
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
