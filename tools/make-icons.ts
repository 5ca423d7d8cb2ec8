/**
 * Draws the add-in's ribbon/task-pane icons (assets/icon-{16,32,64,80}.png)
 * with nothing but Node's zlib, so a clean machine can regenerate them:
 *   npx tsx tools/make-icons.ts
 * The picture: an Excel-green rounded tile holding a white table (header band
 * and grid lines) with a check mark, i.e. "a checked appendix table".
 * Node-only on purpose: never imported by the add-in bundle.
 */
import { writeFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

type Rgba = [number, number, number, number];

const GREEN: Rgba = [0x1e, 0x71, 0x45, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [0xff, 0xc8, 0x3d, 255];

/** Coverage in [0,1] of pixel (x,y) by a shape, from 4x4 supersampling. */
function coverage(inside: (x: number, y: number) => boolean, x: number, y: number): number {
  let hit = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hit++;
  return hit / 16;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number) {
  return (x: number, y: number): boolean => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number) {
  return (x: number, y: number): boolean => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** A thick line segment (for the check mark). */
function segment(ax: number, ay: number, bx: number, by: number, w: number) {
  return (x: number, y: number): boolean => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
  };
}

function draw(size: number): Buffer {
  const px = new Float64Array(size * size * 4);
  const paint = (shape: (x: number, y: number) => boolean, c: Rgba) => {
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) {
        const a = coverage(shape, x, y) * (c[3] / 255);
        if (a === 0) continue;
        const i = (y * size + x) * 4;
        const da = px[i + 3];
        const oa = a + da * (1 - a);
        for (let k = 0; k < 3; k++) px[i + k] = oa === 0 ? 0 : (c[k] * a + px[i + k] * da * (1 - a)) / oa;
        px[i + 3] = oa;
      }
  };
  const s = size;
  paint(roundedRect(0, 0, s, s, s * 0.18), GREEN);
  // The table: a white frame with a header band and two grid rows.
  const m = s * 0.18;
  const t = Math.max(1, s / 16);
  paint(rect(m, m, s - m, m + s * 0.16), WHITE);
  paint(rect(m, m, m + t, s - m), WHITE);
  paint(rect(s - m - t, m, s - m, s - m), WHITE);
  paint(rect(m, s - m - t, s - m, s - m), WHITE);
  paint(rect(m, m + s * 0.38, s - m, m + s * 0.38 + t), WHITE);
  paint(rect(m + s * 0.3, m, m + s * 0.3 + t, s - m), WHITE);
  // The check mark, in gold so it reads at 16 px.
  paint(segment(s * 0.42, s * 0.62, s * 0.55, s * 0.76, Math.max(2, s * 0.11)), GOLD);
  paint(segment(s * 0.55, s * 0.76, s * 0.86, s * 0.44, Math.max(2, s * 0.11)), GOLD);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size * 4; x++) raw[y * (size * 4 + 1) + 1 + x] = Math.round(Math.min(255, px[y * size * 4 + x] * (x % 4 === 3 ? 255 : 1)));
  }
  return png(size, size, raw);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(w: number, h: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = [16, 32, 64, 80] as const;

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((n) => {
    const file = join(dir, `icon-${n}.png`);
    writeFileSync(file, draw(n));
    return file;
  });
}

if (require.main === module) {
  for (const f of writeIcons(join(__dirname, '../assets'))) process.stdout.write(`${f}\n`);
}
