// The Trial and Report screens under the Dose screen's evaluation (docs/medical-reference.md §8b,
// docs/contract.md §4): a stop finding blocks a trial with magnesium ([data-testid=trial-blocked]
// with data-rule) and offers a symptom diary without an amount field; an amount above the
// region's limit gets a message at the entry and in the verdict; the "helps" advice names the
// clinician and iron; the morning entry's amount is the previous evening's; a failed write is
// said beside its button with the focus there; Merge never overwrites a day saved after the
// preview without asking.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';
import {
  addDays, enterDay, helpsDiary, importDiary, readVerdict, stored, storedByDate, STORAGE_KEY, today, waitForCount,
} from './diary.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

/** Opens the Trial screen for `person` and waits until storage has been read. */
async function openTrial(page, person) {
  await openApp(app, page, `?view=trial&${person}`);
  await page.locator('[data-testid=trial-start], [data-testid=trial-start-diary], [data-testid=trial-days]').first().waitFor();
}

test('eGFR 25: the stop is shown, no trial with magnesium, a symptom diary without an amount field', async () => {
  const page = await newPage(app);
  await openTrial(page, 'age=60&sex=female&egfr=25&ckd=yes');
  const blocked = page.locator('[data-testid=trial-blocked]');
  assert.deepEqual(await blocked.evaluateAll((els) => els.map((e) => e.dataset.rule)), ['kidney-stop']);
  const text = await blocked.textContent();
  assert.match(text, /25/, 'the finding\'s own text, with the eGFR');
  assert.match(text, /KDIGO/, 'its source');
  assert.equal(await page.locator('[data-testid=trial-start]').count(), 0, 'no trial with magnesium');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored yet');

  await page.locator('[data-testid=trial-start-diary]').click();
  await waitForCount(page, 0);
  assert.equal(await page.locator('#trial-mg').count(), 0, 'no amount field');
  assert.equal(await page.locator('[data-testid=trial-blocked][data-rule=kidney-stop]').count(), 1, 'the stop stays in view');
  const day = await today(page);
  await enterDay(page, { date: day, symptoms: 6, sleep: 4 });
  await waitForCount(page, 1);
  assert.deepEqual((await storedByDate(page))[day], { date: day, symptoms: 6, sleep: 4, magnesium_mg: 0, gi: false, note: '' });
  assert.equal(await page.locator('[data-testid=trial-calendar]').count(), 0, 'no magnesium calendar');
  await closePage(page);
});

test('raltegravir, heart block, myasthenia, serum above 2.5 mg/dL and age 16 block the trial too', async () => {
  const cases = [
    ['meds=raltegravir', 'interaction-raltegravir'],
    ['conditions=heart_block', 'heart-block'],
    ['conditions=myasthenia', 'myasthenia'],
    ['serum=2.6', 'serum-high'],
    ['age=16', 'under-18'],
  ];
  const page = await newPage(app);
  for (const [person, rule] of cases) {
    await openTrial(page, person);
    const rules = await page.locator('[data-testid=trial-blocked]').evaluateAll((els) => els.map((e) => e.dataset.rule));
    assert.deepEqual(rules, [rule], person);
    assert.equal(await page.locator('[data-testid=trial-start]').count(), 0, `${person}: no trial with magnesium`);
    assert.equal(await page.locator('[data-testid=trial-start-diary]').count(), 1, `${person}: a symptom diary`);
  }
  // Both sides: an adult with serum 2.5 mg/dL and eGFR 30 may start a trial.
  await openTrial(page, 'age=18&serum=2.5&egfr=30&ckd=yes');
  assert.equal(await page.locator('[data-testid=trial-blocked]').count(), 0);
  assert.equal(await page.locator('[data-testid=trial-start]').count(), 1);
  await closePage(page);
});

