const SPECIAL = /[&<>"']/;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values: `escapeHtml('<b>')` is `'&lt;b&gt;'`. */
export function escapeHtml(text: string): string {
  // Most runs of article text need no escaping; testing first skips building a new string.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}
