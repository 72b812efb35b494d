import { describe, expect, it } from 'vitest';
import { createDocument } from './document.js';
import { inputWarnings } from './warnings.js';

const codes = (text: string) => inputWarnings(createDocument(text)).map((w) => w.code);

describe('inputWarnings', () => {
  it('says nothing about an ordinary English article', () => {
    expect(codes('The minister said on Monday that the talks with the union would resume in the spring, and that a deal was close.')).toEqual([]);
  });

  it('flags a French article as not English', () => {
    expect(codes('Le gouvernement a annoncé lundi de nouvelles mesures. Les syndicats ont critiqué ce projet avec force, selon plusieurs sources.')).toContain(
      'LANGUAGE_NOT_ENGLISH',
    );
  });

  it('flags Chinese text as not English', () => {
    expect(codes('东京的会议将于周一举行。会谈很顺利。双方同意继续谈判。')).toContain('LANGUAGE_NOT_ENGLISH');
  });

  it('counts a letter outside the Basic Multilingual Plane once, and an emoji as no letter', () => {
    // Ten CJK Extension B letters (two code units each) outnumber the seven Latin ones; four do not, counted once each; emoji count for neither.
    expect(codes(`${'\u{20000}'.repeat(10)} Mr. Smith ${'\u{1F600}'.repeat(20)}`)).toContain('LANGUAGE_NOT_ENGLISH');
    expect(codes(`${'\u{20000}'.repeat(4)} Mr. Smith ${'\u{1F600}'.repeat(20)}`)).toEqual([]);
  });

  it('does not judge the language of a very short text', () => {
    expect(codes('Paris, Monday.')).toEqual([]);
  });

  it('flags HTML markup', () => {
    expect(codes('<html><body><p>The minister spoke.</p><div>More</div></body></html>')).toContain('INPUT_LOOKS_LIKE_HTML');
  });
});
