import zlib from 'node:zlib';

export interface RgbaImage {
  width: number;
  height: number;
  /** [r, g, b, a] of every pixel, row by row. */
  pixels: Array<[number, number, number, number]>;
}

/** Reads 8-bit RGBA PNGs whose rows all use filter 0, which is what our icon script writes. */
export function readRgbaPng(png: Buffer): RgbaImage {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6) throw new Error('expected 8-bit RGBA');
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels: RgbaImage['pixels'] = [];
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4);
    if (raw[row] !== 0) throw new Error('unsupported row filter');
    for (let x = 0; x < width; x++) {
      const p = row + 1 + x * 4;
      pixels.push([raw[p] ?? 0, raw[p + 1] ?? 0, raw[p + 2] ?? 0, raw[p + 3] ?? 0]);
    }
  }
  return { width, height, pixels };
}
