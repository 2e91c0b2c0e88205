// Opening a screen from a link, cold (fresh browser context: no cache, no service worker), in
// headless Chromium (the e2e flags), served from dist/ on 127.0.0.1:
//   Dose:  navigation start → the plan's daily dose in the DOM ([data-testid=daily-dose])
//   Forms: navigation start → the forms table in the DOM and the full build running (the Forms
//          screen lives in the on-demand build: README, "Two builds")
// Median of RUNS loads each, at 1× and 4× CPU (CDP Emulation.setCPUThrottlingRate). Budget:
// Forms ≤ 1.15 × Dose at each rate. Exits 1 over budget.
//
//   node scripts/bench/open.mjs [dist] [--json]
import { distArg, isMain, median, throttledPage, withBrowser } from './lib.mjs';

export const BUDGET_RATIO = 1.15;
const RUNS = Number(process.env.OPEN_RUNS || 7);
const RATES = [1, 4];
const ENTRIES = 'age=45&sex=female&form=citrate&unit_mg=1000&basis=compound';
const SCREENS = {
  dose: { search: `?${ENTRIES}`, ready: '[data-testid=daily-dose]' },
  forms: { search: `?view=forms&${ENTRIES}`, ready: 'table[data-testid=forms-table] tr[data-form]' },
};

/** In the page: the time (ms since navigation start) at which `selector` first matches. */
function recordReady(selector) {
  const done = () => {
    if (window.__ready === undefined && document.querySelector(selector)) {
      window.__ready = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(done);
  observer.observe(document, { childList: true, subtree: true });
}

async function once(browser, url, screen, rate) {
  const context = await browser.newContext();
  await context.addInitScript(recordReady, screen.ready);
  const { page } = await throttledPage(context, rate);
  await page.goto(new URL(screen.search, url).href);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => window.__ready);
  await context.close();
  return t;
}

export async function measure(dist) {
  return withBrowser(dist, async (server, browser) => {
    const out = {};
    for (const rate of RATES) {
      // Warm-up (the browser's own first-run caches), not counted.
      await once(browser, server.url, SCREENS.dose, rate);
      await once(browser, server.url, SCREENS.forms, rate);
      const runs = { dose: [], forms: [] };
      // Interleaved, so a slower spell of a shared machine hits both.
      for (let i = 0; i < RUNS; i += 1) {
        for (const name of ['dose', 'forms']) runs[name].push(await once(browser, server.url, SCREENS[name], rate));
      }
      const dose = median(runs.dose);
      const forms = median(runs.forms);
      out[`${rate}x`] = { rate, runs, dose, forms, ratio: forms / dose };
    }
    return out;
  });
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const m = await measure(distArg(args));
  if (args.includes('--json')) console.log(JSON.stringify(m, null, 2));
  let ok = true;
  for (const r of Object.values(m)) {
    const within = r.ratio <= BUDGET_RATIO;
    ok &&= within;
    console.log(`open: from a link at ${r.rate}× CPU: Dose usable in ${r.dose.toFixed(0)} ms, Forms in ${r.forms.toFixed(0)} ms (median of ${r.runs.dose.length}): ${r.ratio.toFixed(2)}× ${within ? 'ok' : 'OVER'} (budget ${BUDGET_RATIO}×)`);
  }
  process.exit(ok ? 0 : 1);
}
