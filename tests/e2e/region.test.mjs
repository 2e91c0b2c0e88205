// Beyond the US (issue 15), end to end in Chromium: the region switch and each authority's
// numbers, labels typed as printed (mmol, per serving, % Daily Value, decimal comma),
// glycerophosphate on every screen, and the medicine finder by keyboard only, with axe.
// Figures: docs/medical-reference.md §2b (regional sets) and §3 (forms, label units).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

const attr = (page, sel, name) => page.locator(sel).getAttribute(name);
const param = (page, name) => new URL(page.url()).searchParams.get(name);
const rules = async (page) =>
  page.locator('[data-testid=finding]').evaluateAll((els) => els.map((e) => `${e.dataset.rule}:${e.dataset.severity}`));
const fieldError = (page, field) => page.locator(`[data-testid=field-error][data-field=${field}]`);

/** Opens every closed <details> around `selector`, so optional groups folded away can be used. */
async function reveal(page, selector) {
  await page.locator(selector).first().evaluate((el) => {
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  });
}

async function open(search, options) {
  const page = await newPage(app, options);
  await openApp(app, page, search);
  return page;
}

// ---------------------------------------------------------------------------------------------
// Region: US (default), EU (EFSA AI, SCF UL), UK (COMA RNI, EVM guidance level).

test('each region gives its own authority’s requirement and limit, named', async () => {
  // [query, RDA/AI mg, limit mg, text the requirement names, text the limit names]
  const rows = [
    ['age=40&sex=female', 320, 350, /RDA|Recommended/, /upper limit/i],
    ['age=40&sex=female&region=us', 320, 350, /RDA|Recommended/, /upper limit/i],
    ['age=40&sex=female&region=eu', 300, 250, /EFSA/, /SCF/],
    ['age=40&sex=female&region=uk', 270, 400, /RNI|Reference Nutrient Intake/, /guidance level/i],
    ['age=40&sex=male&region=eu', 350, 250, /EFSA/, /SCF/],
    ['age=40&sex=male&region=uk', 300, 400, /RNI|Reference Nutrient Intake/, /EVM/],
    ['age=30&sex=female&stage=lactating&region=uk', 320, 400, /RNI|Reference Nutrient Intake/, /EVM/],
    ['age=30&sex=female&stage=pregnant&region=eu', 300, 250, /EFSA/, /SCF/],
  ];
  const page = await newPage(app);
  for (const [q, rda, ul, rdaText, ulText] of rows) {
    await openApp(app, page, `?${q}`);
    assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), String(rda), q);
    assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), String(ul), q);
    assert.match(await page.locator('[data-testid=rda]').textContent(), rdaText, q);
    assert.match(await page.locator('[data-testid=ul]').textContent(), ulText, q);
    // The RLS range is the same in every region.
    assert.equal(await attr(page, '[data-testid=rls-range]', 'data-min-mg'), '200', q);
    assert.equal(await attr(page, '[data-testid=rls-range]', 'data-max-mg'), '300', q);
  }
  // The UK figure is a guidance level, and the card says it is not a formal upper limit.
  await openApp(app, page, '?age=40&sex=female&region=uk');
  assert.match(await page.locator('[data-testid=ul]').textContent(), /not a formal upper limit/);
  await closePage(page);
});

test('where a region sets no limit for an age, the lowest of the three sets applies, named', async () => {
  const page = await newPage(app);
  // UK sets no limit under 19: for 16 the lowest is the SCF's 250 mg (US 350).
  await openApp(app, page, '?age=16&sex=male&region=uk');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '300');
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '250');
  const ukTeen = await page.locator('[data-testid=ul]').textContent();
  assert.match(ukTeen, /SCF/);
  assert.match(ukTeen, /lowest/i);
  // The EU sets none for 1–3 y: the US 65 mg applies (UK none).
  await openApp(app, page, '?age=2&region=eu');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '170');
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '65');
  assert.match(await page.locator('[data-testid=ul]').textContent(), /lowest/i);
  await closePage(page);
});

