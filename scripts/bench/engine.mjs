// Engine speed: `cargo bench -p mg-engine --bench evaluate` (criterion), parsed. Budget: every
// benchmark's median estimate ≤ 50 µs per full evaluation. Exits 1 over budget or when criterion
// printed nothing to read.
//
//   node scripts/bench/engine.mjs [-- extra criterion args]
import { spawn } from 'node:child_process';

export const BUDGET_US = 50;
const UNIT = { ps: 1e-6, ns: 1e-3, 'µs': 1, us: 1, 'μs': 1, ms: 1e3, s: 1e6 };

/** [{ name, low, mid, high }] in µs from criterion's text output. */
export function parseCriterion(text) {
  const results = [];
  // "name   time:   [1.2 µs 1.3 µs 1.4 µs]" — the name may sit alone on the line before.
  const re = /(?:^|\n)([^\n]*?)\s*\n?\s*time:\s+\[([\d.]+)\s*(\S+)\s+([\d.]+)\s*(\S+)\s+([\d.]+)\s*(\S+)\]/g;
  for (const m of text.matchAll(re)) {
    const us = (v, u) => Number(v) * (UNIT[u] ?? NaN);
    results.push({ name: m[1].trim(), low: us(m[2], m[3]), mid: us(m[4], m[5]), high: us(m[6], m[7]) });
  }
  return results;
}

async function run(args) {
  return new Promise((ok, fail) => {
    const child = spawn('cargo', ['bench', '-p', 'mg-engine', '--bench', 'evaluate', '--', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`cargo bench exited ${code}`))));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const extra = process.argv.slice(2).filter((a) => a !== '--');
  const results = parseCriterion(await run(extra));
  if (results.length === 0) {
    console.error('engine: no criterion results found in the output');
    process.exit(1);
  }
  let over = false;
  for (const r of results) {
    const ok = r.mid <= BUDGET_US;
    over ||= !ok;
    console.log(`engine: ${r.name}: ${r.mid.toFixed(2)} µs per evaluation [${r.low.toFixed(2)}–${r.high.toFixed(2)}] ${ok ? 'ok' : 'OVER'} (budget ${BUDGET_US} µs)`);
  }
  process.exit(over ? 1 : 0);
}
