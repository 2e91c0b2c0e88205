// The About screen: evidence (with the Jadidi dose correction), limits, how the calculator works,
// privacy, and every source with an anchor that links from other screens land on and focus.
// Facts: docs/medical-reference.md §2, §8 and the Sources table.
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

// Facts' Sources table: one label per medicine, no generic "drug label" entry.
const SOURCE_IDS = [
  'seed', 'ods', 'iom1997', 'kdigo2012', 'smpc-aspartate', 'smpc-osvaren', 'aasm2024', 'irlssg2014', 'hening2009',
  'label-levothyroxine', 'label-risedronate', 'label-moxifloxacin', 'label-dolutegravir', 'label-juluca', 'label-cabotegravir', 'label-raltegravir',
  'label-eltrombopag', 'label-penicillamine', 'label-mycophenolate', 'label-gabapentin', 'label-digoxin',
  'fda-ppi-2011', 'hhs-arv', 'fine1991', 'hornyak1998', 'jadidi2022',
  'gorantla2024', 'marshall2019', 'molecules2020', 'molecules2021',
  'efsa2015', 'scf2001', 'coma1991', 'evm2003', 'fda-dv2016', 'smpc-neomag',
];

/** The source the fragment names is focused and inside the viewport. */
async function assertRevealed(page, id) {
  await page.waitForFunction((x) => document.activeElement?.id === x, id);
  const box = await page.evaluate((x) => {
    const r = document.getElementById(x).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: innerHeight };
  }, id);
  assert.ok(box.top >= 0 && box.top < box.height, `${id} in view (${JSON.stringify(box)})`);
}

test("a finding's source link on the Dose screen lands on its anchor in About", async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=70&sex=male&egfr=20');
  const finding = page.locator('[data-testid=finding][data-rule=kidney-stop]');
  await finding.waitFor();
  await finding.locator('a.source-link', { hasText: 'KDIGO 2012' }).click();
  await page.waitForURL((u) => u.searchParams.get('view') === 'about');
  const url = new URL(page.url());
  assert.equal(url.hash, '#source-kdigo2012');
  assert.equal(url.searchParams.get('egfr'), '20', 'the other entries stay in the URL');
  await page.locator('#source-kdigo2012').waitFor(); // the full build may still be loading: wait for the state
  await assertRevealed(page, 'source-kdigo2012');
  assert.match(await page.locator('#source-kdigo2012').textContent(), /Kidney Int Suppl 2013/);
  await closePage(page);
});

test('opening a source link directly, and citation links inside About, focus the source', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=about#source-jadidi2022');
  await assertRevealed(page, 'source-jadidi2022');

  // The evidence table's study names link to their sources in the same page.
  await page.locator('[data-testid=evidence-table] tr[data-source=gorantla2024] a').click();
  await page.waitForURL((u) => u.hash === '#source-gorantla2024');
  await assertRevealed(page, 'source-gorantla2024');
  assert.equal(new URL(page.url()).searchParams.get('view'), 'about');

  // By keyboard: Enter on a citation link.
  await page.locator('section[aria-labelledby=about-limits] a[href="#source-evm2003"]').focus();
  await page.keyboard.press('Enter');
  await assertRevealed(page, 'source-evm2003');
  await closePage(page);
});

test('every source is listed with its anchor, full citation and tabindex -1', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=about');
  const listed = await page.locator('.source-list > li').evaluateAll((els) =>
    els.map((e) => ({ id: e.id, tabindex: e.getAttribute('tabindex'), len: e.textContent.length })));
  assert.deepEqual(listed.map((s) => s.id), SOURCE_IDS.map((id) => `source-${id}`));
  for (const s of listed) {
    assert.equal(s.tabindex, '-1', s.id);
    assert.ok(s.len > 40, `${s.id} has a full citation`);
  }
  assert.match(await page.locator('#source-jadidi2022').textContent(), /doi:10\.1186\/s12906-022-03814-8/);
  await closePage(page);
});

test('evidence table, honest verdict, limits, how it works, privacy and disclaimer', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=about');
  const table = page.locator('table[data-testid=evidence-table]');
  assert.deepEqual(
    (await table.locator('thead th').allTextContents()).map((s) => s.trim()),
    ['Study', 'Design', 'People', 'Dose', 'Duration', 'Result', 'Strength of evidence'],
  );
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.source));
  assert.deepEqual(rows, ['hornyak1998', 'jadidi2022', 'gorantla2024', 'marshall2019', 'aasm2024']);
  const jadidi = await table.locator('tr[data-source=jadidi2022]').textContent();
  assert.match(jadidi, /250 mg magnesium oxide/);
  assert.match(jadidi, /75/);
  assert.match(jadidi, /200 mg/, 'the seed article\'s figure is shown as corrected');
  assert.match(await table.locator('tr[data-source=hornyak1998]').textContent(), /10[\s\S]*Very low/);

  const text = await page.locator('main').textContent();
  for (const re of [
    /does not recommend magnesium/, /iron first/, /acetylcholine/,
    /350 mg a day/, /250 mg a day from age 4/, /set of the region chosen on the Dose screen/, /EVM 2003/,
    /does not diagnose/i, /does not replace your doctor/, /never goes above your target/, /whole tablets or capsules/,
    /NIH Office of Dietary Supplements/, /Nothing you enter is sent anywhere/, /No cookies, no analytics/,
    /Remember my entries on this device/, /not medical advice/,
  ]) {
    assert.match(text, re);
  }
  assert.equal(await page.locator('[data-testid=eu-ul]').getAttribute('data-mg'), '250');
  // The wide table scrolls inside a keyboard-reachable region on a phone.
  const region = page.locator('.table-scroll');
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.equal(await region.getAttribute('role'), 'region');
  await closePage(page);
});
