// Checks the entity layer against annotated news, where ../shared/datasets is present:
// 1. mentions: exact name spans, untyped, from tagEntities against the tagger's own spans
//    (CoNLL-2003 dev; GUM dev person, place and organisation);
// 2. clustering: over every pair of GUM mentions linked to Wikipedia, one entity or two, when the
//    gold name spans are clustered (entitiesFromNames) and when the tagger's are (tagEntities).
// Run: npm run check:entities -w @newslens/ner
import { join } from 'node:path';
import { createDocument, NAME_TYPES, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { entitiesFromNames, tagEntities, tagNames } from '@newslens/ner';

interface GumEntity {
  start: number;
  end: number;
  type: string;
  nested: boolean;
  identity: string | null;
}
interface ConllDoc {
  text: string;
  sentences: { tokens: string[]; tags: string[] }[];
}

const datasets = findDatasetsDir();
const parse = (text: string) => {
  const doc = createDocument(text);
  return withLayer(doc, 'sentences', segment(doc));
};
const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

/** Precision, recall and F1 of predicted against gold span keys, summed over documents. */
class Score {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(predicted: string[], gold: ReadonlySet<string>): void {
    this.predicted += predicted.length;
    this.gold += gold.size;
    for (const k of predicted) if (gold.has(k)) this.tp++;
  }
  toString(): string {
    const p = this.tp / this.predicted;
    const r = this.tp / this.gold;
    return `P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / (p + r)).toFixed(4)}`;
  }
}

/** Gold name spans of a CoNLL document: its tokens located in its text, IOB2 tags joined. */
function conllSpans(d: ConllDoc): Set<string> {
  const spans = new Set<string>();
  let at = 0;
  for (const s of d.sentences) {
    let open: number | undefined;
    let end = 0;
    s.tokens.forEach((token, i) => {
      const start = d.text.indexOf(token, at);
      at = start + token.length;
      if (open !== undefined && !s.tags[i].startsWith('I-')) {
        spans.add(`${open}:${end}`);
        open = undefined;
      }
      if (s.tags[i].startsWith('B-')) open = start;
      if (s.tags[i] !== 'O') end = at;
    });
    if (open !== undefined) spans.add(`${open}:${end}`);
  }
  return spans;
}

const PLACES_PEOPLE_ORGS: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
const layerSpans = (doc: NewsDocument<'sentences'>, types: ReadonlySet<EntityType>) =>
  tagEntities(doc).filter((e) => types.has(e.type)).flatMap((e) => e.mentions.map(key));
const taggerSpans = (doc: NewsDocument<'sentences'>, types: ReadonlySet<EntityType>) =>
  tagNames(doc).filter((n) => types.has(n.type)).map(key);

if (datasets === undefined) {
  console.log('check-entities: no datasets folder, skipped');
} else {
  const layer = new Score();
  const tagger = new Score();
  for (const d of readJsonl<ConllDoc>(join(datasets, 'conll2003', 'dev.jsonl'))) {
    const gold = conllSpans(d);
    const doc = parse(d.text);
    layer.add(layerSpans(doc, NAME_TYPES), gold);
    tagger.add(taggerSpans(doc, NAME_TYPES), gold);
  }
  console.log(`CoNLL-2003 dev, names, untyped: entity layer ${layer} | tagger ${tagger}`);

  for (const set of ['gum-written', 'gum-news']) {
    const layerGum = new Score();
    const taggerGum = new Score();
    for (const d of readJsonl<{ text: string; entities: GumEntity[] }>(join(datasets, set, 'dev.jsonl'))) {
      const gold = new Set(d.entities.filter((e) => !e.nested && ['person', 'organization', 'place'].includes(e.type)).map(key));
      const doc = parse(d.text);
      layerGum.add(layerSpans(doc, PLACES_PEOPLE_ORGS), gold);
      taggerGum.add(taggerSpans(doc, PLACES_PEOPLE_ORGS), gold);
    }
    console.log(`${set} dev, person/place/organisation, untyped: entity layer ${layerGum} | tagger ${taggerGum}`);
  }

  const TYPES: Record<string, EntityType> = { person: 'PERSON', organization: 'ORG', place: 'GPE', event: 'EVENT', object: 'PRODUCT' };
  for (const useTagger of [false, true]) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const d of readJsonl<{ text: string; entities: GumEntity[] }>(join(datasets, 'gum-news', 'train.jsonl'))) {
      const doc = parse(d.text);
      const names = d.entities.filter((e) => !e.nested).map((e) => ({ start: e.start, end: e.end, type: TYPES[e.type] ?? 'ORG' }));
      const entities = useTagger ? tagEntities(doc) : entitiesFromNames(doc, names);
      const entityAt = new Map<number, string>();
      for (const e of entities) for (const m of e.mentions) entityAt.set(m.start, e.id);
      // A gold mention belongs to the entity of the last mention starting inside it (its head).
      const owner = (g: GumEntity) => {
        for (let o = g.end - 1; o >= g.start; o--) if (entityAt.has(o)) return entityAt.get(o);
        return undefined;
      };
      const gold = d.entities.filter((e) => !e.nested && e.identity !== null);
      const predicted = gold.map(owner);
      for (let i = 0; i < gold.length; i++) {
        for (let j = i + 1; j < gold.length; j++) {
          const same = gold[i].identity === gold[j].identity;
          const together = predicted[i] !== undefined && predicted[i] === predicted[j];
          if (same && together) tp++;
          else if (together) fp++;
          else if (same) fn++;
        }
      }
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    console.log(
      `GUM news train, clustering ${useTagger ? "the tagger's" : 'gold'} name spans, linked pairs: P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`,
    );
  }
}
