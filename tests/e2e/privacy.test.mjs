// Privacy and security: after the first load, using every view sends no network request; no
// request ever leaves the app's origin; no cookie is set; the Content-Security-Policy is strict
// (hash for Trunk's inline loader, never 'unsafe-inline' for scripts) and actually enforced.
// Every page of every e2e test also fails on any CSP violation (tests/e2e/helpers.mjs).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { DIST, closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

/** Records every request seen by the page or its context (workers, service workers), once each. */
function recordRequests(page) {
  const seen = new WeakSet();
  const requests = [];
  const record = (req) => {
    if (seen.has(req)) return;
    seen.add(req);
    requests.push({ url: req.url(), type: req.resourceType(), req });
  };
  page.context().on('request', record);
  page.on('request', record);
  return requests;
}

const unique = (requests) => [...new Set(requests.map((r) => `${r.type} ${r.url}`))];

/**
 * The requests that reached the network: not those the page's service worker answered from its
 * cache (Chromium re-reads the tab icon after each history.replaceState; the worker serves it).
 */
async function network(requests) {
  const out = [];
  for (const r of requests) {
    const response = await r.req.response().catch(() => null);
    if (!r.req.serviceWorker() && response?.fromServiceWorker()) continue;
    out.push(r);
  }
  return out;
}

/** Waits until the first load is over, including a service worker's install (if there is one). */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => Promise.race([
    // With a worker: wait until it is installed and controls the page.
    navigator.serviceWorker?.getRegistration().then((reg) => reg && navigator.serviceWorker.ready.then(() =>
      navigator.serviceWorker.controller ?? new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true })))),
    new Promise((ok) => setTimeout(ok, 3000)),
  ]));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

/** Uses every view: navigates, types, ticks boxes, sorts, answers. */
async function useEverything(page) {
  const nav = (view) => page.locator(`nav a[data-view=${view}]`).click();
  // Dose.
  await page.locator('#f-age').fill('52');
  await page.locator('input[name=sex][value=female]').check();
  await page.locator('#f-form').selectOption('citrate');
  await page.locator('#f-unit_mg').fill('1000');
  await page.locator('label.choice', { hasText: 'compound' }).click();
  await page.locator('#f-target').fill('300');
  // The optional groups are collapsed until they hold something (issue 14): open them first.
  for (const group of ['meds', 'kidneys', 'blood']) await page.locator(`details[data-group=${group}] > summary`).click();
  await page.locator('#med-levothyroxine').check();
  await page.locator('#med-iron').check();
  for (const [id, value] of [['egfr', '45'], ['ferritin', '40'], ['serum', '1.9']]) {
    const field = page.locator(`#f-${id}`);
    if (await field.count()) await field.fill(value);
  }
  await page.locator('[data-testid=daily-dose]').waitFor();
  // Forms.
  await nav('forms');
  const table = page.locator('table[data-testid=forms-table]');
  await table.waitFor();
  const sortButtons = table.locator('th button');
  for (let i = 0; i < Math.min(3, await sortButtons.count()); i += 1) await sortButtons.nth(i).click();
  const formsInputs = page.locator('main input[type=checkbox], main input[type=radio]');
  for (let i = 0; i < Math.min(4, await formsInputs.count()); i += 1) await formsInputs.nth(i).check().catch(() => {});
  const formsText = page.locator('main input[inputmode]');
  for (let i = 0; i < Math.min(4, await formsText.count()); i += 1) await formsText.nth(i).fill(String(10 + i)).catch(() => {});
  // Quiz.
  await nav('quiz');
  for (const [id, v] of [['urge', 'y'], ['rest', 'y'], ['move', 'y'], ['evening', 'y'], ['mimic', 'n']]) {
    await page.locator(`input[name=${id}][value=${v}]`).check();
  }
  await page.waitForFunction(() => document.querySelector('[data-testid=quiz-result]')?.dataset.outcome === 'likely');
  const boxes = page.locator('main input[type=checkbox]');
  for (let i = 0; i < Math.min(6, await boxes.count()); i += 1) await boxes.nth(i).check().catch(() => {});
  // About.
  await nav('about');
  await page.locator('main h2').waitFor();
  // Back to Dose, where everything typed is still there.
  await nav('dose');
  assert.equal(await page.locator('#f-age').inputValue(), '52');
  await page.waitForTimeout(300);
}

