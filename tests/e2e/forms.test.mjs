// The Forms screen (view=forms): the table of all 15 forms (elemental %, sorting by keyboard,
// filters, the person's form marked), the converter, the two-product comparison, field messages
// for invalid numbers, and the chosen form carrying over to the Dose screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';

// docs/medical-reference.md §3: id → [Mg atoms, molar mass g/mol]; elemental % = n × 24.305 / M.
const FORMS = {
  oxide: [1, 40.30], citrate: [3, 451.11], glycinate: [1, 172.42], chloride: [1, 203.30],
  malate: [1, 156.38], lactate: [1, 202.44], taurate: [1, 272.57], aspartate: [1, 288.50],
  threonate: [1, 294.50], sulfate: [1, 246.47], carbonate: [1, 84.31], gluconate: [1, 414.60],
  orotate: [1, 334.48], hydroxide: [1, 58.32], glycerophosphate: [1, 194.36],
};
const pct = (id) => ((FORMS[id][0] * 24.305) / FORMS[id][1]) * 100;

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

const TABLE = 'table[data-testid=forms-table]';

async function openForms(page, query = '') {
  await openApp(app, page, `?view=forms${query ? `&${query}` : ''}`);
  await page.locator(TABLE).waitFor();
}

/** Row ids in the order shown. */
const order = (page) => page.locator(`${TABLE} tbody tr[data-form]`).evaluateAll((rows) => rows.map((r) => r.dataset.form));
const param = (page, name) => new URL(page.url()).searchParams.get(name);
const fieldError = (page, field) => page.locator(`[data-testid=field-error][data-field=${field}]`);

test('all 15 forms with elemental % computed from the formula, every column and its source', async () => {
  const page = await newPage(app);
  await openForms(page);
  assert.deepEqual(await order(page), Object.keys(FORMS), 'one row per form, in the contract order');
  for (const id of Object.keys(FORMS)) {
    const cell = page.locator(`${TABLE} tr[data-form=${id}] td[data-col=elemental-pct]`);
    assert.equal(await cell.getAttribute('data-value'), pct(id).toFixed(1), id);
    for (const col of ['absorption', 'stomach', 'nervous', 'use', 'cost', 'dose', 'notes', 'source']) {
      const text = await page.locator(`${TABLE} tr[data-form=${id}] [data-col=${col}]`).textContent();
      assert.ok(text.trim().length > 0, `${id} ${col} filled`);
    }
  }
  const values = Object.fromEntries(await page.locator(`${TABLE} td[data-col=elemental-pct]`).evaluateAll((tds) =>
    tds.map((td) => [td.closest('tr').dataset.form, td.dataset.value])));
  assert.deepEqual(
    [values.oxide, values.citrate, values.glycinate, values.chloride, values.gluconate],
    ['60.3', '16.2', '14.1', '12.0', '5.9'],
  );
  // The compound assumed is stated, and sources link to About.
  assert.match(await page.locator(`${TABLE} tr[data-form=citrate] th`).textContent(), /trimagnesium dicitrate, anhydrous.*Mg₃\(C₆H₅O₇\)₂/);
  assert.match(await page.locator(`${TABLE} tr[data-form=oxide] [data-col=source]`).textContent(), /NIH ODS/);
  // A scrollable, labelled region with a caption.
  const region = page.locator('[role=region]', { has: page.locator(TABLE) });
  assert.equal(await region.getAttribute('tabindex'), '0');
  const caption = await page.locator(`${TABLE} caption`).getAttribute('id');
  assert.equal(await region.getAttribute('aria-labelledby'), caption);
  await closePage(page);
});

test('the person’s form is marked (glycinate by default, else the form parameter)', async () => {
  const page = await newPage(app);
  await openForms(page);
  const current = page.locator(`${TABLE} tr[aria-current=true]`);
  assert.equal(await current.count(), 1);
  assert.equal(await current.getAttribute('data-form'), 'glycinate');
  assert.match(await current.textContent(), /Your form/);
  await openForms(page, 'form=oxide');
  assert.equal(await page.locator(`${TABLE} tr[aria-current=true]`).getAttribute('data-form'), 'oxide');
  await closePage(page);
});

