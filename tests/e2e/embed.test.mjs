// Blog embed: tests/e2e/blog/embed-demo.html (a fixture, not in dist/) served from a second origin embeds the app (embed=1) from the
// first. The app is at http://127.0.0.1:A, the blog at http://localhost:B: a different site, as a
// real blog would be (so storage and service workers are partitioned, as in the field). The
// frame's height follows the app's height messages as the content grows and shrinks; the app
// registers no message listener; no console errors; and the app works in the frame while a
// service worker it registered as a top-level page exists on its origin.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BLOG, closePage, DIST, newPage, openApp, startApp, stopApp } from './helpers.mjs';
import { startServer } from './serve.mjs';

let app;
let blog;
before(async () => {
  app = await startApp();
  blog = await startServer({ root: BLOG });
});
after(async () => {
  await blog?.close();
  await stopApp(app);
});

/** Counts `message` listeners added to each window (installed in every frame before any script). */
function countMessageListeners() {
  window.messageListeners = 0;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'message' && this === window) window.messageListeners += 1;
    return add.call(this, type, ...rest);
  };
}

const demoUrl = (appSearch) =>
  `http://localhost:${blog.port}/embed-demo.html?app=${encodeURIComponent(new URL(appSearch, app.baseUrl).href)}`;

/** The embedded app's frame, once it has rendered. */
async function appFrame(page) {
  const handle = await page.waitForSelector('#mg-rls-calculator');
  let frame = await handle.contentFrame();
  for (let i = 0; !frame?.url().startsWith(app.baseUrl) && i < 50; i++) {
    await page.waitForTimeout(100);
    frame = await handle.contentFrame();
  }
  await frame.locator('main h2').first().waitFor();
  return frame;
}

/** Waits until the iframe's height equals the app's height inside it (the protocol settled). */
async function settledHeight(page, frame) {
  let last;
  for (let i = 0; i < 100; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('.app').getBoundingClientRect().height));
    const outer = await page.evaluate(() => document.getElementById('mg-rls-calculator').getBoundingClientRect().height);
    // The snippet and the demo clamp the height to at least 150 px.
    if (Math.abs(Math.max(150, content) - outer) < 1) return outer;
    last = { content, outer };
    await page.waitForTimeout(50);
  }
  assert.fail(`iframe height never matched the content: ${JSON.stringify(last)}`);
}

test('the embedded app resizes its frame as the content grows and shrinks', async () => {
  const page = await newPage(app);
  await page.context().addInitScript(countMessageListeners);

  // First, a visit to the app itself: it registers its service worker (top-level only).
  await openApp(app, page, '?age=40');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await page.goto(demoUrl('?age=40&sex=male&view=dose&theme=light'));
  const frame = await appFrame(page);
  assert.equal(new URL(frame.url()).searchParams.get('embed'), '1', 'the demo adds embed=1');

  // Compact layout: no header, navigation, toolbar or footer; a way out to the full page.
  for (const sel of ['header', 'nav', 'footer', '[data-testid=toolbar]', '.skip-link']) {
    assert.equal(await frame.locator(sel).count(), 0, `${sel} absent in embed mode`);
  }
  const full = frame.getByRole('link', { name: /Open the full calculator/ });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.equal(await full.getAttribute('rel'), 'noopener');
  const fullUrl = new URL(await full.getAttribute('href'));
  assert.equal(fullUrl.origin, new URL(app.baseUrl).origin);
  assert.equal(fullUrl.searchParams.has('embed'), false);
  assert.equal(fullUrl.searchParams.get('age'), '40');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
  // Cross-site, the frame gets no service worker: it loads from the network.
  assert.equal(await frame.evaluate(() => navigator.serviceWorker?.controller ?? null), null);

  // Record the messages the blog receives from now on.
  await page.evaluate(() => {
    window.heights = [];
    window.addEventListener('message', (e) => window.heights.push(e.data));
  });
  // The medicines group is collapsed until it holds something (issue 14): open it first.
  await frame.locator('details[data-group=meds] > summary').click();
  const start = await settledHeight(page, frame);
  assert.ok(start > 640, `grew from the demo's 640 px to the content (${start})`);

  // More content: two medicines bring precautions and timeline entries.
  await frame.getByRole('checkbox', { name: /Iron supplement/ }).check();
  await frame.getByRole('checkbox', { name: /Levothyroxine/ }).check();
  await frame.locator('[data-testid=finding][data-rule]').first().waitFor();
  const grown = await settledHeight(page, frame);
  assert.ok(grown > start, `grew: ${start} -> ${grown}`);

  // Less content again.
  await frame.getByRole('checkbox', { name: /Iron supplement/ }).uncheck();
  await frame.getByRole('checkbox', { name: /Levothyroxine/ }).uncheck();
  const shrunk = await settledHeight(page, frame);
  assert.ok(shrunk < grown, `shrank: ${grown} -> ${shrunk}`);

  const heights = await page.evaluate(() => window.heights);
  assert.ok(heights.length >= 2, JSON.stringify(heights));
  for (const message of heights) {
    assert.deepEqual(Object.keys(message).sort(), ['height', 'type']);
    assert.equal(message.type, 'mg-rls:height');
    assert.equal(typeof message.height, 'number');
  }
  assert.ok(heights.some((m) => m.height === grown) && heights.some((m) => m.height === shrunk));
  assert.match(await page.locator('#height-report').textContent(), new RegExp(`${shrunk} px`));

  // The app listens to no messages; the blog page has its one listener.
  assert.equal(await frame.evaluate(() => window.messageListeners + (window.onmessage ? 1 : 0)), 0);
  assert.ok((await page.evaluate(() => window.messageListeners)) >= 1);
  await closePage(page);
});

