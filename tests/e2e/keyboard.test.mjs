// Keyboard only: a full plan on the Dose screen, sorting the Forms table and finishing the Quiz
// with Tab, Shift+Tab, Enter, Space, arrows and typing — no clicks, no fill(), no focus() calls.
// After every key press the focused element must show a visible focus indicator (an outline or a
// box-shadow), never be <body>, and have a size.
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

/** The focused element: a short description and whether its focus indicator is visible. */
async function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { ok: false, desc: 'nothing (body)' };
    // A time input's picker button lives in the browser's own shadow tree: the host is then not
    // :focus and the button draws the browser's focus ring (checked on a screenshot), out of reach
    // of getComputedStyle.
    if (el.matches('input[type=time], input[type=date]') && !el.matches(':focus')) return { ok: true, desc: `${el.id} picker button` };
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow && cs.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    const desc = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.name ? `[name=${el.name}]` : ''}${el.value && el.type === 'radio' ? `[value=${el.value}]` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    return { ok: (outline || shadow) && r.width > 0 && r.height > 0, desc, outline: `${cs.outlineStyle} ${cs.outlineWidth}`, shadow: cs.boxShadow };
  });
}

/** Presses `key` and checks the focus indicator afterwards. */
async function press(page, key, log) {
  await page.keyboard.press(key);
  const s = await focusState(page);
  log.push(`${key} → ${s.desc}`);
  assert.ok(s.ok, `focus not visible after ${key} on ${s.desc} (outline ${s.outline}, box-shadow ${s.shadow})\n${log.slice(-8).join('\n')}`);
}

/** Tabs (or Shift+Tabs) until the focused element matches `selector`. */
async function tabTo(page, selector, log, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    await press(page, back ? 'Shift+Tab' : 'Tab', log);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
  }
  assert.fail(`${selector} not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses\n${log.slice(-10).join('\n')}`);
}

/** Types into the focused element, one key at a time. */
async function type(page, text, log) {
  const before = await page.evaluate(() => document.activeElement?.id);
  await page.keyboard.type(text);
  const s = await focusState(page);
  log.push(`type "${text}" → ${s.desc}`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), before, 'typing keeps the focus in place');
  assert.ok(s.ok, `focus not visible while typing in ${s.desc}`);
}

const focusedIs = (page, sel) => page.evaluate((s) => document.activeElement?.matches(s), sel);

test('keyboard only: a full plan on the Dose screen', async () => {
  const page = await newPage(app);
  const log = [];
  await openApp(app, page);
  // The skip link comes first and jumps to the content.
  await press(page, 'Tab', log);
  assert.ok(await focusedIs(page, 'a.skip-link'), 'first Tab reaches the skip link');

  await tabTo(page, '#f-age', log);
  await type(page, '45', log);
  await page.waitForURL((u) => u.searchParams.get('age') === '45');

  // Sex: the group is entered on its first option; the arrow key moves to and selects Male.
  await tabTo(page, 'input[name=sex]', log);
  await press(page, 'ArrowRight', log);
  await page.waitForURL((u) => u.searchParams.get('sex') === 'male');
  assert.ok(await page.locator('input[name=sex][value=male]').isChecked());
  assert.ok(await focusedIs(page, 'input[name=sex][value=male]'));

  // Form: a closed <select> changes with the arrow keys (glycinate → citrate, the one above).
  await tabTo(page, '#f-form', log);
  await press(page, 'ArrowUp', log);
  await page.waitForURL((u) => u.searchParams.get('form') === 'citrate');

  await tabTo(page, '#f-unit_mg', log);
  await type(page, '1000', log);
  await page.waitForURL((u) => u.searchParams.get('unit_mg') === '1000');

  // Back with Shift+Tab to check the form kept its value, then forward again.
  await tabTo(page, '#f-form', log, { back: true });
  assert.equal(await page.locator('#f-form').inputValue(), 'citrate');
  await tabTo(page, '#f-unit_mg', log);

  // Basis: the group is entered on the checked option (elemental); the arrow selects compound.
  await tabTo(page, 'input[name=basis]', log);
  assert.ok(await focusedIs(page, 'input[name=basis][value=elemental]'));
  await press(page, 'ArrowDown', log);
  await page.waitForURL((u) => u.searchParams.get('basis') === 'compound');

  await tabTo(page, '#f-target', log);
  await type(page, '350', log);
  await page.waitForURL((u) => u.searchParams.get('target') === '350');

  // A medicine by Space on its checkbox, in its group opened with Enter (collapsed until it
  // holds something, issue 14).
  await tabTo(page, 'details[data-group=meds] > summary', log);
  await press(page, 'Enter', log);
  await tabTo(page, '#med-levothyroxine', log);
  await press(page, 'Space', log);
  await page.waitForURL((u) => u.searchParams.get('meds') === 'levothyroxine');

  const dose = page.locator('[data-testid=daily-dose]');
  await dose.waitFor();
  assert.equal(await dose.getAttribute('data-mg'), '323.27');
  assert.equal(await page.locator('[data-testid=units-per-day]').getAttribute('data-count'), '2');
  assert.equal(await page.locator('[data-testid=schedule-item][data-med=levothyroxine]').count(), 1);

  // Navigation by keyboard: Shift+Tab back up to the Quiz link and Enter.
  await tabTo(page, 'nav a[data-view=quiz]', log, { back: true, max: 120 });
  await press(page, 'Enter', log);
  await page.waitForURL((u) => u.searchParams.get('view') === 'quiz');
  await closePage(page);
});

