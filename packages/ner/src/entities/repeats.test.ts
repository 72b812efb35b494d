import { createDocument, withLayer, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import type { NameSpan } from '../tagger/index.js';
import { collectMentions } from './mentions.js';

const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

/** Mention texts when the tagger found only the first occurrence of each given name. */
function mentions(text: string, tagged: [string, NameSpan['type']][]): string[] {
  const spans = tagged.map(([name, type]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type }));
  return collectMentions(withSentences(createDocument(text)), spans)
    .filter((m) => !m.value)
    .map((m) => `${m.type} ${m.text}`);
}

describe('findRepeats', () => {
  it('finds untagged repeats of a tagged name and of a tagged person’s surname', () => {
    expect(
      mentions('Tim Cook of Acme Inc. spoke. Shares of Acme Inc. rose, and Cook, 61, smiled.', [
        ['Tim Cook', 'PERSON'],
        ['Acme Inc.', 'ORG'],
      ]),
    ).toEqual(['PERSON Tim Cook', 'ORG Acme Inc.', 'ORG Acme Inc.', 'PERSON Cook']);
  });

  it('skips a one-word repeat that sits in a longer name or before a number', () => {
    expect(mentions('The Nickel Fund grew. They bought Nickel Fund shares and Nickel 95 too.', [['Nickel', 'ORG']])).toEqual(['ORG Nickel']);
  });

  it('takes a one-word repeat that opens a sentence as a name only where wink reads it as a noun', () => {
    expect(mentions('Tim Apple spoke. Apple shares fell.', [['Apple', 'ORG']])).toEqual(['ORG Apple', 'ORG Apple']);
    expect(mentions('Anna Smith spoke. Smith said yes.', [['Smith', 'PERSON']])).toEqual(['PERSON Smith', 'PERSON Smith']);
    // wink reads a sentence's first "Will" as the auxiliary.
    expect(mentions('Grace Will spoke. Will they stay?', [['Will', 'PERSON']])).toEqual(['PERSON Will']);
  });

  it('repeats a name in capitals only where it was tagged in capitals', () => {
    expect(mentions('Black won. NEWS: BLACK SPELL ENDS as Black wins.', [['Black', 'PERSON']])).toEqual(['PERSON Black', 'PERSON Black']);
  });

  it('does not repeat a name written in lower case', () => {
    expect(mentions('Apple rose. He ate an apple.', [['Apple', 'ORG']])).toEqual(['ORG Apple']);
  });
});
