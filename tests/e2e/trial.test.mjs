// The trial diary (view=trial): opt-in start, morning entries kept across reloads, offline and an
// app update; import of the contract's diary file with a merge preview and the verdict of the
// contract's rule on hand-built diaries; export then import gives the same data; a corrupt stored
// entry is reported and the rest survive; two tabs never overwrite each other; embed mode offers
// no trial; axe 0; no network request and no cookie. Contract: docs/contract.md §4.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { AxeBuilder } from '@axe-core/playwright';
import { closePage, DIST, newPage, openApp, ROOT, startApp, stopApp } from './helpers.mjs';
import { startServer } from './serve.mjs';
import {
  addDays, dates, dayCount, download, enterDay, helpsDiary, importDiary, noBaselineDiary, noBenefitDiary,
  readVerdict, stored, storedByDate, STORAGE_KEY, today, tooEarlyDiary, unclearDiary, waitForCount,
} from './diary.mjs';

const run = promisify(execFile);
const PLAN = 'age=50&sex=female&target=300';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

async function openTrial(page, extra = PLAN) {
  await openApp(app, page, `?view=trial&${extra}`);
}

/** Starts a trial (with the suggested baseline unless `baseline` is false). */
async function start(page, { baseline = true } = {}) {
  const box = page.locator('#trial-baseline');
  if ((await box.count()) && (await box.isChecked()) !== baseline) await box.setChecked(baseline);
  await page.locator('[data-testid=trial-start]').click();
  await waitForCount(page, 0);
}

test('opt-in: nothing is stored until "Start a trial"; storage persistence is asked for then', async () => {
  const page = await newPage(app);
  await page.context().addInitScript(() => {
    window.persistCalls = 0;
    if (navigator.storage?.persist) {
      const persist = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => { window.persistCalls += 1; return persist(); };
    }
  });
  await openTrial(page);
  await page.locator('[data-testid=trial-start]').waitFor();
  // Navigating around stores nothing either.
  await page.locator('nav a[data-view=trial]').waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored before the start');
  assert.equal(await page.evaluate(() => window.persistCalls), 0);
  assert.equal(await page.locator('#trial-date').count(), 0, 'no entry form before the start');

  await start(page);
  assert.equal(await page.evaluate(() => window.persistCalls), 1, 'navigator.storage.persist() requested once');
  const diary = await stored(page);
  assert.equal(diary.format, 'mg-rls-diary');
  assert.equal(diary.version, 1);
  assert.deepEqual(diary.entries, []);
  // The suggested 7-day baseline: no magnesium today, so the amount is prefilled with 0.
  assert.equal(await page.locator('#trial-date').inputValue(), await today(page));
  assert.equal(await page.locator('#trial-mg').inputValue(), '0');
  await closePage(page);
});

test('without a baseline, the amount is prefilled from the plan from the morning after the first evening', async () => {
  const page = await newPage(app);
  await openApp(app, page, `?${PLAN}`);
  const daily = Number(await page.locator('[data-testid=daily-dose]').getAttribute('data-mg'));
  await openTrial(page);
  await start(page, { baseline: false });
  // This morning rates the evening before the trial: nothing is assumed.
  assert.equal(await page.locator('#trial-mg').inputValue(), '');
  // Tomorrow morning rates the trial's first evening: the plan's first amount (the date field
  // accepts it for the prefill, saving refuses a future date).
  await page.locator('#trial-date').fill(addDays(await today(page), 1));
  await page.waitForFunction(() => document.querySelector('#trial-mg').value !== '');
  const prefilled = Number(await page.locator('#trial-mg').inputValue());
  assert.ok(prefilled > 0 && prefilled <= daily, `prefilled ${prefilled} mg, plan ${daily} mg`);
  await closePage(page);
});