test('keyboard only: sort the forms table', async () => {
  const page = await newPage(app);
  const log = [];
  await openApp(app, page, '?view=forms');
  const table = page.locator('table[data-testid=forms-table]');
  await table.waitFor();
  const order = () => table.locator('tbody tr[data-form]').evaluateAll((rows) => rows.map((r) => r.dataset.form));
  const before = await order();

  await tabTo(page, 'table[data-testid=forms-table] th[data-col=elemental-pct] button', log, { max: 150 });
  await press(page, 'Enter', log);
  const th = table.locator('th[data-col=elemental-pct]');
  await page.waitForFunction(() => /^(ascending|descending)$/.test(
    document.querySelector('table[data-testid=forms-table] th[data-col=elemental-pct]')?.getAttribute('aria-sort') ?? ''));
  const dir = await th.getAttribute('aria-sort');
  const pct = await table.locator('tbody tr[data-form] td[data-col=elemental-pct]').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  const sorted = [...pct].sort((a, b) => (dir === 'ascending' ? a - b : b - a));
  assert.deepEqual(pct, sorted, `rows sorted ${dir} by elemental %`);
  assert.ok(await focusedIs(page, 'th[data-col=elemental-pct] button'), 'focus stays on the header button');

  // Enter again reverses the order.
  await press(page, 'Enter', log);
  await page.waitForFunction((d) => document.querySelector('table[data-testid=forms-table] th[data-col=elemental-pct]')?.getAttribute('aria-sort') !== d, dir);
  const reversed = await table.locator('tbody tr[data-form] td[data-col=elemental-pct]').evaluateAll((tds) => tds.map((td) => Number(td.dataset.value)));
  assert.deepEqual(reversed, [...pct].sort((a, b) => (dir === 'ascending' ? b - a : a - b)), 'the other direction');
  assert.equal(new URL(page.url()).searchParams.has('sort'), true, 'the sort is kept in the URL');
  assert.equal((await order()).length, before.length, 'no row lost');
  await closePage(page);
});

test('keyboard only: finish the quiz with arrows and Space', async () => {
  const page = await newPage(app);
  const log = [];
  await openApp(app, page, '?view=quiz');
  const result = page.locator('[data-testid=quiz-result]');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-outcome'), 'incomplete');

  // Yes with Space on the first option of each group…
  for (const id of ['urge', 'rest', 'move', 'evening']) {
    await tabTo(page, `input[name=${id}]`, log, { max: 150 });
    assert.ok(await focusedIs(page, `input[name=${id}][value=y]`), `${id}: the group starts on Yes`);
    await press(page, 'Space', log);
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('quiz')?.includes(`${q}:y`), id);
  }
  // …and No with the arrow key for the look-alike question.
  await tabTo(page, 'input[name=mimic]', log, { max: 150 });
  await press(page, 'ArrowRight', log);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('quiz')?.includes('mimic:n'));
  assert.ok(await page.locator('input[name=mimic][value=n]').isChecked());

  await page.waitForFunction(() => document.querySelector('[data-testid=quiz-result]')?.dataset.outcome === 'likely');
  assert.equal(await result.getAttribute('data-criteria-met'), '5');
  // Changing an answer with the arrows (back with Shift+Tab to "urge", then No): unlikely.
  await tabTo(page, 'input[name=urge]', log, { back: true, max: 150 });
  await press(page, 'ArrowRight', log);
  await page.waitForFunction(() => document.querySelector('[data-testid=quiz-result]')?.dataset.outcome === 'unlikely');
  await press(page, 'ArrowLeft', log);
  await page.waitForFunction(() => document.querySelector('[data-testid=quiz-result]')?.dataset.outcome === 'likely');
  await closePage(page);
});
