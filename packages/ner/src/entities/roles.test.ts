import { createDocument, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { collectMentions } from './mentions.js';
import { nameSpansOf } from './name-spans.js';
import { BYLINE, DATELINE, mentionRoles, SPEAKER, SUBJECT } from './roles.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

/** Each name mention with its roles: "Lee:subject+speaker", "Kim:-". */
function roles(text: string, names: Record<string, EntityType>): string[] {
  const doc = withSentences(createDocument(text));
  const mentions = collectMentions(doc, nameSpansOf(text, names));
  const flags = mentionRoles(doc, mentions);
  return mentions
    .map((m, i) => {
      if (m.value) return '';
      const r = [(flags[i] & SUBJECT) !== 0 ? 'subject' : '', (flags[i] & SPEAKER) !== 0 ? 'speaker' : '', (flags[i] & DATELINE) !== 0 ? 'dateline' : '', (flags[i] & BYLINE) !== 0 ? 'byline' : '']
        .filter(Boolean)
        .join('+');
      return `${m.text}:${r || '-'}`;
    })
    .filter(Boolean);
}

describe('mentionRoles', () => {
  it('takes the name before the main verb as its subject, and the object as none', () => {
    expect(roles('Lee met Kim in Paris.', { Lee: 'PERSON', Kim: 'PERSON', Paris: 'GPE' })).toEqual(['Lee:subject', 'Kim:-', 'Paris:-']);
  });

  it('takes the head of a titled noun phrase, not the country that modifies it', () => {
    expect(roles('United States President Ann Lee on Sunday spoke.', { 'United States': 'GPE', 'Ann Lee': 'PERSON' })).toEqual([
      'United States:-',
      'Ann Lee:subject',
    ]);
  });

  it('takes a name right before a speech verb for its speaker, after a quote that opens the sentence too', () => {
    expect(roles('“We will not yield,” Lee told reporters in Paris.', { Lee: 'PERSON', Paris: 'GPE' })).toEqual(['Lee:subject+speaker', 'Paris:-']);
    expect(roles('“It works,” Lee has said.', { Lee: 'PERSON' })).toEqual(['Lee:subject+speaker']);
  });

  it('gives the place of a dateline no role but its own', () => {
    expect(roles('Talks\n\nBRUSSELS — Lee met Kim.', { BRUSSELS: 'GPE', Lee: 'PERSON', Kim: 'PERSON' })).toEqual([
      'BRUSSELS:dateline',
      'Lee:subject',
      'Kim:-',
    ]);
  });

  it('gives a byline’s authors no role but their own, and a sentence opening with "By" its usual ones', () => {
    expect(roles('Talks resume\n\nBy Ann Lee and Tom Ward\n\nKim met Park.', { 'Ann Lee': 'PERSON', 'Tom Ward': 'PERSON', Kim: 'PERSON', Park: 'PERSON' })).toEqual([
      'Ann Lee:byline',
      'Tom Ward:byline',
      'Kim:subject',
      'Park:-',
    ]);
    expect(roles('Talks resume\n\nBy Monday Kim had met Park.', { Kim: 'PERSON', Park: 'PERSON' })).not.toContain('Kim:byline');
  });

  it('takes both names of a coordinated subject', () => {
    expect(roles('Lee and Kim agreed on talks.', { Lee: 'PERSON', Kim: 'PERSON' })).toEqual(['Lee:subject', 'Kim:subject']);
  });

  it('looks past a leading phrase to the main clause', () => {
    expect(roles('According to a release by Acme, Lee made it clear.', { Acme: 'ORG', Lee: 'PERSON' })).toEqual(['Acme:-', 'Lee:subject']);
  });

  it('does not take a possessive or a modifier for a subject', () => {
    expect(roles('Lee’s call with Kim was long. The Acme official left.', { Lee: 'PERSON', Kim: 'PERSON', Acme: 'ORG' })).toEqual([
      'Lee:-',
      'Kim:-',
      'Acme:-',
    ]);
  });

  it('marks the subject of a speech verb, the name after one and the source after "according to" as speakers', () => {
    expect(roles('Acme said in a statement that prices rose.', { Acme: 'ORG' })).toEqual(['Acme:subject+speaker']);
    expect(roles('“Prices rose,” said Lee.', { Lee: 'PERSON' })).toEqual(['Lee:speaker']);
    expect(roles('Prices rose, according to Acme.', { Acme: 'ORG' })).toEqual(['Acme:speaker']);
  });
});