test('enter, edit and delete days; reload and offline reload keep them; missed days stay empty', async () => {
  const page = await newPage(app);
  await openTrial(page);
  await start(page);
  const day0 = await today(page);
  const day1 = addDays(day0, -1);
  const day3 = addDays(day0, -3);
  await enterDay(page, { date: day0, symptoms: 6, sleep: 4, mg: 0, note: 'Restless after a late coffee' });
  await waitForCount(page, 1);
  await enterDay(page, { date: day1, symptoms: 7, sleep: 3, mg: 0 });
  await waitForCount(page, 2);
  await enterDay(page, { date: day3, symptoms: 8, sleep: 2, mg: 0, gi: true });
  await waitForCount(page, 3);
  // day 2 was missed: it stays empty, never guessed.
  assert.equal(await page.locator(`[data-testid=trial-day][data-date="${addDays(day0, -2)}"]`).count(), 0);

  // Edit: the form loads the day; saving the same date replaces it.
  await page.locator(`[data-testid=trial-day][data-date="${day0}"] [data-testid=trial-edit]`).click();
  assert.equal(await page.locator('#trial-date').inputValue(), day0);
  assert.ok(await page.locator('input[name=trial-symptoms][value="6"]').isChecked());
  assert.equal(await page.locator('#trial-note').inputValue(), 'Restless after a late coffee');
  await page.locator('input[name=trial-symptoms][value="5"]').check();
  await page.locator('[data-testid=trial-save]').click();
  await page.waitForFunction(({ key, date }) => JSON.parse(localStorage.getItem(key)).entries.some((e) => e.date === date && e.symptoms === 5), { key: STORAGE_KEY, date: day0 });
  assert.equal(await dayCount(page), 3);

  // Delete asks first; then the day is gone.
  await page.locator(`[data-testid=trial-day][data-date="${day1}"] [data-testid=trial-delete]`).click();
  assert.equal(await dayCount(page), 3, 'not deleted before confirming');
  await page.locator(`[data-testid=trial-day][data-date="${day1}"] [data-testid=trial-delete-confirm]`).click();
  await waitForCount(page, 2);

  // An invalid note is refused at its field; nothing else changes.
  await page.locator('#trial-date').fill(addDays(day0, -5));
  await page.locator('input[name=trial-symptoms][value="3"]').check();
  await page.locator('#trial-note').fill('x'.repeat(501));
  await page.locator('[data-testid=trial-save]').click();
  await page.locator('[data-testid=field-error][data-field=trial-note]').waitFor();
  assert.equal(await dayCount(page), 2);

  const expected = await storedByDate(page);
  assert.deepEqual(Object.keys(expected).sort(), [day3, day0]);
  assert.deepEqual(expected[day0], { date: day0, symptoms: 5, sleep: 4, magnesium_mg: 0, gi: false, note: 'Restless after a late coffee' });
  assert.deepEqual(expected[day3], { date: day3, symptoms: 8, sleep: 2, magnesium_mg: 0, gi: true, note: '' });

  await page.reload();
  await waitForCount(page, 2);
  assert.deepEqual(await storedByDate(page), expected);
  assert.match(await page.locator(`[data-testid=trial-day][data-date="${day0}"]`).textContent(), /late coffee/);

  // Offline: the service worker serves the app; the diary is still there.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.context().setOffline(true);
  await page.reload();
  await waitForCount(page, 2);
  assert.deepEqual(await storedByDate(page), expected);
  await enterDay(page, { date: addDays(day0, -4), symptoms: 6, sleep: 5, mg: 0 });
  await waitForCount(page, 3);
  await page.context().setOffline(false);
  await closePage(page);
});

test('import the contract format: a preview, then the verdict of the contract rule', async () => {
  const cases = [helpsDiary(), noBenefitDiary(), unclearDiary(), tooEarlyDiary(), noBaselineDiary()];
  for (const diary of cases) {
    const page = await newPage(app);
    await openTrial(page);
    // Importing is a way to start: a diary moved from another device.
    await importDiary(page, diary.file, { confirm: false });
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null, 'nothing stored before confirming');
    const preview = page.locator('[data-testid=trial-import-preview]');
    assert.equal(await preview.getAttribute('data-added'), String(diary.valid.length));
    assert.equal(await preview.getAttribute('data-invalid'), String(diary.invalidDates?.length ?? 0));
    for (const date of diary.invalidDates ?? []) assert.match(await preview.textContent(), new RegExp(date));
    await page.locator('[data-testid=trial-import-confirm]').click();
    await waitForCount(page, diary.valid.length);
    assert.deepEqual(await readVerdict(page), diary.verdict, diary.verdict.outcome);
    const text = await page.locator('[data-testid=trial-verdict]').textContent();
    if (['helps', 'unclear', 'no-benefit'].includes(diary.verdict.outcome)) {
      assert.match(text, /placebo/i, 'says a single trial cannot rule out placebo');
    }
    if (diary.verdict.outcome === 'no-benefit') assert.match(text, /iron/i, 'what to do next: ask about iron');
    await closePage(page);
  }
});