test('switching region keeps every other entry; the link and the embed snippet carry it', async () => {
  const page = await newPage(app, { permissions: ['clipboard-read', 'clipboard-write'] });
  const start = '?age=40&sex=female&form=citrate&unit_mg=1000&basis=compound&meds=iron@10:00&ferritin=60';
  await openApp(app, page, start);
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '320');
  const region = (value) => page.locator(`input[name=region][value=${value}]`);
  assert.ok(await region('us').isChecked(), 'US by default');
  const kept = async () => {
    const u = new URL(page.url()).searchParams;
    for (const [k, v] of new URLSearchParams(start)) assert.equal(u.get(k), v, `${k} kept`);
    assert.equal(await page.locator('#f-age').inputValue(), '40');
    assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '161.63');
    assert.ok(await page.locator('#med-iron').isChecked());
  };

  await region('eu').check();
  await page.waitForURL((u) => u.searchParams.get('region') === 'eu');
  await page.locator('[data-testid=rda][data-mg="300"]').waitFor();
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '250');
  await kept();

  await region('uk').check();
  await page.waitForURL((u) => u.searchParams.get('region') === 'uk');
  await page.locator('[data-testid=rda][data-mg="270"]').waitFor();
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '400');
  await kept();

  // Copy link hands out the region.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('[data-testid=copy-status]').filter({ hasText: 'Link copied' }).waitFor();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.searchParams.get('region'), 'uk');
  // So does the embed snippet.
  await page.locator('details.embed-section summary').click();
  const code = await page.locator('[data-testid=embed-snippet]').textContent();
  const src = new URL(code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
  assert.equal(src.searchParams.get('region'), 'uk');
  assert.equal(src.searchParams.get('embed'), '1');
  assert.equal(src.searchParams.get('unit_mg'), '1000');

  // A copied link reopens the same numbers.
  const again = await open(copied.search);
  assert.equal(await attr(again, '[data-testid=rda]', 'data-mg'), '270');
  assert.ok(await again.locator('input[name=region][value=uk]').isChecked());
  await closePage(again);

  // Back to the US.
  await region('us').check();
  await page.locator('[data-testid=rda][data-mg="320"]').waitFor();
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '350');
  assert.ok([null, 'us'].includes(param(page, 'region')));
  await kept();
  await closePage(page);
});

test('the requirement card shows the three sets side by side', async () => {
  const page = await open('?age=40&sex=female&region=eu');
  const table = page.locator('[data-testid=region-compare]');
  await reveal(page, '[data-testid=region-compare]');
  await table.waitFor();
  const cell = (region, col) => table.locator(`tr[data-region=${region}] [data-col=${col}]`).getAttribute('data-mg');
  assert.deepEqual([await cell('us', 'rda'), await cell('eu', 'rda'), await cell('uk', 'rda')], ['320', '300', '270']);
  assert.deepEqual([await cell('us', 'ul'), await cell('eu', 'ul'), await cell('uk', 'ul')], ['350', '250', '400']);
  assert.equal(await table.locator('tr[data-region=eu]').getAttribute('aria-current'), 'true', 'the chosen set is marked');
  const text = await table.textContent();
  for (const name of ['EFSA', 'SCF', 'EVM']) assert.match(text, new RegExp(name));
  await closePage(page);
});

test('an invalid region is reported at its field and the US values apply', async () => {
  const page = await open('?age=40&sex=female&region=fr');
  await fieldError(page, 'region').waitFor();
  assert.match(await fieldError(page, 'region').textContent(), /fr/);
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '320');
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '350');
  await closePage(page);
});

test('first visit: the region is preselected from the browser language, said, and changeable', async () => {
  // en-GB → UK, with a notice.
  let page = await open('?age=40&sex=female', { locale: 'en-GB' });
  const notice = page.locator('[data-testid=region-notice]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /UK/);
  assert.match(await notice.textContent(), /browser/i);
  assert.ok(await page.locator('input[name=region][value=uk]').isChecked());
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '270');
  await page.waitForURL((u) => u.searchParams.get('region') === 'uk');
  await closePage(page);

  // de-DE → EU.
  page = await open('?age=40&sex=female', { locale: 'de-DE' });
  await page.locator('[data-testid=region-notice]').waitFor();
  assert.ok(await page.locator('input[name=region][value=eu]').isChecked());
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '250');
  await closePage(page);

  // A region in the link wins, silently; en-US stays US without a notice.
  for (const [q, locale, rda] of [['?age=40&sex=female&region=us', 'en-GB', '320'], ['?age=40&sex=female', 'en-US', '320']]) {
    page = await open(q, { locale });
    assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), rda, `${q} ${locale}`);
    assert.equal(await page.locator('[data-testid=region-notice]').count(), 0, `${q} ${locale}`);
    await closePage(page);
  }
});

