// Draws the app icons (PNG) from a few shapes: a blue tile, "Mg" in white strokes and an amber
// crescent moon (restless legs are an evening and night complaint). No dependencies: shapes are
// signed distances sampled 3×3 per pixel, written as palette PNGs with node:zlib.
//
//   node scripts/make_icons.mjs            writes assets/icons/*.png (committed; the build only copies them)
//   import { renderIcons } from ...        the same images in memory (tests/e2e/pwa.test.mjs checks the
//                                          committed files still match this script)
//
// The PNGs are committed rather than made at build time so `trunk build` needs no extra step and
// the files in dist/ are byte-identical across machines (deflate output can differ between zlib
// versions; the pixels cannot).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1d, 0x5b, 0xa3, 255]; // --accent of the light theme
const WHITE = [255, 255, 255, 255];
const AMBER = [0xf5, 0xc6, 0x6b, 255]; // --warn of the dark theme
const CLEAR = [0, 0, 0, 0];

/** The icons: file name, pixel size, whether the tile fills the square (maskable), artwork scale. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, fullBleed: false, scale: 1 },
  { file: 'icon-512.png', size: 512, fullBleed: false, scale: 1 },
  // Maskable: the platform crops to its own shape; keep the artwork inside the central safe circle
  // (radius 40 % of the size).
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true, scale: 0.78 },
  // iOS rounds the corners itself and shows transparency as black: full-bleed too.
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true, scale: 0.9 },
  { file: 'favicon-32.png', size: 32, fullBleed: false, scale: 1.1 },
];

const segment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
const polyline = (px, py, pts) => {
  let d = Infinity;
  for (let i = 1; i < pts.length; i++) d = Math.min(d, segment(px, py, ...pts[i - 1], ...pts[i]));
  return d;
};
/** Distance to the arc of circle (cx, cy, r) between angles a0..a1 (radians, y pointing down). */
const arc = (px, py, cx, cy, r, a0, a1) => {
  let a = Math.atan2(py - cy, px - cx);
  if (a < a0) a += 2 * Math.PI;
  if (a >= a0 && a <= a1) return Math.abs(Math.hypot(px - cx, py - cy) - r);
  const end = (t) => Math.hypot(px - cx - r * Math.cos(t), py - cy - r * Math.sin(t));
  return Math.min(end(a0), end(a1));
};

const STROKE = 0.075;
const M = [[0.185, 0.68], [0.185, 0.38], [0.305, 0.56], [0.425, 0.38], [0.425, 0.68]];

/** The colour at (x, y) in unit coordinates of the artwork. */
function artwork(x, y) {
  // Crescent moon, top right.
  const inMoon = Math.hypot(x - 0.735, y - 0.25) < 0.115 && Math.hypot(x - 0.785, y - 0.205) > 0.1;
  if (inMoon) return AMBER;
  // "M".
  if (polyline(x, y, M) < STROKE / 2) return WHITE;
  // "g": bowl, stem, hook.
  const g =
    arc(x, y, 0.615, 0.575, 0.105, -Math.PI, Math.PI) < STROKE / 2 ||
    segment(x, y, 0.72, 0.47, 0.72, 0.74) < STROKE / 2 ||
    arc(x, y, 0.615, 0.74, 0.105, 0, 0.85 * Math.PI) < STROKE / 2;
  return g ? WHITE : null;
}

function colourAt(x, y, icon) {
  // Tile: the whole square, or a rounded square with transparent corners.
  if (!icon.fullBleed) {
    const r = 0.2;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) > r) return CLEAR;
  }
  const s = icon.scale;
  return artwork((x - 0.5) / s + 0.5, (y - 0.5) / s + 0.5) ?? BLUE;
}

/** RGBA pixels of one icon, 3×3 samples per pixel averaged. */
function render(icon) {
  const { size } = icon;
  const n = 3;
  const px = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const sum = [0, 0, 0, 0];
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const c = colourAt((i + (si + 0.5) / n) / size, (j + (sj + 0.5) / n) / size, icon);
          // Premultiplied, so transparent samples do not darken the edge.
          for (let k = 0; k < 3; k++) sum[k] += (c[k] * c[3]) / 255;
          sum[3] += c[3];
        }
      }
      const o = (j * size + i) * 4;
      const a = sum[3] / (n * n);
      for (let k = 0; k < 3; k++) px[o + k] = a ? Math.round((sum[k] / (n * n)) * (255 / a)) : 0;
      px[o + 3] = Math.round(a);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of `size`×`size` RGBA pixels: indexed colour (≤ 256 colours, the usual case here), else RGBA. */
export function encodePng(size, rgba) {
  const keyAt = (o) => ((rgba[o] << 24) | (rgba[o + 1] << 16) | (rgba[o + 2] << 8) | rgba[o + 3]) >>> 0;
  const colours = new Map();
  for (let o = 0; o < rgba.length && colours.size <= 256; o += 4) {
    if (!colours.has(keyAt(o))) colours.set(keyAt(o), colours.size);
  }
  const indexed = colours.size <= 256;
  const bpp = indexed ? 1 : 4;
  const raw = Buffer.alloc(size * (size * bpp + 1));
  for (let j = 0; j < size; j++) {
    const row = j * (size * bpp + 1); // filter byte 0 (none)
    for (let i = 0; i < size; i++) {
      const o = (j * size + i) * 4;
      if (indexed) {
        raw[row + 1 + i] = colours.get(keyAt(o));
      } else {
        for (let k = 0; k < 4; k++) raw[row + 1 + i * 4 + k] = rgba[o + k];
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = indexed ? 3 : 6; // palette : RGBA
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (indexed) {
    const keys = [...colours.keys()];
    parts.push(chunk('PLTE', Buffer.from(keys.flatMap((k) => [k >>> 24, (k >>> 16) & 255, (k >>> 8) & 255]))));
    parts.push(chunk('tRNS', Buffer.from(keys.map((k) => k & 255))));
  }
  parts.push(chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** Every icon as { file, size, png }. */
export function renderIcons() {
  return ICONS.map((icon) => ({ file: icon.file, size: icon.size, png: encodePng(icon.size, render(icon)) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const { file, png } of renderIcons()) {
    writeFileSync(`${dir}${file}`, png);
    console.log(`assets/icons/${file}  ${png.length} bytes`);
  }
}
