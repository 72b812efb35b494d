/**
 * Times the sentiment stage against a bare wink readDoc of the same text.
 *   npm run bench   (node --conditions=source --import tsx scripts/bench.ts)
 */
import { applyStage, createDocument, type NewsDocument } from '@newslens/core';
import { runBench } from '@newslens/evaluation/node';
import { nerStage } from '@newslens/ner';
import { segmenterStage } from '@newslens/segmenter';
import { scoreSentiment } from '../src/index.js';

type Prepared = NewsDocument<'sentences' | 'entities'>;

await runBench('sentiment', [
  {
    name: 'scoreSentiment',
    prepare: (text: string): Prepared => applyStage(applyStage(createDocument(text), segmenterStage), nerStage),
    // A fresh parse object each run, so the per-parse token signals are computed inside the timing.
    run: (doc: Prepared) => scoreSentiment({ ...doc, parse: { ...doc.parse } }),
  },
]);
