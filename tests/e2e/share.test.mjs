// Sharing, printing and the colour theme: the toolbar on every view, "Copy link" with the
// Clipboard API and its fallback, print media (no chrome, plan shown), a PDF of a typical dose
// plan within two A4 pages, and the theme through the URL and the toggle.
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

// A typical plan: adult, a product, kidney values, two medicines with times.
const DOSE =
  '?age=54&sex=female&form=glycinate&unit_mg=120&basis=elemental&egfr=75&ckd=no&ferritin=45&tsat=22' +
  '&meds=levothyroxine@07:00,iron@13:00&other_mg=0';

test('the toolbar is on every view, and absent in embed mode', async () => {
  const page = await newPage(app);
  for (const view of ['dose', 'forms', 'quiz', 'about']) {
    await openApp(app, page, `?view=${view}`);
    const toolbar = page.locator('[data-testid=toolbar]');
    assert.ok(await toolbar.isVisible(), view);
    assert.ok(await toolbar.getByRole('button', { name: 'Copy link' }).isVisible(), view);
    assert.ok(await toolbar.getByRole('button', { name: 'Print / save as PDF' }).isVisible(), view);
    assert.equal(await toolbar.getByRole('radio').count(), 3, view);
  }
  await openApp(app, page, '?view=dose&embed=1');
  assert.equal(await page.locator('[data-testid=toolbar]').count(), 0);
  await closePage(page);
});

test('Copy link puts the page address with every entry on the clipboard', async () => {
  const page = await newPage(app, { permissions: ['clipboard-read', 'clipboard-write'] });
  await openApp(app, page, `${DOSE}&view=dose`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const status = page.locator('[data-testid=copy-status]');
  await status.filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await status.getAttribute('role'), 'status');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  const url = new URL(copied);
  assert.equal(url.searchParams.get('age'), '54');
  assert.equal(url.searchParams.get('meds'), 'levothyroxine@07:00,iron@13:00');
  assert.equal(await page.locator('[data-testid=share-url]').count(), 0, 'no fallback when copying worked');

  // A copied link reopens the same result.
  const again = await newPage(app);
  await again.goto(copied);
  await again.locator('[data-testid=daily-dose]').waitFor();
  assert.equal(
    await again.locator('[data-testid=daily-dose]').getAttribute('data-mg'),
    await page.locator('[data-testid=daily-dose]').getAttribute('data-mg'),
  );
  await closePage(again);
  await closePage(page);
});

for (const [name, script] of [
  ['without the Clipboard API', () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })],
  [
    'when the clipboard refuses',
    () => {
      const clipboard = navigator.clipboard;
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    },
  ],
]) {
  test(`Copy link falls back to a selected read-only field ${name}`, async () => {
    const page = await newPage(app);
    await page.addInitScript(script);
    await openApp(app, page, '?age=40&view=forms');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this page' });
    await field.waitFor();
    assert.equal(await field.inputValue(), page.url());
    assert.equal(await field.isEditable(), false, 'read-only');
    const selected = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.dataset.testid === 'share-url' && el.selectionStart === 0 && el.selectionEnd === el.value.length;
    });
    assert.ok(selected, 'the field has focus and its whole text is selected');
    assert.match(await page.locator('[data-testid=copy-status]').textContent(), /Ctrl\+C/);
    await closePage(page);
  });
}

test('Print calls window.print()', async () => {
  const page = await newPage(app);
  await page.addInitScript(() => {
    window.print = () => {
      window.printCalls = (window.printCalls ?? 0) + 1;
    };
  });
  await openApp(app, page, DOSE);
  await page.getByRole('button', { name: 'Print / save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.printCalls), 1);
  await closePage(page);
});

test('print media: no navigation or toolbar, the plan, timeline and findings shown', async () => {
  const page = await newPage(app);
  await openApp(app, page, DOSE);
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['nav', '[data-testid=toolbar]', '.skip-link', '.embed-section', 'main button']) {
    const visible = await page.locator(sel).evaluateAll((els) => els.some((e) => e.checkVisibility()));
    assert.equal(visible, false, `${sel} hidden in print`);
  }
  for (const sel of ['[data-testid=daily-dose]', '[data-testid=schedule-item]', '[data-testid=finding]', 'form.inputs', 'h1']) {
    assert.ok(await page.locator(sel).first().isVisible(), `${sel} printed`);
  }
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.locator('nav').isVisible());
  await closePage(page);
});

test('a typical dose plan prints on at most two A4 pages (also in the dark theme)', async () => {
  for (const extra of ['', '&theme=dark']) {
    const page = await newPage(app);
    await openApp(app, page, DOSE + extra);
    await page.locator('[data-testid=schedule-item]').first().waitFor();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    assert.ok(pages.length >= 1 && pages.length <= 2, `${pages.length} pages${extra}`);
    await closePage(page);
  }
});

test('theme: the URL parameter and the toggle set html[data-theme] and the colours', async () => {
  const page = await newPage(app, { colorScheme: 'light' });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const theme = () => page.locator('html').getAttribute('data-theme');

  await openApp(app, page, '?theme=dark&age=30');
  assert.equal(await theme(), 'dark');
  const dark = await bg();
  assert.ok(await page.getByRole('radio', { name: 'Dark' }).isChecked());

  await page.getByRole('radio', { name: 'Light' }).check();
  await page.waitForURL((u) => u.searchParams.get('theme') === 'light');
  assert.equal(await theme(), 'light');
  const light = await bg();
  assert.notEqual(light, dark);
  assert.equal(new URL(page.url()).searchParams.get('age'), '30', 'other entries kept');

  // Auto follows the system (light here) and leaves the parameter out.
  await page.getByRole('radio', { name: 'Auto' }).check();
  await page.waitForURL((u) => !u.searchParams.has('theme'));
  assert.equal(await theme(), 'auto');
  assert.equal(await bg(), light);

  // Keyboard: arrow keys move through the radio group.
  await page.getByRole('radio', { name: 'Auto' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.waitForURL((u) => u.searchParams.get('theme') === 'dark');
  assert.equal(await theme(), 'dark');
  assert.equal(await bg(), dark);
  await closePage(page);
});

test('theme auto follows a dark system setting; an explicit light theme overrides it', async () => {
  const page = await newPage(app, { colorScheme: 'dark' });
  await openApp(app, page, '');
  const auto = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(auto, 'rgb(17, 19, 21)');
  await openApp(app, page, '?theme=light');
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), auto);
  await closePage(page);
});
