// The calendar file (`[data-testid=ics-link]`, docs/contract.md §3.1), read with a real
// iCalendar parser (ical.js) with the recurrences expanded, not with string matching: the lower
// first week then the full dose, an alarm on each dose, "review your trial" at weeks 6 and 8, a
// blood-test reminder every 3 months when a kidney or serum finding asks for monitoring, and
// lines folded at 75 octets (RFC 5545 §3.1).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import ICAL from 'ical.js';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';
import { addDays, dates, importDiary, today, waitForCount } from './diary.mjs';

const PLAN = 'age=50&sex=female&target=300';
const DAYS = 70;

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

/** Opens the Dose view; returns the page, its `.ics` bytes, the schedule, the findings and today. */
async function calendarFor(search) {
  const page = await newPage(app);
  await openApp(app, page, `?${search}`);
  const link = page.locator('[data-testid=ics-link]');
  await link.waitFor();
  assert.match(await link.getAttribute('href'), /^(data:text\/calendar|blob:)/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const bytes = await readFile(await download.path());
  const schedule = await page.locator('[data-testid=schedule-item]').evaluateAll((items) =>
    items.map((e) => ({ time: e.dataset.time, kind: e.dataset.kind, mg: e.dataset.mg })));
  const findings = await page.locator('[data-testid=finding]').evaluateAll((fs) => fs.map((f) => f.dataset.rule));
  const start = await page.evaluate(() => {
    const d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  });
  await closePage(page);
  return { bytes, schedule, findings, start };
}

/** Days from `start` (a UTC midnight) to an ICAL.Time's date. */
const dayOffset = (start, t) => Math.round((Date.UTC(t.year, t.month - 1, t.day) - start) / 86400000);
const hhmm = (t) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** Every event with its occurrences in the first `days` days (recurrences expanded). */
function expand(bytes, start, days = DAYS) {
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const occurrences = [];
    const it = event.iterator();
    for (let t = it.next(); t && dayOffset(start, t) < days * 8; t = it.next()) occurrences.push(t);
    return { vevent, event, summary: event.summary, occurrences };
  });
}

/** Physical lines: CRLF-terminated, each at most 75 octets, none splitting a UTF-8 character. */
function checkFolding(bytes) {
  const text = bytes.toString('utf8');
  assert.ok(Buffer.from(text, 'utf8').equals(bytes), 'valid UTF-8 throughout');
  assert.ok(text.endsWith('\r\n'));
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), 'CRLF line ends only');
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
  }
  // Each physical line on its own must be whole UTF-8 (a fold never cuts a character).
  let offset = 0;
  for (const line of lines) {
    const len = Buffer.byteLength(line, 'utf8');
    const raw = bytes.subarray(offset, offset + len);
    assert.ok(Buffer.from(raw.toString('utf8'), 'utf8').equals(raw), `a character cut at a fold: ${line}`);
    offset += len + 2;
  }
  return lines;
}

test('first week at the lower dose, then the full dose; an alarm on each dose', async () => {
  const { bytes, schedule, start } = await calendarFor(PLAN);
  checkFolding(bytes);
  const events = expand(bytes, start);
  const magnesium = schedule.filter((s) => s.kind === 'magnesium');
  assert.ok(magnesium.length >= 1, JSON.stringify(schedule));
  const evening = magnesium[magnesium.length - 1].time;

  const doseEvents = events.filter((e) => /^Magnesium/.test(e.summary));
  for (let day = 0; day < DAYS; day += 1) {
    const that = doseEvents.flatMap((e) => e.occurrences.filter((t) => dayOffset(start, t) === day).map((t) => ({ t, summary: e.summary })));
    if (day < 7) {
      assert.equal(that.length, 1, `day ${day}: one lower first-week dose`);
      assert.match(that[0].summary, /first week/);
      assert.equal(hhmm(that[0].t), evening, `day ${day}: at the evening magnesium time`);
    } else {
      assert.deepEqual(
        that.map(({ t, summary }) => `${hhmm(t)} ${summary.match(/Magnesium ([\d.]+) mg/)[1]}`).sort(),
        magnesium.map((m) => `${m.time} ${m.mg}`).sort(),
        `day ${day}: the full plan`,
      );
      assert.ok(that.every(({ summary }) => !/first week/.test(summary)));
    }
  }

  // An alarm on each dose (magnesium and the other medicines of the timeline).
  for (const e of events.filter((x) => x.event.isRecurring())) {
    const alarms = e.vevent.getAllSubcomponents('valarm');
    assert.ok(alarms.length >= 1, `${e.summary}: an alarm`);
    for (const alarm of alarms) {
      assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
      assert.ok(alarm.getFirstPropertyValue('description'), 'a DISPLAY alarm has a description');
      const trigger = alarm.getFirstPropertyValue('trigger');
      assert.ok(trigger instanceof ICAL.Duration && trigger.toSeconds() <= 0, `${e.summary}: the alarm rings at or before the dose`);
    }
  }
});