test('after the first load, using every view sends no network request; nothing leaves the origin; no cookies', async () => {
  const page = await newPage(app);
  const requests = recordRequests(page);
  await openApp(app, page);
  await settle(page);
  const firstLoad = unique(requests);
  assert.ok(firstLoad.some((r) => r.endsWith('.wasm')), `the first load fetched the app: ${firstLoad.join('\n')}`);

  requests.length = 0;
  await useEverything(page);
  assert.deepEqual(unique(await network(requests)), [], 'network requests after the first load');

  // Opening each view by URL (a shared link) fetches only this origin's files.
  for (const view of ['dose', 'forms', 'quiz', 'about']) {
    await openApp(app, page, `?view=${view}&age=40&sex=male&meds=iron`);
  }
  const origin = new URL(app.baseUrl).origin;
  const foreign = [...firstLoad, ...unique(requests)].filter((r) => {
    const url = r.slice(r.indexOf(' ') + 1);
    return !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;
  });
  assert.deepEqual(foreign, [], 'requests to another origin');

  assert.deepEqual(await page.context().cookies(), [], 'cookies in the browser context');
  assert.equal(await page.evaluate(() => document.cookie), '', 'document.cookie');
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0,
    'nothing stored without "remember on this device"');
  await closePage(page);
});

test('no request to another origin in embed mode and with findings', async () => {
  const page = await newPage(app);
  const requests = recordRequests(page);
  await openApp(app, page, '?embed=1&age=70&sex=male&egfr=20&ferritin=40&meds=levothyroxine,iron&serum=2.6');
  await settle(page);
  const origin = new URL(app.baseUrl).origin;
  const foreign = requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin);
  assert.deepEqual(foreign.map((r) => r.url), []);
  assert.deepEqual(await page.context().cookies(), []);
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy.

async function builtPolicy() {
  const html = await readFile(`${DIST}index.html`, 'utf8');
  const meta = html.match(/<meta\s[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i);
  assert.ok(meta, 'dist/index.html has a CSP <meta> tag (scripts/csp.mjs, from the post-build hook)');
  const policy = meta[0].match(/content="([^"]*)"/i)[1];
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  return { html, meta: meta[0], directives };
}

test('the CSP meta tag is strict and comes before every script', async () => {
  const { html, meta, directives } = await builtPolicy();
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  for (const d of ['connect-src', 'worker-src', 'manifest-src', 'style-src']) assert.deepEqual(directives[d], ["'self'"], d);
  assert.deepEqual(directives['img-src'], ["'self'", 'data:']);
  const script = directives['script-src'];
  assert.deepEqual(script.slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(!script.includes("'unsafe-inline'") && !script.includes("'unsafe-eval'"), script.join(' '));
  // No 'unsafe-inline' anywhere, style attributes included (style-src 'self' governs them).
  assert.ok(!/'unsafe-inline'/.test(Object.values(directives).flat().join(' ')), 'no unsafe-inline');
  assert.equal(directives['style-src-attr'], undefined);
  // Exactly the hashes of the inline scripts, and the tag comes before the first script.
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\ssrc=/i.test(` ${attrs}`));
  const hashes = inline.map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  assert.ok(hashes.length >= 1, "Trunk's inline loader is there");
  assert.deepEqual(script.slice(2).sort(), [...new Set(hashes)].sort());
  assert.ok(html.indexOf(meta) < html.search(/<script\b/i), 'CSP before the first <script>');
  assert.ok(html.indexOf(meta) < html.search(/<link\b/i), 'CSP before the first <link>');
});

test('the CSP is enforced: injected inline script, <style>, style attribute and foreign fetch are refused', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=40&sex=male');
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    window.injectedRan = false;
    const s = document.createElement('script');
    s.textContent = 'window.injectedRan = true';
    document.body.append(s);
    const st = document.createElement('style');
    st.textContent = 'body { background: red }';
    document.head.append(st);
    const marked = document.createElement('p');
    marked.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(marked);
    const attrRed = getComputedStyle(marked).color === 'rgb(255, 0, 0)';
    marked.remove();
    let fetchRefused = false;
    try { await fetch('https://example.invalid/x'); } catch { fetchRefused = true; }
    await new Promise((ok) => setTimeout(ok, 100));
    return { ran: window.injectedRan, fetchRefused, red: getComputedStyle(document.body).backgroundColor === 'rgb(255, 0, 0)', attrRed, violations };
  });
  assert.equal(outcome.ran, false, 'an injected inline script does not run');
  assert.equal(outcome.red, false, 'an injected <style> is refused');
  assert.equal(outcome.attrRed, false, 'an injected style attribute is refused');
  assert.ok(outcome.fetchRefused, 'a fetch to another origin is refused');
  for (const d of ['script-src-elem', 'style-src-elem', 'style-src-attr', 'connect-src']) {
    assert.ok(outcome.violations.includes(d), `${d} violation reported (${outcome.violations.join(', ')})`);
  }
  // (eval is not tested here: code run through the DevTools protocol is exempt from the eval
  // check; the policy has no 'unsafe-eval', asserted above.)
  // These violations were provoked on purpose; nothing else may have been logged.
  page.errors = page.errors.filter((e) => !/CSP violation|Content Security Policy|Failed to fetch|example\.invalid/.test(e));
  await closePage(page);
});
