import { createDocument, spanText } from '@newslens/core';

const doc = createDocument('Maria Chen spoke in Paris on Monday.');
const { tokens } = doc.parse;
for (let i = 0; i < 3; i++) {
  console.log(tokens.value[i], tokens.pos[i], tokens.start[i], tokens.end[i]);
}
const monday = doc.parse.winkEntities[0];
console.log(monday.type, spanText(doc.text, monday));