test('the chart: accessible SVG with phases, 7-day mean and a data table for screen readers', async () => {
  const page = await newPage(app);
  await openTrial(page);
  const diary = helpsDiary();
  await importDiary(page, diary.file);
  await waitForCount(page, diary.valid.length);
  const chart = page.locator('svg[data-testid=trial-chart]');
  await chart.waitFor();
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.ok(await chart.evaluate((svg) => svg.querySelector('title')?.textContent.trim().length > 0), 'the chart has a title');
  // Each series' marks are one path; data-points counts them.
  const counts = await chart.evaluate((svg) => {
    const points = (series) => [...svg.querySelectorAll(`[data-series=${series}]`)].reduce((n, e) => n + Number(e.dataset.points), 0);
    return {
      symptoms: points('symptoms'),
      sleep: points('sleep'),
      mean: svg.querySelectorAll('[data-series=symptoms-mean]').length,
      phases: [...svg.querySelectorAll('[data-phase]')].map((e) => e.getAttribute('data-phase')),
      doses: points('dose'),
      paths: svg.querySelectorAll('path[data-series]').length,
    };
  });
  const rated = diary.valid.filter((e) => e.symptoms !== null);
  assert.equal(counts.symptoms, rated.length, 'one point per rated day, none for missed days');
  assert.equal(counts.sleep, diary.valid.filter((e) => e.sleep !== null).length);
  assert.ok(counts.mean >= 1, 'the 7-day mean line');
  assert.ok(counts.phases.includes('baseline') && counts.phases.includes('magnesium'), counts.phases.join());
  assert.equal(counts.doses, diary.valid.filter((e) => e.magnesium_mg > 0).length, 'doses marked');
  assert.equal(counts.paths, 3, 'one path a series, not an element a day');
  // The table shows the latest 28 days and pages the rest.
  const rows = page.locator('table[data-testid=trial-table] tbody tr');
  assert.equal(await rows.count(), 28);
  await page.locator('[data-testid=trial-more-days]').click();
  await page.waitForFunction((n) => document.querySelectorAll('table[data-testid=trial-table] tbody tr').length === n, diary.valid.length);
  assert.equal(await page.locator('[data-testid=trial-more-days]').count(), 0);
  await closePage(page);
});

