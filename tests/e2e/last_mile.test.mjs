// The last mile on a phone and inside a blog (issue 22), at 375 × 667 unless said otherwise:
// links that leave the screen open a new tab from an embed (the frame keeps the calculator); the
// fixed-height embed keeps the dose and the precautions count in view while a field is edited;
// the Forms comparison as cards; the Dose screen's first field on the first screen and its
// results in the order a person acts on them; a medicine picked in the finder shown right under it
// with its time and a remove button; an imported diary's preview brought into view with the file's
// name beside the control; the chart legend in colour on paper; no console warning about preload
// integrity; axe on the new layouts in light and dark. Positions come from bounding boxes, never
// screenshots.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { BLOG, SCREEN_HEADING, closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';
import { startServer } from './serve.mjs';
import { helpsDiary } from './diary.mjs';

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

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
// A product and two medicines: a plan, and levothyroxine and iron bring precautions and timeline
// entries (docs/medical-reference.md §6, §8). The amount itself is the Dose tests' business.
const ENTRIES = 'age=45&sex=female&form=citrate&unit_mg=150&meds=levothyroxine,iron';

const demoUrl = (appSearch) =>
  `http://localhost:${blog.port}/embed-demo.html?app=${encodeURIComponent(new URL(appSearch, app.baseUrl).href)}`;

/** The fixture server has no tab icon for the blog: answer its request with nothing. */
const noBlogIcon = (page) =>
  page.route(`http://localhost:${blog.port}/favicon.ico`, (route) => route.fulfill({ status: 204 }));

/** The embedded app's frame, once its screen has rendered. */
async function appFrame(page) {
  const handle = await page.waitForSelector('#mg-rls-calculator');
  await page.waitForFunction(() => document.getElementById('mg-rls-calculator')?.src);
  const frame = await (await page.waitForSelector('#mg-rls-calculator')).contentFrame();
  await frame.waitForURL((u) => u.href.startsWith(app.baseUrl));
  await frame.locator(SCREEN_HEADING).first().waitFor();
  assert.ok(handle);
  return frame;
}