test('no preselection when entries are remembered on this device', async () => {
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('mg-rls:remember', 'v1:?age=33&sex=female');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(app.baseUrl);
  await page.locator('main h2').waitFor();
  assert.equal(await page.locator('#f-age').inputValue(), '33');
  assert.equal(await page.locator('[data-testid=region-notice]').count(), 0);
  assert.equal(await page.locator('[data-testid=rda]').getAttribute('data-mg'), '320');
  await context.close();
});

// ---------------------------------------------------------------------------------------------
// Labels as printed.

test('a UK aspartate label in mmol: 10 mmol is 243.05 mg of magnesium', async () => {
  const page = await open('?age=40&sex=female&form=aspartate&unit_mmol=10&region=uk');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '243.05');
  assert.equal(await fieldError(page, 'unit_mmol').count(), 0);
  // The amount-unit choice shows mmol, and the mmol box holds the label's figure.
  assert.ok(await page.locator('input[name=amount_unit][value=mmol]').isChecked());
  assert.equal(await page.locator('#f-unit_mmol').inputValue(), '10');
  await closePage(page);
});

test('giving both mg and mmol is an error at the mmol field; the mg amount still works', async () => {
  const page = await open('?age=40&sex=female&form=aspartate&unit_mg=100&unit_mmol=10');
  await fieldError(page, 'unit_mmol').waitFor();
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '100');
  await closePage(page);
});

test('switching the amount unit moves the figure between unit_mg and unit_mmol', async () => {
  const page = await open('?age=40&sex=female&form=glycerophosphate&unit_mg=4');
  assert.ok(await page.locator('input[name=amount_unit][value=mg]').isChecked());
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '4');
  await page.locator('input[name=amount_unit][value=mmol]').check();
  await page.waitForURL((u) => u.searchParams.get('unit_mmol') === '4' && !u.searchParams.has('unit_mg'));
  // 4 mmol × 24.305 mg/mmol: the Neomag tablet's 97.2 mg.
  await page.locator('[data-testid=elemental-per-unit][data-mg="97.22"]').waitFor();
  assert.equal(await page.locator('#f-unit_mmol').inputValue(), '4');
  // mmol is always elemental magnesium: the basis choice does not apply.
  assert.equal(await page.locator('input[name=basis]').count(), 0);
  await page.locator('input[name=amount_unit][value=mg]').check();
  await page.waitForURL((u) => u.searchParams.get('unit_mg') === '4' && !u.searchParams.has('unit_mmol'));
  await page.locator('[data-testid=elemental-per-unit][data-mg="4"]').waitFor();
  await closePage(page);
});

test('a label per 2 capsules: 200 mg per serving of 2 is 100 mg per capsule', async () => {
  let page = await open('?age=40&sex=female&unit_mg=200&serving=2');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '100');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200');
  assert.equal(await attr(page, '[data-testid=units-per-day]', 'data-count'), '2');
  await closePage(page);

  // Typed: the serving field.
  page = await open('?age=40&sex=female&unit_mg=200');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '200');
  await reveal(page, '#f-serving');
  await page.locator('#f-serving').fill('2');
  await page.waitForURL((u) => u.searchParams.get('serving') === '2');
  await page.locator('[data-testid=elemental-per-unit][data-mg="100"]').waitFor();
  await page.locator('#f-serving').fill('11');
  await fieldError(page, 'serving').waitFor();
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '200', 'an invalid serving falls back to 1');
  await closePage(page);
});

test('the % Daily Value helper fills the amount: DV 420 mg, 400 mg on labels before 2016', async () => {
  const page = await open('?age=40&sex=female&form=citrate&basis=compound');
  await reveal(page, '#f-dv_pct');
  await page.locator('#f-dv_pct').fill('50');
  const result = page.locator('[data-testid=dv-mg]');
  await page.locator('[data-testid=dv-mg][data-mg="210"]').waitFor();
  assert.match(await result.textContent(), /420 mg/);
  await page.locator('#f-dv_kind').selectOption('adults-before-2016');
  await page.locator('[data-testid=dv-mg][data-mg="200"]').waitFor();
  assert.match(await result.textContent(), /400 mg/);
  await page.locator('[data-testid=dv-apply]').click();
  // %DV is of magnesium itself: the amount is elemental.
  await page.waitForURL((u) => u.searchParams.get('unit_mg') === '200' && [null, 'elemental'].includes(u.searchParams.get('basis')));
  await page.locator('[data-testid=elemental-per-unit][data-mg="200"]').waitFor();
  assert.equal(await page.locator('#f-unit_mg').inputValue(), '200');
  // An unreadable %DV is said at its field.
  await page.locator('#f-dv_pct').fill('lots');
  await fieldError(page, 'dv_pct').waitFor();
  await closePage(page);
});

