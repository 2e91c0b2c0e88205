// Lighthouse 12.2.3 (npm, Node 20) on the release build served from dist/ on 127.0.0.1 (brotli, as
// a real host would: scripts/bench/compressed-server.mjs), in
// Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) with the e2e headless flags.
// Prints the performance, accessibility, best-practices and SEO scores and the main metrics;
// targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 90. Exits 1 below.
// Default: Lighthouse's mobile run (simulated slow 4G, 4× CPU slowdown); --desktop for desktop.
//
//   node scripts/bench/lighthouse.mjs [dist] [--desktop] [--runs=3] [--json] [--html=report.html] [--url-query='?age=45&…']
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../../tests/e2e/helpers.mjs';
import { startCompressedServer as startServer } from './compressed-server.mjs';

export const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 90 };
const DEFAULT_QUERY = '?age=45&sex=female&form=citrate&unit_mg=1000&basis=compound&target=300&meds=iron@10:00';

export async function run(dist, { desktop = false, query = DEFAULT_QUERY, reportPath } = {}) {
  const server = await startServer({ root: dist });
  process.env.CHROME_PATH ||= process.env.CHROMIUM || '/usr/bin/chromium';
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH,
    // --headless=new keeps the full browser (Lighthouse needs it); the rest as in the e2e tests.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((f) => f !== '--headless')],
  });
  try {
    const url = new URL(query, server.url).href;
    const flags = { port: chrome.port, output: reportPath ? 'html' : 'json', logLevel: 'error',
      onlyCategories: Object.keys(TARGETS) };
    const result = await lighthouse(url, flags, desktop ? desktopConfig : undefined);
    if (reportPath) await writeFile(reportPath, result.report);
    const lhr = result.lhr;
    const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, Math.round((lhr.categories[k]?.score ?? 0) * 100)]));
    const metric = (id) => lhr.audits[id]?.displayValue;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id} (${a.score})${a.displayValue ? `: ${a.displayValue}` : ''}`);
    return {
      url, formFactor: desktop ? 'desktop' : 'mobile', scores,
      metrics: { FCP: metric('first-contentful-paint'), LCP: metric('largest-contentful-paint'), TBT: metric('total-blocking-time'),
        CLS: metric('cumulative-layout-shift'), SI: metric('speed-index') },
      failing, runWarnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  const query = args.find((a) => a.startsWith('--url-query='))?.slice('--url-query='.length);
  const report = args.find((a) => a.startsWith('--html='))?.slice('--html='.length);
  // Lighthouse varies by a few points from run to run: the verdict uses the median run (by
  // performance score) of --runs=N (default 3), as Lighthouse's own docs advise.
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
  const all = [];
  for (let i = 0; i < runs; i += 1) {
    all.push(await run(dist, { desktop: args.includes('--desktop'), query, reportPath: i === 0 ? report : undefined }));
  }
  all.sort((a, b) => a.scores.performance - b.scores.performance);
  const r = all[Math.floor((all.length - 1) / 2)];
  if (args.includes('--json')) console.log(JSON.stringify({ median: r, runs: all.map((x) => x.scores) }, null, 2));
  if (all.length > 1) console.log(`lighthouse (${r.formFactor}): performance of ${all.length} runs: ${all.map((x) => x.scores.performance).join(', ')}; median run below`);
  let ok = true;
  for (const [k, target] of Object.entries(TARGETS)) {
    const pass = r.scores[k] >= target;
    ok &&= pass;
    console.log(`lighthouse (${r.formFactor}): ${k.padEnd(15)} ${String(r.scores[k]).padStart(3)} ${pass ? 'ok' : 'BELOW'} (target ${target === 100 ? '' : '≥ '}${target})`);
  }
  console.log(`lighthouse (${r.formFactor}): ${Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (r.failing.length) console.log(`lighthouse (${r.formFactor}): audits not at full score: ${r.failing.join('; ')}`);
  for (const w of r.runWarnings ?? []) console.log(`lighthouse warning: ${w}`);
  process.exit(ok ? 0 : 1);
}
