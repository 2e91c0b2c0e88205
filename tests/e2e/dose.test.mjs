// The Dose & safety screen, end to end in Chromium: values from the reference tables, driven by
// URL and by typing. Figures: docs/medical-reference.md §1–§8.
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
  page.locator('[data-testid=finding]').evaluateAll((els) => els.map((e) => `${e.dataset.rule}:${e.dataset.severity}`));
const schedule = async (page) =>
  page.locator('[data-testid=schedule-item]').evaluateAll((els) =>
    els.map((e) => ({ time: e.dataset.time, kind: e.dataset.kind, med: e.dataset.med, mg: e.dataset.mg })));
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

async function open(search) {
  const page = await newPage(app);
  await openApp(app, page, search);
  return page;
}

test('every life-stage row of the RDA and UL tables', async () => {
  // [query, RDA mg, UL mg or null, adult RLS range shown]
  const rows = [
    ['age=2', 80, 65, false],
    ['age=6', 130, 110, false],
    ['age=10', 240, 350, false],
    ['age=16&sex=male', 410, 350, false],
    ['age=16&sex=female', 360, 350, false],
    ['age=16&sex=female&stage=pregnant', 400, 350, false],
    ['age=16&sex=female&stage=lactating', 360, 350, false],
    ['age=25&sex=male', 400, 350, true],
    ['age=25&sex=female', 310, 350, true],
    ['age=25&sex=female&stage=pregnant', 350, 350, true],
    ['age=25&sex=female&stage=lactating', 310, 350, true],
    ['age=40&sex=male', 420, 350, true],
    ['age=40&sex=female', 320, 350, true],
    ['age=40&sex=female&stage=pregnant', 360, 350, true],
    ['age=40&sex=female&stage=lactating', 320, 350, true],
    ['age=70&sex=male', 420, 350, true],
    ['age=70&sex=female', 320, 350, true],
  ];
  const page = await newPage(app);
  for (const [q, rda, ul, adult] of rows) {
    await openApp(app, page, `?${q}`);
    assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), String(rda), q);
    assert.equal(await attr(page, '[data-testid=ul]', 'data-mg'), String(ul), q);
    assert.equal(await page.locator('[data-testid=rls-range]').count(), adult ? 1 : 0, q);
    if (adult) {
      assert.equal(await attr(page, '[data-testid=rls-range]', 'data-min-mg'), '200');
      assert.equal(await attr(page, '[data-testid=rls-range]', 'data-max-mg'), '300');
      assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200', q);
    } else {
      assert.equal(await page.locator('[data-testid=daily-dose]').count(), 0, q);
    }
  }
  await closePage(page);
});

test('a baby under one year: both infant rows, no UL, no plan, a stop finding', async () => {
  const page = await open('?age=0');
  const rda = await page.locator('[data-testid=rda]').evaluateAll((els) => els.map((e) => e.dataset.mg));
  assert.deepEqual(rda, ['30', '75']);
  assert.equal(await page.locator('[data-testid=ul]').count(), 0);
  assert.equal(await page.locator('[data-testid=daily-dose]').count(), 0);
  assert.deepEqual(await rules(page), ['infant:stop']);
  await closePage(page);
});

test('pregnancy outside 14–50 is ignored with a message at the field', async () => {
  const page = await open('?age=55&sex=female&stage=pregnant');
  await page.locator('[data-testid=field-error][data-field=stage]').waitFor();
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '320');
  assert.ok(!(await rules(page)).some((r) => r.startsWith('pregnancy')));
  await closePage(page);
});

test('a compound-basis label: 1000 mg magnesium citrate is 161.63 mg elemental', async () => {
  const page = await open('?age=45&sex=female&form=citrate&unit_mg=1000&basis=compound&target=350');
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '161.63');
  assert.equal(await attr(page, '[data-testid=units-per-day]', 'data-count'), '2');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '323.27');
  assert.match(await page.locator('[data-testid=compound-per-day]').textContent(), /2000 mg\/day/);
  // Split into a morning and an evening unit.
  const mg = (await schedule(page)).filter((s) => s.kind === 'magnesium');
  assert.deepEqual(mg.map((s) => s.mg), ['161.63', '161.63']);
  assert.ok((await rules(page)).includes('split-dose:info'));
  // The same label read as elemental gives 1000 mg per unit: one unit is already above the
  // 350 mg target, so there is no plan (never more than the target) and nothing is scheduled.
  await page.locator('label.choice', { hasText: 'elemental' }).click();
  await page.waitForURL((u) => u.searchParams.get('basis') === 'elemental');
  const noPlan = page.locator('[data-testid=no-plan]');
  await noPlan.waitFor();
  assert.match(await noPlan.textContent(), /One tablet is more than your target.*gives 1000 mg of magnesium, more than your daily target of 350 mg/s);
  assert.equal(await page.locator('[data-testid=daily-dose]').count(), 0);
  assert.equal(await page.locator('[data-testid=schedule-item][data-kind=magnesium]').count(), 0);
  assert.ok(!(await rules(page)).includes('ul-exceeded:caution'));
  await closePage(page);
});