test('export JSON then import gives the same data; CSV export; merge preview on a non-empty diary', async () => {
  const page = await newPage(app);
  await openTrial(page);
  const diary = helpsDiary();
  await importDiary(page, diary.file);
  await waitForCount(page, diary.valid.length);
  const verdict = await readVerdict(page);

  const json = await download(page, '[data-testid=trial-export-json]');
  assert.match(json.name, /\.json$/);
  const exported = JSON.parse(json.text);
  assert.equal(exported.format, 'mg-rls-diary');
  assert.equal(exported.version, 1);
  assert.deepEqual(exported.entries, diary.valid, 'every valid entry, as imported, sorted by date');

  const csv = await download(page, '[data-testid=trial-export-csv]');
  assert.match(csv.name, /\.csv$/);
  const lines = csv.text.trim().split(/\r?\n/);
  assert.match(lines[0], /date/i);
  assert.equal(lines.length, 1 + diary.valid.length);

  // Another "device": import the exported file, export again.
  const other = await newPage(app);
  await openTrial(other);
  await importDiary(other, Buffer.from(json.text));
  await waitForCount(other, diary.valid.length);
  assert.deepEqual(await readVerdict(other), verdict);
  assert.deepEqual(JSON.parse((await download(other, '[data-testid=trial-export-json]')).text), exported);

  // Merge by date: one unchanged, one changed, two new; the preview says so before anything changes.
  const [first, second] = diary.valid;
  const update = {
    format: 'mg-rls-diary',
    version: 1,
    entries: [first, { ...second, symptoms: 0, note: 'changed on the phone' }, { ...first, date: '2025-11-01' }, { ...first, date: '2025-11-02' }],
  };
  const before = await stored(other);
  await importDiary(other, update, { confirm: false });
  const preview = other.locator('[data-testid=trial-import-preview]');
  assert.deepEqual(
    await preview.evaluate((e) => [e.dataset.added, e.dataset.changed, e.dataset.unchanged]),
    ['2', '1', '1'],
  );
  assert.match(await preview.textContent(), new RegExp(second.date), 'the changed day is named');
  assert.deepEqual(await stored(other), before, 'nothing changes before confirming');
  await other.locator('[data-testid=trial-import-confirm]').click();
  await waitForCount(other, diary.valid.length + 2);
  const merged = await storedByDate(other);
  assert.equal(merged[second.date].symptoms, 0);
  assert.equal(merged[second.date].note, 'changed on the phone');

  // Delete all, with confirmation.
  await other.locator('[data-testid=trial-delete-all]').click();
  assert.equal(await dayCount(other), diary.valid.length + 2, 'not before confirming');
  await other.locator('[data-testid=trial-delete-all-confirm]').click();
  await other.locator('[data-testid=trial-start]').waitFor();
  assert.equal(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), null);
  await closePage(other);
  await closePage(page);
});

test('the trial moves to another device by file and carries on there without the Dose entries', async () => {
  const page = await newPage(app);
  await openTrial(page);
  await start(page);
  const day0 = await today(page);
  await enterDay(page, { date: day0, symptoms: 6, sleep: 4, mg: 0 });
  await waitForCount(page, 1);
  const exported = JSON.parse((await download(page, '[data-testid=trial-export-json]')).text);
  assert.deepEqual([exported.trial.start, exported.trial.baseline_days], [day0, 7], 'the trial travels with the entries');
  assert.deepEqual([exported.trial.start_low_mg, exported.trial.full_mg], [100, 300], 'with the plan\'s amounts when it started');

  // A second device, opened as an installed app opens: no Dose entries in the address.
  const other = await newPage(app);
  await openApp(app, other, '?view=trial');
  await importDiary(other, exported);
  await waitForCount(other, 1);
  assert.match(await other.locator('[data-testid=trial-days]').textContent(), new RegExp(`Trial started ${day0}`));
  assert.equal((await stored(other)).trial.start, day0);
  // The morning after day 8 (the first evening with magnesium) there, with no Dose entries in
  // the address: the saved plan fills in the first dose.
  await other.locator('#trial-date').fill(addDays(day0, 8));
  assert.equal(await other.locator('#trial-mg').inputValue(), '100');
  await closePage(other);
  await closePage(page);

  // Weeks into the trial on a device with no plan: the amount taken last is prefilled, so the
  // morning entry keeps counting as a magnesium day.
  const third = await newPage(app);
  await openApp(app, third, '?view=trial');
  const start20 = addDays(day0, -20);
  const entries = dates(start20, 20).map((date, i) => ({ date, symptoms: 5, sleep: 5, magnesium_mg: i < 7 ? 0 : 300, gi: false, note: '' }));
  const file = { format: 'mg-rls-diary', version: 1, entries: [...entries, { ...entries[19], symptoms: 4 }, { ...entries[0], date: addDays(day0, 3) }], trial: { start: start20, baseline_days: 7 } };
  await importDiary(third, file, { confirm: false });
  const preview = third.locator('[data-testid=trial-import-preview]');
  assert.match(await preview.textContent(), new RegExp(`The entry for ${addDays(day0, 3)}: dated after today`), 'a future day is left out, said');
  assert.match(await third.locator('[data-testid=trial-import-repeated]').textContent(), new RegExp(entries[19].date), 'a repeated date is named');
  await third.locator('[data-testid=trial-import-confirm]').click();
  await waitForCount(third, 20);
  assert.equal(await third.locator('#trial-date').inputValue(), day0);
  assert.equal(await third.locator('#trial-mg').inputValue(), '300');
  await closePage(third);
});

