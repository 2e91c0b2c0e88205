// Content-Security-Policy for the built app, as a <meta> tag in dist/index.html.
//
// Trunk's index.html starts the app with an inline module script; instead of 'unsafe-inline' the
// policy lists the SHA-256 of each inline script's exact text, computed here after Trunk has
// written (and minified) the file. Run it as the last HTML change of the post-build hook, before
// anything that hashes index.html (a service worker's precache revision):
//
//   import { applyCsp } from './csp.mjs';
//   await applyCsp(process.env.TRUNK_STAGING_DIR);
//
// or by hand: node scripts/csp.mjs [dist]
//
// Notes
// - No 'unsafe-inline' for style attributes either: the app writes no `style="…"` (the dose
//   slider's marks are SVG geometry attributes; the panic panel sets `style.cssText`, which is
//   the CSSOM and not restricted by a CSP).
// - `frame-ancestors`, `report-uri` and `sandbox` are ignored in a <meta> policy (Chromium logs an
//   error for frame-ancestors): a host that wants to restrict framing sends the header itself.
// - `trunk serve` injects a live-reload script whose text Trunk rewrites at serve time, so it
//   cannot be hashed here: a file with that script is left without a policy (development only).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixed directives; script hashes are added to script-src. */
export const BASE_POLICY = [
  ["default-src", "'self'"],
  ["script-src", "'self'", "'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self'", "data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["frame-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'none'"],
];

const META_RE = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi;
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE_RE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const HANDLER_RE = /<[a-z][^>]*\s(on[a-z]+)\s*=/i;
const DEV_RELOAD_MARK = '{{__TRUNK_ADDRESS__}}';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy text for one HTML document (throws on what a strict policy cannot allow). */
export function policyFor(html) {
  const withoutMeta = html.replace(META_RE, '');
  const handler = withoutMeta.match(HANDLER_RE);
  if (handler) throw new Error(`inline event handler attribute ${handler[1]}= cannot be allowed by the CSP`);
  const scriptHashes = [];
  for (const [, attrs, body] of withoutMeta.matchAll(SCRIPT_RE)) {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    // Data blocks are never run, so script-src does not apply to them.
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs)) continue;
    scriptHashes.push(sha256(body));
  }
  const styleHashes = [...withoutMeta.matchAll(STYLE_RE)].map(([, body]) => sha256(body));
  const directives = BASE_POLICY.map((d) => [...d]);
  directives.find((d) => d[0] === 'script-src').push(...new Set(scriptHashes));
  directives.find((d) => d[0] === 'style-src').push(...new Set(styleHashes));
  return directives.map((d) => d.join(' ')).join('; ');
}

/** Inserts (or replaces) the CSP meta tag of one HTML string; returns the new text. */
export function withCsp(html) {
  const policy = policyFor(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const stripped = html.replace(META_RE, '');
  // First thing in <head> after the charset, so it governs every script and stylesheet.
  const charset = stripped.match(/<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i);
  if (charset) return stripped.replace(charset[0], `${charset[0]}${meta}`);
  const head = stripped.match(/<head\b[^>]*>/i);
  if (head) return stripped.replace(head[0], `${head[0]}${meta}`);
  throw new Error('no <head> or <meta charset> to put the CSP after');
}

/**
 * Adds the policy to `files` (default index.html) in `distDir`. Returns { file: policy | null }
 * (null: a development build with Trunk's live-reload script, left as it is).
 */
export async function applyCsp(distDir, { files = ['index.html'], log = console.log } = {}) {
  if (!distDir) throw new Error('applyCsp: no dist directory (TRUNK_STAGING_DIR unset?)');
  const result = {};
  for (const name of files) {
    const path = join(distDir, name);
    const html = await readFile(path, 'utf8');
    if (html.includes(DEV_RELOAD_MARK)) {
      log(`[csp] ${name}: development build with Trunk's live-reload script, no CSP added`);
      result[name] = null;
      continue;
    }
    const next = withCsp(html);
    await writeFile(path, next);
    result[name] = policyFor(next);
    log(`[csp] ${name}: ${result[name]}`);
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
  await applyCsp(dist);
}