test('"review your trial" at week 6 and week 8 after the start; no blood test without a reason', async () => {
  const { bytes, start, findings } = await calendarFor(PLAN);
  const events = expand(bytes, start);
  const review = events.filter((e) => /review your trial/i.test(e.summary));
  assert.equal(review.length, 2, events.map((e) => e.summary).join(' | '));
  assert.deepEqual(review.flatMap((e) => e.occurrences.map((t) => dayOffset(start, t))).sort((a, b) => a - b), [42, 56]);
  for (const e of review) {
    assert.ok(!e.event.isRecurring(), 'once each');
    assert.ok(e.vevent.getAllSubcomponents('valarm').length >= 1, 'with an alarm');
    assert.ok((e.event.description ?? '').length > 20, 'says what to do');
  }
  assert.ok(!findings.includes('kidney-monitor'));
  assert.equal(events.filter((e) => /blood/i.test(e.summary)).length, 0, 'no blood-test reminder');
});

test('a blood-test reminder every 3 months when a kidney finding asks for monitoring', async () => {
  for (const search of [`${PLAN}&egfr=45`, `${PLAN}&ckd=yes`]) {
    const { bytes, start, findings } = await calendarFor(search);
    assert.ok(findings.includes('kidney-monitor'), `${search}: ${findings.join()}`);
    checkFolding(bytes);
    const blood = expand(bytes, start).filter((e) => /blood/i.test(e.summary));
    assert.equal(blood.length, 1, search);
    const [e] = blood;
    assert.ok(e.event.isRecurring());
    assert.ok(e.vevent.getAllSubcomponents('valarm').length >= 1, 'with an alarm');
    const firsts = e.occurrences.slice(0, 4);
    assert.equal(firsts.length, 4, 'repeats');
    const startDate = new Date(start);
    const months = firsts.map((t) => (t.year - startDate.getUTCFullYear()) * 12 + (t.month - 1 - startDate.getUTCMonth()));
    assert.deepEqual(months, [3, 6, 9, 12], `${search}: every 3 months from the start`);
  }
  const { bytes, start } = await calendarFor(`${PLAN}&egfr=75`);
  assert.equal(expand(bytes, start).filter((e) => /blood/i.test(e.summary)).length, 0, 'eGFR 75: no reminder');
});

test('long lines (medicine advice, UTF-8 text) are folded at 75 octets and unfold to the whole text', async () => {
  const { bytes, start } = await calendarFor(`${PLAN}&egfr=45&meds=levothyroxine@07:00,iron@13:00,ppi`);
  const lines = checkFolding(bytes);
  assert.ok(lines.some((l) => l.startsWith(' ')), 'some line was folded');
  const events = expand(bytes, start);
  const longest = Math.max(...events.map((e) => Buffer.byteLength(e.event.description ?? '', 'utf8')));
  assert.ok(longest > 75, `a description longer than one line unfolds whole (${longest} octets)`);
  assert.ok(events.length >= 6, events.map((e) => e.summary).join(' | '));
});

test('the Trial screen\'s calendar starts the doses after the 7 days without magnesium', async () => {
  const page = await newPage(app);
  await openApp(app, page, `?view=trial&${PLAN}`);
  await page.locator('[data-testid=trial-start]').click();
  const link = page.locator('[data-testid=trial-calendar] [data-testid=ics-link]');
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = await readFile(await download.path());
  const start = await page.evaluate(() => {
    const d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  });
  const events = expand(bytes, start);
  const firstDose = Math.min(...events.filter((e) => /magnesium/i.test(e.summary)).map((e) => dayOffset(start, e.occurrences[0])));
  assert.equal(firstDose, 7, 'no magnesium during the baseline');
  const review = events.filter((e) => /review your trial/i.test(e.summary));
  assert.deepEqual(review.map((e) => dayOffset(start, e.occurrences[0])).sort((a, b) => a - b), [49, 63], 'weeks 6 and 8 of magnesium');
  checkFolding(bytes);
  await closePage(page);
});

test('a trial already on magnesium keeps its own dates: reviews at weeks 6 and 8 of the trial, not from today', async () => {
  const page = await newPage(app);
  await openApp(app, page, `?view=trial&${PLAN}`);
  const day0 = await today(page);
  const start = addDays(day0, -15);
  const entries = dates(start, 15).map((date, i) => ({ date, symptoms: 5, sleep: 5, magnesium_mg: i < 7 ? 0 : 300, gi: false, note: '' }));
  await importDiary(page, { format: 'mg-rls-diary', version: 1, entries, trial: { start, baseline_days: 7 } });
  await waitForCount(page, 15);
  const box = page.locator('[data-testid=trial-calendar]');
  assert.match(await box.textContent(), new RegExp(`Magnesium started on ${addDays(start, 7)}`));
  const [download] = await Promise.all([page.waitForEvent('download'), box.locator('[data-testid=ics-link]').click()]);
  const bytes = await readFile(await download.path());
  const origin = await page.evaluate(() => {
    const d = new Date();
    return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  });
  const events = expand(bytes, origin);
  const review = events.filter((e) => /review your trial/i.test(e.summary));
  assert.deepEqual(review.map((e) => dayOffset(origin, e.occurrences[0])).sort((a, b) => a - b), [-8 + 42, -8 + 56]);
  await closePage(page);
});
