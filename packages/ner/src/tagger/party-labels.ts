import type { TaggingTokens } from './token-view.js';

/** Party letters of American political labels: Democrat, Republican, independent. */
const PARTY = new Set(['D', 'R', 'I']);

/**
 * Token ranges [first, last] of what may be the party-and-state labels American news puts after a
 * politician's name, "Bob Menendez, D-N.J.," and "Bernie Sanders (I-Vt.)": a party letter, a
 * hyphen and a state's abbreviation written without spaces, after a comma or an opening bracket
 * and before a comma, a closing bracket or the end of a sentence. wink cuts them into letters and
 * dots that the tagger takes for initials of a person ("J.") or a product ("R-Calif"). Whether
 * one is a label depends on a person's name before it (see tag-names.ts): "landings, D-Day," is not.
 */
export function partyLabels(tokens: TaggingTokens): [number, number][] {
  const { word, start, end } = tokens;
  const out: [number, number][] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (word[i + 1] !== '-' || !PARTY.has(word[i]) || (word[i - 1] !== ',' && word[i - 1] !== '(')) continue;
    if (end[i] !== start[i + 1] || end[i + 1] !== start[i + 2] || !/^\p{Lu}/u.test(word[i + 2])) continue;
    // The state: letters and dots joined without spaces ("N", ".", "J." or "Calif", ".").
    let last = i + 2;
    while (last + 1 < tokens.length && start[last + 1] === end[last] && /^(?:\p{L}+\.?|\.)$/u.test(word[last + 1])) last++;
    const next = last + 1 < tokens.length ? word[last + 1] : '';
    // A label's last dot may end the sentence too ("…, D-Calif. The bill …").
    if (next !== ',' && next !== ')' && next !== '.' && next !== '' && !word[last].endsWith('.')) continue;
    out.push([i, last]);
  }
  return out;
}