test('a second device: the export carries the Dose entries and its report reads as on the first', async () => {
  const ENTRIES = 'age=60&sex=female&region=eu&form=citrate&unit_mg=100&ferritin=40&meds=levothyroxine@07:00&gi=1';
  const page = await newPage(app);
  await openTrial(page, ENTRIES);
  await start(page);
  const { file, valid } = helpsDiary();
  await importDiary(page, file);
  await waitForCount(page, valid.length);
  const exported = JSON.parse((await download(page, '[data-testid=trial-export-json]')).text);
  assert.ok(exported.inputs.includes('ferritin=40'), 'the export carries the Dose entries');
  assert.ok(!/(^|[?&])(view|embed|theme)=/.test(exported.inputs), 'but not the screen, embed or theme');
  await page.locator('nav a[data-view=report]').click();
  await page.locator('[data-testid=report] [data-testid=trial-verdict]').waitFor();
  const first = await page.locator('[data-testid=report]').innerText();

  // A fresh device opened on the Trial screen with no entries in its address.
  const other = await newPage(app);
  await openApp(app, other, '?view=trial');
  await importDiary(other, exported);
  await waitForCount(other, valid.length);
  await other.waitForURL((u) => u.searchParams.get('ferritin') === '40');
  assert.equal(new URL(other.url()).searchParams.get('view'), 'trial', 'still on the Trial screen');
  await other.locator('nav a[data-view=report]').click();
  await other.locator('[data-testid=report] [data-testid=trial-verdict]').waitFor();
  const second = await other.locator('[data-testid=report]').innerText();
  assert.equal(second, first, 'the same report on both devices');
  assert.match(second, /stomach upset/i, 'the stomach-upset days are in it');
  assert.doesNotMatch(second, /No dose suggested|Add details on the left/);

  // A device that already holds Dose entries keeps its own.
  const third = await newPage(app);
  await openApp(app, third, '?view=trial&age=40&sex=male');
  await importDiary(third, exported);
  await waitForCount(third, valid.length);
  assert.equal(new URL(third.url()).searchParams.get('age'), '40');
  assert.equal(new URL(third.url()).searchParams.get('ferritin'), null);
  await closePage(third);
  await closePage(other);
  await closePage(page);
});

