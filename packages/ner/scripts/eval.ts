// Scores the ner stage (tagEntities: the report's entity mentions, typed by their entity) and the
// tagger alone (tagNames) on CoNLL-2003 dev (per type and overall, exact span and type, conlleval
// semantics, OntoNotes types mapped to CoNLL's) and on GUM written dev (person, place,
// organisation; exact spans; nested names left out). The placeholder tagger is scored beside them.
// Run: npm run eval -w @newslens/ner
import { createDocument, NAME_TYPES, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { spanF1, type TypedSpan } from '@newslens/evaluation';
import { readJsonl, runEval, type EvalResult } from '@newslens/evaluation/node';
import { segment } from '@newslens/segmenter';
import { tagEntities } from '../src/tag-entities.js';
import { tagNames, type NameSpan } from '../src/tagger/index.js';
import { tagNamesBaseline } from './baseline-tagger.js';

const TO_CONLL: Partial<Record<EntityType, string>> = {
  PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', ORG: 'ORG',
  NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', LANGUAGE: 'MISC',
};
const TO_GUM: Partial<Record<EntityType, string>> = { PERSON: 'person', GPE: 'place', LOC: 'place', FAC: 'place', ORG: 'organization' };
const GUM_TYPES = new Set(['person', 'place', 'organization']);

type Tagger = (doc: NewsDocument<'sentences'>) => NameSpan[];

/** The stage's output as typed spans: every mention of every name entity, with its entity's type. */
const stageSpans: Tagger = (doc) =>
  tagEntities(doc).flatMap((e) => (NAME_TYPES.has(e.type) ? e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })) : []));

const TAGGERS: [string, Tagger][] = [
  ['tagEntities (stage)', stageSpans],
  ['tagNames (tagger alone)', tagNames],
  ['baseline (PROPN runs)', tagNamesBaseline],
];

interface Doc {
  text: string;
  entities: (TypedSpan & { nested?: boolean })[];
}

/** Offsets of document d shifted apart, so that spans of all documents can be scored together. */
const SHIFT = 1e7;
function shifted(spans: Iterable<TypedSpan>, d: number): TypedSpan[] {
  return [...spans].map((s) => ({ start: s.start + d * SHIFT, end: s.end + d * SHIFT, type: s.type }));
}

function score(docs: Doc[], goldOf: (d: Doc) => TypedSpan[], map: Partial<Record<EntityType, string>>, types: string[]): EvalResult {
  const prepared = docs.map((d) => {
    const doc = createDocument(d.text);
    return withLayer(doc, 'sentences', segment(doc));
  });
  const gold = docs.flatMap((d, i) => shifted(goldOf(d), i));
  const rows: EvalResult['rows'] = [];
  const figures: EvalResult['figures'] = {};
  for (const [name, tagger] of TAGGERS) {
    const predicted = prepared.flatMap((doc, i) =>
      shifted(
        tagger(doc).flatMap((s) => (map[s.type] ? [{ start: s.start, end: s.end, type: map[s.type]! }] : [])),
        i,
      ),
    );
    const { overall, byType } = spanF1(gold, predicted);
    for (const type of [...types, 'overall']) {
      const r = type === 'overall' ? overall : byType[type];
      if (!r) continue;
      rows.push({ tagger: name, type, precision: r.precision, recall: r.recall, f1: r.f1, gold: r.tp + r.fn, predicted: r.tp + r.fp });
      if (name === TAGGERS[0][0]) figures[`${type}.f1`] = r.f1;
      if (name === TAGGERS[1][0]) figures[`tagger.${type}.f1`] = r.f1;
    }
  }
  return { rows, figures };
}

await runEval('ner', [
  {
    name: 'CoNLL-2003 dev (names, exact span and type)',
    files: ['conll2003/dev.jsonl'],
    run: ([path]) => score(readJsonl<Doc>(path), (d) => d.entities, TO_CONLL, ['PER', 'ORG', 'LOC', 'MISC']),
  },
  {
    name: 'GUM written dev (person, place, organization; nested left out)',
    files: ['gum-written/dev.jsonl'],
    run: ([path]) =>
      score(
        readJsonl<Doc>(path),
        (d) => d.entities.filter((e) => !e.nested && GUM_TYPES.has(e.type)),
        TO_GUM,
        ['person', 'place', 'organization'],
      ),
  },
]);
