// Alternates the pipeline (with the JSON report), compromise's full parse and a bare wink readDoc on
// the bench's 100k-token synthetic corpus, round after round, and prints the median of each and
// their ratios. On a machine whose speed moves from minute to minute, medians of alternating rounds
// compare the three more fairly than one bench run that times each in turn.
//   npm run bench:alternate -w @newslens/pipeline -- [rounds, default 7]
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { syntheticCorpus } from '@newslens/evaluation';
import { renderJson } from '@newslens/report';
import { analyze } from '../src/analyze.js';

const rounds = Number(process.argv[2] ?? 7);
const text = syntheticCorpus(100_000);
const wink = winkNLP(model);
const subjects = {
  pipeline: () => renderJson(analyze(text)),
  compromise: () => nlp(text).json(),
  readDoc: () => wink.readDoc(text),
};
const times: Record<keyof typeof subjects, number[]> = { pipeline: [], compromise: [], readDoc: [] };
for (const run of Object.values(subjects)) for (let i = 0; i < 3; i++) run();
for (let i = 0; i < rounds; i++) {
  for (const [name, run] of Object.entries(subjects) as [keyof typeof subjects, () => unknown][]) {
    const started = performance.now();
    run();
    times[name].push(performance.now() - started);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const [p, c, r] = [median(times.pipeline), median(times.compromise), median(times.readDoc)];
console.log(
  `medians of ${rounds} rounds: pipeline + JSON ${p.toFixed(0)} ms, compromise ${c.toFixed(0)} ms, readDoc ${r.toFixed(0)} ms; ` +
    `the pipeline is ${(c / p).toFixed(2)}x compromise and ${(r / p).toFixed(3)}x readDoc`,
);
