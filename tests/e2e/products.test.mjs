// Products on the shelf, end to end (issue 20): a divisible product (`unit_kind`) planned in half
// units, the elemental/compound reading switched with one tap, and a typed dose beside
// high-normal blood magnesium shown as the dose already taken. Figures:
// docs/medical-reference.md §§2b, 4, 7, 8; hooks: docs/contract.md.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

const attr = (page, sel, name) => page.locator(sel).getAttribute(name);
const rules = async (page) =>
  page.locator('[data-testid=finding]').evaluateAll((els) => els.map((e) => e.dataset.rule));
const schedule = async (page) =>
  page.locator('[data-testid=schedule-item]').evaluateAll((els) =>
    els.map((e) => ({ time: e.dataset.time, kind: e.dataset.kind, med: e.dataset.med, mg: e.dataset.mg, text: e.textContent })));
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

async function open(search) {
  const page = await newPage(app);
  await openApp(app, page, search);
  return page;
}

const SACHET = '?region=eu&form=citrate&unit_mg=300&unit_kind=sachet&age=50&sex=female&meds=quinolone@08:00,quinolone@20:00';

test('EU 300 mg citrate sachet with ciprofloxacin twice a day: half a sachet, kept apart from both doses', async () => {
  const page = await open(SACHET);
  // ½ sachet = 150 mg: the EU limit (250 mg) leaves no room for a whole 300 mg sachet.
  assert.equal(await attr(page, '[data-testid=units-per-day]', 'data-count'), '0.5');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '150');
  assert.equal(await attr(page, '[data-testid=plan-summary]', 'data-state'), 'plan');
  // Quinolone: the drug ≥ 4 h before or ≥ 8 h after magnesium, for each of its doses.
  const items = await schedule(page);
  const mg = items.filter((i) => i.kind === 'magnesium');
  const drug = items.filter((i) => i.med === 'quinolone').map((i) => minutes(i.time));
  assert.equal(mg.length, 1, JSON.stringify(items));
  assert.deepEqual(drug, [8 * 60, 20 * 60]);
  for (const m of mg) {
    const t = minutes(m.time);
    for (const d of drug) {
      assert.ok(t >= d + 4 * 60 || t + 8 * 60 <= d, `magnesium ${m.time} too close to quinolone at ${d / 60}:00`);
    }
    assert.match(m.text, /½ sachet/);
  }
  // The plan names the kind, never "unit".
  const plan = await page.locator('[data-testid=units-per-day]').textContent();
  assert.match(plan, /½ sachet/);
  assert.match(await page.locator('[data-testid=daily-dose]').textContent(), /sachets/);
  assert.match(await page.locator('[data-testid=plan-summary]').textContent(), /½ sachet/);
  assert.doesNotMatch(await page.locator('[data-testid=plan-summary]').textContent(), /\bunits?\b/);
  // The calendar file too.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=ics-link]').click()]);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /SUMMARY:Magnesium 150 mg \(½ sachet\)/);
  assert.doesNotMatch(ics, /\bunits?\)/);
  await closePage(page);
});

test('the same product as a tablet: no plan, with the reason and the next step', async () => {
  const page = await open(SACHET.replace('unit_kind=sachet', 'unit_kind=tablet'));
  assert.equal(await page.locator('[data-testid=daily-dose]').count(), 0);
  assert.equal(await attr(page, '[data-testid=plan-summary]', 'data-state'), 'no-plan');
  const text = await page.locator('[data-testid=no-plan]').textContent();
  assert.match(text, /One tablet of this product gives 300 mg of magnesium, more than the 250 mg a day upper limit/);
  assert.match(text, /less magnesium per tablet/);
  assert.match(text, /clinician/);
  // Choosing "sachet" with the keyboard brings the half-sachet plan.
  await page.locator('#f-unit_kind').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForURL((u) => u.searchParams.get('unit_kind') === 'sachet');
  await page.waitForFunction(() => document.querySelector('[data-testid=units-per-day]')?.dataset.count === '0.5');
  await closePage(page);
});

