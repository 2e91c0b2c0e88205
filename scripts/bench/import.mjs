// Diary import speed: `cargo bench -p mg-rls --bench import` (benches/import.rs: a 10,000-day
// file read from its bytes, previewed against a stored 10,000-day diary and merged), natively.
// Budget: the median run ≤ 1000 ms. Exits 1 over budget or when the bench printed no median.
//
//   node scripts/bench/import.mjs
import { spawn } from 'node:child_process';

export const BUDGET_MS = 1000;

/** The median in ms from the bench's output, or NaN. */
export function parseMedian(text) {
  const m = text.match(/import: median ([\d.]+) ms for (\d+) days/);
  return m ? { ms: Number(m[1]), days: Number(m[2]) } : { ms: NaN, days: 0 };
}

async function run() {
  return new Promise((ok, fail) => {
    const child = spawn('cargo', ['bench', '-p', 'mg-rls', '--bench', 'import'], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  const { ms, days } = parseMedian(await run());
  if (!Number.isFinite(ms) || days < 10000) {
    console.error('import: no median for 10,000 days found in the output');
    process.exit(1);
  }
  const ok = ms <= BUDGET_MS;
  console.log(`import: ${days} days in ${ms.toFixed(1)} ms (median) ${ok ? 'ok' : 'OVER'} (budget ${BUDGET_MS} ms)`);
  process.exit(ok ? 0 : 1);
}
