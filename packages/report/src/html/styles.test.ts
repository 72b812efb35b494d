import { ENTITY_TYPES } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { STYLES, TYPE_COLOURS } from './styles.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const variable = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(STYLES)![1];

describe('report colours', () => {
  it.each(ENTITY_TYPES)('%s: text and type label on the mark meet WCAG AA, the underline stands out from white', (type) => {
    const { fill, line } = TYPE_COLOURS[type];
    expect(contrast(variable('ink'), fill)).toBeGreaterThanOrEqual(7);
    expect(contrast('#343a40', fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(line, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('draws support and oppose in colours that pass AA as text on white and on the chart bands', () => {
    for (const name of ['support', 'oppose', 'accent', 'muted']) {
      expect(contrast(variable(name), '#ffffff'), name).toBeGreaterThanOrEqual(4.5);
      expect(contrast(variable(name), '#f0faf2'), name).toBeGreaterThanOrEqual(4.5);
      expect(contrast(variable(name), '#fdf1f0'), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('styles every entity type', () => {
    for (const type of ENTITY_TYPES) expect(STYLES).toContain(`.t-${type}{`);
  });
});
