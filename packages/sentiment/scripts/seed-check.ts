import { readFileSync, readdirSync } from 'node:fs';
import { applyStage, createDocument } from '@newslens/core';
import { segmenterStage } from '@newslens/segmenter';
import { nerStage } from '@newslens/ner';
import { sentimentStage } from '../src/index.js';
const dir = '../../seeds/';
const text = readFileSync(dir + readdirSync(dir).find((f) => f.endsWith('.txt'))!, 'utf8');
const doc = applyStage(applyStage(applyStage(createDocument(text), segmenterStage), nerStage), sentimentStage);
for (const e of doc.layers.entities) console.log(e.id, e.name, e.type, e.mentions.length, doc.layers.sentiment.entities[e.id]);
doc.layers.sentences.forEach((s, i) => console.log(i, doc.layers.sentiment.sentences[i], text.slice(s.start, s.end).slice(0, 90)));
console.log(doc.layers.sentiment.document);
import { targetSentimentInDocument } from '../src/index.js';
for (const e of doc.layers.entities.filter((e) => ['Russia', 'Ukraine', 'Russian'].includes(e.name))) {
  for (const m of e.mentions) console.log(e.name, m.sentence, JSON.stringify(m.text), targetSentimentInDocument(doc, m));
}