test('a decimal comma: in the link and typed; the URL is written with a point', async () => {
  // From a link: 0,85 mmol/L is in range; 0,7 is low.
  const page = await newPage(app);
  await openApp(app, page, '?age=40&sex=male&serum=0,85&serum_unit=mmol_l');
  assert.equal(await fieldError(page, 'serum').count(), 0);
  assert.deepEqual((await rules(page)).filter((r) => r.startsWith('serum')), []);
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200');
  await openApp(app, page, '?age=40&sex=male&serum=0,7&serum_unit=mmol_l');
  assert.deepEqual((await rules(page)).filter((r) => r.startsWith('serum')), ['serum-low:info']);

  // Typed into the blood magnesium field (mg/dL): 2,1 is normal, 2,6 is high.
  await openApp(app, page, '?age=40&sex=male&serum_unit=mg_dl');
  await reveal(page, '#f-serum');
  await page.locator('#f-serum').fill('2,1');
  await page.waitForURL((u) => u.searchParams.get('serum') === '2.1');
  assert.equal(await fieldError(page, 'serum').count(), 0);
  assert.match(await page.locator('#f-serum').inputValue(), /^2[,.]1$/, 'what was typed is kept');
  assert.deepEqual((await rules(page)).filter((r) => r.startsWith('serum')), []);
  await page.locator('#f-serum').fill('2,6');
  await page.waitForURL((u) => u.searchParams.get('serum') === '2.6');
  await page.locator('[data-testid=finding][data-rule=serum-high]').waitFor();

  // Typed into the label amount: 120,5 mg.
  await page.locator('#f-unit_mg').fill('120,5');
  await page.waitForURL((u) => u.searchParams.get('unit_mg') === '120.5');
  await page.locator('[data-testid=elemental-per-unit][data-mg="120.5"]').waitFor();
  assert.ok(!page.url().includes('%2C'), 'no comma in the URL');
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Glycerophosphate everywhere forms are listed (anhydrous, 12.5 %; Neomag: 4 mmol = 97.2 mg).

test('glycerophosphate: Forms table, converter, comparison and the Dose plan', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=forms');
  const row = page.locator('table[data-testid=forms-table] tr[data-form=glycerophosphate]');
  await row.waitFor();
  assert.equal(await row.locator('td[data-col=elemental-pct]').getAttribute('data-value'), '12.5');
  assert.match(await row.locator('th').textContent(), /glycerophosphate/i);

  // Converter: 777.6 mg of the salt is 97.2 mg of magnesium.
  await page.locator('#f-conv_form').selectOption('glycerophosphate');
  await page.locator('#f-conv_compound').fill('777.6');
  await page.waitForFunction(() => document.querySelector('#f-conv_elemental').value === '97.2');

  // Comparison: product B in glycerophosphate.
  await page.locator('#f-b_form').selectOption('glycerophosphate');
  await page.waitForURL((u) => u.searchParams.get('b_form') === 'glycerophosphate');
  await page.locator('#f-b_unit_mg').fill('100');
  await page.waitForFunction(() => document.querySelector('tr[data-metric=units-per-day] td[data-side=b]')?.dataset.value === '2');

  // Dose: the form in the list, and a label in mmol.
  await openApp(app, page, '?age=40&sex=female&form=glycerophosphate&unit_mmol=4');
  assert.equal(await page.locator('#f-form option[value=glycerophosphate]').count(), 1);
  assert.equal(await page.locator('#f-form').inputValue(), 'glycerophosphate');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '97.22');
  // The plan is made of whole 97.22 mg tablets.
  const units = Number(await attr(page, '[data-testid=units-per-day]', 'data-count'));
  assert.ok(units >= 1, 'a plan is made');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), String(Math.round(units * 9722) / 100));
  // A compound-basis label: 777.6 mg of the salt.
  await openApp(app, page, '?age=40&sex=female&form=glycerophosphate&unit_mg=777.6&basis=compound');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '97.24');
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// The medicine finder: a WAI-ARIA combobox with a listbox popup, by keyboard only.

const SEARCH = '[data-testid=med-search]';

