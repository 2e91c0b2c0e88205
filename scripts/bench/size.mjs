// Size of the release build: every dist/ file raw, gzip (-9) and brotli (q11), and the first-load
// transfer: index.html plus everything it loads (stylesheets, the JS glue and the wasm the inline
// loader imports, preloads, icons, manifest). Files nothing on the page loads at first (the embed
// demo page, manifest-only icons, a service worker's precache) are listed but not counted.
// Budget: first-load gzip total ≤ 220 KB (225,280 bytes). Exits 1 over budget. Brotli is printed
// beside gzip (what most hosts serve).
//
//   node scripts/bench/size.mjs [dist] [--json]
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { attr } from '../html_attr.mjs';

// SIZE_BUDGET_GZIP_KB overrides it for an experiment; CI uses the default.
export const BUDGET_GZIP_BYTES = Number(process.env.SIZE_BUDGET_GZIP_KB || 220) * 1024;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // Trunk's .stage of an unfinished build
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

/** Local paths (relative to dist) that index.html loads on first paint. */
export function firstLoadRefs(html) {
  const refs = new Set();
  const local = (url) => {
    if (!url || /^(data:|blob:|[a-z]+:\/\/|\/\/|#|mailto:)/i.test(url)) return;
    refs.add(url.replace(/^\.?\//, '').split(/[?#]/)[0]);
  };
  for (const [tag] of html.matchAll(/<(link|script|img|source)\b[^>]*>/gi)) {
    if (/^<link/i.test(tag)) {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase();
      // Prefetch is for later and apple-touch-icon for a home-screen icon (only Safari fetches
      // it, when adding to the home screen); everything else a link names is fetched at load.
      if (!/prefetch|alternate|canonical|dns-prefetch|preconnect|apple-touch-icon/.test(rel)) local(attr(tag, 'href'));
    } else {
      local(attr(tag, 'src'));
    }
  }
  // Trunk's inline loader: import … from '/x.js'; init({ module_or_path: '/x_bg.wasm' }).
  for (const [, body] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, url] of body.matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)) local(url);
    for (const [, url] of body.matchAll(/module_or_path\s*:\s*['"]([^'"]+)['"]/g)) local(url);
  }
  return refs;
}

export async function measure(dist) {
  const files = (await walk(dist)).sort();
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const first = firstLoadRefs(html);
  first.add('index.html');
  // Static imports inside the JS glue (wasm-bindgen snippets), one level deep is all there is.
  for (const ref of [...first].filter((r) => r.endsWith('.js'))) {
    const js = await readFile(join(dist, ref), 'utf8').catch(() => '');
    for (const [, url] of js.matchAll(/^\s*import\s[^'"]*['"](\.{0,2}\/[^'"]+)['"]/gm)) {
      first.add(relative(dist, resolve(dist, ref, '..', url)));
    }
  }
  const rows = [];
  for (const path of files) {
    const name = relative(dist, path);
    const body = await readFile(path);
    rows.push({
      file: name,
      raw: (await stat(path)).size,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
      firstLoad: first.has(name),
    });
  }
  // A service worker's precache (scripts/post_build.mjs writes its file list into sw.js) is
  // fetched in the background after the first load: reported, not budgeted.
  const sw = await readFile(join(dist, 'sw.js'), 'utf8').catch(() => '');
  const build = sw.match(/const BUILD = \/\* BUILD \*\/ (\{.*\});/);
  const precache = new Set(build ? JSON.parse(build[1]).files ?? [] : []);
  if (build) precache.add('sw.js');
  for (const r of rows) r.precache = precache.has(r.file);
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const firstRows = rows.filter((r) => r.firstLoad);
  const missing = [...first].filter((f) => !rows.some((r) => r.file === f));
  return {
    rows,
    missing,
    total: { raw: sum(rows, 'raw'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') },
    firstLoad: { raw: sum(firstRows, 'raw'), gzip: sum(firstRows, 'gzip'), brotli: sum(firstRows, 'brotli') },
    firstVisit: build ? (() => {
      const all = rows.filter((r) => r.firstLoad || r.precache);
      return { raw: sum(all, 'raw'), gzip: sum(all, 'gzip'), brotli: sum(all, 'brotli') };
    })() : null,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  const m = await measure(dist);
  if (args.includes('--json')) {
    console.log(JSON.stringify(m, null, 2));
  } else {
    const line = (a, b, c, d) => console.log(`${a.padEnd(46)} ${String(b).padStart(10)} ${String(c).padStart(10)} ${String(d).padStart(10)}`);
    line('file (* first load, + precached later)', 'raw', 'gzip', 'brotli');
    for (const r of m.rows) line(`${r.firstLoad ? '*' : r.precache ? '+' : ' '} ${r.file}`, r.raw, r.gzip, r.brotli);
    line('all files (bytes)', m.total.raw, m.total.gzip, m.total.brotli);
    line('FIRST LOAD (bytes)', m.firstLoad.raw, m.firstLoad.gzip, m.firstLoad.brotli);
    if (m.firstVisit) line('first visit incl. worker precache', m.firstVisit.raw, m.firstVisit.gzip, m.firstVisit.brotli);
    console.log(`first load: ${kb(m.firstLoad.raw)} raw, ${kb(m.firstLoad.gzip)} gzip, ${kb(m.firstLoad.brotli)} brotli; budget ${kb(BUDGET_GZIP_BYTES)} gzip`);

  }
  if (m.missing.length) {
    console.error(`size: index.html loads files missing from ${dist}: ${m.missing.join(', ')}`);
    process.exit(1);
  }
  if (m.firstLoad.gzip > BUDGET_GZIP_BYTES) {
    console.error(`size: OVER BUDGET: first load ${m.firstLoad.gzip} bytes gzip > ${BUDGET_GZIP_BYTES}`);
    process.exit(1);
  }
  console.log(`size: within budget (${kb(m.firstLoad.gzip)} gzip, ${kb(m.firstLoad.brotli)} brotli; budget ${kb(BUDGET_GZIP_BYTES)} gzip)`);
}
