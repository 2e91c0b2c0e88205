// Trunk post_build hook (Trunk.toml [[hooks]]): finishes the staged build before Trunk moves it to
// dist/.
//
// 1. Points the manifest and icon links of index.html at Trunk's public URL (the links Trunk
//    writes itself already are), so they resolve at any path the app is opened from.
// 2. Release builds: one stylesheet instead of five and the JS glue minified (scripts/bundle.mjs).
// 3. Adds the Content-Security-Policy <meta> to index.html (scripts/csp.mjs: hashes of the inline
//    loader script); the last change to index.html, as the worker's version hashes it.
// 4. Writes sw.js from assets/sw.js with the exact file list of this build and a version derived
//    from every file's content: a new build means a new sw.js, which browsers install as an update.
//
// A few lines of Node instead of a precache library (Workbox and the like): no dependency to
// install or audit, and exact control over what is cached. Needs only node:fs and node:crypto.
//
//   TRUNK_STAGING_DIR  the staged build (required)
//   TRUNK_PROFILE      "release" | "debug" (debug writes a worker that removes itself)
//   TRUNK_PUBLIC_URL   e.g. "/" or "/sub/path/" (default "/")
//
// Also usable by hand on a finished build: TRUNK_STAGING_DIR=dist node scripts/post_build.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';
import { applyCsp } from './csp.mjs';

const WORKER = 'sw.js';
const TEMPLATE = new URL('../assets/sw.js', import.meta.url);

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** index.html with relative manifest/icon links made absolute under `publicUrl` (idempotent). */
export function absoluteLinks(html, publicUrl) {
  if (!/^(\/|[a-z]+:)/i.test(publicUrl)) return html; // a relative public URL: leave them relative
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return html.replace(/\bhref=(["']?)(manifest\.webmanifest|icons\/[\w.-]+)\1/g, `href=$1${base}$2$1`);
}

/** The service worker source for the build in `dir`. */
export function workerSource(dir, { dev = false } = {}) {
  const files = dev ? [] : listFiles(dir).filter((f) => f !== WORKER);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')}\n`);
  }
  const build = { version: dev ? 'dev' : hash.digest('hex').slice(0, 16), dev, files };
  const template = readFileSync(TEMPLATE, 'utf8');
  const line = /^const BUILD = \/\* BUILD \*\/ .*;$/m;
  if (!line.test(template)) throw new Error('assets/sw.js: the "const BUILD = /* BUILD */ ...;" line is missing');
  return { build, source: template.replace(line, `const BUILD = /* BUILD */ ${JSON.stringify(build)};`) };
}

/** Runs the hook on the build in `staging`. */
export async function postBuild(staging, { dev = false, publicUrl = '/' } = {}) {
  const indexPath = join(staging, 'index.html');
  writeFileSync(indexPath, absoluteLinks(readFileSync(indexPath, 'utf8'), publicUrl));
  if (!dev) await bundle(staging);
  await applyCsp(staging);
  const { build, source } = workerSource(staging, { dev });
  writeFileSync(join(staging, WORKER), source);
  console.log(
    dev
      ? 'post_build: debug build, sw.js unregisters itself (no offline cache while developing)'
      : `post_build: sw.js version ${build.version}, precaching ${build.files.length} files`,
  );
  return build;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error('post_build: TRUNK_STAGING_DIR is not set (run by Trunk, or set it to a build directory)');
    process.exit(1);
  }
  await postBuild(staging, {
    dev: process.env.TRUNK_PROFILE === 'debug',
    publicUrl: process.env.TRUNK_PUBLIC_URL ?? '/',
  });
}
