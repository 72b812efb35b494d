/**
 * Scores stance on the directed-sentiment dev split (5-class macro-F1 and accuracy):
 *   - pipeline: segment → tagEntities → findQuotes → scoreSentiment → inferStance on each sentence;
 *     the relation between the entities covering the two marked spans gives the class (neutral when
 *     there is none, or when no entity covers a marked span);
 *   - gold spans: the pair classifier given the two marked spans directly (the model without the NER);
 *   - baseline: the sentence's AFINN sign, directed in reading order.
 *
 *   npm run eval
 */
import { createDocument, overlaps, withLayer, type NewsDocument, type Span, type StanceRelation } from '@newslens/core';
import { macroF1 } from '@newslens/evaluation';
import { readJsonl, runEval, type EvalResult } from '@newslens/evaluation/node';
import { AFINN } from '../src/afinn.js';
import { classifyPair, inferStance, STANCE_CLASSES, type StanceClass } from '../src/index.js';

interface Row {
  id: string;
  text: string;
  p: Span;
  q: Span;
  label: StanceClass;
}

// Loaded by the pipeline task only, so the gold-span figures print even while a sibling is broken.
async function loadPipeline() {
  const [{ segment }, { tagEntities }, { scoreSentiment }, { findQuotes }] = await Promise.all([
    import('@newslens/segmenter'),
    import('@newslens/ner'),
    import('@newslens/sentiment'),
    import('@newslens/quotes'),
  ]);
  return { segment, tagEntities, scoreSentiment, findQuotes };
}
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;

function analyse({ segment, tagEntities, scoreSentiment, findQuotes }: Pipeline, text: string) {
  const parsed = createDocument(text);
  const segmented = withLayer(parsed, 'sentences', segment(parsed));
  const tagged = withLayer(segmented, 'entities', tagEntities(segmented));
  const quoted = withLayer(tagged, 'quotes', findQuotes(tagged));
  const scored = withLayer(quoted, 'sentiment', scoreSentiment(quoted));
  return { doc: scored, stance: inferStance(scored) };
}

/** The id of the named entity with a mention overlapping the span, the longest overlap winning. */
function entityAt(doc: NewsDocument<'entities'>, span: Span): string | undefined {
  let best: string | undefined;
  let bestOverlap = 0;
  for (const entity of doc.layers.entities) {
    for (const m of entity.mentions) {
      if (!overlaps(m, span)) continue;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = entity.id;
      }
    }
  }
  return best;
}

function classFromRelations(relations: StanceRelation[], p: string, q: string): StanceClass {
  let best: StanceRelation | undefined;
  for (const r of relations) {
    const between = (r.source === p && r.target === q) || (r.source === q && r.target === p);
    if (between && (!best || r.score > best.score)) best = r;
  }
  if (!best) return 'neutral';
  const forward = best.source === p;
  if (best.polarity === 'support') return forward ? 'p-supports-q' : 'q-supports-p';
  return forward ? 'p-opposes-q' : 'q-opposes-p';
}

function afinnBaseline(doc: NewsDocument): StanceClass {
  const t = doc.parse.tokens;
  let sum = 0;
  for (let i = 0; i < t.length; i++) {
    const v = AFINN.get(t.normal[i]) ?? 0;
    sum += t.negated[i] ? -v : v;
  }
  return sum > 0 ? 'p-supports-q' : sum < 0 ? 'p-opposes-q' : 'neutral';
}

function table(name: string, gold: StanceClass[], predicted: StanceClass[]) {
  const r = macroF1(gold, predicted, STANCE_CLASSES);
  return {
    row: {
      method: name,
      'macro-F1': r.macroF1,
      accuracy: r.accuracy,
      ...Object.fromEntries(STANCE_CLASSES.map((c) => [`F1 ${c}`, r.byClass[c].f1])),
    },
    macroF1: r.macroF1,
    accuracy: r.accuracy,
  };
}

function goldSpans([path]: string[]): EvalResult {
  const rows = readJsonl<Row>(path);
  const gold = rows.map((r) => r.label);
  const predicted: StanceClass[] = [];
  const baseline: StanceClass[] = [];
  for (const row of rows) {
    const doc = createDocument(row.text);
    predicted.push(classifyPair(doc, row.p, row.q)?.label ?? 'neutral');
    baseline.push(afinnBaseline(doc));
  }
  const model = table('pair classifier, gold spans', gold, predicted);
  const afinn = table('AFINN sign in reading order', gold, baseline);
  return {
    rows: [model.row, afinn.row],
    figures: { goldSpanMacroF1: model.macroF1, goldSpanAccuracy: model.accuracy, afinnBaselineMacroF1: afinn.macroF1, sentences: rows.length },
  };
}

async function throughPipeline([path]: string[]): Promise<EvalResult> {
  const stages = await loadPipeline();
  const rows = readJsonl<Row>(path);
  const gold = rows.map((r) => r.label);
  const predicted: StanceClass[] = [];
  let covered = 0;
  for (const row of rows) {
    const { doc, stance } = analyse(stages, row.text);
    const p = entityAt(doc, row.p);
    const q = entityAt(doc, row.q);
    const both = p !== undefined && q !== undefined && p !== q;
    if (both) covered++;
    predicted.push(both ? classFromRelations(stance, p, q) : 'neutral');
  }
  const result = table('pipeline (entities from the NER)', gold, predicted);
  return {
    rows: [result.row, { method: 'both marked spans tagged by the NER', accuracy: covered / rows.length }],
    figures: { pipelineMacroF1: result.macroF1, pipelineAccuracy: result.accuracy, nerCoverage: covered / rows.length, sentences: rows.length },
  };
}

await runEval('stance', [
  { name: 'directed-sentiment dev, gold spans', files: ['directed-sentiment/dev.jsonl'], run: goldSpans },
  { name: 'directed-sentiment dev, through the pipeline', files: ['directed-sentiment/dev.jsonl'], run: throughPipeline },
]);
