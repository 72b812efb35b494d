// Prints the tagger's and the stage's names for a text given on the command line (debugging aid):
//   node --conditions=source --import tsx scripts/tag.ts "Some text."
import { createDocument, withLayer } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { tagEntities } from '../src/tag-entities.js';
import { tagNames } from '../src/tagger/index.js';
const text = process.argv.slice(2).join(' ');
const p = createDocument(text); const doc = withLayer(p, 'sentences', segment(p));
console.log('tagger:', tagNames(doc).map(s => `${text.slice(s.start, s.end)}/${s.type}`).join(' | '));
console.log('stage :', tagEntities(doc).flatMap(e => e.mentions.map(m => `${m.text}/${e.type}`)).join(' | '));
