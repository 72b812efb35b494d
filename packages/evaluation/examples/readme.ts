import { boundaryF1, formatTable, macroF1, spanF1 } from '@newslens/evaluation';

const gold = [{ start: 0, end: 10, type: 'PER' }, { start: 20, end: 26, type: 'LOC' }];
const predicted = [{ start: 0, end: 10, type: 'PER' }, { start: 20, end: 26, type: 'ORG' }];
const ner = spanF1(gold, predicted).overall;
const sentences = boundaryF1([12, 40], [12, 30, 40], [30]);
const classes = macroF1(['pos', 'neg', 'neu'], ['pos', 'neg', 'neg']);
console.log(formatTable([
  { measure: 'entity F1', value: ner.f1 },
  { measure: 'boundary F1', value: sentences.f1 },
  { measure: 'macro-F1', value: classes.macroF1 },
]));
