// The report for the clinician (view=report, `[data-testid=report]`, docs/contract.md §5): the
// person's entries, quiz result, labs against their ranges, the plan and the day's timeline,
// every finding with its source, and — when a diary exists — the trial chart and verdict; the
// same as plain text through "Copy as text"; at most 2 printed pages on A4 and on Letter; works
// offline; axe 0.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';
import { helpsDiary, importDiary, readVerdict, waitForCount } from './diary.mjs';

// Many findings (kidney monitoring, low ferritin, two interactions), a plan with a first week, a
// finished quiz, lifestyle measures: the fullest report a person can have.
const PERSON =
  'age=62&sex=female&form=citrate&unit_mg=100&target=300&egfr=45&ferritin=40&tsat=15&serum=2.1' +
  '&meds=levothyroxine@07:00,iron@13:00,ppi&quiz=urge:y,rest:y,move:y,evening:y,mimic:n&lifestyle=walk,stretch,caffeine';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

async function openReport(page, search = PERSON) {
  await openApp(app, page, `?view=report&${search}`);
  await page.locator('[data-testid=report]').waitFor();
}

/** Findings and timeline of a view, through the contract's hooks. */
function readPlan(page, scope) {
  return page.locator(scope).evaluate((root) => ({
    findings: [...root.querySelectorAll('[data-testid=finding]')].map((f) => `${f.dataset.rule} ${f.dataset.severity}`),
    schedule: [...root.querySelectorAll('[data-testid=schedule-item]')].map((e) => `${e.dataset.time} ${e.dataset.kind} ${e.dataset.med ?? e.dataset.mg ?? ''}`),
    dose: root.querySelector('[data-testid=daily-dose]')?.dataset.mg,
  }));
}

/** Imports the `helps` diary on the Trial view, then opens the report. */
async function withDiary(page, search = PERSON) {
  await openApp(app, page, `?view=trial&${search}`);
  const diary = helpsDiary();
  await importDiary(page, diary.file);
  await waitForCount(page, diary.valid.length);
  await openReport(page, search);
  return diary;
}

test('the report holds the entries, quiz, labs, plan, timeline and every finding with its source', async () => {
  const page = await newPage(app);
  await openApp(app, page, `?${PERSON}`);
  await page.locator('[data-testid=daily-dose]').waitFor();
  const dose = await readPlan(page, 'main');
  assert.ok(dose.findings.length >= 4 && dose.schedule.length >= 3, JSON.stringify(dose));

  await openReport(page);
  const report = page.locator('[data-testid=report]');
  assert.deepEqual(await readPlan(page, '[data-testid=report]'), dose, 'the same findings, timeline and dose as the Dose view');
  for (const finding of await report.locator('[data-testid=finding]').all()) {
    assert.match(await finding.textContent(), /Source/, `${await finding.getAttribute('data-rule')} shows its source`);
  }
  const quiz = report.locator('[data-testid=report-quiz]');
  assert.equal(await quiz.getAttribute('data-outcome'), 'likely');
  assert.equal(await quiz.getAttribute('data-criteria-met'), '5');
  for (const [lab, value] of [['egfr', '45'], ['ferritin', '40'], ['tsat', '15'], ['serum', '2.1']]) {
    const row = report.locator(`[data-testid=report-lab][data-lab=${lab}]`);
    assert.equal(await row.getAttribute('data-value'), value, lab);
    assert.match(await row.textContent(), /\d/, `${lab} shown against its range`);
  }
  const text = await report.textContent();
  assert.match(text, /62/, 'age');
  assert.match(text, /citrate/i, 'the product');
  assert.match(text, /first week/i, 'the plan’s first week');
  assert.equal(await report.locator('[data-testid=trial-verdict]').count(), 0, 'no verdict without a diary');
  await closePage(page);
});

test('with a diary, the report shows the trial chart and the same verdict as the Trial view', async () => {
  const page = await newPage(app);
  const diary = await withDiary(page);
  const report = page.locator('[data-testid=report]');
  assert.deepEqual(await readVerdict(page), diary.verdict);
  await report.locator('svg[data-testid=trial-chart]').waitFor();
  assert.ok((await report.locator('[data-testid=finding]').count()) >= 4);
  await closePage(page);
});