test('the suggested dose leaves room for magnesium from other products, or is not made', async () => {
  let page = await open('?age=40&sex=female&other_mg=200');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '150');
  assert.match(await page.locator('[data-testid=daily-dose]').textContent(), /kept within the upper limit/);
  assert.ok(!(await rules(page)).includes('ul-exceeded:caution'));
  await closePage(page);

  page = await open('?age=40&sex=female&other_mg=400');
  assert.match(await page.locator('[data-testid=no-plan]').textContent(), /already give 400 mg a day\. The upper limit for supplements is 350 mg a day, so that leaves less than a starting dose/);
  assert.ok((await rules(page)).includes('ul-exceeded:caution'));
  assert.equal(await page.locator('#f-target').getAttribute('placeholder'), null, 'no suggestion, no placeholder');
  await closePage(page);

  // A product whose one unit is above what the UL leaves: no suggestion, and what one unit holds
  // is still shown (facts §8: a suggestion fits the room under the limit, or none is made).
  page = await open('?age=40&sex=female&other_mg=200&form=oxide&unit_mg=400');
  assert.equal(await page.locator('#f-target').getAttribute('placeholder'), null, 'no suggestion, no placeholder');
  const text = await page.locator('[data-testid=no-plan]').textContent();
  assert.match(text, /One tablet is above the upper limit.*gives 400 mg of magnesium/s);
  assert.match(text, /more than the 150 mg a day that the 350 mg upper limit for supplements leaves/);
  assert.doesNotMatch(text, /set your target/);
  assert.equal(await attr(page, '[data-testid=elemental-per-unit]', 'data-mg'), '400');
  await closePage(page);
});

test('a dose above the UL, counting magnesium from other products', async () => {
  const page = await open('?age=40&sex=male&target=300&other_mg=100');
  const f = page.locator('[data-testid=finding][data-rule=ul-exceeded]');
  assert.equal(await f.getAttribute('data-severity'), 'caution');
  // Facts §8: a typed target is capped at the room the limit leaves (here 250 mg).
  assert.match(await f.textContent(), /target of 300 mg\/day plus 100 mg from other products would be 400 mg\/day/);
  assert.match(await f.textContent(), /350 mg\/day/);
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '250');
  assert.match(await f.locator('.source').textContent(), /NIH ODS/);
  await closePage(page);
});

test('eGFR 45 needs monitoring; eGFR 20 stops the plan', async () => {
  let page = await open('?age=60&sex=female&egfr=45');
  assert.ok((await rules(page)).includes('kidney-monitor:caution'));
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200');
  await closePage(page);

  page = await open('?age=60&sex=female&egfr=20');
  assert.deepEqual((await rules(page))[0], 'kidney-stop:stop');
  assert.equal(await page.locator('[data-testid=daily-dose]').count(), 0);
  assert.equal(await page.locator('[data-testid=schedule-item][data-kind=magnesium]').count(), 0);
  assert.match(await page.locator('[data-testid=no-plan]').textContent(), /No dose suggested/);
  await closePage(page);
});

test('blood magnesium in mg/dL, mmol/L and mEq/L', async () => {
  const cases = [
    ['serum=1.7&serum_unit=mg_dl', 'serum-low:info'],
    ['serum=0.7&serum_unit=mmol_l', 'serum-low:info'],
    ['serum=2.0&serum_unit=mg_dl', null],
    ['serum=0.95&serum_unit=mmol_l', 'serum-high-normal:caution'],
    ['serum=1.9&serum_unit=meq_l', 'serum-high-normal:caution'],
    ['serum=2.6&serum_unit=mg_dl', 'serum-high:stop'],
    ['serum=2.2&serum_unit=meq_l', 'serum-high:stop'],
  ];
  const page = await newPage(app);
  for (const [q, expected] of cases) {
    await openApp(app, page, `?age=40&sex=male&${q}`);
    const serum = (await rules(page)).filter((r) => r.startsWith('serum'));
    assert.deepEqual(serum, expected ? [expected] : [], q);
    // Facts §4: no suggested dose at a high-normal level either (only a typed one is planned).
    const noDose = expected?.endsWith('stop') || expected?.startsWith('serum-high-normal');
    assert.equal(await page.locator('[data-testid=daily-dose]').count(), noDose ? 0 : 1, q);
  }
  await closePage(page);
});

