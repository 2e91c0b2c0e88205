// Medicines and the day (issue 20, items 2, 3 and 12), end to end in Chromium through the
// contract's hooks: a medicine without a time is assumed at its class's usual number of daily
// doses and magnesium keeps its window from every one of them; the integrase class follows its
// strictest label; the finder offers both classes for an ambiguous prefix and adds every class of
// a combination product. Figures: docs/medical-reference.md §7.
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

const SEARCH = '[data-testid=med-search]';
const param = (page, name) => new URL(page.url()).searchParams.get(name);
const schedule = async (page) =>
  page.locator('[data-testid=schedule-item]').evaluateAll((els) =>
    els.map((e) => ({ time: e.dataset.time, kind: e.dataset.kind, med: e.dataset.med })));
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const times = (items, med) => items.filter((i) => i.kind === 'med' && i.med === med).map((i) => i.time);
const magnesium = (items) => items.filter((i) => i.kind === 'magnesium').map((i) => i.time);

/**
 * Magnesium at `mg` keeps "the drug at least `before` h before magnesium or at least `after` h
 * after it" from a daily dose at `drug` (yesterday's and tomorrow's doses included).
 */
function keeps(mg, drug, before, after) {
  const [m, d] = [minutes(mg), minutes(drug)];
  return [-1440, 0, 1440].every((day) => d + day <= m - before * 60 || d + day >= m + after * 60);
}

/** Opens every closed <details> around `selector`, so optional groups folded away can be used. */
async function reveal(page, selector) {
  await page.locator(selector).first().evaluate((el) => {
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  });
}

async function open(search) {
  const page = await newPage(app);
  await openApp(app, page, search);
  return page;
}

test('a quinolone without a time: two doses assumed, magnesium clear of both, one tap writes them out', async () => {
  const page = await open('?age=50&sex=male&meds=quinolone');
  const assumed = page.locator('[data-testid=med-assumed][data-med=quinolone][data-count="2"]');
  assert.equal(await assumed.count(), 1);
  assert.match(await assumed.textContent(), /twice a day.*08:00 and 20:00/);

  const items = await schedule(page);
  assert.deepEqual(times(items, 'quinolone'), ['08:00', '20:00']);
  const mg = magnesium(items);
  assert.equal(mg.length, 1, 'a time for magnesium is found');
  for (const dose of times(items, 'quinolone')) {
    assert.ok(keeps(mg[0], dose, 4, 8), `magnesium ${mg[0]} is ≥ 4 h after and ≥ 8 h before the ${dose} dose`);
  }
  assert.notEqual(mg[0], '21:00', 'not an hour after the evening dose');

  // One tap: the assumed doses become times the person can change.
  await reveal(page, '[data-testid=med-assumed-edit]');
  await page.locator('[data-testid=med-assumed-edit]').click();
  await page.waitForURL((u) => u.searchParams.get('meds') === 'quinolone@08:00,quinolone@20:00');
  await page.locator('[data-testid=med-assumed]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#med-quinolone-time-0').inputValue(), '08:00');
  assert.equal(await page.locator('#med-quinolone-time-1').inputValue(), '20:00');
  assert.deepEqual(magnesium(await schedule(page)), mg, 'the same day, now stated');

  // Changing one of them moves magnesium with it.
  await page.locator('#med-quinolone-time-1').fill('21:00');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'quinolone@08:00,quinolone@21:00');
  await page.waitForFunction(() => {
    const mg = document.querySelector('[data-testid=schedule-item][data-kind=magnesium]');
    return mg && mg.dataset.time !== '12:00';
  });
  const after = await schedule(page);
  const moved = magnesium(after);
  for (const dose of times(after, 'quinolone')) assert.ok(keeps(moved[0], dose, 4, 8), `${moved[0]} vs ${dose}`);
  await closePage(page);
});

test('gabapentin without a time: three doses assumed, each kept 2 h from magnesium', async () => {
  const page = await open('?age=50&sex=male&meds=gabapentin');
  assert.equal(await page.locator('[data-testid=med-assumed][data-med=gabapentin][data-count="3"]').count(), 1);
  const items = await schedule(page);
  assert.deepEqual(times(items, 'gabapentin'), ['08:00', '14:00', '20:00']);
  for (const dose of times(items, 'gabapentin')) {
    for (const mg of magnesium(items)) assert.ok(keeps(mg, dose, 2, 2), `${mg} vs ${dose}`);
  }
  await closePage(page);
});

test('an HIV integrase inhibitor at 19:00: magnesium not at 21:00, and the strictest label kept', async () => {
  const page = await open('?age=50&sex=male&meds=integrase@19:00');
  const mg = magnesium(await schedule(page));
  assert.equal(mg.length, 1);
  assert.notEqual(mg[0], '21:00');
  assert.ok(keeps(mg[0], '19:00', 4, 6), `magnesium ${mg[0]}: the drug ≥ 4 h before it or ≥ 6 h after it`);
  const finding = page.locator('[data-testid=finding][data-rule=interaction-integrase]');
  assert.match(await finding.textContent(), /at least 4 hours before magnesium, or at least 6 hours after it/);
  assert.match(await finding.textContent(), /Juluca label/);
  assert.equal(await page.locator('[data-testid=med-assumed]').count(), 0, 'a stated time is not assumed');
  await closePage(page);
});

test('finder: “levo” offers both classes and Enter asks which; Dyazide adds both of its classes', async () => {
  const page = await open('?age=50&sex=male');
  await reveal(page, SEARCH);
  await page.locator(SEARCH).focus();
  await page.keyboard.type('levo');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
  const groups = await page.locator('#med-search-list [role=option] .finder-group').allTextContents();
  const firstTwo = groups.slice(0, 2).join(' ');
  assert.match(firstTwo, /Levothyroxine/, groups.join());
  assert.match(firstTwo, /Quinolone/, groups.join());
  await page.keyboard.press('Enter');
  const live = page.locator('[data-testid=med-search-status]');
  await live.filter({ hasText: /could be/ }).waitFor();
  assert.equal(param(page, 'meds'), null, 'Enter adds neither');
  // The arrow keys choose one.
  const levothyroxine = groups.findIndex((g) => /Levothyroxine/.test(g));
  for (let i = 0; i <= levothyroxine; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'levothyroxine');

  await page.keyboard.type('Dyazide');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'levothyroxine,potassium_sparing,thiazide');
  assert.ok(await page.locator('#med-potassium_sparing').isChecked());
  assert.ok(await page.locator('#med-thiazide').isChecked());
  await live.filter({ hasText: /Potassium-sparing diuretic and Thiazide diuretic/ }).waitFor();
  await closePage(page);
});

test('finder: “HCT Hexal” finds the thiazide group', async () => {
  const page = await open('?age=50&sex=male');
  await reveal(page, SEARCH);
  await page.locator(SEARCH).focus();
  await page.keyboard.type('HCT Hexal');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'thiazide');
  await closePage(page);
});
