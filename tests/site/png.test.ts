// The figures' PNGs (png.ts): rendered in worker threads at twice the SVG's size, in input order, on white, with
// the report font; kept in the cache by the SVG's hash; a broken SVG fails the build instead of leaving a gap.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { PNG_OPTIONS, PNG_SCALE, PngRenderer, withPngRenderer } from '../../scripts/site/png.ts';

const svgsToPng = (svgs: readonly string[], cacheDir: string | null) => withPngRenderer(cacheDir, (pngs) => pngs.render(svgs));

const svg = (width: number, text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40"><text x="4" y="30" font-family="Source Sans 3" font-size="24" fill="#000">${text}</text></svg>`;

/** Width and height from the PNG's IHDR chunk. */
function size(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('PngRenderer', () => {
  it('renders each SVG at twice its size, in the order given', async () => {
    const widths = [100, 120, 140, 160, 180];
    const pngs = await svgsToPng(widths.map((w) => svg(w, 'Aa')), null);
    expect(PNG_SCALE).toBe(2);
    expect(pngs.map(size)).toEqual(widths.map((w) => [w * 2, 80]));
  });

  it('draws text with the report font: different words give different images, the same SVG the same bytes', async () => {
    const [a, b, a2, empty] = await svgsToPng([svg(100, 'Aa'), svg(100, 'Bb'), svg(100, 'Aa'), svg(100, '')], null);
    expect(a!.equals(b!)).toBe(false);
    expect(a!.equals(a2!)).toBe(true);
    expect(a!.equals(empty!)).toBe(false);
  });

  it('keeps each PNG in the cache folder and takes it from there next time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
    dirs.push(dir);
    const first = await svgsToPng([svg(100, 'Aa'), svg(110, 'Bb')], dir);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    const again = await svgsToPng([svg(110, 'Bb'), svg(100, 'Aa')], dir);
    expect(again[0]!.equals(first[1]!)).toBe(true);
    expect(again[1]!.equals(first[0]!)).toBe(true);
  });

  it('fails on an SVG that cannot be read', async () => {
    await expect(svgsToPng([svg(100, 'Aa'), '<svg', svg(100, 'Bb')], null)).rejects.toThrow(/kon niet als PNG worden getekend/);
  });

  it('renders what was prefetched once, and gives the same bytes as a fresh render', async () => {
    const svgs = Array.from({ length: 20 }, (_, i) => svg(100 + i, `Figuur ${i}`));
    const renderer = new PngRenderer(null);
    try {
      renderer.prefetch(svgs.slice(0, 12));
      renderer.prefetch(['<svg']); // fails only where it is asked for
      const pngs = await renderer.render(svgs);
      expect(pngs.map((p) => size(p)[0])).toEqual(svgs.map((_, i) => (100 + i) * 2));
      expect(pngs).toEqual(await svgsToPng(svgs, null));
      await expect(renderer.render(['<svg'])).rejects.toThrow(/kon niet als PNG worden getekend/);
    } finally {
      await renderer.close();
    }
  });
});

describe('the PNG encoder', () => {
  it('writes exactly the pixels resvg drew, as RGB without filters, with valid chunk checksums', async () => {
    const source = svg(150, 'Figuur 1,5%');
    const [png] = await svgsToPng([source], null);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png!.length; ) {
      const length = png!.readUInt32BE(at);
      const type = png!.subarray(at + 4, at + 8).toString('latin1');
      const data = png!.subarray(at + 8, at + 8 + length);
      expect(png!.readUInt32BE(at + 8 + length), type).toBe(crc32(png!.subarray(at + 4, at + 8 + length)));
      chunks.push({ type, data });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const [width, height] = size(png!);
    expect([chunks[0]!.data[8], chunks[0]!.data[9]]).toEqual([8, 2]); // 8 bits, RGB
    const raw = inflateSync(chunks[1]!.data);
    const drawn = new Resvg(source, PNG_OPTIONS).render();
    expect([drawn.width, drawn.height]).toEqual([width, height]);
    const pixels = drawn.pixels; // a getter that copies: read it once
    const rgb = Buffer.alloc((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width * 3; x++) rgb[y * (width * 3 + 1) + 1 + x] = pixels[y * width * 4 + Math.floor(x / 3) * 4 + (x % 3)]!;
    }
    expect(raw.equals(rgb)).toBe(true);
  });
});