test('an amount above the limit gets a message at the entry, on saving, and in the verdict', async () => {
  const page = await newPage(app);
  // US adult limit 350 mg/day, 100 mg a day from other products.
  await openTrial(page, 'age=50&sex=female&target=200&other_mg=100');
  await page.locator('#trial-baseline').setChecked(false);
  await page.locator('[data-testid=trial-start]').click();
  await waitForCount(page, 0);
  const warning = page.locator('[data-testid=trial-amount-warning]');
  await page.locator('#trial-mg').fill('250');
  assert.equal(await warning.count(), 0, '250 + 100 = 350: at the limit');
  await page.locator('#trial-mg').fill('260');
  await warning.waitFor();
  assert.equal(await warning.getAttribute('data-kind'), 'above-limit');
  assert.match(await warning.textContent(), /260 mg plus 100 mg a day from other products is 360 mg a day, which is above the 350 mg\/day/);
  assert.match(await page.locator('#trial-mg').getAttribute('aria-describedby'), /trial-mg-warning/);
  const day = await today(page);
  await enterDay(page, { date: day, symptoms: 5, sleep: 5 });
  await waitForCount(page, 1);
  assert.match(await page.locator('[data-testid=trial-status]').textContent(), /Saved .*above the 350 mg\/day/);
  const note = page.locator('[data-testid=trial-verdict] [data-testid=trial-safety-note]');
  await note.waitFor();
  assert.match(await note.textContent(), /On 1 day the diary records more magnesium \(with the 100 mg a day from other products\) than the 350 mg\/day/);
  await closePage(page);
});

test('the helps verdict: keep the plan only with the clinician, and have iron checked (Trial and Report)', async () => {
  const page = await newPage(app);
  await openTrial(page, 'age=50&sex=female&target=300');
  const diary = helpsDiary();
  await importDiary(page, diary.file);
  await waitForCount(page, diary.valid.length);
  assert.equal((await readVerdict(page)).outcome, 'helps');
  const text = await page.locator('[data-testid=trial-verdict]').textContent();
  assert.match(text, /only if your clinician knows and agrees/);
  assert.match(text, /ferritin and transferrin saturation/);
  assert.match(text, /not been checked this year/);
  assert.doesNotMatch(text, /keep the same dose/i);
  const lead = await page.locator('.view-trial .lead').textContent();
  assert.match(lead, /shows how you respond/);
  assert.match(lead, /cannot settle whether magnesium works/);

  await page.locator('nav a[data-view=report]').click();
  const report = page.locator('[data-testid=report] [data-testid=trial-verdict]');
  await report.waitFor();
  assert.match(await report.textContent(), /only if your clinician knows and agrees.*ferritin/s);
  await closePage(page);
});

test('the morning entry rates the night before: the first amount on the morning after the first magnesium evening', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=about');
  const day = await today(page);
  const seed = (start) => page.evaluate(({ key, value }) => localStorage.setItem(key, JSON.stringify(value)), {
    key: STORAGE_KEY,
    value: { format: 'mg-rls-diary', version: 1, entries: [], trial: { start, baseline_days: 7, start_low_mg: 100, full_mg: 300 } },
  });
  // Started 7 days ago with 7 baseline evenings: last evening was the 7th, still without.
  await seed(addDays(day, -7));
  await openTrial(page, '');
  await waitForCount(page, 0);
  assert.equal(await page.locator('#trial-date').inputValue(), day);
  assert.equal(await page.locator('#trial-mg').inputValue(), '0', '7th baseline evening');
  // Started 8 days ago: last evening was the first with magnesium; its morning is today.
  await seed(addDays(day, -8));
  await page.reload();
  await waitForCount(page, 0);
  assert.equal(await page.locator('#trial-mg').inputValue(), '100', 'the first magnesium evening, rated this morning');
  await page.locator('#trial-date').fill(addDays(day, -1));
  await page.locator('#trial-date').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#trial-mg').value === '0');
  await closePage(page);
});

