// The symptom quiz (view=quiz): keyboard-only answering, share links, every outcome, the trigger
// chart's text alternative and data table, warnings, and the lifestyle plan in the URL.
// Outcome rule: docs/contract.md (Quiz view); seed figures 85/90/75/95 %: docs/medical-reference.md §9 and the seed.
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

const RESULT = '[data-testid=quiz-result]';
const DONE = 'urge:y,rest:y,move:y,evening:y,mimic:n';

async function open(search) {
  const page = await newPage(app);
  await openApp(app, page, search);
  await page.locator(RESULT).waitFor();
  return page;
}

const outcome = async (page) => ({
  outcome: await page.locator(RESULT).getAttribute('data-outcome'),
  met: await page.locator(RESULT).getAttribute('data-criteria-met'),
});
const waitOutcome = (page, o) =>
  page.waitForFunction((x) => document.querySelector('[data-testid=quiz-result]')?.dataset.outcome === x, o);
const focusedIs = (page, sel) => page.evaluate((s) => document.activeElement?.matches(s), sel);
const quizParam = (page) => new URL(page.url()).searchParams.get('quiz') ?? '';

async function tabTo(page, selector, { back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await focusedIs(page, selector)) return;
  }
  assert.fail(`${selector} not reached`);
}

test('keyboard only: Tab, Space and arrows give likely with all five criteria', async () => {
  const page = await open('?view=quiz');
  assert.deepEqual(await outcome(page), { outcome: 'incomplete', met: '0' });

  await tabTo(page, 'input[name=urge]');
  for (const id of ['urge', 'rest', 'move', 'evening']) {
    assert.ok(await focusedIs(page, `input[name=${id}][value=y]`), `${id}: Tab enters the group on Yes`);
    await page.keyboard.press('Space');
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('quiz')?.includes(`${q}:y`), id);
    assert.ok(await focusedIs(page, `input[name=${id}][value=y]`), 'focus stays on the answer after the update');
    await page.keyboard.press('Tab');
  }
  assert.ok(await focusedIs(page, 'input[name=mimic][value=y]'));
  await page.keyboard.press('ArrowRight');
  await waitOutcome(page, 'likely');
  assert.deepEqual(await outcome(page), { outcome: 'likely', met: '5' });
  assert.ok(await page.locator('input[name=mimic][value=n]').isChecked());
  assert.equal(quizParam(page), DONE);
  assert.match(await page.locator('[data-testid=quiz-progress]').textContent(), /5 of 14 answered/);

  // Shift+Tab back into "evening" lands on its checked answer; the arrows change it.
  await page.keyboard.press('Shift+Tab');
  assert.ok(await focusedIs(page, 'input[name=evening][value=y]'));
  await page.keyboard.press('ArrowRight');
  await waitOutcome(page, 'unlikely');
  await page.keyboard.press('ArrowLeft');
  await waitOutcome(page, 'likely');

  // A multiple-choice question: Space ticks a checkbox.
  await tabTo(page, 'input[name=sensations]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('quiz')?.includes('sensations:tingling'));
  assert.deepEqual(await outcome(page), { outcome: 'likely', met: '5' }, 'extra questions do not change the outcome');
  await closePage(page);
});

test('a share link restores the answers and the result, worded as a pattern, not a diagnosis', async () => {
  const page = await open(`?view=quiz&quiz=${DONE}`);
  assert.deepEqual(await outcome(page), { outcome: 'likely', met: '5' });
  for (const [id, v] of DONE.split(',').map((p) => p.split(':'))) {
    assert.ok(await page.locator(`input[name=${id}][value=${v}]`).isChecked(), `${id}:${v} checked`);
  }
  assert.equal(await page.locator('input[name=urge]:checked').count(), 1);
  const text = await page.locator(RESULT).textContent();
  assert.match(text, /match the pattern/);
  assert.match(text, /not a diagnosis/);
  assert.doesNotMatch(text, /you have (rls|restless)/i);
  assert.equal(await page.locator(`${RESULT} [data-criterion][data-met=true]`).count(), 5);
  // Why each criterion matters, the look-alikes with their sources, and the next steps.
  assert.match(text, /follows the body clock/);
  assert.match(text, /leg cramps/);
  assert.ok(await page.locator(`${RESULT} a[data-source=hening2009]`).count());
  assert.match(text, /ferritin/);
  assert.match(text, /clinician/);
  await closePage(page);
});

