// Release-build finishing for the post_build hook (scripts/post_build.mjs), before the CSP and the
// worker's file list are made:
//
// 1. One stylesheet: the styles/ files (one concept each) that Trunk copies and minifies one by
//    one are joined, in their order, into a single `app-<hash>.css`. One request instead of five,
//    and about 1.6 KB less gzip (one compression window instead of five).
// 2. The wasm-bindgen JS glue of both builds minified with terser (Trunk's own minifier cannot
//    parse it): about 1.8 KB less gzip on the first load.
//
// 3. The full build (imported on demand, src/platform/full_app.rs) gets content-hashed names, like
//    every file Trunk names, written into index.html as <meta name="mg-rls-full">: a page never
//    pairs the glue of one build with the wasm of another from an HTTP cache (an embed has no
//    service worker).
//
// 4. The wasm preload links lose their `integrity`, which Chromium ignores there and warns about
//    (`dropPreloadIntegrity`); every other tag keeps it.
//
// 5. One build starts, never both: a link straight to an on-demand screen starts only the full
//    build (`startOnlyOneBuild`).
//
// Each change rewrites the tag's `integrity` (SHA-384, as Trunk writes it). Both steps are
// idempotent: a single stylesheet is left alone, and minifying minified glue changes nothing that
// matters. Run by hand on a finished build: TRUNK_STAGING_DIR=dist node scripts/post_build.mjs
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { minify } from 'terser';
import { attr } from './html_attr.mjs';

const LINK_RE = /<link\b[^>]*>/gi;

const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;

/** `tag` with its `integrity` set to that of `body`. */
function withIntegrity(tag, body) {
  return tag.replace(/\sintegrity\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, ` integrity=${sri(body)}`);
}