test('a failed save says so beside the button, with the focus there; the earlier "Saved" text goes', async () => {
  const page = await newPage(app);
  await openTrial(page, 'age=50&sex=female&target=300');
  await page.locator('[data-testid=trial-start]').click();
  await waitForCount(page, 0);
  const day = await today(page);
  await enterDay(page, { date: day, symptoms: 5, sleep: 5, mg: 0 });
  await waitForCount(page, 1);
  await page.locator('[data-testid=trial-status]', { hasText: 'Saved' }).waitFor();
  // Storage full from now on.
  await page.evaluate(() => {
    Storage.prototype.setItem = function setItem() { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  });
  await page.locator(`[data-testid=trial-day][data-date="${day}"] [data-testid=trial-edit]`).click();
  await page.locator('input[name=trial-symptoms][value="3"]').check();
  await page.locator('[data-testid=trial-save]').click();
  const failed = page.locator('[data-testid=trial-write-failed][data-control=save]');
  await failed.waitFor();
  assert.match(await failed.textContent(), /Not saved/);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'trial-write-failed');
  assert.equal(await page.locator('[data-testid=trial-status]').textContent(), '', 'no "Saved" beside a failed save');
  const sameRow = await failed.evaluate((el) => el.parentElement.querySelector('[data-testid=trial-save]') !== null);
  assert.ok(sameRow, 'beside "Save changes"');
  assert.equal((await storedByDate(page))[day].symptoms, 5, 'nothing was stored');
  await closePage(page);
});

test('a failed "Delete all" after the trial started (storage blocked at start-up) says so beside it', async () => {
  const page = await newPage(app);
  await openTrial(page, 'age=50&sex=female&target=300');
  await page.locator('[data-testid=trial-start]').click();
  await waitForCount(page, 0);
  await page.context().addInitScript(() => {
    Storage.prototype.removeItem = function removeItem() { throw new DOMException('blocked', 'SecurityError'); };
  });
  await page.reload();
  await waitForCount(page, 0);
  await page.locator('[data-testid=trial-delete-all]').click();
  await page.locator('[data-testid=trial-delete-all-confirm]').click();
  const failed = page.locator('[data-testid=trial-write-failed][data-control=delete-all]');
  await failed.waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset.control === 'delete-all');
  assert.ok(await failed.evaluate((el) => el.parentElement.querySelector('[data-testid=trial-delete-all-confirm]') !== null));
  assert.ok(await stored(page), 'the diary is still there');
  await closePage(page);
});

test('Merge re-reads storage: a day saved after the preview is not overwritten without asking', async () => {
  const page = await newPage(app);
  await openTrial(page, 'age=50&sex=female&target=300');
  await page.locator('[data-testid=trial-start]').click();
  await waitForCount(page, 0);
  const day = addDays(await today(page), -2);
  const file = { format: 'mg-rls-diary', version: 1, entries: [{ date: day, symptoms: 9, sleep: 1, magnesium_mg: 0, gi: false, note: 'from the file' }] };
  await importDiary(page, file, { confirm: false });
  // The preview is open; the same day is saved in the form meanwhile.
  await enterDay(page, { date: day, symptoms: 2, sleep: 8, mg: 0, note: 'typed here' });
  await waitForCount(page, 1);
  await page.locator('[data-testid=trial-import-confirm]').click();
  const conflict = page.locator('[data-testid=trial-merge-conflict]');
  await conflict.waitFor();
  assert.match(await conflict.textContent(), new RegExp(`${day}: saved symptoms 2`));
  assert.equal((await storedByDate(page))[day].note, 'typed here', 'not overwritten before the answer');
  await page.locator('[data-testid=trial-merge-keep]').click();
  await page.locator('[data-testid=trial-import-preview]').waitFor({ state: 'detached' });
  assert.equal((await storedByDate(page))[day].note, 'typed here', 'the saved day kept');
  await closePage(page);
});