test('every outcome from the URL: unlikely, incomplete, possible', async () => {
  const cases = [
    ['urge:y,rest:y,move:y,evening:y,mimic:y', 'unlikely', '4'],
    ['urge:y,rest:n,move:y,evening:y,mimic:n', 'unlikely', '4'],
    ['urge:y,rest:y', 'incomplete', '2'],
    ['', 'incomplete', '0'],
    ['urge:y,rest:u,move:y,evening:y,mimic:n', 'possible', '4'],
    ['urge:u,rest:u,move:u,evening:u,mimic:u', 'possible', '0'],
  ];
  const page = await newPage(app);
  for (const [quiz, o, met] of cases) {
    await openApp(app, page, `?view=quiz&quiz=${quiz}`);
    await page.locator(RESULT).waitFor();
    assert.deepEqual(await outcome(page), { outcome: o, met }, quiz);
  }
  await closePage(page);
});

test('clicking answers updates the result live and the URL in place', async () => {
  const page = await open('?view=quiz&quiz=urge:y,rest:y,move:y,evening:y');
  const historyLength = await page.evaluate(() => history.length);
  assert.equal((await outcome(page)).outcome, 'incomplete');
  await page.locator('input[name=mimic][value=y]').check();
  await waitOutcome(page, 'unlikely');
  await page.locator('input[name=mimic][value=n]').check();
  await waitOutcome(page, 'likely');
  // "None of these" clears the ticked feelings, and a feeling clears "none".
  await page.locator('input[name=spread][value=arms]').check();
  await page.locator('input[name=spread][value=none]').check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('quiz')?.includes('spread:none'));
  assert.equal(await page.locator('input[name=spread]:checked').count(), 1);
  await page.locator('input[name=spread][value=back]').check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('quiz')?.includes('spread:back'));
  assert.equal(await page.locator('input[name=spread][value=none]').isChecked(), false);
  assert.equal(await page.evaluate(() => history.length), historyLength, 'replaceState, not pushState');
  await closePage(page);
});

test('an invalid quiz value shows its field error and the valid answers still apply', async () => {
  const page = await open('?view=quiz&quiz=urge:y,zzz:q,rest:maybe,move:y');
  const error = page.locator('[data-testid=field-error][data-field=quiz]');
  assert.match(await error.textContent(), /zzz:q/);
  assert.match(await error.textContent(), /rest:maybe/);
  assert.ok(await page.locator('input[name=urge][value=y]').isChecked());
  assert.ok(await page.locator('input[name=move][value=y]').isChecked());
  assert.equal(await page.locator('input[name=rest]:checked').count(), 0);
  assert.deepEqual(await outcome(page), { outcome: 'incomplete', met: '2' });
  await closePage(page);
});