test('sorting with the keyboard: Tab to a header button, Space and Enter; aria-sort and the URL follow', async () => {
  const page = await newPage(app);
  await openForms(page);
  const usual = await order(page);
  assert.equal(await page.locator(`${TABLE} th[aria-sort=ascending], ${TABLE} th[aria-sort=descending]`).count(), 0);

  await page.locator('[role=region]', { has: page.locator(TABLE) }).focus();
  await page.keyboard.press('Tab'); // "Form" header
  await page.keyboard.press('Tab'); // "Magnesium by weight" header
  assert.equal(await page.evaluate(() => document.activeElement.closest('th')?.dataset.col), 'elemental-pct');
  await page.keyboard.press('Space');
  const th = page.locator(`${TABLE} th[data-col=elemental-pct]`);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-elemental-pct');
  assert.equal(await th.getAttribute('aria-sort'), 'descending');
  const desc = await order(page);
  assert.notDeepEqual(desc, usual);
  assert.deepEqual(desc.slice(0, 4), ['oxide', 'hydroxide', 'carbonate', 'citrate']);
  assert.equal(desc.at(-1), 'gluconate');
  assert.equal(await page.evaluate(() => document.activeElement.closest('th')?.dataset.col), 'elemental-pct', 'focus stays');

  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'elemental-pct');
  assert.equal(await th.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await order(page), [...desc].reverse());

  // A rating column: best first, "no good data" always last.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === '-absorption');
  assert.equal(await page.locator(`${TABLE} th[data-col=absorption]`).getAttribute('aria-sort'), 'descending');
  assert.equal(await th.getAttribute('aria-sort'), 'none');
  const byAbsorption = await order(page);
  assert.deepEqual(byAbsorption.slice(0, 2), ['glycinate', 'citrate']);
  const labels = await page.locator(`${TABLE} td[data-col=absorption]`).allTextContents();
  const firstNoData = labels.indexOf('No good data');
  assert.ok(firstNoData > 0 && labels.slice(firstNoData).every((l) => l === 'No good data'), labels.join(', '));

  // The sort comes back from the URL; an unknown one is reported and ignored.
  await openForms(page, 'sort=-stomach');
  assert.equal((await order(page))[0], 'glycinate');
  await openForms(page, 'sort=bogus');
  assert.match(await fieldError(page, 'sort').textContent(), /bogus/);
  assert.deepEqual(await order(page), usual);
  await closePage(page);
});

test('filters: gentle on the stomach, well absorbed, most magnesium per tablet', async () => {
  const page = await newPage(app);
  await openForms(page);
  const box = (label) => page.getByRole('checkbox', { name: label });
  await box('Gentle on the stomach').check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('filter') === 'gentle');
  assert.deepEqual(await order(page), ['citrate', 'glycinate']);
  await box('Well absorbed').check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('filter') === 'gentle,absorbed');
  assert.deepEqual(await order(page), ['citrate', 'glycinate']);
  await box('Gentle on the stomach').uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('filter') === 'absorbed');
  assert.deepEqual(await order(page), ['citrate', 'glycinate', 'chloride', 'lactate', 'aspartate']);
  await box('Well absorbed').uncheck();
  await box(/Most magnesium/).check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('filter') === 'dense');
  assert.deepEqual(await order(page), ['oxide', 'citrate', 'malate', 'carbonate', 'hydroxide']);
  assert.match(await page.locator('.forms-table-section [role=status]').textContent(), /Showing 5 of 15/);

  await openForms(page, 'filter=gentle,cheap');
  assert.match(await fieldError(page, 'filter').textContent(), /cheap/);
  assert.deepEqual(await order(page), ['citrate', 'glycinate'], 'the known filter still applies');
  await closePage(page);
});

