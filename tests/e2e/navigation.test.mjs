// The app shell: navigation by click and by URL, URL updates, invalid parameters.
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

async function currentNav(page) {
  return (await page.locator('nav a[aria-current="page"]').textContent()).trim();
}

test('default view is Dose with six nav links and the disclaimer', async () => {
  const page = await newPage(app);
  await openApp(app, page);
  const labels = (await page.locator('nav[aria-label] a').allTextContents()).map((s) => s.trim());
  assert.deepEqual(labels, ['Dose', 'Forms', 'Quiz', 'About', 'Trial', 'Report']);
  assert.equal(await currentNav(page), 'Dose');
  assert.match(await page.locator('footer').textContent(), /not medical advice/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').count(), 1);
  await closePage(page);
});

test('?view=forms opens the Forms view', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=forms');
  assert.equal(await currentNav(page), 'Forms');
  assert.match(await page.locator('main h2').textContent(), /forms/i);
  await closePage(page);
});

test('clicking nav links switches views, keeps the entries and adds a history entry per view', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=40&utm=x');
  const historyLength = await page.evaluate(() => history.length);

  await page.locator('nav a', { hasText: 'Quiz' }).click();
  await page.waitForURL(/view=quiz/);
  assert.equal(await currentNav(page), 'Quiz');
  assert.match(await page.locator('main h2').textContent(), /restless legs/i);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('view'), 'quiz');
  assert.equal(url.searchParams.get('age'), '40', 'other parameters are kept');

  await page.locator('nav a', { hasText: 'About' }).click();
  await page.waitForURL(/view=about/);
  assert.equal(await currentNav(page), 'About');

  await page.locator('nav a', { hasText: 'Dose' }).click();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  assert.equal(await currentNav(page), 'Dose');
  // The contract: a change of view pushes a history entry (typing replaces the current one).
  assert.equal(await page.evaluate(() => history.length), historyLength + 3, 'one pushState per view change');
  await closePage(page);
});

test('keyboard: nav links are reachable and activate with Enter', async () => {
  const page = await newPage(app);
  await openApp(app, page);
  await page.locator('nav a', { hasText: 'Forms' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=forms/);
  assert.equal(await currentNav(page), 'Forms');
  await closePage(page);
});

test('invalid view shows its field error while a valid theme still applies', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?view=bogus&theme=dark');
  const error = page.locator('[data-testid=field-error][data-field=view]');
  await error.waitFor();
  assert.match(await error.textContent(), /bogus/);
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.equal(await currentNav(page), 'Dose', 'falls back to the default view');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(17, 19, 21)', 'dark palette in use');
  await closePage(page);
});

test('unknown parameters and the SPA fallback path are harmless', async () => {
  const page = await newPage(app);
  await page.goto(new URL('some/deep/path?view=about&nonsense=%ZZ', app.baseUrl).href);
  await page.locator('main h2').waitFor();
  assert.equal(await currentNav(page), 'About');
  await closePage(page);
});

// History (contract: a change of view pushes a history entry, typing replaces the current one).

/** The URL's parameters, without the fragment. */
const params = (page) => new URL(page.url()).searchParams;

test('Back from Forms returns to Dose with the entries, Forward to Forms, and a reload keeps the state', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=45&sex=female&form=citrate&unit_mg=150');
  const start = await page.evaluate(() => history.length);

  // Typing replaces the current entry.
  await page.locator('#f-target').fill('300');
  await page.waitForURL((u) => u.searchParams.get('target') === '300');
  assert.equal(await page.evaluate(() => history.length), start, 'typing adds no history entry');

  await page.locator('nav a', { hasText: 'Forms' }).click();
  await page.waitForURL((u) => u.searchParams.get('view') === 'forms');
  assert.equal(await page.evaluate(() => history.length), start + 1, 'a new view is a new entry');
  assert.equal(await page.locator('table[data-testid=forms-table] tr[aria-current=true]').getAttribute('data-form'), 'citrate');

  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  assert.equal(await currentNav(page), 'Dose');
  assert.equal(await page.locator('#f-age').inputValue(), '45');
  assert.equal(await page.locator('#f-unit_mg').inputValue(), '150');
  assert.equal(await page.locator('#f-target').inputValue(), '300');
  assert.equal(await page.locator('[data-testid=daily-dose]').getAttribute('data-mg'), '300');
  assert.equal(params(page).get('target'), '300', 'the entry typed before leaving is kept');

  await page.goForward();
  await page.waitForURL((u) => u.searchParams.get('view') === 'forms');
  assert.equal(await currentNav(page), 'Forms');
  assert.equal(params(page).get('unit_mg'), '150');

  await page.reload();
  await page.locator('main h2').waitFor();
  assert.equal(await currentNav(page), 'Forms');
  assert.equal(await page.locator('table[data-testid=forms-table] tr[aria-current=true]').getAttribute('data-form'), 'citrate');
  assert.equal(params(page).get('target'), '300');

  // After the reload Back still leads to Dose with its entries.
  await page.goBack();
  await page.waitForURL((u) => !u.searchParams.has('view'));
  assert.equal(await currentNav(page), 'Dose');
  assert.equal(await page.locator('#f-target').inputValue(), '300');
  await closePage(page);
});

test('embed mode: a source link opens the full calculator in a new tab; the frame keeps its screen and history', async () => {
  const page = await newPage(app);
  await openApp(app, page, '?age=70&sex=male&egfr=20&embed=1');
  assert.equal(await page.locator('nav').count(), 0, 'no navigation in the embed');
  const start = await page.evaluate(() => history.length);

  // A finding's source link: About in a new tab (issue 22), never in place of the calculator.
  const finding = page.locator('[data-testid=finding][data-rule=kidney-stop]');
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    finding.locator('a.source-link', { hasText: 'KDIGO 2012' }).click(),
  ]);
  await popup.waitForLoadState('domcontentloaded');
  const opened = new URL(popup.url());
  assert.equal(opened.searchParams.get('view'), 'about');
  assert.equal(opened.searchParams.has('embed'), false, 'the full calculator');
  assert.equal(opened.searchParams.get('egfr'), '20');
  assert.equal(opened.hash, '#source-kdigo2012');
  await popup.close();

  assert.equal(await page.evaluate(() => history.length), start, 'no history entry in the frame');
  assert.equal(params(page).get('embed'), '1');
  assert.equal(params(page).has('view'), false);
  assert.equal(await page.locator('#f-egfr').inputValue(), '20');
  assert.equal(await page.locator('.app.embed').count(), 1, 'still the compact embed');

  await page.reload();
  await finding.waitFor();
  assert.equal(await page.locator('.app.embed').count(), 1);
  await closePage(page);
});