test('by keyboard: Start moves to the morning form; Delete all says so and returns to the start', async () => {
  const page = await newPage(app, { viewport: { width: 390, height: 844 } });
  await openTrial(page);
  await page.locator('[data-testid=trial-start]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'entry-title');
  await enterDay(page, { date: await today(page), symptoms: 4, sleep: 6, mg: 0 });
  await waitForCount(page, 1);
  // A day saved without the amount is said not to count.
  await enterDay(page, { date: addDays(await today(page), -1), symptoms: 4, sleep: 6, mg: '' });
  await waitForCount(page, 2);
  assert.match(await page.locator('.status[role=status]').textContent(), /without the amount of magnesium/);
  // At 390 px, Edit and Delete are on screen without scrolling the table.
  const edit = page.locator('[data-testid=trial-edit]').first();
  const [box, table] = [await edit.boundingBox(), await page.locator('.table-scroll:has([data-testid=trial-table])').boundingBox()];
  assert.ok(box.x + box.width <= table.x + table.width, 'Edit is visible in the table box');
  const csv = await download(page, '[data-testid=trial-export-csv]');
  assert.ok(csv.text.startsWith('\uFEFFdate,'), 'a UTF-8 byte-order mark for spreadsheets');
  await page.locator('[data-testid=trial-delete-all]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=trial-delete-all-confirm]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'start-title');
  assert.match(await page.locator('[data-testid=trial-status]').textContent(), /All trial data was deleted/);
  await closePage(page);
});

test('stored text that is not a diary is kept aside when a trial starts, and can be downloaded', async () => {
  const page = await newPage(app);
  await openTrial(page);
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"mg-rls-diary","entries":[{"date":"2026-'), STORAGE_KEY);
  await page.reload();
  await page.locator('[data-testid=trial-storage-notice]').waitFor();
  await start(page);
  const kept = page.locator('[data-testid=trial-set-aside]');
  await kept.waitFor();
  const file = await download(page, '[data-testid=trial-export-set-aside]');
  assert.equal(file.text, '{"format":"mg-rls-diary","entries":[{"date":"2026-');
  assert.match(file.name, /unreadable\.txt$/);
  await closePage(page);
});

test('a file that is not a diary is refused with a message; nothing changes', async () => {
  const page = await newPage(app);
  await openTrial(page);
  await start(page);
  await enterDay(page, { symptoms: 4, sleep: 6, mg: 0 });
  await waitForCount(page, 1);
  const before = await stored(page);
  for (const bad of ['not json at all', '{"format":"something-else","version":1,"entries":[]}', '{"format":"mg-rls-diary","version":99,"entries":[]}']) {
    await page.locator('input[type=file][data-testid=trial-import]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.locator('[data-testid=field-error][data-field=trial-import]').waitFor();
    assert.equal(await page.locator('[data-testid=trial-import-confirm]').count(), 0, bad);
    assert.deepEqual(await stored(page), before, bad);
  }
  await closePage(page);
});

test('a corrupt stored entry is reported and skipped; the rest survive and it is never erased', async () => {
  const page = await newPage(app);
  await openTrial(page);
  const good = [
    { date: '2026-01-01', symptoms: 6, sleep: 4, magnesium_mg: 0, gi: false, note: '' },
    { date: '2026-01-03', symptoms: 5, sleep: 5, magnesium_mg: 0, gi: false, note: 'ok' },
  ];
  const bad = [{ date: '2026-01-02', symptoms: 'lots' }, 'garbage', { date: '2026-13-45', symptoms: 3 }];
  await page.evaluate(({ key, value }) => localStorage.setItem(key, JSON.stringify(value)), {
    key: STORAGE_KEY,
    value: { format: 'mg-rls-diary', version: 1, entries: [good[0], bad[0], bad[1], good[1], bad[2]] },
  });
  await page.reload();
  await waitForCount(page, 2);
  const notice = page.locator('[data-testid=trial-storage-notice]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /3/, 'says how many entries were skipped');
  assert.match(await notice.textContent(), /2026-01-02/, 'names the dated one');

  // A new entry is added; the unreadable ones stay stored as they were (nothing is ever erased).
  await enterDay(page, { date: '2026-01-04', symptoms: 4, sleep: 6, mg: 0 });
  await waitForCount(page, 3);
  const after = await stored(page);
  for (const e of [...good, ...bad]) assert.ok(after.entries.some((x) => JSON.stringify(x) === JSON.stringify(e)), JSON.stringify(e));
  assert.ok(after.entries.some((x) => x.date === '2026-01-04'));

  // A stored value that is not JSON at all is kept aside before anything is written.
  await page.evaluate((key) => localStorage.setItem(key, '{oops'), STORAGE_KEY);
  await page.reload();
  await page.locator('[data-testid=trial-storage-notice]').waitFor();
  await page.locator('[data-testid=trial-start], #trial-date').first().waitFor();
  if (await page.locator('[data-testid=trial-start]').count()) await page.locator('[data-testid=trial-start]').click();
  await enterDay(page, { date: '2026-01-05', symptoms: 4, sleep: 6, mg: 0 });
  await waitForCount(page, 1);
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), STORAGE_KEY), '{oops');

  // A diary saved by a newer version is left untouched.
  const newer = JSON.stringify({ format: 'mg-rls-diary', version: 99, entries: [{ date: '2026-01-01', future: true }] });
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: newer });
  await page.reload();
  await page.locator('[data-testid=trial-storage-notice]').waitFor();
  assert.equal(await page.locator('[data-testid=trial-save]').count(), 0, 'no writing over a newer diary');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), newer);
  await closePage(page);
});

