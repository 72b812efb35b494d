import { describe, expect, it } from 'vitest';
import { segment } from './segment.js';

const texts = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('splits simple sentences and excludes the space between them', () => {
    expect(texts('Hello World. My name is Jonas.')).toEqual(['Hello World.', 'My name is Jonas.']);
  });

  it('treats a paragraph break as a hard boundary', () => {
    expect(texts('A headline with no stop\n\nThe story starts here.')).toEqual([
      'A headline with no stop',
      'The story starts here.',
    ]);
  });

  it('returns no sentences for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('  \n\n ')).toEqual([]);
  });
});
