import { segment } from '@newslens/segmenter';

const text = [
  'Talks stall as deadline nears',
  '“We are ready. We will act,” Gen. Omar Haddad told the U.S. Senate at 9 a.m. on Jan. 5. Officials left.',
].join('\n\n');
for (const { start, end } of segment(text)) {
  console.log(start, end, text.slice(start, end));
}