test('two tabs never overwrite each other: different days both kept, the same day asks first', async () => {
  const a = await newPage(app);
  await openTrial(a);
  await start(a);
  const b = await a.context().newPage();
  b.errors = [];
  b.on('pageerror', (err) => b.errors.push(err.message));
  await openTrial(b);
  await waitForCount(b, 0);
  const day0 = await today(a);

  await enterDay(a, { date: addDays(day0, -1), symptoms: 6, sleep: 4, mg: 0 });
  await enterDay(b, { date: addDays(day0, -2), symptoms: 7, sleep: 3, mg: 0 });
  // Each tab hears of the other's entry (the storage event) and shows both.
  await waitForCount(a, 2);
  await waitForCount(b, 2);

  // Even a write that tab B has not heard of survives: B re-reads before it writes.
  await b.evaluate(({ key, date }) => {
    const d = JSON.parse(localStorage.getItem(key));
    d.entries.push({ date, symptoms: 2, sleep: 8, magnesium_mg: 0, gi: false, note: 'from a third tab' });
    localStorage.setItem(key, JSON.stringify(d));
  }, { key: STORAGE_KEY, date: addDays(day0, -3) });
  await enterDay(b, { date: addDays(day0, -4), symptoms: 5, sleep: 5, mg: 0 });
  await waitForCount(b, 4);
  await waitForCount(a, 4);
  const byDate = await storedByDate(a);
  assert.deepEqual(Object.keys(byDate).sort(), [-4, -3, -2, -1].map((n) => addDays(day0, n)));
  assert.equal(byDate[addDays(day0, -3)].note, 'from a third tab');

  // The same day in both: tab A opened it for editing, then tab B saved a change to it. A's save
  // asks first, showing B's entry; nothing is overwritten until A chooses.
  const day1 = addDays(day0, -1);
  await a.locator(`[data-testid=trial-day][data-date="${day1}"] [data-testid=trial-edit]`).click();
  await b.locator(`[data-testid=trial-day][data-date="${day1}"] [data-testid=trial-edit]`).click();
  await b.locator('input[name=trial-symptoms][value="9"]').check();
  await b.locator('[data-testid=trial-save]').click();
  await b.waitForFunction(({ key, date }) => JSON.parse(localStorage.getItem(key)).entries.some((e) => e.date === date && e.symptoms === 9), { key: STORAGE_KEY, date: day1 });
  await a.locator('input[name=trial-symptoms][value="3"]').check();
  await a.locator('[data-testid=trial-save]').click();
  const conflict = a.locator('[data-testid=trial-conflict]');
  await conflict.waitFor();
  assert.match(await conflict.textContent(), /symptoms 9/);
  assert.equal((await storedByDate(a))[day1].symptoms, 9, 'B\'s entry is still there');
  await a.locator('[data-testid=trial-save-over]').click();
  await a.waitForFunction(({ key, date }) => JSON.parse(localStorage.getItem(key)).entries.some((e) => e.date === date && e.symptoms === 3), { key: STORAGE_KEY, date: day1 });
  assert.equal(await conflict.count(), 0);
  assert.deepEqual(b.errors, []);
  await closePage(a);
});

