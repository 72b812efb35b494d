// Scores the mention clustering against GUM's Wikipedia links: over every pair of linked name
// mentions in an article, are they one entity or two? Clusters the gold name spans (through
// entitiesFromNames, so only the clustering is judged), or the tagger's spans with `tagger`.
// Run from packages/ner: node --conditions=source --import tsx examples/gum-clusters.ts [tagger]
import { join } from 'node:path';
import { createDocument, withLayer, type EntityType } from '@newslens/core';
import { findDatasetsDir, readJsonl } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { entitiesFromNames, tagEntities } from '@newslens/ner';

interface GumEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  nested: boolean;
  identity: string | null;
}

const TYPES: Record<string, EntityType> = { person: 'PERSON', organization: 'ORG', place: 'GPE', event: 'EVENT', object: 'PRODUCT' };
const datasets = findDatasetsDir();
if (datasets === undefined) {
  console.log('gum-clusters: no datasets folder, skipped');
} else {
  const useTagger = process.argv[2] === 'tagger';
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of readJsonl<{ text: string; entities: GumEntity[] }>(join(datasets, 'gum-news', 'train.jsonl'))) {
    const parsed = createDocument(d.text);
    const doc = withLayer(parsed, 'sentences', segment(parsed));
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
  console.log(`GUM news train, ${useTagger ? 'tagger' : 'gold'} name spans: pairwise P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
}
