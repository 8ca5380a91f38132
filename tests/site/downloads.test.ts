// Downloads for people and machines: every figure CSV also as a Dutch spreadsheet file, a PNG next to each
// chart's SVG, and /datapackage.json, which the Frictionless validator (datapackage-js, the reference
// implementation of the Data Package v1 specification) accepts and whose Table Schemas read every CSV.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inferType, resultResource } from '../../scripts/site/datapackage.ts';
import { buildSample, read, type BuiltSite } from './build-sample.ts';

const require = createRequire(import.meta.url);
const { Package, validate } = require('datapackage') as {
  validate(descriptor: object): Promise<true | { valid: boolean; errors: unknown[] } | unknown>;
  Package: {
    load(descriptor: object, options: { basePath: string; strict: boolean }): Promise<{
      valid: boolean;
      errors: unknown[];
      resources: { name: string; read(options: { cast: boolean }): Promise<unknown[][]> }[];
    }>;
  };
};

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSample();
});
afterAll(() => site?.remove());

describe('datapackage.json', () => {
  it('is a valid Frictionless Data Package whose schemas read every CSV', async () => {
    const descriptor = JSON.parse(read(site.dir, 'datapackage.json')) as { profile: string; resources: { path: string; schema: { fields: { name: string; description: string }[] } }[] };
    expect(descriptor.profile).toBe('tabular-data-package');
    const report = await validate(descriptor);
    expect(report === true || (report as { valid: boolean }).valid).toBe(true);
    const pkg = await Package.load(descriptor, { basePath: site.dir, strict: false });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    // Reading with casting checks every value against its field's type (a wrong type throws).
    const failed: string[] = [];
    for (const resource of pkg.resources) {
      try {
        await resource.read({ cast: true });
      } catch (error) {
        failed.push(`${resource.name}: ${String(error)}`);
      }
    }
    expect(failed).toEqual([]);
    expect(descriptor.resources.length).toBeGreaterThan(5);
    for (const resource of descriptor.resources) {
      expect(existsSync(join(site.dir, resource.path)), resource.path).toBe(true);
      for (const field of resource.schema.fields) expect(field.description, `${resource.path} ${field.name}`).not.toBe('');
    }
  });

  it('describes figure columns with Dutch titles, types and units', () => {
    const descriptor = JSON.parse(read(site.dir, 'datapackage.json')) as { resources: { name: string; schema: { fields: object[] } }[] };
    const werkdruk = descriptor.resources.find((r) => r.name === 'figuur-ambitie-werkdruk')!;
    expect(werkdruk.schema.fields).toEqual([
      { name: 'instelling', title: 'Instelling', description: 'Instelling.', type: 'string' },
      { name: 'start', title: 'Start 2022', description: 'Start 2022 (procent).', type: 'number', unit: 'procent' },
      { name: 'streef', title: 'Streefwaarde 2027', description: 'Streefwaarde 2027 (procent).', type: 'integer', unit: 'procent' },
    ]);
  });

  it('infers the narrowest type and refuses an undocumented result column', () => {
    expect(inferType(['1', '', '-3'])).toEqual({ type: 'integer' });
    expect(inferType(['1', '2.5'])).toEqual({ type: 'number' });
    expect(inferType(['ja', 'nee', ''])).toEqual({ type: 'boolean', trueValues: ['ja'], falseValues: ['nee'] });
    expect(inferType(['1', 'x'])).toEqual({ type: 'string' });
    expect(() => resultResource({ file: 'sector.csv', csv: 'indicator,onbekend\nx,1\n', columns: [{ name: 'indicator', description: 'Code van de indicator.' }] })).toThrow("sector.csv:1:2: kolom 'onbekend' heeft geen beschrijving");
  });
});

describe('files for people', () => {
  it('writes each figure CSV for Dutch spreadsheets: BOM, semicolons, decimal comma, headers with units', () => {
    expect(read(site.dir, 'figuren/ambitie-werkdruk.csv')).toBe('instelling,start,streef\nROC Noorderland,45,38\nVakcollege Westkust,52,44\n<script>alert(1)</script>,33.5,31\n');
    expect(read(site.dir, 'figuren/ambitie-werkdruk-nl.csv')).toBe(
      '\uFEFFInstelling;Start 2022 (%);Streefwaarde 2027 (%)\nROC Noorderland;45;38\nVakcollege Westkust;52;44\n<script>alert(1)</script>;33,5;31\n',
    );
    expect(read(site.dir, 'downloads/data/streefwaarden-nl.csv')).toBe('\uFEFFindicator;start;streef\nwerkdruk;43,3;37,7\n');
  });

  it('puts a PNG next to each chart SVG', () => {
    const png = readFileSync(join(site.dir, 'figuren/ambitie-werkdruk.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the SVG's drawn width (PNG header: width at byte 16).
    const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(read(site.dir, 'figuren/ambitie-werkdruk.svg'))?.[1] ?? /viewBox="0 0 ([\d.]+)/.exec(read(site.dir, 'figuren/ambitie-werkdruk.svg'))![1]);
    expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
  });

  it('explains each file on the downloads page', () => {
    const page = read(site.dir, 'downloads/index.html');
    expect(page).toContain('href="/datapackage.json"');
    expect(page).toContain('href="/downloads/data/streefwaarden-nl.csv"');
    expect(page).toContain('Per instelling, indicator en uitsplitsing: startwaarde');
    expect(page).toContain('href="/figuren/ambitie-werkdruk-nl.csv"');
    expect(page).toContain('href="/figuren/ambitie-werkdruk.png"');
  });
});