/** `selector`'s box inside `frame`, in the top page's viewport coordinates, clipped by the frame. */
async function boxInTopPage(page, frame, selector) {
  const outer = await page.locator('#mg-rls-calculator').evaluate((f) => {
    const r = f.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  const inner = await frame.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  return {
    top: outer.top + inner.top,
    bottom: outer.top + inner.bottom,
    frame: outer,
    viewport,
  };
}

/** Fully visible on the top page's screen: inside its viewport and inside the frame's box. */
function assertOnScreen(box, what) {
  const top = Math.max(0, box.frame.top);
  const bottom = Math.min(box.viewport.height, box.frame.bottom);
  assert.ok(box.top >= top - 1 && box.bottom <= bottom + 1,
    `${what} at ${Math.round(box.top)}–${Math.round(box.bottom)} px, visible part of the frame ${Math.round(top)}–${Math.round(bottom)} px`);
}

// ---------------------------------------------------------------------------------------------
// Embed, no dead ends.

test('embed: a source link opens About in a new tab, the frame still shows the Dose screen', async () => {
  const page = await newPage(app, PHONE);
  await noBlogIcon(page);
  await page.goto(demoUrl(`?${ENTRIES}`));
  const frame = await appFrame(page);
  const before = frame.url();
  const link = frame.locator('a.source-link').first();
  await link.waitFor();
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await popup.waitForLoadState('domcontentloaded');
  const opened = new URL(popup.url());
  assert.equal(opened.searchParams.get('view'), 'about');
  assert.equal(opened.searchParams.has('embed'), false, 'the new tab is the full calculator');
  assert.equal(opened.searchParams.get('age'), '45', 'with the same entries');
  assert.match(opened.hash, /^#source-/);
  await popup.close();
  // The frame was not navigated: still the Dose screen with its answer.
  assert.equal(frame.url(), before);
  await frame.locator('[data-testid=plan-summary][data-state=plan]').waitFor();
  assert.equal(await frame.locator('[data-testid=opening]').count(), 0);
  assert.equal(await frame.locator('main h2').first().textContent(), 'Your magnesium plan');
  await closePage(page);
});

test('embed: the quiz link to the Dose screen opens a new tab too', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=quiz&embed=1&quiz=urge:y,rest:y,move:y,evening:y,mimic:n');
  const link = page.locator('[data-testid=quiz-dose-link]');
  assert.equal(await link.getAttribute('target'), '_blank');
  const href = new URL(await link.getAttribute('href'));
  assert.equal(href.searchParams.has('embed'), false);
  assert.equal(href.searchParams.has('view'), false, 'the Dose screen (the default view)');
  // Outside an embed the same links stay in the page.
  await openApp(app, page, '?view=quiz&quiz=urge:y,rest:y,move:y,evening:y,mimic:n');
  assert.equal(await page.locator('[data-testid=quiz-dose-link]').getAttribute('target'), null);
  assert.equal(await page.locator('a.source-link').first().getAttribute('target'), null);
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Embed, the answer in view: the snippet's fixed-height frame.

/** The snippet with `height` chosen ('auto' or 'fixed'), from the app's footer. */
async function snippetCode(page, height) {
  await openApp(app, page, `?${ENTRIES}`);
  await page.locator('details.embed-section > summary').click();
  await page.locator(`input[name=embed-height][value=${height}]`).check();
  await page.locator(`[data-testid=embed-snippet][data-height=${height}]`).waitFor();
  return page.locator('[data-testid=embed-snippet]').textContent();
}

/** A blog post on the second origin holding `code`, with text before and after it. */
async function blogWith(page, code) {
  await noBlogIcon(page);
  await page.goto(`http://localhost:${blog.port}/embed-demo.html`);
  const text = '<p>Restless legs often get worse in the evening; before trying magnesium, check what your product really contains and whether anything you take needs spacing from it.</p>';
  await page.setContent(`<!doctype html><html lang="en"><meta name=viewport content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Blog</title><style>body{margin:0 1rem;font:18px/1.6 Georgia,serif}</style><h1>My post</h1>${text.repeat(3)}${code}${text.repeat(6)}`, { waitUntil: 'load' });
}

test('snippet: auto height keeps the height script; fixed height is 600 px with no script', async () => {
  const page = await newPage(app);
  const auto = await snippetCode(page, 'auto');
  assert.match(auto, /"mg-rls:height"/);
  assert.match(auto, /height:640px/);
  const fixed = await snippetCode(page, 'fixed');
  assert.match(fixed, /height:600px;max-height:85vh/);
  assert.doesNotMatch(fixed, /<script>/);
  assert.match(fixed, /sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"/);
  await closePage(page);
});

for (const [field, open] of [['#f-egfr', 'kidneys'], ['#f-unit_mg', null]]) {
  test(`fixed-height embed at 375 × 667: editing ${field} keeps the dose and precautions on screen`, async () => {
    const page = await newPage(app, PHONE);
    const code = await snippetCode(page, 'fixed');
    await blogWith(page, code);
    const frame = await appFrame(page);
    const summary = frame.locator('[data-testid=plan-summary][data-state=plan]');
    await summary.waitFor();
    const precautionsBefore = Number(await summary.getAttribute('data-precautions'));
    if (open) await frame.locator(`details[data-group=${open}] > summary`).click();
    const input = frame.locator(field);
    await input.focus();
    if (field === '#f-egfr') {
      // eGFR 45: one more precaution (kidneys), counted in the summary while typing.
      await input.fill('45');
      await frame.locator(`[data-testid=plan-summary][data-precautions="${precautionsBefore + 1}"]`).waitFor();
    } else {
      const mgBefore = await summary.getAttribute('data-mg');
      await input.fill('100');
      await frame.locator(`[data-testid=plan-summary]:not([data-mg="${mgBefore}"])`).waitFor();
    }
    assert.ok(await input.evaluate((el) => el === document.activeElement), 'the field keeps the focus');
    assertOnScreen(await boxInTopPage(page, frame, '[data-testid=plan-summary] .summary-figures'), 'the daily dose and the precautions count');
    assertOnScreen(await boxInTopPage(page, frame, field), 'the field being edited');
    const precautions = await frame.locator('[data-testid=plan-summary]').getAttribute('data-precautions');
    assert.ok(Number(precautions) >= 2, `levothyroxine and iron bring precautions (${precautions})`);
    await closePage(page);
  });
}

// ---------------------------------------------------------------------------------------------
// Forms on a phone: the comparison as cards.

test('Forms at 375 px: one card per form with its magnesium %, sort and filters kept, no sideways scroll', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, '?view=forms&form=citrate');
  const rows = page.locator('table[data-testid=forms-table] tbody tr[data-form]');
  await rows.first().waitFor();
  const { sw, iw } = await page.evaluate(() => ({ sw: document.scrollingElement.scrollWidth, iw: innerWidth }));
  assert.ok(sw <= iw, `page ${sw} px wide in a ${iw} px window`);
  const cards = await rows.evaluateAll((trs) => trs.map((tr) => {
    const r = tr.getBoundingClientRect();
    const pct = tr.querySelector('td[data-col=elemental-pct]');
    const p = pct.getBoundingClientRect();
    return { form: tr.dataset.form, display: getComputedStyle(tr).display, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
      pct: pct.dataset.value, pctText: pct.textContent, label: getComputedStyle(pct, '::before').content, pctVisible: p.width > 0 && p.height > 0 && p.left >= r.left && p.right <= r.right };
  }));
  assert.equal(cards.length, 15, 'all 15 forms');
  let lastBottom = -Infinity;
  for (const c of cards) {
    assert.equal(c.display, 'grid', `${c.form} is a card`);
    assert.ok(c.left >= 0 && c.right <= 375, `${c.form} card inside the screen (${c.left}–${c.right})`);
    assert.ok(c.top >= lastBottom, `${c.form} below the previous card`);
    lastBottom = c.bottom;
    assert.ok(c.pctVisible, `${c.form}: its magnesium % is shown in the card`);
    assert.match(c.pctText, /%/);
    assert.equal(c.label, '"Magnesium by weight"', 'labelled in the card');
  }
  assert.equal(cards.find((c) => c.form === 'oxide').pct, '60.3');
  // Sorting by the same buttons: most magnesium first.
  await page.locator('th[data-col=elemental-pct] button').click();
  await page.waitForFunction(() => document.querySelector('table[data-testid=forms-table] tbody tr[data-form]')?.dataset.form === 'oxide');
  assert.equal(new URL(page.url()).searchParams.get('sort'), '-elemental-pct');
  // A filter keeps only the denser forms.
  await page.locator('input[name=filter][value=dense]').check();
  await page.waitForFunction(() => document.querySelectorAll('table[data-testid=forms-table] tbody tr[data-form]').length < 15);
  const sw2 = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(sw2 <= 375);
  // A wide screen keeps the table.
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.equal(await rows.first().evaluate((tr) => getComputedStyle(tr).display), 'table-row');
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Phone Dose: the first field on the first screen; the results in the order a person acts on them.

test('Dose at 375 × 667: the first field is on the first screen', async () => {
  const page = await newPage(app, PHONE);
  for (const search of ['?', '?theme=dark']) {
    await openApp(app, page, search);
    const box = await page.locator('#f-age').boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 667, `Age box at ${box.y}–${box.y + box.height}`);
  }
  await closePage(page);
});

test('Dose at 375 px: plan, timeline, precautions, then requirement; "Full results" lands on the plan', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, `?${ENTRIES}`);
  await page.locator('[data-testid=daily-dose]').waitFor();
  const y = async (sel) => (await page.locator(sel).first().boundingBox()).y;
  const plan = await y('#results [data-testid=daily-dose]');
  const timeline = await y('#results [data-testid=schedule-item]');
  const precautions = await y('#results [data-testid=finding]');
  const requirement = await y('#results [data-testid=rda]');
  assert.ok(plan < timeline && timeline < precautions && precautions < requirement,
    `plan ${plan} < timeline ${timeline} < precautions ${precautions} < requirement ${requirement}`);
  await page.locator('.summary-go').click();
  await page.waitForFunction(() => document.activeElement?.id === 'results');
  const dose = await page.locator('#results [data-testid=daily-dose]').boundingBox();
  assert.ok(dose.y >= 0 && dose.y + dose.height <= 667, `the plan's dose on screen after "Full results" (${dose.y})`);
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Phone Dose: a medicine picked in the finder is shown right under it (docs/contract.md §3.1,
// `med-mine`), with its time, the times assumed for it and a remove button; the URL's `meds` stays
// the one source of what is listed.

const SEARCH = '[data-testid=med-search]';
const PERSON = 'age=45&sex=female&form=citrate&unit_mg=150';
const meds = (page) => new URL(page.url()).searchParams.get('meds');
const box = async (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
});

/** The new medicine's row right under the finder, on screen and clear of the pinned summary. */
async function assertRowUnderFinder(page, id) {
  const row = page.locator(`[data-testid=med-mine-item][data-med=${id}]`);
  await row.waitFor();
  assert.equal(await page.locator('[data-testid=med-mine-item]').first().getAttribute('data-med'), id, 'the latest first');
  const finder = await box(page.locator('.finder-box'));
  const summary = await box(page.locator('[data-testid=plan-summary]'));
  for (const [what, locator] of [
    ['the row', row],
    ['its time field', row.locator(`#med-${id}-time-0`)],
    ['its assumed times', row.locator(`[data-testid=med-assumed][data-med=${id}]`)],
    ['its remove button', row.locator(`[data-testid=med-remove][data-med=${id}]`)],
  ]) {
    const b = await box(locator);
    assert.ok(b.top >= Math.max(0, summary.bottom) - 1 && b.bottom <= 667 + 1,
      `${what} at ${Math.round(b.top)}–${Math.round(b.bottom)} px: on screen below the summary (${Math.round(summary.bottom)} px)`);
  }
  const r = await box(row);
  assert.ok(r.top >= finder.bottom - 1 && r.top - finder.bottom <= 200,
    `the row starts ${Math.round(r.top - finder.bottom)} px below the finder`);
  return row;
}

test('Dose at 375 × 667: a medicine picked in the finder shows under it with its time; one tap writes the times, another removes it', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, `?${PERSON}`);
  await page.locator('details[data-group=meds] > summary').click();
  const search = page.locator(SEARCH);
  await search.click();
  await search.pressSequentially('levothyroxine');
  const option = page.locator('#med-search-list [role=option]').filter({ hasText: /Levothyroxine/ }).first();
  await option.click();
  await page.waitForURL((u) => u.searchParams.get('meds') === 'levothyroxine');
  assert.equal(await search.inputValue(), '', 'the box clears');
  const row = await assertRowUnderFinder(page, 'levothyroxine');
  assert.match(await page.locator('[data-testid=med-search-status]').textContent(), /Levothyroxine/);
  // The remove button's name says which medicine; the time field's label too.
  const remove = row.locator('[data-testid=med-remove]');
  assert.match(await remove.evaluate((b) => b.getAttribute('aria-label') ?? b.textContent), /^Remove Levothyroxine/);
  assert.match(await row.locator('label[for=med-levothyroxine-time-0]').textContent(), /Levothyroxine/);
  // No control twice: one time field for the dose on the whole page.
  assert.equal(await page.locator('[id^=med-levothyroxine-time-]').count(), 1);
  // One tap on the assumed times writes them into the URL, and the field shows the time.
  const assumed = row.locator('[data-testid=med-assumed]');
  const time = (await assumed.textContent()).match(/at (\d\d:\d\d)\./)[1];
  await row.locator('[data-testid=med-assumed-edit]').click();
  await page.waitForURL((u) => u.searchParams.get('meds') === `levothyroxine@${time}`);
  assert.equal(await page.locator('#med-levothyroxine-time-0').inputValue(), time);
  // Remove: gone from the URL, the list and the checklist.
  await row.locator('[data-testid=med-remove]').click();
  await page.waitForURL((u) => !u.searchParams.has('meds'));
  assert.equal(await page.locator('[data-testid=med-mine-item]').count(), 0);
  assert.equal(await page.locator('#med-levothyroxine').isChecked(), false);
  await closePage(page);
});

test('Dose at 375 × 667, keyboard only: Enter adds, Tab reaches the new time field, Enter on Remove removes it', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, `?${PERSON}&meds=iron`);
  await page.locator(SEARCH).focus();
  await page.keyboard.type('levothyroxine');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'iron,levothyroxine');
  assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SEARCH), true,
    'the focus stays in the finder, ready for the next name');
  await assertRowUnderFinder(page, 'levothyroxine');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'med-levothyroxine-time-0', 'Tab: the new time field');
  const onRemove = () => page.evaluate(() => document.activeElement?.matches('[data-testid=med-remove][data-med=levothyroxine]'));
  for (let i = 0; i < 6 && !(await onRemove()); i += 1) await page.keyboard.press('Tab');
  assert.ok(await onRemove(), 'Tab reaches its remove button');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'iron');
  assert.equal(meds(page), 'iron', 'the other medicine is kept');
  assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SEARCH), true,
    'the focus goes back to the finder');
  await page.locator('[data-testid=med-search-status]').filter({ hasText: /Removed Levothyroxine/ }).waitFor();
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Import on a phone: the preview comes into view and takes the focus; the file's name is shown.

