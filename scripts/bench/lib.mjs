// What the browser benchmarks (browser.mjs, trial.mjs, open.mjs) share: the release build served
// from dist/ on 127.0.0.1 with headless Chromium (the e2e flags), statistics, a slowed CPU, and
// a CPU profile of one step summed by function.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/helpers.mjs';
import { startServer } from '../../tests/e2e/serve.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** `x` ms with one decimal. */
export const ms = (x) => `${x.toFixed(1)} ms`;

/** The dist folder named on the command line (the first argument that is no `--flag`). */
export const distArg = (args) => resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');

/** Whether this module is the script node was started with. */
export const isMain = (url) => url === `file://${process.argv[1]}`;

/** Serves `dist` and starts Chromium; `run(server, browser)`, then both are stopped. */
export async function withBrowser(dist, run) {
  const server = await startServer({ root: dist });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    return await run(server, browser);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A new page whose CPU runs `rate` times slower (CDP `Emulation.setCPUThrottlingRate`); its CDP session. */
export async function throttledPage(context, rate = 1) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { page, cdp };
}

/**
 * CPU-profiles `step()` with the CDP Profiler (sampling every 100 µs); writes the profile to
 * `file` (open it in DevTools' Performance panel) when given, and returns the `top` functions by
 * self time and by total time (anywhere on the stack), with the sampled total. Function names come from the wasm's name section, so profile
 * a build that keeps it (README, "Benchmarks": `--debuginfo` in the wasm-opt parameters).
 */
export async function profile(cdp, step, { file, top = 25 } = {}) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await step();
  const { profile: p } = await cdp.send('Profiler.stop');
  if (file) writeFileSync(file, JSON.stringify(p));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n) => {
    const { functionName, url } = n.callFrame;
    return functionName || (url ? `(anonymous) ${url.split('/').pop()}` : '(program)');
  };
  // Time per sampled node, then per function: self (the sampled frame) and total (anywhere on
  // the stack, once per sample).
  const dt = new Map();
  p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, t] of dt) {
    const name = nameOf(byId.get(id));
    if (name === '(idle)') continue;
    total += t;
    self.set(name, (self.get(name) ?? 0) + t);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(nameOf(byId.get(at)));
    for (const s of seen) inclusive.set(s, (inclusive.get(s) ?? 0) + t);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { total, self: sorted(self), inclusive: sorted(inclusive) };
}

/**
 * On-CPU time (ms) of the main threads of the pages (renderers) of browsers this process started, from /proc (Linux): unlike wall time, it does not grow when other programs take the
 * cores. `null` where /proc cannot tell.
 */
export function rendererCpuMs() {
  try {
    const children = new Map();
    for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
        children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      } catch { /* gone */ }
    }
    let ns = 0;
    const walk = (pid) => {
      for (const child of children.get(pid) ?? []) {
        try {
          if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
            // The renderer's main thread is the process's first (its tid is the pid).
            ns += Number(readFileSync(`/proc/${child}/task/${child}/schedstat`, 'utf8').split(' ')[0]);
          }
        } catch { /* gone */ }
        walk(child);
      }
    };
    walk(String(process.pid));
    return ns / 1e6;
  } catch {
    return null;
  }
}
