// Phone first (issue 14): the plan summary on the first screen and in view while editing, the
// optional input groups collapsed until they hold something, sticky results on a desktop, and the
// same in an embedding blog's frame. Figures: docs/medical-reference.md §8 (RLS start 200 mg/day,
// whole units) and §5 (kidney stop below an eGFR of 30).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { BLOG, closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';
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

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
// 150 mg elemental per unit against the 200 mg RLS start: one whole unit, 150 mg a day.
const BASE = '?view=dose&age=45&sex=female&form=citrate&unit_mg=150';
const GROUPS = ['day', 'meds', 'kidneys', 'blood', 'other'];
// A value for each optional group, and what its summary line then says.
const GROUP_VALUES = {
  day: ['wake=06:30', /06:30/],
  meds: ['meds=iron,levothyroxine', /2 medicines/],
  kidneys: ['egfr=45', /eGFR 45/],
  blood: ['ferritin=40', /[Ff]erritin 40/],
  other: ['other_mg=100', /100 mg/],
};

const summary = (page) => page.locator('[data-testid=plan-summary]');
const group = (page, id) => page.locator(`details[data-group=${id}]`);
const isOpen = (page, id) => group(page, id).evaluate((d) => d.open);

/** The element's box against the viewport: fully inside it, and not covered by anything else. */
async function inView(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));
    return { inside, onTop: !!hit && (el === hit || el.contains(hit)), top: Math.round(r.top), bottom: Math.round(r.bottom), vh: innerHeight };
  });
}

test('375 × 667: the plan summary is fully inside the first viewport, with the daily dose, next time and precautions', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, BASE);
  const s = summary(page);
  await s.waitFor();
  assert.equal(await page.evaluate(() => scrollY), 0, 'no scrolling');
  const box = await inView(s);
  assert.ok(box.inside, `summary inside the first viewport: ${JSON.stringify(box)}`);
  assert.equal(await s.getAttribute('data-state'), 'plan');
  // The same figures as the full plan (docs/medical-reference.md §8, plan v2: 150 mg units →
  // 300 mg, two units, the whole-unit amount inside the RLS range closest to 200 mg).
  assert.equal(await page.locator('[data-testid=daily-dose]').getAttribute('data-mg'), '300');
  assert.equal(await s.getAttribute('data-mg'), '300');
  const text = await s.textContent();
  assert.match(text, /300 mg/);
  assert.match(text, /2 tablets/);
  // The next dose: one of the magnesium times of the day's schedule.
  const times = await page.locator('[data-testid=schedule-item][data-kind=magnesium]').evaluateAll((els) => els.map((e) => e.dataset.time));
  const next = await s.getAttribute('data-next-time');
  assert.ok(times.includes(next), `next dose ${next} is one of ${times}`);
  assert.match(text, new RegExp(next));
  const findings = await page.locator('[data-testid=finding]').count();
  assert.equal(await s.getAttribute('data-precautions'), String(findings));
  // Inputs come after the summary on a phone: age is below it.
  const ageTop = await page.locator('#f-age').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(ageTop > box.bottom - 1, 'the inputs follow the summary');
  await closePage(page);
});

test('375 × 667: the summary stays in view while the eGFR field (in its group) is edited', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, BASE);
  await summary(page).waitFor();
  assert.equal(await isOpen(page, 'kidneys'), false, 'kidneys closed by default');
  await group(page, 'kidneys').locator('summary').click();
  assert.equal(await isOpen(page, 'kidneys'), true);
  const egfr = page.locator('#f-egfr');
  await egfr.focus();
  await page.keyboard.type('45');
  await page.waitForURL((u) => u.searchParams.get('egfr') === '45');
  assert.ok(await page.evaluate(() => scrollY) > 200, 'the page scrolled down to the field');
  const s = await inView(summary(page));
  assert.ok(s.inside && s.onTop, `summary visible: ${JSON.stringify(s)}`);
  const f = await inView(egfr);
  assert.ok(f.inside && f.onTop, `the focused field is not hidden under the summary: ${JSON.stringify(f)}`);
  // Clearing the field keeps its group open (the person is still in it).
  await egfr.fill('');
  await page.waitForURL((u) => !u.searchParams.has('egfr'));
  assert.equal(await isOpen(page, 'kidneys'), true);
  await closePage(page);
});

