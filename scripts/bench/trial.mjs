// Opening the Trial screen with a long diary, in headless Chromium (the e2e flags), served from
// dist/ on 127.0.0.1. The device holds 10,000 days (about 27 years of mornings, stored before
// the app starts); the full build is already running (the About screen is open, so the on-demand
// build's download is not counted). Measured in the page: the click on the navigation's "Trial"
// link (its event timeStamp) → `[data-testid=trial-days][data-count=10000]` in the DOM with the
// day table drawn, median of 5 runs, each in a fresh browser context. It also checks that the
// table draws only its first page of rows, not every day.
// Budget: median ≤ 300 ms. Exits 1 over budget.
// `--profile[=file.cpuprofile]`: one more run, CPU-profiled from the click to the drawn screen;
// prints the functions that took the most time (a build with the wasm's names shows Rust's:
// README, "Benchmarks") and writes the profile for DevTools when a file is named.
// `--cpu=N`: the page's CPU N times slower (as on a loaded machine or a slow phone).
//
//   node scripts/bench/trial.mjs [dist] [--json] [--profile[=file]] [--cpu=N]
import { cpus, loadavg } from 'node:os';
import { distArg, isMain, median, ms, profile, rendererCpuMs, throttledPage, withBrowser } from './lib.mjs';

export const BUDGET_OPEN_MS = 300;
export const DAYS = 10_000;
const RUNS = 5;
const KEY = 'mg-rls:diary:v1';
const PERSON = '?view=about&age=50&sex=female&target=300';

/** `DAYS` consecutive days ending yesterday, baseline first, then magnesium. */
export function longDiary(days = DAYS) {
  const today = new Date();
  const entries = [];
  for (let i = days; i >= 1; i -= 1) {
    const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() - i));
    const n = days - i;
    entries.push({
      date: d.toISOString().slice(0, 10),
      symptoms: (n * 7) % 11,
      sleep: (n * 3) % 11,
      magnesium_mg: n < 7 ? 0 : 300,
      gi: n % 97 === 0,
      note: n % 50 === 0 ? 'a note' : '',
    });
  }
  const start = entries[0].date;
  return { format: 'mg-rls-diary', version: 1, entries, trial: { start, baseline_days: 7, start_low_mg: 100, full_mg: 300 } };
}

/** Records, in the page, the time from the click on the Trial link to the drawn screen. */
function recordOpen(days) {
  window.__open = undefined;
  let clicked = null;
  document.addEventListener('click', (e) => {
    if (e.target?.closest?.('nav a[data-view=trial]')) clicked = e.timeStamp;
  }, true);
  new MutationObserver(() => {
    if (clicked === null || window.__open !== undefined) return;
    if (document.querySelector(`[data-testid=trial-days][data-count="${days}"]`) && document.querySelector('[data-testid=trial-table] tbody tr')) {
      window.__open = performance.now() - clicked;
      window.__rows = document.querySelectorAll('[data-testid=trial-table] tbody tr').length;
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/** One fresh context: the diary stored, About open in the full build; `click` opens the Trial screen. */
async function once(browser, server, text, rate, click) {
  const context = await browser.newContext();
  await context.addInitScript(({ key, value }) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, { key: KEY, value: text });
  await context.addInitScript(recordOpen, DAYS);
  const { page, cdp } = await throttledPage(context, rate);
  await page.goto(new URL(PERSON, server.url).href);
  await page.locator('main h2').first().waitFor();
  // The full build runs the About screen; wait until its navigation is interactive.
  await page.locator('nav a[data-view=trial]').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=opening]') && document.querySelector('main h2'));
  const opened = async () => {
    await page.locator('nav a[data-view=trial]').click();
    await page.waitForFunction(() => window.__open !== undefined, null, { timeout: 60_000 });
  };
  const cpuBefore = rendererCpuMs();
  const profiled = await click(cdp, opened);
  const cpu = cpuBefore === null ? null : rendererCpuMs() - cpuBefore;
  const m = await page.evaluate(() => ({ open: window.__open, rows: window.__rows }));
  await context.close();
  return { ...m, cpu, profiled };
}

export async function measure(dist, { rate = 1, profileTo = null } = {}) {
  const text = JSON.stringify(longDiary());
  return withBrowser(dist, async (server, browser) => {
    const runs = [];
    const cpu = [];
    let rows = 0;
    const plain = async (_cdp, opened) => opened();
    // One warm-up run (the browser's own first-run caches), not counted.
    for (let i = 0; i <= RUNS; i += 1) {
      const m = await once(browser, server, text, rate, plain);
      if (i > 0) runs.push(m.open);
      if (i > 0 && m.cpu !== null) cpu.push(m.cpu);
      rows = m.rows;
    }
    const out = { days: DAYS, rate, runs, median: median(runs), min: Math.min(...runs), max: Math.max(...runs), rows, cpu: cpu.length ? median(cpu) : null, cpuRuns: cpu };
    if (profileTo !== null) {
      const p = await once(browser, server, text, rate, (cdp, opened) => profile(cdp, opened, { file: profileTo || undefined }));
      out.profile = { open: p.open, ...p.profiled };
    }
    return out;
  });
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1] ?? (args.includes(`--${name}`) ? '' : null);
  const rate = Number(flag('cpu') || 1);
  const m = await measure(distArg(args), { rate, profileTo: flag('profile') });
  if (args.includes('--json')) console.log(JSON.stringify(m, null, 2));
  if (m.profile) {
    const p = m.profile;
    const rows = (list) => list.map(([name, t]) => `  ${ms(t).padStart(10)}  ${name.slice(0, 140)}`).join('\n');
    console.log(`trial: profiled run ${ms(p.open)}, ${ms(p.total)} sampled on the CPU\nby self time:\n${rows(p.self)}\nby total time:\n${rows(p.inclusive)}`);
  }
  const ok = m.median <= BUDGET_OPEN_MS;
  const rowsOk = m.rows > 0 && m.rows < m.days;
  const cpu = rate === 1 ? '' : ` at ${rate}× CPU`;
  console.log(`trial: open the Trial screen with ${m.days} stored days${cpu}: median ${ms(m.median)} of ${m.runs.length} (min ${ms(m.min)}, max ${ms(m.max)}) ${ok ? 'ok' : 'OVER'} (budget ${BUDGET_OPEN_MS} ms); table rows drawn: ${m.rows} ${rowsOk ? 'ok' : 'ALL'}`);
  if (m.cpu !== null) console.log(`trial: the page's main thread on the CPU from the click until the screen was seen: median ${ms(m.cpu)} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`);
  process.exit(ok && rowsOk ? 0 : 1);
}
