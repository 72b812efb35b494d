import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { findDatasetsDir } from '@newslens/evaluation/node';
import { BASE_LEXICON } from '../src/lexicon.js';
import { readNewsMtsc } from './newsmtsc.js';

interface Gazetteer {
  countries: { name: string; aliases: string[]; demonyms: string[] }[];
  cities: string[];
  regions: string[];
}

/** The NER package's gazetteer data, read as a file so that this script does not load its tagger. */
function gazetteer(): Gazetteer {
  const path = new URL('../../ner/src/gazetteer/gazetteer.json', import.meta.url);
  return JSON.parse(readFileSync(path, 'utf8')) as Gazetteer;
}

/**
 * Lower-case words that name places, peoples or people, which must carry no sentiment of their own:
 * the gazetteer's countries, aliases, demonyms, cities and regions, and every word the NewsMTSC
 * training sentences write with a capital inside a sentence more often than without.
 * AFINN's words stay in. Learned weights and clusters leave these words out, so a name never
 * scores a sentence.
 */
export function nameLikeWords(): Set<string> {
  const { countries, cities, regions } = gazetteer();
  const names = new Set<string>();
  const addAll = (phrase: string) => {
    for (const w of phrase.toLowerCase().split(/[^a-z'-]+/)) if (w.length > 1) names.add(w);
  };
  for (const c of countries) [c.name, ...c.aliases, ...c.demonyms].forEach(addAll);
  for (const c of cities) addAll(c);
  for (const r of regions) addAll(r);
  const root = findDatasetsDir();
  if (root) {
    const capital = new Map<string, number>();
    const lower = new Map<string, number>();
    for (const r of readNewsMtsc(join(root, 'newsmtsc', 'train.jsonl'))) {
      // Words after the first, so a sentence's capital does not count.
      for (const m of r.text.matchAll(/(?<=[a-z,;]\s)([A-Za-z][A-Za-z'-]+)/g)) {
        const w = m[1];
        const key = w.toLowerCase();
        const counts = w === key ? lower : capital;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const [w, n] of capital) if (n > (lower.get(w) ?? 0)) names.add(w);
  }
  // A sentiment word that is also a place ("Nice", "Surprise") stays a sentiment word.
  for (const w of BASE_LEXICON.keys()) names.delete(w);
  return names;
}
