// Offline PWA: manifest and icons, the service worker's precache list, every view offline with the
// server stopped, the update flow ("New version available — Reload", never a mix of builds), and
// a build under a sub-path.
//
// The app is served from a copy of dist/ on a fixed port, so the origin (and with it the worker
// and its caches) stays the same when the server is stopped and a changed build is served.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { renderIcons } from '../../scripts/make_icons.mjs';
import { listFiles } from '../../scripts/post_build.mjs';
import { CHROMIUM_ARGS, closePage, DIST, newPage, openApp, ROOT } from './helpers.mjs';
import { startServer } from './serve.mjs';

const run = promisify(execFile);

let tmp;
let app; // { browser, baseUrl, server, port }
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'mg-rls-pwa-'));
  await cp(DIST, join(tmp, 'v1'), { recursive: true });
  const server = await startServer({ root: join(tmp, 'v1') });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  app = { browser, server, port: server.port, baseUrl: server.url };
});
after(async () => {
  await app?.browser?.close();
  await app?.server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Serves `dir` instead of what is served now, on the same port (same origin). */
async function serveInstead(dir) {
  await app.server?.close();
  app.server = dir ? await startServer({ root: dir, port: app.port }) : null;
}

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** The BUILD object of a generated sw.js. */
async function workerBuild(dir) {
  const source = await readFile(join(dir, 'sw.js'), 'utf8');
  return JSON.parse(source.match(/^const BUILD = \/\* BUILD \*\/ (.*);$/m)[1]);
}

/** A PNG's chunks, with the image data inflated (to compare pixels, not deflate output). */
function pngParts(buf) {
  assert.equal(buf.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  const parts = {};
  const idat = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    const type = buf.toString('latin1', o + 4, o + 8);
    const data = buf.subarray(o + 8, o + 8 + len);
    if (type === 'IDAT') idat.push(data);
    else parts[type] = data.toString('hex');
    o += 12 + len;
  }
  parts.pixels = inflateSync(Buffer.concat(idat)).toString('hex');
  return parts;
}

test('manifest, icons and head links: installable, relative to where the app is served', async () => {
  const page = await newPage(app);
  await openApp(app, page);
  const cdp = await page.context().newCDPSession(page);
  const { url, errors } = await cdp.send('Page.getAppManifest');
  assert.equal(url, new URL('manifest.webmanifest', app.baseUrl).href);
  assert.deepEqual(errors, []);
  const manifest = JSON.parse(await (await page.request.get(url)).text());
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.name && manifest.short_name && manifest.description);
  // A home-screen shortcut straight to the morning entry, and one to the report, inside the scope.
  assert.deepEqual(manifest.shortcuts.map((s) => s.url), ['./?view=trial', './?view=report']);
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
  const response = await page.request.get(url);
  assert.equal(response.headers()['content-type'], 'application/manifest+json');

  const sizes = {};
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, url).href);
    assert.equal(res.status(), 200, icon.src);
    const png = await res.body();
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes, icon.src);
    assert.equal(icon.type, 'image/png');
    sizes[`${icon.sizes} ${icon.purpose}`] = true;
  }
  assert.ok(sizes['192x192 any'] && sizes['512x512 any'] && sizes['512x512 maskable'], JSON.stringify(sizes));

  // Test browser contexts are incognito, which Chromium reports too; nothing else may be missing.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);

  assert.equal(await page.locator('meta[name=theme-color]').count(), 1);
  const touch = await page.locator('link[rel=apple-touch-icon]').getAttribute('href');
  assert.equal((await page.request.get(new URL(touch, app.baseUrl).href)).status(), 200);
  await closePage(page);
});

test('the committed icons are what scripts/make_icons.mjs draws', async () => {
  for (const { file, png } of renderIcons()) {
    const committed = await readFile(join(ROOT, 'assets/icons', file));
    assert.deepEqual(pngParts(committed), pngParts(png), `${file}: run \`node scripts/make_icons.mjs\``);
  }
});

