// The SVG post-processing passes on a hand-written piece of vega-style markup.
import { describe, expect, it } from 'vitest';
import { escapeXml, finishSvg, idPrefix, inheritFont, prefixIds, roundGeometry, stripNoise } from '../../scripts/figures/svg.ts';
import { FONT_STACK } from '../../scripts/figures/theme.ts';

const font = escapeXml(FONT_STACK);
const RAW =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" class="marks" width="640" height="200" viewBox="0 0 640 200">' +
  '<defs><clipPath id="clip1"><rect x="0" y="0" width="46.15384615384615" height="10"/></clipPath></defs>' +
  '<g class="mark-group role-frame root" role="graphics-object" aria-roledescription="group mark container">' +
  '<path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/>' +
  `<g class="mark-rect role-mark marks" role="graphics-symbol" clip-path="url(#clip1)"><path d="M0.123456,2.5h284.8846153846154v45h-284.88Z" fill="#0072B2"/></g>` +
  `<text transform="translate(46.15384615384615,15)" font-family="${font}" font-size="12px">1.000</text>` +
  '<path class="foreground" aria-hidden="true" d="" display="none"/></g></svg>';

describe('finishSvg', () => {
  const svg = finishSvg(RAW, { id: 'Figuur 2.3 <werkdruk>', title: 'Werkdruk & ambitie', description: 'Gemiddeld 41% → 35%.' });

  it('labels the root as an image with a title and description', () => {
    const prefix = idPrefix('Figuur 2.3 <werkdruk>');
    expect(prefix).toBe('fig-figuur-2-3-werkdruk');
    expect(svg).toMatch(new RegExp(`^<svg[^>]* role="img" aria-labelledby="${prefix}-title ${prefix}-desc"`));
    expect(svg).toContain(`<title id="${prefix}-title">Werkdruk &amp; ambitie</title>`);
    expect(svg).toContain(`<desc id="${prefix}-desc">Gemiddeld 41% → 35%.</desc>`);
  });

  it('scales by viewBox: no fixed width or height on the root', () => {
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).toContain('viewBox="0 0 640 200"');
    expect(root).not.toMatch(/\s(width|height)=/);
    expect(root).toContain(`font-family="${font}"`);
  });

  it('prefixes ids and their references', () => {
    expect(svg).toContain('id="fig-figuur-2-3-werkdruk-clip1"');
    expect(svg).toContain('clip-path="url(#fig-figuur-2-3-werkdruk-clip1)"');
    expect(svg).not.toContain('"url(#clip1)"');
  });

  it('drops per-mark ARIA roles and empty helper paths, keeps the marks and text', () => {
    expect(svg).not.toContain('graphics-symbol');
    expect(svg).not.toContain('aria-hidden');
    expect(svg).not.toContain('M0,0h0v0h0Z');
    expect(svg.match(/role=/g)).toHaveLength(1);
    expect(svg).toContain('>1.000</text>');
  });

  it('rounds geometry to two decimals but leaves text alone', () => {
    expect(svg).toContain('d="M0.12,2.5h284.88v45h-284.88Z"');
    expect(svg).toContain('transform="translate(46.15,15)"');
    expect(roundGeometry('<text x="1.005">1.23456</text>')).toBe('<text x="1">1.23456</text>');
  });

  it('lets text inherit the font from the root', () => {
    expect(inheritFont(`<text font-family="${font}">a</text>`)).toBe('<text>a</text>');
    expect(svg.match(/font-family=/g)).toHaveLength(1);
  });

  it('is a no-op where there is nothing to change', () => {
    expect(prefixIds('<svg><g/></svg>', 'x')).toBe('<svg><g/></svg>');
    expect(stripNoise('<g class="a"/>')).toBe('<g class="a"/>');
  });
});
