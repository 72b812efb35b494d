import type { Sentiment } from '@newslens/core';
import { escapeHtml } from '../escape.js';

/** A score as "+0.42" or "−0.42" (a true minus sign); out-of-range or missing scores clamp to 0. */
export function formatScore(score: number): string {
  const s = clampScore(score);
  return `${s >= 0 ? '+' : '−'}${Math.abs(s).toFixed(2)}`;
}

/** "positive +0.42" */
export function formatSentiment(s: Sentiment): string {
  return `${s.label} ${formatScore(s.score)}`;
}

/** A sentiment score forced into -1..1, so a malformed report cannot push the chart off its axes. */
export function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.max(-1, Math.min(1, score)) : 0;
}

/** A CSS class for an entity type; anything but A-Z and _ is dropped, so a type can never break out of the attribute. */
export function typeClass(type: string): string {
  return `t-${type.replace(/[^A-Z_]/g, '') || 'OTHER'}`;
}

/** An attribute value, escaped: `attr('data-x', 'a"b')` is ` data-x="a&quot;b"`. */
export function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeHtml(String(value))}"`;
}

/** Text shortened to `max` characters with an ellipsis; the caller escapes it. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