test('sw.js precaches exactly the files of the build', async () => {
  const build = await workerBuild(DIST);
  assert.equal(build.dev, false);
  assert.match(build.version, /^[0-9a-f]{16}$/);
  const files = listFiles(DIST).filter((f) => f !== 'sw.js');
  assert.deepEqual(build.files, files);
  for (const pattern of [/^index\.html$/, /^mg-rls-[0-9a-f]+_bg\.wasm$/, /^mg-rls-[0-9a-f]+\.js$/, /^pwa-[0-9a-f]+\.js$/, /^manifest\.webmanifest$/]) {
    assert.ok(files.some((f) => pattern.test(f)), `${pattern} in the precache`);
  }
});

// Each view's results through the contract's hooks, to compare online and offline.
const VIEWS = {
  dose: {
    search: '?age=54&sex=female&form=citrate&unit_mg=100&egfr=70&meds=iron@13:00,levothyroxine@07:00',
    read: (page) =>
      page.evaluate(() => ({
        dose: document.querySelector('[data-testid=daily-dose]')?.dataset.mg,
        units: document.querySelector('[data-testid=units-per-day]')?.dataset.count,
        schedule: [...document.querySelectorAll('[data-testid=schedule-item]')].map((e) => `${e.dataset.time} ${e.dataset.kind}`),
        findings: [...document.querySelectorAll('[data-testid=finding]')].map((e) => e.dataset.rule),
      })),
    check: (r) => assert.ok(r.dose && r.units && r.schedule.length >= 3 && r.findings.length >= 1, JSON.stringify(r)),
  },
  forms: {
    search: '?view=forms',
    read: (page) =>
      page.locator('[data-testid=forms-table] tr[data-form]').evaluateAll((rows) =>
        rows.map((r) => `${r.dataset.form} ${r.querySelector('[data-col=elemental-pct]')?.dataset.value}`)),
    check: (r) => assert.ok(r.length >= 10, JSON.stringify(r)),
  },
  quiz: {
    search: '?view=quiz&quiz=urge:y,rest:y,move:y,evening:y,mimic:n',
    read: (page) =>
      page.locator('[data-testid=quiz-result]').evaluate((e) => `${e.dataset.outcome} ${e.dataset.criteriaMet}`),
    check: (r) => assert.equal(r, 'likely 5'),
  },
  about: {
    search: '?view=about',
    read: (page) => page.locator('main').evaluate((m) => [...m.querySelectorAll('h2, h3')].map((h) => h.textContent.trim())),
    check: (r) => assert.ok(r.length >= 2, JSON.stringify(r)),
  },
};

async function readAll(page) {
  const out = {};
  for (const [name, view] of Object.entries(VIEWS)) {
    await openApp(app, page, view.search);
    out[name] = await view.read(page);
    view.check(out[name]);
  }
  return out;
}

test('offline: with the server stopped every view works and gives the same results', async () => {
  const page = await newPage(app);
  await openApp(app, page, VIEWS.dose.search);
  await controlled(page);
  const online = await readAll(page);

  await serveInstead(null);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('main h2').first().waitFor();
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  assert.deepEqual(await readAll(page), online);

  // In-app navigation and an address the app has never seen (served the app shell).
  await openApp(app, page, '?age=30');
  await page.locator('nav a', { hasText: 'Quiz' }).click();
  await page.waitForURL(/view=quiz/);
  await openApp(app, page, 'some/deep/path?view=about');

  await page.context().setOffline(false);
  await serveInstead(join(tmp, 'v1'));
  await closePage(page);
});

