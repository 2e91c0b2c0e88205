// A link with `region=eu|uk` (docs/contract.md): the requirement card shows that authority's
// reference intake and supplemental limit and names them; labels typed as printed (mmol, per
// serving, a decimal comma) work from the link. Figures: docs/medical-reference.md §§2b, 3.
// (The region switch and the label helpers on the screen itself are issue 15's remaining work.)
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

async function open(search) {
  const page = await newPage(app);
  await openApp(app, page, search);
  return page;
}
const attr = (page, sel, name) => page.locator(sel).getAttribute(name);

test('region=eu: EFSA adequate intake and the SCF limit, each named', async () => {
  const page = await open('?age=40&sex=female&region=eu');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '300');
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '250');
  assert.match(await page.locator('[data-testid=rda]').textContent(), /EFSA/);
  assert.match(await page.locator('[data-testid=ul]').textContent(), /SCF/);
  // Plan v2 within the EU room: 200 mg suggested, below the 250 mg limit.
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200');
  await closePage(page);
});

test('region=uk: COMA RNI and the EVM guidance level, called a guidance level; under 19 the lowest set applies', async () => {
  let page = await open('?age=40&sex=female&region=uk');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '270');
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '400');
  assert.match(await page.locator('[data-testid=ul]').textContent(), /guidance level/);
  await closePage(page);
  page = await open('?age=16&sex=male&region=uk');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '300');
  assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), '250');
  assert.match(await page.locator('[data-testid=ul]').textContent(), /lowest of the US, EU and UK limits/);
  await closePage(page);
});

test('labels as printed from a link: mmol, per serving, a decimal comma; glycerophosphate', async () => {
  let page = await open('?age=40&form=aspartate&unit_mmol=10');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '243.05');
  await closePage(page);
  page = await open('?age=40&unit_mg=200&serving=2');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '100');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200');
  await closePage(page);
  page = await open('?age=40&serum=0,85&serum_unit=mmol_l');
  assert.equal(await page.locator('[data-testid=field-error][data-field=serum]').count(), 0);
  await closePage(page);
  page = await open('?age=40&form=glycerophosphate&unit_mmol=4');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '97.22');
  await closePage(page);
});
