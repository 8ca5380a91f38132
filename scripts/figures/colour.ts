// Colour arithmetic for the theme checks and for picking readable label colours on filled marks:
// WCAG relative luminance and contrast, CIELAB distance, and colour-vision-deficiency simulation.
// Pure functions on `#rrggbb` strings.

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toLinear(channel: number): number {
  const v = channel / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function fromLinear(v: number): number {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
}

/** WCAG 2.x relative luminance (0 = black, 1 = white). */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1..21). */
export function contrastRatio(a: string, b = '#ffffff'): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The more readable of two text colours on a filled background (for labels inside bars). */
export function readableOn(background: string, dark: string, light: string): string {
  return contrastRatio(dark, background) >= contrastRatio(light, background) ? dark : light;
}

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const CVD_MATRICES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

export type Deficiency = keyof typeof CVD_MATRICES;
export const DEFICIENCIES = Object.keys(CVD_MATRICES) as Deficiency[];

/** How a colour appears with the given colour-vision deficiency, as `#rrggbb`. */
export function simulate(hex: string, deficiency: Deficiency): string {
  const lin = parseHex(hex).map(toLinear);
  const out = CVD_MATRICES[deficiency].map((row) => fromLinear(row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!));
  return `#${out.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** CIELAB (D65) coordinates. */
export function toLab(hex: string): readonly [number, number, number] {
  const [r, g, b] = parseHex(hex).map(toLinear) as [number, number, number];
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Euclidean distance in CIELAB (ΔE*76); about 10 or more reads as clearly different side by side. */
export function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** Smallest pairwise ΔE in a palette as seen with normal vision and each deficiency. */
export function minDistance(palette: readonly string[], deficiency?: Deficiency): number {
  const seen = deficiency ? palette.map((c) => simulate(c, deficiency)) : palette;
  let min = Infinity;
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) min = Math.min(min, deltaE(seen[i]!, seen[j]!));
  }
  return min;
}