test('switching views inside the frame: the height follows each view', async () => {
  const page = await newPage(app);
  await page.goto(demoUrl('?view=quiz'));
  let frame = await appFrame(page);
  const quiz = await settledHeight(page, frame);

  // Answering the quiz adds the result and advice.
  const before = await frame.locator('[data-testid=quiz-result]').getAttribute('data-outcome');
  assert.equal(before, 'incomplete');
  for (const id of ['urge', 'rest', 'move', 'evening']) {
    await frame.locator(`input[name=${id}][value=y]`).check();
  }
  await frame.locator('input[name=mimic][value=n]').check();
  await frame.locator('[data-testid=quiz-result][data-outcome=likely]').waitFor();
  const answered = await settledHeight(page, frame);
  assert.notEqual(answered, quiz, 'the answered quiz has another height');

  // Another view in the same frame (the blog changes the frame's address).
  await page.evaluate(() => {
    const f = document.getElementById('mg-rls-calculator');
    const u = new URL(f.src);
    u.searchParams.set('view', 'forms');
    f.src = u.href;
  });
  frame = await appFrame(page);
  await frame.locator('[data-testid=forms-table]').waitFor();
  const forms = await settledHeight(page, frame);
  assert.notEqual(forms, answered);
  await closePage(page);
});

test('no page of the build frames another address: the blog page is a test fixture, not in dist/', async () => {
  assert.equal(existsSync(join(DIST, 'embed-demo.html')), false, 'dist/ holds no embed demo');
  const res = await fetch(`${app.baseUrl}embed-demo.html`);
  assert.equal(res.status, 404);
  // The fixture itself frames nothing but a loopback http(s) address.
  const page = await newPage(app);
  for (const wanted of ['javascript:alert(1)', 'http://evil.example/', 'data:text/html,hi']) {
    await page.goto(`http://localhost:${blog.port}/embed-demo.html?app=${encodeURIComponent(wanted)}`);
    await page.locator('#height-report', { hasText: 'No calculator address' }).waitFor();
    assert.equal(await page.locator('#mg-rls-calculator').getAttribute('src'), null, wanted);
  }
  await closePage(page);
});

test('the embed snippet holds the current entries, embed=1 and the documented attributes', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=40&sex=female&view=quiz&quiz=urge:y');
  const section = page.locator('details.embed-section');
  await section.locator('summary').click();
  const code = await page.locator('[data-testid=embed-snippet]').textContent();
  const src = new URL(code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(src.origin + src.pathname, new URL(app.baseUrl).href);
  assert.equal(src.searchParams.get('embed'), '1');
  assert.equal(src.searchParams.get('age'), '40');
  assert.equal(src.searchParams.get('view'), 'quiz');
  assert.equal(src.searchParams.get('quiz'), 'urge:y');
  for (const needle of [
    'title="Magnesium &amp; Restless Legs calculator"',
    'loading="lazy"',
    'referrerpolicy="no-referrer"',
    'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"',
    'allow="clipboard-write"',
    'event.origin !== origin',
    'event.source !== frame.contentWindow',
    '"mg-rls:height"',
  ]) {
    assert.ok(code.includes(needle), `snippet has ${needle}`);
  }

  // The snippet really works: paste it into a blank page on another site.
  const blogPage = await newPage(app);
  await blogPage.goto(`http://localhost:${blog.port}/embed-demo.html`);
  await blogPage.setContent(`<!doctype html><title>Blog</title><h1>My post</h1>${code}<p>The end.</p>`, {
    waitUntil: 'load',
  });
  const frame = await appFrame(blogPage);
  await frame.locator('[data-testid=quiz-result]').waitFor();
  await settledHeight(blogPage, frame);
  await closePage(blogPage);
  await closePage(page);
});

test('a frame narrower than 320 px (a sidebar): the embed reflows, nothing scrolls sideways', async () => {
  const page = await newPage(app, { viewport: { width: 290, height: 700 } });
  for (const view of ['dose', 'forms', 'quiz', 'about']) {
    await openApp(app, page, `?embed=1&view=${view}&age=40&sex=female`);
    const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    assert.ok(sw <= cw, `${view}: page ${sw} px wide in a ${cw} px frame`);
  }
  await closePage(page);
});

test('embedded quiz at 290 px: the trigger data table scrolls in its own region, not the page', async () => {
  const page = await newPage(app, { viewport: { width: 290, height: 700 } });
  await openApp(app, page, '?embed=1&view=quiz&quiz=urge:y,rest:y,move:y,evening:y,mimic:n');
  await page.getByText("Show the chart's data as a table").click();
  await page.locator('[data-testid=trigger-table]').waitFor();
  const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  assert.ok(sw <= cw, `page ${sw} px wide in a ${cw} px frame`);
  await closePage(page);
});
