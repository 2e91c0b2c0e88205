// The release build's finishing step (scripts/bundle.mjs): stylesheets joined in order into one,
// the JS glue minified, and every `integrity` matching the file it names — in a made-up build and
// in the real dist/.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bundle } from '../../scripts/bundle.mjs';
import { attr } from '../../scripts/html_attr.mjs';
import { DIST } from './helpers.mjs';

const sri = (body) => `sha384-${createHash('sha384').update(body).digest('base64')}`;
const links = (html) => [...html.matchAll(/<link\b[^>]*>/gi)].map(([t]) => t);

/** Every <link>/<script src> with an integrity names a file whose hash it is. */
async function assertIntegrity(dir, html) {
  const tags = [...html.matchAll(/<(?:link|script)\b[^>]*\sintegrity=[^>]*>/gi)].map(([t]) => t);
  assert.ok(tags.length >= 2, 'stylesheet and glue carry integrity');
  // Not the wasm's preload link: Chromium ignores integrity there and warns on every load.
  assert.deepEqual(links(html).filter((t) => attr(t, 'rel') === 'preload' && attr(t, 'as') === 'fetch' && attr(t, 'integrity')), []);
  for (const tag of tags) {
    // Files sit at the public URL's root, a wasm-bindgen snippet in snippets/<crate>/.
    const url = attr(tag, 'href') ?? attr(tag, 'src');
    const file = url.includes('/snippets/') ? url.slice(url.indexOf('snippets/')) : url.split('/').pop();
    assert.equal(attr(tag, 'integrity'), sri(await readFile(join(dir, file))), file);
  }
}

test('bundle: stylesheets joined in order under the first one\'s path, glue minified, idempotent', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mg-bundle-'));
  await writeFile(join(dir, 'app-1.css'), 'a{color:red}\n');
  await writeFile(join(dir, 'dose-2.css'), 'b{color:blue}');
  await writeFile(join(dir, 'print-3.css'), '@media print{c{display:none}}');
  const glue = 'export function greet(name) {\n  const message = "hello " + name;\n  return message;\n}\n';
  await writeFile(join(dir, 'glue-4.js'), glue);
  await writeFile(join(dir, 'glue-4_bg.wasm'), 'wasm');
  await writeFile(join(dir, 'index.html'), [
    '<html><head>',
    '<link href=/sub/app-1.css integrity=sha384-x rel=stylesheet>',
    '<link href=/sub/dose-2.css integrity=sha384-y rel=stylesheet>',
    '<link href="https://example.org/x.css" rel=stylesheet>',
    '<link href=/sub/print-3.css integrity=sha384-z rel=stylesheet>',
    `<link crossorigin href=/sub/glue-4.js integrity=sha384-w rel=modulepreload>`,
    `<link as=fetch href=/sub/glue-4_bg.wasm integrity=${sri('wasm')} rel=preload>`,
    '</head></html>',
  ].join('\n'));

  await bundle(dir);
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const sheets = links(html).filter((t) => attr(t, 'rel') === 'stylesheet');
  assert.equal(sheets.length, 2, 'one local stylesheet, the foreign one untouched');
  const href = attr(sheets[0], 'href');
  assert.match(href, /^\/sub\/app-[0-9a-f]{16}\.css$/);
  assert.equal(attr(sheets[1], 'href'), 'https://example.org/x.css');
  const name = href.split('/').pop();
  assert.equal(await readFile(join(dir, name), 'utf8'), 'a{color:red}\nb{color:blue}\n@media print{c{display:none}}');
  assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith('.css')), [name], 'the joined files are gone');
  const minified = await readFile(join(dir, 'glue-4.js'), 'utf8');
  assert.ok(minified.length < glue.length && minified.includes('greet'), minified);
  await assertIntegrity(dir, html);

  await bundle(dir);
  const again = await readFile(join(dir, 'index.html'), 'utf8');
  assert.equal(again, html, 'a second run changes nothing');
});

test('bundle: the release dist/ has one stylesheet and a minified glue, with matching integrity', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.equal(links(html).filter((t) => attr(t, 'rel') === 'stylesheet').length, 1);
  const glue = links(html).find((t) => attr(t, 'rel') === 'modulepreload' && !attr(t, 'href').includes('/snippets/'));
  const js = await readFile(join(DIST, attr(glue, 'href').split('/').pop()), 'utf8');
  assert.ok(!/\n\s+/.test(js.slice(0, 2000)), 'no indented lines: minified');
  // The full build, imported when an on-demand screen opens: hashed names, given by a <meta>; its
  // glue is minified and loads its own wasm.
  // One build starts: Trunk's loader waits for the full build a direct link started, and the
  // first-load wasm is preloaded by the inline script only for the other links.
  assert.match(html, /<script type=module>import init[^\n]*\nif \(!\(window\.mgRlsFullStarted && await window\.mgRlsFullStarted\)\) \{\nconst wasm = await init/);
  assert.match(html, /<meta name=mg-rls-wasm content=\/mg-rls-[0-9a-f]{16}_bg\.wasm>/);
  assert.deepEqual(links(html).filter((t) => attr(t, 'rel') === 'preload'), []);
  const name = html.match(/<meta name=mg-rls-full content=(mg-rls-full-[0-9a-f]{16}\.js)>/)?.[1];
  assert.ok(name, 'index.html names the full build');
  const full = await readFile(join(DIST, name), 'utf8');
  assert.ok(!/\n\s+/.test(full.slice(0, 2000)), 'full build glue minified');
  assert.ok(full.includes(name.replace(/\.js$/, '_bg.wasm')), 'the glue names its hashed wasm');
  await readFile(join(DIST, name.replace(/\.js$/, '_bg.wasm')));
  assert.ok(!(await readdir(DIST)).includes('mg-rls-full.js'), 'no unhashed copy left');
  await assertIntegrity(DIST, html);
});