test('a stop finding (eGFR 20) turns the summary into a stop banner', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, `${BASE}&egfr=20`);
  const s = summary(page);
  await page.locator('[data-testid=finding][data-severity=stop]').first().waitFor();
  assert.equal(await s.getAttribute('data-state'), 'stop');
  const banner = s.locator('[data-testid=summary-stop]');
  assert.ok(await banner.isVisible());
  assert.match(await banner.textContent(), /Stop/);
  const box = await inView(s);
  assert.ok(box.inside, `stop banner inside the first viewport: ${JSON.stringify(box)}`);
  await closePage(page);
});

test('without a plan the summary says why (the engine\'s reason)', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, '?view=dose');
  assert.equal(await summary(page).getAttribute('data-state'), 'no-plan');
  assert.match(await summary(page).textContent(), /Enter your age/);
  await openApp(app, page, '?view=dose&age=10');
  assert.equal(await summary(page).getAttribute('data-state'), 'no-plan');
  assert.match(await summary(page).textContent(), /under 18/);
  await closePage(page);
});

test('activating the summary moves the focus to the full results', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, BASE);
  await summary(page).click();
  await page.waitForFunction(() => document.activeElement?.id === 'results');
  const r = await page.locator('#results').evaluate((e) => Math.round(e.getBoundingClientRect().top));
  assert.ok(r >= 0 && r < 667, `results scrolled into view (top ${r})`);
  // By keyboard: its button, Enter.
  await openApp(app, page, BASE);
  await summary(page).locator('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'results');
  await closePage(page);
});

test('optional groups are closed by default, open when the URL gives them a value, and say what they hold', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, BASE);
  for (const id of GROUPS) assert.equal(await isOpen(page, id), false, `${id} closed by default`);
  // Essential inputs stay in view, not in a group.
  for (const sel of ['#f-age', 'input[name=sex]', '#f-form', '#f-unit_mg']) {
    assert.equal(await page.locator(sel).first().evaluate((e) => !!e.closest('details')), false, `${sel} not collapsed`);
  }
  for (const [id, [param, holds]] of Object.entries(GROUP_VALUES)) {
    await openApp(app, page, `${BASE}&${param}`);
    for (const other of GROUPS) assert.equal(await isOpen(page, other), other === id, `${param}: ${other} ${other === id ? 'open' : 'closed'}`);
    assert.match(await group(page, id).locator('summary').textContent(), holds, `${id} summary`);
  }
  // An invalid value is a value too: its group opens to show the message.
  await openApp(app, page, `${BASE}&serum=abc`);
  assert.equal(await isOpen(page, 'blood'), true);
  assert.ok(await page.locator('[data-testid=field-error][data-field=serum]').isVisible());
  // A closed group still shows what it holds.
  await openApp(app, page, `${BASE}&meds=iron,levothyroxine`);
  await group(page, 'meds').locator('summary').click();
  assert.equal(await isOpen(page, 'meds'), false);
  assert.match(await group(page, 'meds').locator('summary').textContent(), /2 medicines/);
  await closePage(page);
});

test('keyboard only: Tab reaches every group, Enter and Space open and close it', async () => {
  const page = await newPage(app, PHONE);
  await openApp(app, page, BASE);
  for (const id of GROUPS) {
    for (let i = 0; i < 120; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((g) => document.activeElement?.matches(`details[data-group=${g}] > summary`), id)) break;
    }
    assert.ok(await page.evaluate((g) => document.activeElement?.matches(`details[data-group=${g}] > summary`), id), `${id} summary reached by Tab`);
    const ring = await page.evaluate(() => {
      const cs = getComputedStyle(document.activeElement);
      return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    });
    assert.ok(ring, `${id}: visible focus`);
    await page.keyboard.press('Enter');
    assert.equal(await isOpen(page, id), true, `${id} opened with Enter`);
    await page.keyboard.press('Space');
    assert.equal(await isOpen(page, id), false, `${id} closed with Space`);
    await page.keyboard.press('Space');
    assert.equal(await isOpen(page, id), true, `${id} opened with Space`);
    // The first field inside is the next Tab stop.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate((g) => !!document.activeElement?.closest(`details[data-group=${g}]`), id), `${id}: Tab enters the group`);
  }
  await closePage(page);
});