test('converter: 1000 mg citrate compound → 161.6 mg elemental → back to 1000, units and cost', async () => {
  const page = await newPage(app);
  await openForms(page, 'form=citrate');
  const compound = page.locator('#f-conv_compound');
  const elemental = page.locator('#f-conv_elemental');
  assert.equal(await page.locator('#f-conv_form').inputValue(), 'citrate', 'starts on the person’s form');
  await compound.fill('1000');
  await assert.doesNotReject(page.waitForFunction(() => document.querySelector('#f-conv_elemental').value === '161.6'));
  await elemental.fill('161.6');
  await page.waitForFunction(() => document.querySelector('#f-conv_compound').value === '1000');
  assert.equal(await elemental.inputValue(), '161.6');

  // Units for the daily amount (200 mg by default) and cost from price and count.
  const units = page.locator('[data-testid=conv-units]');
  assert.equal(await units.getAttribute('data-value'), '1');
  await page.locator('#f-conv_target').fill('350');
  await page.waitForFunction(() => document.querySelector('[data-testid=conv-units]')?.dataset.value === '2');
  await page.locator('#f-conv_price').fill('20');
  await page.locator('#f-conv_count').fill('100');
  // 0.20 a tablet; 161.6 mg a tablet → 0.124 per 100 mg; 2 a day → 0.40.
  await page.locator('[data-testid=conv-cost-day]').waitFor();
  assert.equal(await page.locator('[data-testid=conv-cost-day]').getAttribute('data-value'), '0.4');
  assert.equal(await page.locator('[data-testid=conv-cost-100mg]').getAttribute('data-value'), '0.12');

  assert.doesNotMatch(await units.textContent(), /unusually many/);
  // A misread label (1 mg a unit) needs hundreds of units: said, not just counted.
  await elemental.fill('1');
  await page.waitForFunction(() => document.querySelector('[data-testid=conv-units]')?.dataset.value === '350');
  assert.match(await units.textContent(), /unusually many: check the amount per unit/);

  // A hydrate holds less magnesium: nonahydrate 11.9 %.
  await page.locator('#f-conv_form').selectOption('citrate-9h2o');
  await compound.fill('1000');
  await page.waitForFunction(() => document.querySelector('#f-conv_elemental').value === '118.9');
  assert.equal(new URL(page.url()).searchParams.has('conv_compound'), false, 'the converter stays out of the URL');
  await closePage(page);
});

test('invalid numbers show a message at their field; other fields keep working', async () => {
  const page = await newPage(app);
  await openForms(page, 'form=oxide&unit_mg=200&b_form=citrate&b_unit_mg=-5&b_price=abc&b_count=0&price=9&count=90');
  for (const [field, text] of [['b_unit_mg', /-5/], ['b_price', /abc/], ['b_count', /“0”/]]) {
    assert.match(await fieldError(page, field).textContent(), text, field);
  }
  // Product A still works: 200 mg elemental oxide, 1 a day, 0.10 a day.
  assert.equal(await page.locator('tr[data-metric=units-per-day] td[data-side=a]').getAttribute('data-value'), '1');
  assert.equal(await page.locator('tr[data-metric=cost-per-day] td[data-side=a]').getAttribute('data-value'), '0.1');
  assert.equal(await page.locator('[data-testid=verdict]').count(), 0, 'no verdict without a valid B');

  const compound = page.locator('#f-conv_compound');
  for (const bad of ['0', '-5', 'abc', '1e9', '999999']) {
    await compound.fill(bad);
    const error = fieldError(page, 'conv_compound').filter({ hasText: `“${bad}”` });
    await error.waitFor();
    assert.match(await error.textContent(), /not a valid amount: enter a number above 0 up to 5000/, bad);
    assert.equal(await page.locator('#f-conv_elemental').inputValue(), '', `${bad}: no result`);
  }
  await compound.fill('100');
  await page.waitForFunction(() => document.querySelector('#f-conv_elemental').value === '60.3');
  assert.equal(await fieldError(page, 'conv_compound').count(), 0, 'the message goes when the value is fixed');
  await page.locator('#f-conv_price').fill('free');
  assert.match(await fieldError(page, 'conv_price').textContent(), /free/);
  await page.locator('#f-conv_target').fill('0');
  assert.match(await fieldError(page, 'conv_target').textContent(), /“0”/);
  assert.equal(await page.locator('#f-conv_elemental').inputValue(), '60.3', 'the conversion keeps working');
  await closePage(page);
});

