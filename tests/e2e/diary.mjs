// Trial diaries built by hand for the trial, report and calendar tests, in the contract's diary
// file format (docs/contract.md §4.2), with the verdict each one must get under the contract's
// rule (docs/contract.md §4.3) worked out here by hand, and helpers to drive the Trial view.
//
// The Trial view's own hooks used here (beyond the contract's) are the implementation's:
// `[data-testid=trial-start]`, the entry form (`#trial-date`, radios `trial-symptoms` and
// `trial-sleep`, `#trial-mg`, `#trial-gi`, `#trial-note`, `[data-testid=trial-save]`), one
// `[data-testid=trial-day][data-date]` per entry, `[data-testid=trial-import-preview]` and
// `[data-testid=trial-storage-notice]`.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

export const STORAGE_KEY = 'mg-rls:diary:v1';

/** ISO date `n` days after `iso` (calendar arithmetic in UTC, so no DST surprises). */
export function addDays(iso, n) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** `count` consecutive ISO dates from `from`. */
export function dates(from, count) {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

const entry = (date, symptoms, magnesium_mg, extra = {}) => ({
  date,
  symptoms,
  sleep: symptoms === null ? null : 10 - symptoms,
  magnesium_mg,
  gi: false,
  note: '',
  ...extra,
});

/**
 * `helps`. Baseline 2026-01-01..07, symptoms 7 6 7 8 6 7 7 (sum 48): 48 / 7 = 6.857… → 6.86.
 * An entry on 2025-12-31 with magnesium not recorded (null) is not a baseline day.
 * First magnesium day 2026-01-08; the latest entry 2026-02-25 is 48 days later (≥ 42).
 * Window 2026-02-12..25: 02-18 missed, 02-20 has no symptom rating, the other 12 days rate
 * 3 4 3 3 4 3 2 3 4 3 3 3 (sum 38): 38 / 12 = 3.1666… → 3.17.
 * change = 6.857… − 3.166… = 3.690… → 3.69 ≥ 2 and ≥ 0.3 × 6.857 = 2.057 → helps.
 * Valid entries: 1 + 7 + 35 + 13 = 56. Plus one invalid entry (2026-02-30) that is skipped, and
 * an unknown field that is ignored.
 */
export function helpsDiary() {
  const baseline = [7, 6, 7, 8, 6, 7, 7];
  const recent = [3, 4, 3, 3, 4, 3, 2, 3, 4, 3, 3, 3];
  const entries = [entry('2025-12-31', 2, null)];
  dates('2026-01-01', 7).forEach((d, i) => entries.push(entry(d, baseline[i], 0)));
  dates('2026-01-08', 35).forEach((d, i) => entries.push(entry(d, 5, i < 7 ? 100 : 300, { gi: i === 3 })));
  const rated = dates('2026-02-12', 14).filter((d) => d !== '2026-02-18' && d !== '2026-02-20');
  rated.forEach((d, i) => entries.push(entry(d, recent[i], 300)));
  entries.push(entry('2026-02-20', null, 300, { note: 'Forgot to rate; slept at a friend’s.' }));
  entries.sort((a, b) => a.date.localeCompare(b.date));
  entries[10] = { ...entries[10], mood: 'fine' }; // unknown field: ignored
  return {
    file: { format: 'mg-rls-diary', version: 1, entries: [...entries, { date: '2026-02-30', symptoms: 4, sleep: 5, magnesium_mg: 300, gi: false, note: '' }] },
    valid: entries.map(({ mood, ...e }) => e),
    invalidDates: ['2026-02-30'],
    verdict: { outcome: 'helps', baseline: '6.86', recent: '3.17', change: '3.69' },
  };
}

/**
 * `no-benefit`. Baseline 2026-03-01..05: 5 5 6 5 5 → 26 / 5 = 5.20. Magnesium 200 mg daily
 * 2026-03-06..04-20 (latest is 45 days after the first magnesium day). Window 04-07..20: 14 days
 * rating 5 5 4 5 5 5 5 4 5 5 5 5 5 5 (sum 68): 68 / 14 = 4.857… → 4.86.
 * change = 5.2 − 4.857… = 0.342… → 0.34 < 1 → no-benefit. 5 + 46 = 51 entries.
 */
export function noBenefitDiary() {
  const baseline = [5, 5, 6, 5, 5];
  const window = [5, 5, 4, 5, 5, 5, 5, 4, 5, 5, 5, 5, 5, 5];
  const entries = dates('2026-03-01', 5).map((d, i) => entry(d, baseline[i], 0));
  dates('2026-03-06', 32).forEach((d) => entries.push(entry(d, 5, 200)));
  dates('2026-04-07', 14).forEach((d, i) => entries.push(entry(d, window[i], 200)));
  return {
    file: { format: 'mg-rls-diary', version: 1, entries },
    valid: entries,
    verdict: { outcome: 'no-benefit', baseline: '5.20', recent: '4.86', change: '0.34' },
  };
}

/**
 * `unclear`. Baseline 2026-05-01..05 all 9 → 9.00. Magnesium daily 2026-05-06..06-06 (rated 8),
 * nothing 06-07..10, then 06-11..20 rating 7 6 7 6 7 6 7 6 7 6 → 65 / 10 = 6.50 (exactly 10
 * magnesium days in the window 06-07..20). change = 2.50: ≥ 2 but < 0.3 × 9 = 2.7 → unclear.
 * Latest 06-20 is 45 days after 05-06. 5 + 32 + 10 = 47 entries.
 */
export function unclearDiary() {
  const window = [7, 6, 7, 6, 7, 6, 7, 6, 7, 6];
  const entries = dates('2026-05-01', 5).map((d) => entry(d, 9, 0));
  dates('2026-05-06', 32).forEach((d) => entries.push(entry(d, 8, 250)));
  dates('2026-06-11', 10).forEach((d, i) => entries.push(entry(d, window[i], 250)));
  return {
    file: { format: 'mg-rls-diary', version: 1, entries },
    valid: entries,
    verdict: { outcome: 'unclear', baseline: '9.00', recent: '6.50', change: '2.50' },
  };
}

/**
 * `too-early`. Baseline 2026-07-01..05 all 6 → 6.00; magnesium 2026-07-06..08-04 (30 days,
 * rated 4 → recent 4.00); the latest entry is 29 days after the first magnesium day (< 42).
 */
export function tooEarlyDiary() {
  const entries = dates('2026-07-01', 5).map((d) => entry(d, 6, 0));
  dates('2026-07-06', 30).forEach((d) => entries.push(entry(d, 4, 200)));
  return {
    file: { format: 'mg-rls-diary', version: 1, entries },
    valid: entries,
    verdict: { outcome: 'too-early', baseline: '6.00', recent: '4.00', change: '2.00' },
  };
}

/**
 * `not-enough-data` with no baseline at all (magnesium from the first entry): the baseline and
 * the change cannot be computed and are left out; recent = 3.00 over 20 magnesium days.
 */
export function noBaselineDiary() {
  const entries = dates('2026-08-01', 20).map((d) => entry(d, 3, 300));
  return {
    file: { format: 'mg-rls-diary', version: 1, entries },
    valid: entries,
    verdict: { outcome: 'not-enough-data', baseline: null, recent: '3.00', change: null },
  };
}

/** The verdict's contract attributes (null where absent). */
export async function readVerdict(page) {
  const v = page.locator('[data-testid=trial-verdict]');
  await v.waitFor();
  return v.evaluate((e) => ({
    outcome: e.getAttribute('data-outcome'),
    baseline: e.getAttribute('data-baseline'),
    recent: e.getAttribute('data-recent'),
    change: e.getAttribute('data-change'),
  }));
}

/** Waits until `[data-testid=trial-days]` says `count`. */
export async function waitForCount(page, count) {
  await page.locator(`[data-testid=trial-days][data-count="${count}"]`).waitFor();
}

export async function dayCount(page) {
  return Number(await page.locator('[data-testid=trial-days]').getAttribute('data-count'));
}

/** Picks a diary file (an object, written as JSON) and, unless `confirm` is false, merges it. */
export async function importDiary(page, file, { confirm = true, name = 'diary.json' } = {}) {
  const buffer = Buffer.isBuffer(file) ? file : Buffer.from(JSON.stringify(file));
  await page.locator('input[type=file][data-testid=trial-import]').setInputFiles({ name, mimeType: 'application/json', buffer });
  await page.locator('[data-testid=trial-import-preview]').waitFor();
  if (confirm) await page.locator('[data-testid=trial-import-confirm]').click();
}

/** Clicks `selector` and returns the downloaded file's name and text. */
export async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The stored diary, parsed (null when nothing is stored). */
export async function stored(page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  return text === null ? null : JSON.parse(text);
}

/** The stored entries that are valid diary entries, by date. */
export async function storedByDate(page) {
  const diary = await stored(page);
  assert.ok(diary, 'a diary is stored');
  return Object.fromEntries(diary.entries.filter((e) => e && typeof e.date === 'string').map((e) => [e.date, e]));
}

/** The page's local date today, as ISO. */
export function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

/**
 * Enters (or overwrites) one day through the morning form. `mg` may be omitted to keep the
 * prefilled amount.
 */
export async function enterDay(page, { date, symptoms, sleep, mg, gi = false, note = '' }) {
  if (date) await page.locator('#trial-date').fill(date);
  if (symptoms !== undefined) await page.locator(`input[name=trial-symptoms][value="${symptoms}"]`).check();
  if (sleep !== undefined) await page.locator(`input[name=trial-sleep][value="${sleep}"]`).check();
  if (mg !== undefined) await page.locator('#trial-mg').fill(String(mg));
  const box = page.locator('#trial-gi');
  if ((await box.isChecked()) !== gi) await box.setChecked(gi);
  await page.locator('#trial-note').fill(note);
  await page.locator('[data-testid=trial-save]').click();
}
