// Derives the head words of organisation and place names from the training data: for every
// multi-word gold name of CoNLL-2003 train and GUM written train (nested names left out), its head
// is the word before "of" ("University of Texas" → university) or else its last word ("Labour
// Party" → party). A head word is kept when it heads at least MIN_NAMES names, at least PURITY of
// them of one type (organisation or place), and the texts also write it in lower case at least
// MIN_LOWER times or, for a word of at most four letters not written in capitals, never as a name
// on its own (in under a tenth of its uses) and not a city, so that it is a common noun ("university", "street") or an abbreviated suffix ("Inc",
// "Corp"), not a name ("Dortmund" of football clubs). Writes src/tagger/name-heads.json with the counts,
// among them how many persons' names the word ends ("persons": "Lee" ends some, "Hotel" none).
//   npm run build:heads -w @newslens/ner
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { CITIES } from '../src/gazetteer/index.js';

const places = new Set([...CITIES].map((c) => c.toLowerCase()));

const MIN_NAMES = 4;
const PURITY = 0.75;
const MIN_LOWER = 3;
const root = findDatasetsDir();
if (!root) throw new Error('datasets not found: set NEWSLENS_DATASETS or put shared/datasets beside the repo');

interface Doc {
  text: string;
  entities: { start: number; end: number; type: string; nested?: boolean }[];
}
const CONLL: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };
const byHead = new Map<string, Map<string, number>>();
const lowerCount = new Map<string, number>();
/** How often a word is a whole name on its own. */
const alone = new Map<string, number>();
/** Heads written in capitals ("CDU/CSU"): acronyms, not suffixes. */
const capitals = new Set<string>();
const WORD = /\p{L}[\p{L}.]*/gu;

export function nameHead(words: readonly string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  const of = lower.indexOf('of', 1);
  return (of > 0 ? lower[of - 1] : lower[lower.length - 1]).replace(/\.$/, '');
}

for (const [file, map] of [['conll2003/train.jsonl', CONLL], ['gum-written/train.jsonl', undefined]] as const) {
  for (const d of readJsonl<Doc>(join(root, file))) {
    for (const m of d.text.matchAll(WORD)) if (/^\p{Ll}/u.test(m[0])) lowerCount.set(m[0], (lowerCount.get(m[0]) ?? 0) + 1);
    for (const e of d.entities) {
      if (e.nested) continue;
      const words = d.text.slice(e.start, e.end).split(/\s+/);
      if (words.length < 2) {
        alone.set(words[0].toLowerCase(), (alone.get(words[0].toLowerCase()) ?? 0) + 1);
        continue;
      }
      const head = nameHead(words);
      if (!/^\p{L}+\.?$/u.test(head)) continue;
      if (/^\p{Lu}{2,}/u.test(words.find((w) => w.toLowerCase().replace(/\.$/, '') === head) ?? '')) capitals.add(head);
      const type = map ? map[e.type] : e.type;
      const counts = byHead.get(head) ?? new Map<string, number>();
      counts.set(type, (counts.get(type) ?? 0) + 1);
      byHead.set(head, counts);
    }
  }
}

const heads: Record<string, { type: string; names: number; share: number; lower: number; persons: number }> = {};
for (const [head, counts] of [...byHead].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const names = [...counts.values()].reduce((a, b) => a + b, 0);
  const [type, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const lower = lowerCount.get(head) ?? 0;
  if (names >= MIN_NAMES && n / names >= PURITY && (lower >= MIN_LOWER || (head.length <= 4 && (alone.get(head) ?? 0) * 10 < names && !capitals.has(head) && !places.has(head))) && (type === 'organization' || type === 'place')) {
    heads[head] = { type, names, share: Math.round((n / names) * 100) / 100, lower, persons: counts.get('person') ?? 0 };
  }
}
const out = new URL('../src/tagger/name-heads.json', import.meta.url).pathname;
writeFileSync(out, JSON.stringify({ source: 'CoNLL-2003 train and GUM written train, scripts/build-name-heads.ts', minNames: MIN_NAMES, purity: PURITY, minLower: MIN_LOWER, heads }, null, 0) + '\n');
console.log(`wrote ${out}: ${Object.keys(heads).length} head words`);
console.log(Object.entries(heads).map(([h, v]) => `${h}:${v.type[0]}${v.names}`).join(' '));
