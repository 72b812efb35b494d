// The placeholder the statistical tagger replaced, kept for comparison in eval.ts: each run of
// proper-noun tokens is a name, typed from the gazetteer (country or city → GPE, demonym → NORP,
// else PERSON).
import type { EntityType, NewsDocument } from '@newslens/core';
import { CITIES, COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from '../src/gazetteer/index.js';
import type { NameSpan } from '../src/tagger/index.js';

export function tagNamesBaseline(doc: NewsDocument<'sentences'>): NameSpan[] {
  const { tokens } = doc.parse;
  const names: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens.pos[i] !== 'PROPN') {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && tokens.pos[j + 1] === 'PROPN' && tokens.start[j + 1] - tokens.end[j] <= 1) j++;
    const text = doc.text.slice(tokens.start[i], tokens.end[j]);
    const type: EntityType = COUNTRY_BY_NAME.has(text) || CITIES.has(text) ? 'GPE' : COUNTRY_BY_DEMONYM.has(text) ? 'NORP' : 'PERSON';
    names.push({ start: tokens.start[i], end: tokens.end[j], type });
    i = j + 1;
  }
  return names;
}