/** Joins every local stylesheet of index.html into the first one's place; returns the new html. */
export async function mergeStyles(dir, html) {
  const links = [...html.matchAll(LINK_RE)]
    .map(([tag]) => tag)
    .filter((tag) => /^stylesheet$/i.test(attr(tag, 'rel') ?? '') && /\.css$/.test(attr(tag, 'href') ?? '') && !/^[a-z]+:|^\/\//i.test(attr(tag, 'href')));
  if (links.length < 2) return html;
  const files = links.map((tag) => basename(attr(tag, 'href')));
  const bodies = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  const css = bodies.map((b) => b.trim()).join('\n');
  if (/@(import|charset)\b/i.test(css)) throw new Error('bundle: @import/@charset must be first in a stylesheet; cannot join');
  const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  await Promise.all(files.map((f) => rm(join(dir, f))));
  await writeFile(join(dir, name), css);
  const href = attr(links[0], 'href');
  const first = withIntegrity(links[0].replace(href, href.slice(0, href.length - files[0].length) + name), css);
  let out = html.replace(links[0], first);
  for (const tag of links.slice(1)) out = out.replace(tag, '');
  return out;
}

/** The full build's glue (src/platform/full_app.rs): imported on demand, so index.html does not name it. */
export const ON_DEMAND_GLUE = 'mg-rls-full.js';

/** `path` minified in place; returns the new text. */
async function minifyFile(path) {
  const { code } = await minify(await readFile(path, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  await writeFile(path, code);
  return code;
}

/** The wasm-bindgen glue Trunk preloads (not a snippet): the first-load build's. */
export const isGlue = (tag) => /^modulepreload$/i.test(attr(tag, 'rel') ?? '') && !/\/snippets\//.test(attr(tag, 'href') ?? '');

/** Minifies the JS glue of both builds; returns the new html. */
export async function minifyGlue(dir, html) {
  const onDemand = join(dir, ON_DEMAND_GLUE);
  if (await readFile(onDemand).then(() => true, () => false)) await minifyFile(onDemand);
  const tag = [...html.matchAll(LINK_RE)].map(([t]) => t).find(isGlue);
  if (!tag) return html;
  const code = await minifyFile(join(dir, basename(attr(tag, 'href'))));
  return html.replace(tag, withIntegrity(tag, code));
}

/** The <meta> naming the full build's glue for src/platform/full_app.rs. */
export const FULL_BUILD_META = 'mg-rls-full';

/** Renames the full build's two files to content-hashed names and names them in `html`. */
export async function hashFullBuild(dir, html) {
  const js = await readFile(join(dir, ON_DEMAND_GLUE), 'utf8').catch(() => null);
  if (js === null) return html; // none, or already renamed
  const wasmName = ON_DEMAND_GLUE.replace(/\.js$/, '_bg.wasm');
  const wasm = await readFile(join(dir, wasmName));
  const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  const stem = `${ON_DEMAND_GLUE.replace(/\.js$/, '')}-${hash}`;
  if (!js.includes(wasmName)) throw new Error(`bundle: ${ON_DEMAND_GLUE} does not name ${wasmName}`);
  await writeFile(join(dir, `${stem}.js`), js.split(wasmName).join(`${stem}_bg.wasm`));
  await rename(join(dir, wasmName), join(dir, `${stem}_bg.wasm`));
  await rm(join(dir, ON_DEMAND_GLUE));
  // Before the first script: index.html's inline script reads it while the page is parsed.
  const meta = `<meta name=${FULL_BUILD_META} content=${stem}.js>`;
  return /<script\b/i.test(html) ? html.replace(/<script\b/i, `${meta}<script`) : html.replace(/<\/head>/i, `${meta}</head>`);
}

/** A `<link rel=preload as=fetch>`: how Trunk preloads a wasm file. */
const isFetchPreload = (tag) => /^preload$/i.test(attr(tag, 'rel') ?? '') && /^fetch$/i.test(attr(tag, 'as') ?? '');

/**
 * Trunk's `<link rel=preload as=fetch>` for a wasm file carries an `integrity` that Chromium
 * ignores and warns about on every load ("The `integrity` attribute is currently ignored for
 * preload destinations that do not support subresource integrity"): dropped from those preload
 * links only. Stylesheets, scripts and module preloads keep theirs.
 */
export function dropPreloadIntegrity(html) {
  return html.replace(LINK_RE, (tag) =>
    isFetchPreload(tag)
      ? tag.replace(/\sintegrity\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '')
      : tag);
}

/**
 * A link straight to an on-demand screen starts the full build from index.html's inline script,
 * which sets `window.mgRlsFullStarted` (true once it runs, false if it could not be loaded). Trunk's
 * module script, which starts the first-load build, then waits for that and starts the first-load
 * build only when there is no such link or the full build failed (its app then says so on the
 * screen). The first-load wasm's preload goes too: the inline script adds it back for the other
 * links (its address in <meta name="mg-rls-wasm">), so a direct link fetches one build, not two.
 * Idempotent.
 */
export function startOnlyOneBuild(html) {
  const script = [...html.matchAll(/<script\b[^>]*\btype=["']?module["']?[^>]*>([\s\S]*?)<\/script>/gi)]
    .find(([, body]) => /\bawait init\(/.test(body));
  if (!script || script[1].includes('mgRlsFullStarted')) return html;
  const [imports, ...rest] = script[1].trim().split('\n');
  const body = `${imports}\nif (!(window.mgRlsFullStarted && await window.mgRlsFullStarted)) {\n${rest.join('\n')}\n}`;
  let wasm = null;
  html = html.replace(script[0], script[0].replace(script[1], body));
  html = html.replace(LINK_RE, (tag) => {
    if (isFetchPreload(tag) && /_bg\.wasm$/.test(attr(tag, 'href') ?? '')) {
      wasm = attr(tag, 'href');
      return '';
    }
    return tag;
  });
  if (wasm === null) return html;
  const meta = `<meta name=${FIRST_LOAD_WASM_META} content=${wasm}>`;
  return html.replace(/<script\b/i, `${meta}<script`);
}

/** The <meta> naming the first-load build's wasm, for index.html's inline script. */
export const FIRST_LOAD_WASM_META = 'mg-rls-wasm';

/** The five steps on the build in `dir`. */
export async function bundle(dir) {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  html = await mergeStyles(dir, html);
  html = await minifyGlue(dir, html);
  html = await hashFullBuild(dir, html);
  html = dropPreloadIntegrity(html);
  html = startOnlyOneBuild(html);
  await writeFile(indexPath, html);
}