test('update: a new build shows "New version available", Reload switches to it whole', async () => {
  const page = await newPage(app);
  await page.context().addInitScript(() => {
    window.messageListeners = 0;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, ...rest) {
      if (type === 'message' && this === window) window.messageListeners += 1;
      return add.call(this, type, ...rest);
    };
  });
  await openApp(app, page, VIEWS.dose.search);
  await controlled(page);
  const before = await VIEWS.dose.read(page);
  const v1 = await workerBuild(join(tmp, 'v1'));

  // The next build: one hashed file renamed (as a content change would), index.html marked, and
  // the post-build hook run again to list the new files in a new sw.js.
  const v2Dir = join(tmp, 'v2');
  await cp(join(tmp, 'v1'), v2Dir, { recursive: true });
  const css = (await readdir(v2Dir)).find((f) => /^app-[0-9a-f]+\.css$/.test(f));
  const newCss = 'app-0123456789abcdef.css';
  await rename(join(v2Dir, css), join(v2Dir, newCss));
  const html = await readFile(join(v2Dir, 'index.html'), 'utf8');
  await writeFile(join(v2Dir, 'index.html'), html.replace(css, newCss).replace('<title>', '<meta name="build" content="v2"><title>'));
  await run(process.execPath, ['scripts/post_build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, TRUNK_STAGING_DIR: v2Dir, TRUNK_PROFILE: 'release', TRUNK_PUBLIC_URL: '/' },
  });
  const v2 = await workerBuild(v2Dir);
  assert.notEqual(v2.version, v1.version);
  assert.ok(v2.files.includes(newCss) && !v2.files.includes(css));

  await serveInstead(v2Dir);
  await page.reload();
  const notice = page.locator('[data-testid=update-notice]');
  await notice.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 20000 });
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.match(await notice.textContent(), /New version available/);
  // Still the old build, whole: old index.html and old stylesheet, and the old worker in charge.
  assert.equal(await page.locator('meta[name=build]').count(), 0);
  assert.equal(await page.locator(`link[href$="${css}"]`).count(), 1);
  assert.deepEqual(await VIEWS.dose.read(page), before);
  assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`mg-rls-${v1.version}`, `mg-rls-${v2.version}`].sort());

  // Keyboard: Tab reaches the button; Enter reloads into the new build.
  await notice.getByRole('button', { name: 'Reload' }).focus();
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
  await page.locator('meta[name=build][content=v2]').waitFor({ state: 'attached' });
  await page.locator('[data-testid=daily-dose]').waitFor();
  assert.equal(await page.locator(`link[href$="${newCss}"]`).count(), 1);
  assert.equal(await page.locator('[data-testid=update-notice]').count(), 0);
  assert.deepEqual(await VIEWS.dose.read(page), before);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`mg-rls-${v2.version}`], 'old caches removed');
  assert.equal(await page.evaluate(() => window.messageListeners + (window.onmessage ? 1 : 0)), 0, 'the page accepts no messages');

  // The new build works offline too.
  await serveInstead(null);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('meta[name=build][content=v2]').waitFor({ state: 'attached' });
  assert.deepEqual(await VIEWS.dose.read(page), before);
  await page.context().setOffline(false);
  await serveInstead(join(tmp, 'v1'));
  await closePage(page);
});

test('a build under a sub-path: links, manifest scope and worker stay inside it', { timeout: 600_000 }, async () => {
  const out = join(tmp, 'site');
  const dist = join(out, 'calc', 'mg');
  // Same tools as scripts/env.sh puts on PATH (npm binaryen's wasm-opt first).
  const PATH = [join(ROOT, 'node_modules/.bin'), join(process.env.HOME ?? '', '.cargo/bin'), process.env.PATH].join(':');
  await run('trunk', ['build', '--release', '--public-url', '/calc/mg/', '--dist', dist], {
    cwd: ROOT,
    env: { ...process.env, PATH },
    maxBuffer: 64 << 20,
  });
  const server = await startServer({ root: out });
  const base = `${server.url}calc/mg/`;
  const page = await newPage(app);
  try {
    const sub = { baseUrl: base };
    await openApp(sub, page, '?view=about');
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, base);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${base}manifest.webmanifest`);
    assert.deepEqual(errors, []);
    for (const sel of ['link[rel=manifest]', 'link[rel=apple-touch-icon]', 'link[rel=icon]']) {
      assert.ok((await page.locator(sel).getAttribute('href')).startsWith('/calc/mg/'), sel);
    }
    // Offline under the sub-path, including a client-side path below it.
    await server.close();
    await page.context().setOffline(true);
    await openApp(sub, page, VIEWS.dose.search);
    VIEWS.dose.check(await VIEWS.dose.read(page));
    await openApp(sub, page, 'deeper/path?view=quiz');
    await page.context().setOffline(false);
  } finally {
    await server.close().catch(() => {});
  }
  await closePage(page);
});