test('the trigger chart has a text alternative and a data table with the seed figures', async () => {
  const page = await open('?view=quiz&quiz=rest:y,sitting:u,bedtime:n');
  const chart = page.locator('[data-testid=trigger-chart]');
  const svg = chart.locator('svg[role=img]');
  const ids = (await svg.getAttribute('aria-labelledby')).split(' ');
  assert.equal(ids.length, 2);
  const [title, desc] = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  assert.match(title, /seed article/i);
  assert.match(desc, /Evening hours: seed article 85 %, your answer not answered\./);
  assert.match(desc, /Physical rest: seed article 90 %, your answer yes\./);
  assert.match(desc, /Prolonged sitting: seed article 75 %, your answer not sure\./);
  assert.match(desc, /Bedtime: seed article 95 %, your answer no\./);
  assert.match(await chart.locator('figcaption').textContent(), /seed article/);
  assert.equal(await chart.locator('figcaption a[data-source=seed]').count(), 1, 'figures attributed to the seed');

  const table = chart.locator('table[data-testid=trigger-table]');
  const seed = await table.locator('td[data-value]').evaluateAll((tds) => tds.map((td) => td.dataset.value));
  assert.deepEqual(seed, ['85', '90', '75', '95']);
  assert.equal(await table.locator('th[scope=col]').count(), 3);
  assert.equal(await table.locator('tbody th[scope=row]').count(), 4);
  // The table sits in a <details>: open it with the keyboard and it shows.
  await chart.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.ok(await table.isVisible());
  // Answering updates chart and table.
  await page.locator('input[name=evening][value=y]').check();
  await page.waitForFunction(() => document.querySelector('[data-testid=trigger-table] tr[data-trigger=evening]')?.textContent.includes('yes'));
  await closePage(page);
});

test('one leg swollen gives an urgent warning; triggers give the medicines note', async () => {
  const page = await open('?view=quiz&quiz=one_leg:y,triggers:y');
  const urgent = page.locator('[data-testid=quiz-urgent]');
  assert.equal(await urgent.getAttribute('role'), 'alert');
  assert.match(await urgent.textContent(), /medical/);
  assert.match(await page.locator('[data-testid=quiz-triggers-note]').textContent(), /antihistamines[\s\S]*prescribed/);
  await page.locator('input[name=one_leg][value=n]').check();
  await page.locator('[data-testid=quiz-urgent]').waitFor({ state: 'detached' });
  await page.locator('input[name=triggers][value=n]').check();
  await page.locator('[data-testid=quiz-triggers-note]').waitFor({ state: 'detached' });
  await closePage(page);
});

test('lifestyle ticks go into the URL and survive a reload', async () => {
  const page = await open(`?view=quiz&quiz=${DONE}`);
  const plan = page.locator('[data-testid=lifestyle-plan]');
  await plan.getByLabel('Warm bath before bed').check();
  await plan.getByLabel('Move during the day').check();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('lifestyle') === 'walk,bath');
  await page.reload();
  await page.locator(RESULT).waitFor();
  const checked = await page.locator('[data-testid=lifestyle-plan] input:checked').evaluateAll((els) => els.map((e) => e.value));
  assert.deepEqual(checked, ['walk', 'bath']);
  assert.match(await page.locator('[data-testid=lifestyle-plan]').textContent(), /2 of 13 chosen/);
  assert.equal(new URL(page.url()).searchParams.get('quiz'), DONE, 'answers kept too');
  await page.locator('[data-testid=lifestyle-plan]').getByLabel('Move during the day').uncheck();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('lifestyle') === 'bath');
  await closePage(page);
});

test('next steps link to the Dose screen, and sources to their entry in About', async () => {
  const page = await open(`?view=quiz&quiz=${DONE}&age=50`);
  await page.locator('[data-testid=quiz-dose-link]').click();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  assert.equal(new URL(page.url()).searchParams.get('quiz'), DONE, 'answers travel with the link');
  assert.equal(new URL(page.url()).searchParams.get('age'), '50');
  assert.match(await page.locator('main h2').textContent(), /plan/i);

  await openApp(app, page, `?view=quiz&quiz=${DONE}`);
  await page.locator(`${RESULT} a[data-source=irlssg2014]`).first().click();
  await page.waitForURL((u) => u.searchParams.get('view') === 'about' && u.hash === '#source-irlssg2014');
  await page.waitForFunction(() => document.activeElement?.id === 'source-irlssg2014');
  assert.equal(new URL(page.url()).searchParams.get('quiz'), DONE);
  await closePage(page);
});