test('Trial at 375 × 667: a chosen diary file brings its preview into view with the focus, and its name is shown', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, `?view=trial&${PERSON}`);
  const input = page.locator('input[type=file][data-testid=trial-import]');
  await input.waitFor();
  const diary = helpsDiary();
  await input.setInputFiles({ name: 'my-diary.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(diary.file)) });
  const preview = page.locator('[data-testid=trial-import-preview]');
  await preview.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid=trial-import-preview]')?.contains(document.activeElement));
  const b = await box(preview);
  const heading = await box(preview.locator('h4'));
  assert.ok(heading.top >= 0 && heading.bottom <= 667, `the preview's heading at ${Math.round(heading.top)}–${Math.round(heading.bottom)} px`);
  assert.ok(b.top >= 0 && b.bottom <= 667, `the preview at ${Math.round(b.top)}–${Math.round(b.bottom)} px`);
  const chosen = page.locator('[data-testid=trial-import-chosen]');
  assert.equal((await chosen.textContent()).trim(), 'Chosen: “my-diary.json”');
  // A name from outside is quoted as an excerpt: no bidi override, at most 40 characters.
  const long = `\u202E${'my-old-phone-diary-'.repeat(4)}.json`;
  await input.setInputFiles({ name: long, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(diary.file)) });
  await chosen.filter({ hasText: 'my-old-phone' }).waitFor();
  const shown = (await chosen.textContent()).trim();
  assert.ok(!shown.includes('\u202E'), 'the bidi override is removed');
  const inner = shown.match(/^Chosen: “(.*)”$/u)[1];
  assert.ok([...inner].length <= 41 && inner.endsWith('…'), `cut to 40 characters: ${inner}`);
  // Merged: the chart's legend prints in the marks' colours, not white.
  await page.locator('[data-testid=trial-import-confirm]').click();
  await page.locator('.chart-legend .key').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const keys = await page.locator('.chart-legend .key').evaluateAll((els) => els.map((el) => {
    const s = getComputedStyle(el, '::before');
    return { key: el.className, bg: s.backgroundColor, adjust: s.printColorAdjust };
  }));
  assert.equal(keys.length, 6);
  for (const k of keys) {
    assert.equal(k.adjust, 'exact', `${k.key} keeps its colour on paper`);
    assert.ok(!/^rgba\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/.test(k.bg), `${k.key}: ${k.bg}`);
  }
  assert.equal(new Set(keys.map((k) => k.bg)).size, 6, 'six different swatches');
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// No console warning about preload integrity.