/** Focuses the finder as a keyboard user would reach it (it may sit in a folded group). */
async function focusFinder(page) {
  await reveal(page, SEARCH);
  await page.locator(SEARCH).focus();
}

test('finder: type “Cipro”, ArrowDown, Enter adds the quinolone class; the ARIA pattern holds', async () => {
  const page = await open('?age=40&sex=female&meds=iron@10:00');
  const input = page.locator(SEARCH);
  await focusFinder(page);
  assert.equal(await input.getAttribute('role'), 'combobox');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await input.getAttribute('aria-autocomplete'), 'list');
  const listId = await input.getAttribute('aria-controls');
  assert.ok(listId, 'aria-controls names the listbox');
  // Labelled, so a screen reader says what it is for.
  assert.ok((await input.evaluate((el) => el.labels?.length ?? 0)) > 0 || (await input.getAttribute('aria-label')));

  await page.keyboard.type('Cipro');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
  const list = page.locator(`#${listId}`);
  assert.equal(await list.getAttribute('role'), 'listbox');
  const options = list.locator('[role=option]');
  assert.ok((await options.count()) >= 1);
  assert.match(await options.first().textContent(), /Cipro/i);
  assert.match(await options.first().textContent(), /quinolone/i);
  // The number of suggestions is announced politely.
  const live = page.locator('[data-testid=med-search-status]');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  assert.match(await live.textContent(), new RegExp(`${await options.count()} (suggestion|match)`));

  await page.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  assert.ok(active, 'ArrowDown makes an option active');
  const option = page.locator(`#${active}`);
  assert.equal(await option.getAttribute('role'), 'option');
  assert.equal(await option.getAttribute('aria-selected'), 'true');
  assert.match(await option.textContent(), /Cipro/i);

  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'iron@10:00,quinolone');
  assert.ok(await page.locator('#med-quinolone').isChecked());
  assert.ok(await page.locator('#med-iron').isChecked(), 'the other medicine is kept');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await input.inputValue(), '');
  assert.equal(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SEARCH), true, 'focus stays');
  assert.match(await live.textContent(), /quinolone/i);
  assert.ok((await rules(page)).some((r) => r.startsWith('interaction-quinolone:')), 'its precaution appears');

  // Adding it again does not add a second dose.
  await page.keyboard.type('ciprofloxacin');
  await page.keyboard.press('Enter');
  await live.filter({ hasText: /already/i }).waitFor();
  assert.equal(param(page, 'meds'), 'iron@10:00,quinolone');
  await closePage(page);
});

test('finder: Enter takes the best match; brand names of each class; Escape closes', async () => {
  const page = await open('?age=40&sex=female');
  const input = page.locator(SEARCH);
  await focusFinder(page);
  for (const [name, id] of [['Fosamax', 'bisphosphonate'], ['Synthroid', 'levothyroxine'], ['Tivicay', 'integrase'], ['Lasix', 'loop_diuretic'], ['Neurontin', 'gabapentin']]) {
    await page.keyboard.type(name);
    await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => (u.searchParams.get('meds') ?? '').split(',').includes(id));
    assert.ok(await page.locator(`#med-${id}`).isChecked(), name);
  }
  assert.equal(param(page, 'meds'), 'bisphosphonate,levothyroxine,integrase,loop_diuretic,gabapentin');

  // Escape closes the list and keeps what was typed; a second Escape clears it.
  await page.keyboard.type('doxy');
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await input.getAttribute('aria-activedescendant'), null);
  assert.equal(await input.inputValue(), 'doxy');
  // ArrowDown opens it again.
  await page.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  assert.equal(await input.inputValue(), '');
  assert.equal(param(page, 'meds'), 'bisphosphonate,levothyroxine,integrase,loop_diuretic,gabapentin', 'Escape adds nothing');
  await closePage(page);
});

test('finder: a name that matches nothing says so, and Enter adds nothing', async () => {
  const page = await open('?age=40&sex=female&meds=zinc');
  await focusFinder(page);
  await page.keyboard.type('xyz');
  const live = page.locator('[data-testid=med-search-status]');
  await live.filter({ hasText: /no match/i }).waitFor();
  const message = page.locator('[data-testid=med-search-empty]');
  assert.ok(await message.isVisible());
  assert.match(await message.textContent(), /no match/i);
  assert.equal(await page.locator(SEARCH).getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(param(page, 'meds'), 'zinc');
  await closePage(page);
});

test('axe: zero violations with the finder open and a region chosen, light and dark', async () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  for (const q of ['?age=40&sex=female&region=uk&theme=light&unit_mmol=10&form=aspartate', '?age=16&sex=male&region=eu&theme=dark&serving=2&unit_mg=200']) {
    const page = await open(q);
    await reveal(page, '[data-testid=region-compare]');
    await reveal(page, '#f-dv_pct');
    await focusFinder(page);
    await page.keyboard.type('pr');
    await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
    await page.keyboard.press('ArrowDown');
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
    assert.deepEqual(found, [], `${q}\n${found.join('\n')}`);
    await closePage(page);
  }
});