test('an app update keeps the diary (the storage key does not depend on the build)', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'mg-rls-trial-'));
  let server;
  try {
    await cp(DIST, join(tmp, 'v1'), { recursive: true });
    server = await startServer({ root: join(tmp, 'v1') });
    const port = server.port;
    const own = { ...app, baseUrl: server.url };
    const page = await newPage(app);
    await openApp(own, page, `?view=trial&${PLAN}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const diary = noBenefitDiary();
    await importDiary(page, diary.file);
    await waitForCount(page, diary.valid.length);
    const before = await stored(page);

    // The next build (as in pwa.test.mjs): a renamed hashed file, a marked index.html, a new sw.js.
    const v2 = join(tmp, 'v2');
    await cp(join(tmp, 'v1'), v2, { recursive: true });
    const css = (await readdir(v2)).find((f) => /^app-[0-9a-f]+\.css$/.test(f));
    await rename(join(v2, css), join(v2, 'app-0123456789abcdef.css'));
    const html = await readFile(join(v2, 'index.html'), 'utf8');
    await writeFile(join(v2, 'index.html'), html.replace(css, 'app-0123456789abcdef.css').replace('<title>', '<meta name="build" content="v2"><title>'));
    await run(process.execPath, ['scripts/post_build.mjs'], { cwd: ROOT, env: { ...process.env, TRUNK_STAGING_DIR: v2, TRUNK_PROFILE: 'release', TRUNK_PUBLIC_URL: '/' } });
    await server.close();
    server = await startServer({ root: v2, port });

    await page.reload();
    const reload = page.locator('[data-testid=update-notice]').getByRole('button', { name: 'Reload' });
    await reload.waitFor({ timeout: 20000 });
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.locator('meta[name=build][content=v2]').waitFor({ state: 'attached' });
    await waitForCount(page, diary.valid.length);
    assert.deepEqual(await stored(page), before);
    assert.deepEqual(await readVerdict(page), diary.verdict);
    await closePage(page);
  } finally {
    await server?.close().catch(() => {});
    await rm(tmp, { recursive: true, force: true });
  }
});

test('embed mode offers no trial, only a link to the full app; nothing is stored', async () => {
  const page = await newPage(app);
  await openApp(app, page, `?embed=1&view=trial&${PLAN}`);
  const link = page.locator('[data-testid=trial-full-app]');
  await link.waitFor();
  const href = new URL(await link.getAttribute('href'), app.baseUrl);
  assert.equal(href.searchParams.get('view'), 'trial');
  assert.equal(href.searchParams.get('embed'), null);
  assert.equal(href.searchParams.get('age'), '50', 'the person’s entries travel with the link');
  assert.equal(await link.getAttribute('target'), '_blank');
  for (const sel of ['[data-testid=trial-start]', 'input[data-testid=trial-import]', '[data-testid=trial-days]', '#trial-date']) {
    assert.equal(await page.locator(sel).count(), 0, `${sel} absent in embed mode`);
  }
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await closePage(page);
});

// ---------------------------------------------------------------------------------------------
// Accessibility (same rules as a11y.test.mjs) and reflow.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

test('axe: the trial view before the start, with entries, light and dark, and at 320 px', async () => {
  const found = [];
  for (const [theme, options] of [['light', {}], ['dark', {}], ['light', { viewport: { width: 320, height: 640 } }]]) {
    const page = await newPage(app, options);
    await openTrial(page, `${PLAN}&theme=${theme}`);
    await page.locator('[data-testid=trial-start]').waitFor();
    found.push(...(await violations(page)).map((l) => `${theme} empty: ${l}`));
    const diary = helpsDiary();
    await importDiary(page, diary.file, { confirm: false });
    found.push(...(await violations(page)).map((l) => `${theme} preview: ${l}`));
    await page.locator('[data-testid=trial-import-confirm]').click();
    await waitForCount(page, diary.valid.length);
    await page.locator('svg[data-testid=trial-chart]').waitFor();
    found.push(...(await violations(page)).map((l) => `${theme} ${JSON.stringify(options)} diary: ${l}`));
    const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    if (sw > cw) found.push(`${theme} ${JSON.stringify(options)}: the page scrolls sideways (${sw} > ${cw})`);
    await closePage(page);
  }
  assert.deepEqual(found, [], found.join('\n'));
});

// ---------------------------------------------------------------------------------------------
// Privacy.

test('using the trial sends no network request and sets no cookie', async () => {
  const page = await newPage(app);
  const requests = [];
  page.context().on('request', (req) => requests.push(req));
  await openTrial(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  requests.length = 0;

  await start(page);
  await enterDay(page, { symptoms: 6, sleep: 4, mg: 0 });
  await waitForCount(page, 1);
  const diary = helpsDiary();
  await importDiary(page, diary.file);
  await waitForCount(page, diary.valid.length + 1);
  await download(page, '[data-testid=trial-export-json]');
  await download(page, '[data-testid=trial-export-csv]');
  await page.locator('nav a[data-view=report]').click();
  await page.locator('[data-testid=report] [data-testid=trial-verdict]').waitFor();
  await page.waitForTimeout(300);

  const network = [];
  for (const req of requests) {
    if (/^(data|blob):/.test(req.url())) continue;
    const response = await req.response().catch(() => null);
    if (!req.serviceWorker() && response?.fromServiceWorker()) continue;
    network.push(`${req.resourceType()} ${req.url()}`);
  }
  assert.deepEqual(network, [], 'network requests while using the trial');
  assert.deepEqual(await page.context().cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  await closePage(page);
});