test('1280 px: the summary and the results column stay in view while the inputs scroll', async () => {
  const page = await newPage(app, DESKTOP);
  await openApp(app, page, `${BASE}&meds=iron,levothyroxine&egfr=45&ferritin=40`);
  await summary(page).waitFor();
  const before = await inView(summary(page));
  assert.ok(before.inside, 'summary in view at the top');
  // Scroll the window down to the last of the inputs.
  await page.locator('form.inputs').evaluate((e) => e.lastElementChild.scrollIntoView({ block: 'end' }));
  assert.ok(await page.evaluate(() => scrollY) > 400, 'the page scrolled');
  const s = await inView(summary(page));
  assert.ok(s.inside && s.onTop, `summary still in view: ${JSON.stringify(s)}`);
  const results = await page.locator('#results').evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), vh: innerHeight };
  });
  assert.ok(results.top >= 0 && results.top < results.vh / 2 && results.bottom > results.vh / 2, `results column in view: ${JSON.stringify(results)}`);
  // The summary sits above the results, in the right-hand column, beside the inputs.
  const col = await page.evaluate(() => ({
    summary: document.querySelector('[data-testid=plan-summary]').getBoundingClientRect().left,
    results: document.getElementById('results').getBoundingClientRect().left,
    inputs: document.querySelector('form.inputs').getBoundingClientRect().left,
  }));
  assert.ok(Math.abs(col.summary - col.results) < 2 && col.inputs < col.results, JSON.stringify(col));
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Accessibility with groups closed and open, light and dark (the tags of a11y.test.mjs).

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

test('axe: 0 violations with groups closed and open, light and dark, phone and desktop', async () => {
  const found = [];
  for (const [size, options] of [['phone', PHONE], ['desktop', DESKTOP]]) {
    for (const theme of ['light', 'dark']) {
      const page = await newPage(app, options);
      for (const extra of ['', '&egfr=20']) {
        await openApp(app, page, `${BASE}&theme=${theme}${extra}`);
        await summary(page).waitFor();
        for (const line of await violations(page)) found.push(`${size} ${theme}${extra} closed: ${line}`);
        for (const id of GROUPS) if (!(await isOpen(page, id))) await group(page, id).locator('summary').click();
        for (const line of await violations(page)) found.push(`${size} ${theme}${extra} open: ${line}`);
      }
      await closePage(page);
    }
  }
  assert.deepEqual(found, [], found.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// Embed: the same order, and the frame follows the height as groups open and close.

test('embed: summary first, and the frame height follows groups opening and closing', async () => {
  const page = await newPage(app, { viewport: { width: 420, height: 800 } });
  await page.goto(`http://localhost:${blog.port}/embed-demo.html?app=${encodeURIComponent(new URL(`${BASE}&theme=light`, app.baseUrl).href)}`);
  const handle = await page.waitForSelector('#mg-rls-calculator');
  let frame = await handle.contentFrame();
  for (let i = 0; !frame?.url().startsWith(app.baseUrl) && i < 50; i++) {
    await page.waitForTimeout(100);
    frame = await handle.contentFrame();
  }
  await frame.locator('[data-testid=plan-summary]').waitFor();
  const order = await frame.evaluate(() => {
    const s = document.querySelector('[data-testid=plan-summary]');
    const age = document.getElementById('f-age');
    return !!(s.compareDocumentPosition(age) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the summary comes before the inputs');

  const settled = async () => {
    let last;
    for (let i = 0; i < 100; i++) {
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('.app').getBoundingClientRect().height));
      const outer = await page.evaluate(() => document.getElementById('mg-rls-calculator').getBoundingClientRect().height);
      if (Math.abs(Math.max(150, content) - outer) < 1) return outer;
      last = { content, outer };
      await page.waitForTimeout(50);
    }
    assert.fail(`iframe height never matched the content: ${JSON.stringify(last)}`);
  };
  const closed = await settled();
  await frame.locator('details[data-group=meds] > summary').click();
  const opened = await settled();
  assert.ok(opened > closed + 200, `grew with the medicines group open: ${closed} -> ${opened}`);
  await frame.locator('details[data-group=meds] > summary').click();
  const again = await settled();
  assert.ok(Math.abs(again - closed) < 2, `back to the closed height: ${closed} / ${again}`);
  await closePage(page);
});
