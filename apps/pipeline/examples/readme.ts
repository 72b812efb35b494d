import { analyze } from '@newslens/pipeline';

const report = analyze('The talks in Geneva ended on Friday. “We made progress,” a spokesperson said.');
console.log(report.schemaVersion, report.sentences.length, 'sentences');
console.log(report.quotes.map((q) => q.text));
console.log(Object.keys(report.timings).join(' → '));
