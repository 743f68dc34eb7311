// Draws the app's icons: a milk drop. color.png 192x192 (white drop on the accent colour),
// outline.png 32x32 (white drop on transparent, as Teams asks). Run: node deployment/teams/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ACCENT = [0xb5, 0x52, 0x3b];
const SUBSAMPLES = 4;

/** A drop in the unit square: a round belly with a point on top. */
function inDrop(u, v) {
  const cx = 0.5;
  const cy = 0.62;
  const r = 0.24;
  const tipY = 0.14;
  if ((u - cx) ** 2 + (v - cy) ** 2 <= r * r) return true;
  if (v < tipY || v > cy) return false;
  const halfWidth = r * ((v - tipY) / (cy - tipY)) ** 0.8;
  return Math.abs(u - cx) <= halfWidth;
}

/** How much of the pixel the shape covers, 0..1, by supersampling. */
function coverage(x, y, size, inside) {
  let hits = 0;
  for (let i = 0; i < SUBSAMPLES; i++) {
    for (let j = 0; j < SUBSAMPLES; j++) {
      if (inside((x + (i + 0.5) / SUBSAMPLES) / size, (y + (j + 0.5) / SUBSAMPLES) / size)) hits++;
    }
  }
  return hits / (SUBSAMPLES * SUBSAMPLES);
}

export function colorIcon(size = 192) {
  return encodePng(size, size, (x, y) => {
    const c = coverage(x, y, size, inDrop);
    const mix = (channel) => Math.round(channel * (1 - c) + 255 * c);
    return [mix(ACCENT[0]), mix(ACCENT[1]), mix(ACCENT[2]), 255];
  });
}

export function outlineIcon(size = 32) {
  return encodePng(size, size, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, size, inDrop))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(path.join(HERE, 'color.png'), colorIcon());
  fs.writeFileSync(path.join(HERE, 'outline.png'), outlineIcon());
  console.log('Wrote color.png (192x192) and outline.png (32x32) in', HERE);
}
