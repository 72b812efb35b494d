import { applyStage, createDocument, withLayer } from '@newslens/core';
import { segmenterStage } from '@newslens/segmenter';
import { sentimentStage, targetSentiment } from '@newslens/sentiment';

// How one sentence portrays each of two people in it.
const text = 'The senator praised Garcia as a brilliant leader, while he condemned Miller as a corrupt liar.';
console.log('Garcia', targetSentiment(text, { start: 20, end: 26 }));
console.log('Miller', targetSentiment(text, { start: 69, end: 75 }));

// The stage: every sentence, the document, and each entity across its mentions.
const article = 'The talks were friendly but they failed. Aid workers welcomed the ceasefire. Miller was convicted of fraud.';
const segmented = applyStage(createDocument(article), segmenterStage);
const miller = { start: 77, end: 83, text: 'Miller', sentence: 2 };
const entities = [{ id: 'e1', name: 'Miller', type: 'PERSON' as const, salience: 1, mentions: [miller] }];
const { sentiment } = applyStage(withLayer(segmented, 'entities', entities), sentimentStage).layers;
console.log(sentiment.sentences.map((s) => `${s.label} ${s.score}`).join(' | '));
console.log('document', sentiment.document, 'Miller', sentiment.entities.e1);
