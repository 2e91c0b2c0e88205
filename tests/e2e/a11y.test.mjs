// Accessibility: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every view, in light, dark and
// system ("auto") colour schemes, in embed mode, with findings present and at 320 px width: zero
// violations. Then reflow: at 200 % zoom and at 320 px nothing scrolls sideways and the key
// results stay visible.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { closePage, newPage, openApp, startApp, stopApp } from './helpers.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWS = ['dose', 'forms', 'quiz', 'about'];
// Many findings (kidney stop, serum high, ferritin low, two interactions) on the Dose screen.
export const FINDINGS = 'age=70&sex=male&egfr=20&ferritin=40&meds=levothyroxine,iron&serum=2.6';
// A typical plan with a product, and a finished quiz, so results render on Dose and Quiz.
const TYPICAL = 'age=45&sex=female&form=citrate&unit_mg=1000&basis=compound&target=300&meds=iron@10:00';
const QUIZ_DONE = 'quiz=urge:y,rest:y,move:y,evening:y,mimic:n';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await stopApp(app);
});

/** Runs axe on the current page; returns readable lines, one per violating node. */
async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/** axe on each view for one combination of query and browser context options. */
async function checkViews(label, extraQuery, contextOptions = {}) {
  const page = await newPage(app, contextOptions);
  const found = [];
  for (const view of VIEWS) {
    const q = [`view=${view}`, extraQuery, view === 'quiz' ? QUIZ_DONE : ''].filter(Boolean).join('&');
    await openApp(app, page, `?${q}`);
    if (view === 'dose' && q.includes(TYPICAL)) await page.locator('[data-testid=daily-dose]').waitFor();
    if (view === 'dose' && q.includes(FINDINGS)) await page.locator('[data-testid=finding]').first().waitFor();
    if (view === 'forms') await page.locator('table[data-testid=forms-table]').waitFor();
    if (view === 'quiz') await page.locator('[data-testid=quiz-result]').waitFor();
    for (const line of await violations(page)) found.push(`${label} ?${q}: ${line}`);
  }
  await closePage(page);
  assert.deepEqual(found, [], `axe violations:\n${found.join('\n')}`);
}

test('axe: every view, light theme', () => checkViews('light', `theme=light&${TYPICAL}`));
test('axe: every view, dark theme', () => checkViews('dark', `theme=dark&${TYPICAL}`));
test('axe: every view, auto theme with a light system scheme', () => checkViews('auto/light', TYPICAL, { colorScheme: 'light' }));
test('axe: every view, auto theme with a dark system scheme', () => checkViews('auto/dark', TYPICAL, { colorScheme: 'dark' }));
test('axe: every view in embed mode, light and dark', async () => {
  await checkViews('embed', `embed=1&${TYPICAL}`);
  await checkViews('embed/dark', `embed=1&theme=dark&${TYPICAL}`);
});
test('axe: with findings and field errors present, light and dark', async () => {
  await checkViews('findings', FINDINGS);
  await checkViews('findings/dark', `${FINDINGS}&theme=dark`);
  await checkViews('errors', 'age=abc&unit_mg=-5&target=NaN&wake=7am&meds=aspirin&gi=maybe&theme=bogus');
});
test('axe: every view at 320 px width, light and dark', async () => {
  await checkViews('320px', FINDINGS, { viewport: { width: 320, height: 640 } });
  await checkViews('320px/dark', `${TYPICAL}&theme=dark`, { viewport: { width: 320, height: 640 } });
});

// ---------------------------------------------------------------------------------------------
// Reflow (WCAG 1.4.10) and zoom (1.4.4).

/** What must stay visible on each view. */
const KEY = {
  dose: ['[data-testid=daily-dose]', '[data-testid=rda]', '[data-testid=schedule-item]'],
  forms: ['table[data-testid=forms-table]'],
  quiz: ['[data-testid=quiz-result]'],
  about: ['main h2'],
};

async function checkReflow(label, contextOptions, extraQuery = TYPICAL) {
  const page = await newPage(app, contextOptions);
  const problems = [];
  for (const view of VIEWS) {
    const q = `?view=${view}&${extraQuery}${view === 'quiz' ? `&${QUIZ_DONE}` : ''}`;
    await openApp(app, page, q);
    for (const sel of KEY[view]) {
      const el = page.locator(sel).first();
      await el.waitFor();
      await el.scrollIntoViewIfNeeded();
      if (!(await el.isVisible())) problems.push(`${label} ${q}: ${sel} not visible`);
      // Fully inside the layout viewport horizontally (not clipped off to the side). A data table
      // may scroll inside its own container; its container must fit.
      const box = await el.evaluate((node) => {
        const scroller = node.closest('table') ? node.closest('table').parentElement : node;
        const r = scroller.getBoundingClientRect();
        return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
      });
      if (box.left < -1 || box.right > box.width + 1) problems.push(`${label} ${q}: ${sel} spans ${box.left}–${box.right} of ${box.width}`);
    }
    const overflow = await page.evaluate(() => {
      const d = document.documentElement;
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest('[data-scroll-x], .table-scroll, .table-wrap'))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
      return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, wide };
    });
    if (overflow.scrollWidth > overflow.clientWidth) {
      problems.push(`${label} ${q}: page scrolls sideways (${overflow.scrollWidth} > ${overflow.clientWidth}) ${overflow.wide.join(', ')}`);
    }
  }
  await closePage(page);
  assert.deepEqual(problems, [], problems.join('\n'));
}

test('reflow at 320 px: no sideways scrolling, key results visible', () =>
  checkReflow('320px', { viewport: { width: 320, height: 640 } }));

test('200 % zoom (a 1280 px window at 2×: 640 CSS px): no sideways scrolling, key results visible', () =>
  checkReflow('200%', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }));

test('200 % text-only zoom (root font 32 px) at 1280 px: nothing overflows', async () => {
  const page = await newPage(app, { viewport: { width: 1280, height: 800 } });
  const problems = [];
  for (const view of VIEWS) {
    await openApp(app, page, `?view=${view}&${TYPICAL}${view === 'quiz' ? `&${QUIZ_DONE}` : ''}`);
    // Through the CSSOM: the CSP refuses injected <style> elements but not element.style.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
    if (sw > cw) problems.push(`${view}: ${sw} > ${cw}`);
    for (const sel of KEY[view]) {
      const el = page.locator(sel).first();
      await el.scrollIntoViewIfNeeded();
      if (!(await el.isVisible())) problems.push(`${view}: ${sel} not visible`);
    }
  }
  await closePage(page);
  assert.deepEqual(problems, [], problems.join('\n'));
});