test('the region note says the limits differ', async () => {
  const page = await open('?region=eu&age=50&sex=female');
  const hint = await page.locator('#region-hint').textContent();
  assert.match(hint, /limits differ/);
  assert.match(hint, /US 350 mg.*EU 250 mg.*UK 400 mg a day \(guidance level\)/);
  assert.doesNotMatch(hint, /every safety threshold/);
  await closePage(page);
});

test('UK magnesium oxide 400 read as elemental: one tap reads it as the whole compound', async () => {
  const page = await open('?region=uk&form=oxide&unit_mg=400&age=50&sex=male');
  assert.equal(await page.locator('[data-testid=daily-dose]').count(), 0);
  assert.match(await page.locator('#unit_mg-hint').textContent(), /= 400 mg of magnesium per tablet/);
  const offer = page.locator('[data-testid=basis-offer]');
  assert.match(await offer.textContent(), /400 mg is the whole magnesium oxide → 241 mg magnesium/);
  await page.locator('[data-testid=basis-switch]').click();
  await page.waitForURL((u) => u.searchParams.get('basis') === 'compound');
  await page.locator('[data-testid=daily-dose]').waitFor();
  const perUnit = Number(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'));
  assert.ok(Math.abs(perUnit - 241.24) < 0.01, `${perUnit}`);
  assert.equal(await attr(page, '[data-testid=units-per-day]', 'data-count'), '1');
  assert.equal(await offer.count(), 0);
  assert.match(await page.locator('#unit_mg-hint').textContent(), /= 241 mg of magnesium per tablet/);
  // The UK limit is a guidance level wherever it is named: a typed target above it is capped there.
  await page.locator('#f-target').fill('500');
  await page.waitForURL((u) => u.searchParams.get('target') === '500');
  await page.waitForFunction(() => /guidance level leaves/.test(document.querySelector('[data-testid=daily-dose]')?.textContent ?? ''));
  assert.doesNotMatch(await page.locator('[data-testid=daily-dose]').textContent(), /upper limit/);
  await closePage(page);
});

test('high-normal blood magnesium with a typed dose: the dose already taken, nothing to start', async () => {
  const page = await open('?serum=2.4&target=350&age=50&sex=male&unit_mg=100');
  assert.equal(await attr(page, '[data-testid=plan-summary]', 'data-state'), 'plan');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '300');
  const found = await rules(page);
  assert.ok(found.includes('serum-high-normal'), found.join());
  assert.ok(!found.includes('start-low'), found.join());
  // One step, no lower first week.
  assert.equal(await page.locator('[data-testid=titration] li').count(), 2);
  // Nothing in the plan card, the precautions or the timeline says to start or raise it.
  const plan = await page.locator('section.card:has([data-testid=titration])').textContent();
  const findings = (await page.locator('[data-testid=finding]').allTextContents()).join(' ');
  const day = (await page.locator('[data-testid=schedule-item]').allTextContents()).join(' ');
  for (const text of [plan, findings, day]) {
    assert.doesNotMatch(text, /Start low|Do not start|first week|How to start|\bstart\b/i);
  }
  assert.match(plan, /Your current dose/);
  assert.match(findings, /only if your clinician agrees/);
  assert.doesNotMatch(await page.locator('[data-testid=plan-summary]').textContent(), /start/i);
  // Without the typed dose: no suggested dose.
  const none = await open('?serum=2.4&age=50&sex=male&unit_mg=100');
  assert.equal(await none.locator('[data-testid=daily-dose]').count(), 0);
  await closePage(none);
  await closePage(page);
});

test('the blood range is shown in the unit entered: 0.95 mmol/L is inside 0.75–0.95 mmol/L', async () => {
  const page = await open('?age=50&sex=male&serum=0.95&serum_unit=mmol_l');
  const hint = await page.locator('#serum-hint').textContent();
  assert.match(hint, /at the top of the reference range 0\.75–0\.95 mmol\/L/);
  assert.doesNotMatch(hint, /0\.741|0\.946|above the reference range/);
  await closePage(page);
});