test('"Copy as text" gives the same report as plain text', async () => {
  const page = await newPage(app);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const diary = await withDiary(page);
  await page.locator('[data-testid=report-copy]').click();
  await page.locator('[data-testid=report-copy-status]').waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(!/<[a-z]/i.test(text), 'plain text, no markup');
  for (const n of [diary.verdict.baseline, diary.verdict.recent, diary.verdict.change]) assert.ok(text.includes(n), n);
  const report = page.locator('[data-testid=report]');
  for (const f of await report.locator('[data-testid=finding]').all()) {
    const first = (await f.locator('p').first().textContent()).trim().slice(0, 40);
    assert.ok(text.includes(first), `finding ${await f.getAttribute('data-rule')}: ${first}`);
  }
  for (const e of await report.locator('[data-testid=schedule-item]').all()) {
    assert.ok(text.includes(await e.getAttribute('data-time')), 'timeline times');
  }
  assert.match(text, /likely/i, 'quiz result');
  assert.match(text, /45/, 'eGFR');
  await closePage(page);
});

/** Pages in a PDF made by Chromium (one `/Type /Page` object per page). */
const pdfPages = (pdf) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g).length;

test('the report prints on at most 2 pages, A4 and Letter, without the navigation and buttons', async () => {
  const page = await newPage(app);
  await withDiary(page);
  for (const format of ['A4', 'Letter']) {
    const pages = pdfPages(await page.pdf({ format, printBackground: true }));
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
  }
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['nav', '[data-testid=report-copy]']) {
    const visible = await page.locator(sel).first().isVisible().catch(() => false);
    assert.equal(visible, false, `${sel} hidden in print`);
  }
  assert.ok(await page.locator('[data-testid=report]').isVisible());
  await closePage(page);
});

test('a dozen medicines, every lab and a diary still print on at most 2 pages', async () => {
  const page = await newPage(app);
  const many = 'age=62&sex=female&form=citrate&unit_mg=100&target=300&egfr=50&ferritin=40&tsat=15&serum=2.1&gi=1' +
    // Each medicine at one stated time: a dozen classes, as many timeline rows as before the assumed doses.
    '&meds=levothyroxine,iron,ppi,gabapentin@21:00,thiazide,digoxin,zinc,quinolone@08:00,tetracycline@09:00,bisphosphonate,loop_diuretic,potassium_sparing,mycophenolate@10:00' +
    '&quiz=urge:y,rest:y,move:y,evening:y,mimic:n&lifestyle=walk,stretch,caffeine';
  await withDiary(page, many);
  assert.ok((await page.locator('[data-testid=finding]').count()) >= 19);
  for (const format of ['A4', 'Letter']) {
    const pages = pdfPages(await page.pdf({ format, printBackground: true }));
    assert.ok(pages >= 1 && pages <= 2, `${format}: ${pages} pages`);
  }
  await closePage(page);
});

test('the report works offline, diary included', async () => {
  const page = await newPage(app);
  const diary = await withDiary(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('[data-testid=report]').waitFor();
  assert.deepEqual(await readVerdict(page), diary.verdict);
  assert.ok((await page.locator('[data-testid=report] [data-testid=finding]').count()) >= 4);
  await page.context().setOffline(false);
  await closePage(page);
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('axe: the report, empty and full, light and dark, and at 320 px without sideways scrolling', async () => {
  const found = [];
  for (const [label, search, options] of [
    ['empty', 'theme=light', {}],
    ['light', `${PERSON}&theme=light`, {}],
    ['dark', `${PERSON}&theme=dark`, {}],
    ['320px', `${PERSON}&theme=dark`, { viewport: { width: 320, height: 640 } }],
  ]) {
    const page = await newPage(app, options);
    if (label === 'empty') await openReport(page, search);
    else await withDiary(page, search);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of result.violations) for (const n of v.nodes) found.push(`${label}: ${v.id} ${n.target.join(' ')} ${n.failureSummary}`);
    const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    if (sw > cw) found.push(`${label}: the page scrolls sideways (${sw} > ${cw})`);
    await closePage(page);
  }
  assert.deepEqual(found, [], found.join('\n'));
});