test('a page load logs no warning about integrity on preload links', async () => {
  const page = await newPage(app);
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await openApp(app, page, `?${ENTRIES}`);
  await page.locator('[data-testid=daily-dose]').waitFor();
  await openApp(app, page, '?view=forms');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(warnings.filter((w) => /integrity/i.test(w)), []);
  // Scripts and the stylesheet keep their integrity.
  assert.ok(await page.locator('link[rel=modulepreload][integrity], link[rel=stylesheet][integrity]').count() >= 2);
  assert.equal(await page.locator('link[rel=preload][as=fetch][integrity]').count(), 0);
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// axe on the new layouts.

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

for (const theme of ['light', 'dark']) {
  test(`axe, ${theme}: Forms cards at 375 px and the fixed-height embed while editing`, async () => {
    const page = await newPage(app, { ...PHONE, colorScheme: theme });
    await openApp(app, page, `?view=forms&theme=${theme}`);
    await page.locator('table[data-testid=forms-table] tbody tr[data-form]').first().waitFor();
    const found = (await violations(page)).map((v) => `forms: ${v}`);
    const code = await snippetCode(page, 'fixed');
    await blogWith(page, code.replace('embed=1', `embed=1&amp;theme=${theme}`));
    const frame = await appFrame(page);
    await frame.locator('details[data-group=kidneys] > summary').click();
    await frame.locator('#f-egfr').fill('45');
    await frame.locator('[data-testid=finding]').first().waitFor();
    found.push(...(await violations(page)).map((v) => `embed: ${v}`));
    assert.deepEqual(found, [], found.join('\n'));
    await closePage(page);
  });

  test(`axe, ${theme}: the Dose screen at 375 px with medicines added`, async () => {
    const page = await newPage(app, { ...PHONE, colorScheme: theme });
    await openApp(app, page, `?${ENTRIES}&theme=${theme}`);
    await page.locator('[data-testid=med-mine-item][data-med=levothyroxine]').waitFor();
    await page.locator(SEARCH).focus();
    await page.keyboard.type('cipro');
    await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=med-mine-item][data-med=quinolone]').waitFor();
    const found = await violations(page);
    assert.deepEqual(found, [], found.join('\n'));
    await closePage(page);
  });
}