test('at 390 px the three sets side by side scroll inside their box, never the page', async () => {
  const page = await open('?age=40&sex=female&region=uk', { viewport: { width: 390, height: 844 } });
  await reveal(page, '[data-testid=region-compare]');
  await page.locator('[data-testid=region-compare]').waitFor();
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(sw <= cw, `the page scrolls sideways (${sw} > ${cw})`);
  await closePage(page);
});

test('finder: names as printed on European and UK boxes, with their strengths', async () => {
  const page = await open('?age=40&sex=female');
  await focusFinder(page);
  for (const [name, id] of [['Ciprobay', 'quinolone'], ['Euthyrox 50', 'levothyroxine'], ['Pantozol 40 mg', 'ppi'], ['Alendronsäure', 'bisphosphonate'], ['Distamine', 'penicillamine']]) {
    await page.keyboard.type(name);
    await page.waitForFunction((sel) => document.querySelector(sel).getAttribute('aria-expanded') === 'true', SEARCH);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => (u.searchParams.get('meds') ?? '').split(',').includes(id));
    assert.ok(await page.locator(`#med-${id}`).isChecked(), name);
  }
  await closePage(page);
});

test('the label as printed reaches the Forms comparison and the clinician report', async () => {
  // 400 mg per serving of 2 capsules: 200 mg a capsule, as on the Dose screen.
  const page = await open('?view=forms&form=citrate&unit_mg=400&serving=2&price=10&count=60&b_form=citrate&b_unit_mg=200&b_price=10&b_count=60');
  const cell = (metric, side) => page.locator(`[data-testid=compare-table] tr[data-metric=${metric}] td[data-side=${side}]`).getAttribute('data-value');
  assert.equal(await cell('elemental-per-unit', 'a'), '200');
  assert.equal(await cell('cost-per-day', 'a'), await cell('cost-per-day', 'b'), 'the same product costs the same');
  assert.match(await page.locator('[data-testid=compare-dose-label]').textContent(), /per serving of 2 units/);
  // A UK label in mmol: 4 mmol of glycerophosphate is 97.2 mg.
  await openApp(app, page, '?view=forms&form=glycerophosphate&unit_mmol=4&b_form=citrate&b_unit_mg=100');
  assert.equal(await cell('elemental-per-unit', 'a'), '97.22');
  await page.locator('[data-testid=verdict]').waitFor();

  // The report names the label as printed, what a unit holds, and whose values apply.
  await openApp(app, page, '?view=report&age=50&sex=female&region=uk&form=aspartate&unit_mmol=10&serving=2');
  const report = await page.locator('[data-testid=report]').textContent();
  assert.match(report, /label 10 mmol per serving of 2 tablets: 121\.5 mg of magnesium per tablet/);
  assert.match(report, /Reference values:?\s*United Kingdom \(COMA 1991, EVM 2003\)/);
  await closePage(page);
});

test('the Forms table and About set the usual doses against the chosen region', async () => {
  const page = await open('?view=forms&region=eu');
  const dose = page.locator('tr[data-form=citrate] td[data-col=dose]');
  assert.match(await dose.textContent(), /400 mg is above the EU \(SCF 2001\) upper limit of 250 mg\/day/);
  await openApp(app, page, '?view=forms&region=uk');
  assert.doesNotMatch(await dose.textContent(), /above/, '400 mg is the UK guidance level itself');
  await openApp(app, page, '?view=forms');
  assert.match(await dose.textContent(), /above the US upper limit of 350 mg\/day/);
  await openApp(app, page, '?view=about');
  const limits = page.locator('section[aria-labelledby=about-limits]');
  assert.match(await limits.textContent(), /guidance level/);
  assert.equal(await page.locator('[data-testid=uk-guidance]').getAttribute('data-mg'), '400');
  assert.equal(await page.locator('[data-testid=eu-ul]').getAttribute('data-mg'), '250');
  await closePage(page);
});