test('low ferritin and TSAT: ask about iron, seed threshold shown beside AASM', async () => {
  const page = await open('?age=40&sex=female&ferritin=60&tsat=15');
  const ferritin = page.locator('[data-testid=finding][data-rule=ferritin-low]');
  assert.equal(await ferritin.getAttribute('data-severity'), 'info');
  assert.match(await ferritin.textContent(), /75 ng\/mL/);
  assert.match(await ferritin.textContent(), /50 ng\/mL/);
  assert.match(await ferritin.textContent(), /AASM 2024/);
  assert.ok((await rules(page)).includes('tsat-low:info'));
  await closePage(page);
});

test('levothyroxine on waking and iron at 10:00 keep their distance from magnesium', async () => {
  const page = await open('?age=50&sex=female&target=300&meds=levothyroxine,iron@10:00');
  const items = await schedule(page);
  assert.deepEqual(items.map((i) => `${i.time} ${i.kind}`), ['07:00 med', '10:00 iron', '12:00 magnesium', '21:00 magnesium']);
  for (const m of items.filter((i) => i.kind === 'magnesium')) {
    assert.ok(Math.abs(minutes(m.time) - minutes('07:00')) >= 240, 'levothyroxine ≥ 4 h');
    assert.ok(Math.abs(minutes(m.time) - minutes('10:00')) >= 120, 'iron ≥ 2 h');
  }
  assert.deepEqual(items.filter((i) => i.kind === 'magnesium').map((i) => i.mg), ['150', '150']);
  const r = await rules(page);
  assert.ok(r.includes('interaction-levothyroxine:caution') && r.includes('interaction-iron:info'));
  await closePage(page);
});

test('quinolone twice a day: magnesium ≥ 4 h after a dose and ≥ 8 h before the next', async () => {
  // Facts §7: moxifloxacin's 4 h / 8 h, the strictest quinolone label (it used to be 2 h / 6 h).
  const page = await open('?age=40&sex=male&meds=quinolone@08:00,quinolone@20:00&bedtime=22:00');
  const mg = (await schedule(page)).filter((i) => i.kind === 'magnesium');
  assert.deepEqual(mg.map((i) => i.time), ['12:00']);
  await closePage(page);
});

test('an impossible schedule gives schedule-conflict instead of a bad time', async () => {
  const page = await open('?age=40&sex=male&meds=quinolone@08:00,quinolone@14:00,quinolone@21:00');
  assert.ok((await rules(page)).includes('schedule-conflict:caution'));
  assert.equal(await page.locator('[data-testid=schedule-item][data-kind=magnesium]').count(), 0);
  assert.equal(await page.locator('[data-testid=schedule-item][data-med=quinolone]').count(), 3);
  await closePage(page);
});

test('invalid values get messages at their fields; everything else still applies', async () => {
  const page = await open('?age=abc&sex=female&unit_mg=-5&target=NaN&serum=lots&wake=7am&meds=aspirin,iron&gi=maybe&ferritin=40');
  for (const field of ['age', 'unit_mg', 'target', 'serum', 'wake', 'meds', 'gi']) {
    assert.equal(await page.locator(`[data-testid=field-error][data-field=${field}]`).count(), 1, field);
  }
  assert.equal(await page.locator('#f-age').inputValue(), 'abc', 'the text typed is kept');
  assert.ok(await page.locator('input[name=sex][value=female]').isChecked());
  assert.ok(await page.locator('#med-iron').isChecked());
  assert.ok((await rules(page)).includes('ferritin-low:info'));
  // Fixing the age brings the plan back with the other inputs intact.
  await page.locator('#f-age').fill('40');
  await page.waitForURL((u) => u.searchParams.get('age') === '40');
  assert.equal(await page.locator('[data-testid=field-error][data-field=age]').count(), 0);
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '320');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '200');
  assert.equal(new URL(page.url()).searchParams.get('serum'), 'lots');
  await closePage(page);
});

test('typing builds the plan live and the URL reproduces it', async () => {
  const page = await open('');
  await page.locator('#f-age').fill('35');
  await page.locator('input[name=sex][value=male]').check();
  await page.locator('#f-form').selectOption('glycinate');
  await page.locator('#f-unit_mg').fill('100');
  await page.locator('#f-target').fill('300');
  await page.waitForURL((u) => u.searchParams.get('target') === '300');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '420');
  assert.equal(await attr(page, '[data-testid=units-per-day]', 'data-count'), '3');
  assert.equal(await attr(page, '[data-testid=daily-dose]', 'data-mg'), '300');
  const url = page.url();
  const copy = await open(new URL(url).search);
  assert.equal(await attr(copy, '[data-testid=units-per-day]', 'data-count'), '3');
  assert.equal(await copy.locator('#f-age').inputValue(), '35');
  await closePage(copy);
  await closePage(page);
});

