import { createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { targetModel } from './model.js';
import { SKIP_FLAG, tokenSignals } from './signals.js';

// Sentences that switch on every feature: quotes (straight and curly, an apostrophe), negation,
// hedges, contrast, a speaker, a passive agent ("by"), a pronoun target, a long sentence.
const FIXTURES = [
  'The senator praised Garcia as a brilliant leader, while he condemned Miller as a corrupt liar.',
  '“We will not accept this disastrous plan,” Miller said in Berlin, but Garcia called it a great success.',
  'The deal was rejected by Garcia after talks with Miller’s allies, who reportedly feared a terrible war.',
  "He said \"it isn't good\" and she told reporters the attack was not justified, although aid may help.",
  'Officials in Spain, France, Italy and Germany said 42.5% of voters in the very angry and deeply divided country supported the widely criticised and ultimately failed reform that Garcia had proposed after the scandal.',
];

describe('targetLogits', () => {
  it('gives the logits of targetFeatures feeding the model (to float rounding), for every token as a target', () => {
    const model = targetModel();
    let compared = 0;
    for (const text of FIXTURES) {
      const doc = createDocument(text);
      const s = tokenSignals(doc.parse);
      for (const { first, last } of doc.parse.winkSentences) {
        for (let t = first; t <= last; t++) {
          if ((s.flags[t] & SKIP_FLAG) !== 0) continue;
          for (const tLast of [t, Math.min(last, t + 1)]) {
            const want = Array.from(model.logitsByFeatures(doc.parse, s, first, last, t, tLast));
            const got = new Float64Array(3);
            model.predict(doc.parse, s, first, last, t, tLast, got);
            for (let c = 0; c < 3; c++) expect(Math.abs(model.logits[c] - want[c])).toBeLessThan(1e-12);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('scores a target the same after another sentence was read in between', () => {
    const model = targetModel();
    const doc = createDocument(FIXTURES[0] + ' ' + FIXTURES[1]);
    const s = tokenSignals(doc.parse);
    const [a, b] = doc.parse.winkSentences;
    const first = new Float64Array(3);
    const again = new Float64Array(3);
    const target = a.first + 3;
    model.predict(doc.parse, s, a.first, a.last, target, target, first);
    model.logitsByFeatures(doc.parse, s, b.first, b.last, b.first + 2, b.first + 2);
    model.predict(doc.parse, s, a.first, a.last, target, target, again);
    expect(Array.from(again)).toEqual(Array.from(first));
  });
});