test('two products: cost per day and a plain-language verdict', async () => {
  const page = await newPage(app);
  // A: glycinate 100 mg, 30 for 120 (2 a day → 0.50); B: oxide 200 mg, 18 for 60 (1 a day → 0.30).
  await openForms(page, 'form=glycinate&unit_mg=100&price=30&count=120');
  assert.equal(await page.locator('[data-testid=verdict]').count(), 0);
  await page.locator('#f-b_form').selectOption('oxide');
  await page.locator('#f-b_unit_mg').fill('200');
  await page.locator('#f-b_price').fill('18');
  await page.locator('#f-b_count').fill('60');
  const verdict = page.locator('[data-testid=verdict]');
  await verdict.waitFor();
  const text = await verdict.textContent();
  assert.match(text, /same dose \(200 mg a day\)/);
  assert.match(text, /B costs 40 % less per day, but oxide is more likely to upset the stomach/);
  assert.equal(await verdict.getAttribute('data-cheaper'), 'B');
  assert.equal(await verdict.getAttribute('data-pct'), '40');
  const cell = (metric, side) => page.locator(`tr[data-metric=${metric}] td[data-side=${side}]`).getAttribute('data-value');
  assert.deepEqual([await cell('cost-per-day', 'a'), await cell('cost-per-day', 'b')], ['0.5', '0.3']);
  assert.deepEqual([await cell('units-per-day', 'a'), await cell('units-per-day', 'b')], ['2', '1']);
  assert.deepEqual([await cell('stomach', 'a'), await cell('stomach', 'b')], ['5', '1']);
  for (const [k, v] of [['b_form', 'oxide'], ['b_unit_mg', '200'], ['b_price', '18'], ['b_count', '60']]) {
    assert.equal(param(page, k), v, `${k} in the URL`);
  }
  // The planned dose comes from `target`.
  await page.locator('#f-target').fill('400');
  await page.waitForFunction(() => document.querySelector('tr[data-metric=units-per-day] td[data-side=a]')?.dataset.value === '4');
  assert.equal(await cell('units-per-day', 'b'), '2');
  await closePage(page);
});

test('choosing a form here carries over to the Dose screen', async () => {
  const page = await newPage(app);
  // A 700 mg target: one 1000 mg oxide tablet (603 mg) still fits, so the plan is made.
  await openApp(app, page, '?age=45&sex=female&form=citrate&unit_mg=1000&basis=compound&target=700');
  const perUnit = page.locator('[data-testid=elemental-per-unit]');
  assert.equal(await perUnit.getAttribute('data-mg'), '161.63');

  await page.locator('nav a[data-view=forms]').click();
  await page.locator(TABLE).waitFor();
  await page.locator('#f-form').selectOption('oxide');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('form') === 'oxide');
  assert.equal(await page.locator(`${TABLE} tr[aria-current=true]`).getAttribute('data-form'), 'oxide');
  await page.locator('nav a[data-view=dose]').click();
  await perUnit.waitFor();
  // 1000 mg magnesium oxide × 24.305 / 40.30.
  assert.equal(await perUnit.getAttribute('data-mg'), String(Math.round(1000 * pct('oxide')) / 100));
  await closePage(page);
});

test('at 320 px the page does not scroll sideways; the big table is a list of cards that fit, the small tables fit', async () => {
  const page = await newPage(app, { viewport: { width: 320, height: 640 } });
  await openForms(page, 'unit_mg=100&b_form=oxide&b_unit_mg=200&price=10&count=60&b_price=8&b_count=60');
  const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  assert.ok(sw <= cw, `page ${sw} > ${cw}`);
  // Below 40rem each form is a card (issue 22): nothing scrolls sideways, not even the table's region.
  const region = page.locator('[role=region]', { has: page.locator(TABLE) });
  assert.ok(await region.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the cards fit their region');
  // The seed card's and the comparison's tables are narrow enough to fit whole.
  for (const t of ['.seed-table', '.compare-table']) {
    const { right, parent } = await page.locator(t).evaluate((el) => ({ right: el.getBoundingClientRect().right, parent: el.parentElement.getBoundingClientRect().right }));
    assert.ok(right <= parent + 0.5, `${t} ends at ${right}, its container at ${parent}`);
  }
  await closePage(page);
});