test('ticking a medicine with a time adds it to the timeline', async () => {
  const page = await open('?age=40&sex=female');
  // The medicines group is collapsed until it holds something (issue 14): open it first.
  await page.locator('details[data-group=meds] > summary').click();
  await page.locator('#med-levothyroxine').check();
  await page.waitForURL((u) => u.searchParams.get('meds') === 'levothyroxine');
  await page.locator('#med-levothyroxine-time-0').fill('06:00');
  await page.locator('#med-levothyroxine-time-0').dispatchEvent('change');
  await page.waitForURL((u) => u.searchParams.get('meds') === 'levothyroxine@06:00');
  const items = await schedule(page);
  assert.deepEqual(items.map((i) => `${i.time} ${i.med ?? i.kind}`), ['06:00 levothyroxine', '21:00 magnesium']);
  await closePage(page);
});

test('the .ics download holds the daily schedule as repeating events, the lower first week first', async () => {
  const page = await open('?age=50&sex=female&target=300&meds=levothyroxine');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=ics-link]').click()]);
  assert.equal(download.suggestedFilename(), 'magnesium-schedule.ics');
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  // Four dose events, and the trial reviews at weeks 6 and 8 (tests/e2e/calendar.test.mjs).
  assert.equal(ics.match(/BEGIN:VEVENT/g).length, 6);
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`; });
  const day8 = await page.evaluate(() => { const d = new Date(); d.setDate(d.getDate() + 7); return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`; });
  // Levothyroxine from today; week 1: 100 mg in the evening for 7 days; then 150 + 150 mg daily.
  assert.match(ics, new RegExp(`DTSTART:${today}T070000\r\n`));
  assert.match(ics, new RegExp(`DTSTART:${today}T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY;COUNT=7\r\nSUMMARY:Magnesium 100 mg\\\\, first week`));
  assert.match(ics, new RegExp(`DTSTART:${day8}T110000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Magnesium 150 mg`));
  assert.match(ics, new RegExp(`DTSTART:${day8}T210000\r\nDURATION:PT5M\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Magnesium 150 mg`));
  assert.match(ics, /END:VCALENDAR\r\n$/);
  await closePage(page);
});

test('remember on this device: off by default, restores without URL params, ignores corrupt data', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('?age=33&sex=female', app.baseUrl).href);
  await page.locator('main h2').waitFor();
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored by default');
  await page.locator('#f-remember').check();
  await page.waitForFunction(() => localStorage.getItem('mg-rls:remember')?.includes('age=33'));
  await page.goto(app.baseUrl);
  await page.locator('[data-testid=storage-notice]').waitFor();
  assert.equal(await page.locator('#f-age').inputValue(), '33');
  assert.ok(await page.locator('#f-remember').isChecked());
  // A URL with parameters wins over what is stored, without overwriting it until something changes.
  await page.goto(new URL('?age=70&sex=male', app.baseUrl).href);
  await page.locator('main h2').waitFor();
  assert.equal(await page.locator('#f-age').inputValue(), '70');
  assert.match(await page.locator('[data-testid=storage-notice]').textContent(), /kept until you change something/);
  assert.match(await page.evaluate(() => localStorage.getItem('mg-rls:remember')), /age=33/);
  // Switching screens is not an edit: still kept.
  await page.locator('nav a[data-view=forms]').click();
  await page.locator('nav a[data-view=dose]').click();
  await page.locator('#f-age').waitFor();
  assert.match(await page.evaluate(() => localStorage.getItem('mg-rls:remember')), /age=33/);
  await page.locator('#f-age').fill('71');
  await page.waitForFunction(() => localStorage.getItem('mg-rls:remember')?.includes('age=71'));
  assert.equal(await page.locator('[data-testid=storage-notice]').count(), 0, 'the start-up notice is gone once something changed');
  // Corrupt data: a notice, defaults, no crash.
  await page.evaluate(() => localStorage.setItem('mg-rls:remember', '{"age":'));
  await page.goto(app.baseUrl);
  await page.locator('[data-testid=storage-notice]').waitFor();
  assert.match(await page.locator('[data-testid=storage-notice]').textContent(), /could not be read/);
  assert.equal(await page.locator('#f-age').inputValue(), '');
  await context.close();
});

test('pregnancy from a link without a sex: the values used are said next to the Sex field', async () => {
  const page = await open('?age=30&stage=pregnant');
  assert.equal(await attr(page, '[data-testid=rda]', 'data-mg'), '350');
  assert.match(await page.locator('#sex-hint').textContent(), /pregnancy or breastfeeding values in use are those for women/);
  assert.equal(await page.locator('fieldset.choices:has(#sex-hint)').getAttribute('aria-describedby'), 'sex-hint');
  await closePage(page);
  const plain = await open('?age=30&sex=female&stage=pregnant');
  assert.equal(await plain.locator('#sex-hint').count(), 0);
  await closePage(plain);
});
