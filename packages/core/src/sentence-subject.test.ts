import { describe, expect, it } from 'vitest';
import { parseText } from './parse.js';
import { subjectToken } from './sentence-subject.js';

/** The word where `subjectToken` puts the subject of `sentence` (one sentence), or null. */
function subjectOf(sentence: string): string | null {
  const { tokens } = parseText(sentence);
  const t = subjectToken(tokens, 0, tokens.length - 1);
  return t < 0 ? null : tokens.value[t];
}

describe('subjectToken', () => {
  it('reads past conjunctions, adverbs and an opening phrase to the subject', () => {
    expect(subjectOf('She has met the mayor twice.')).toBe('She');
    expect(subjectOf('But she said little.')).toBe('she');
    expect(subjectOf('In June, she met the mayor.')).toBe('she');
  });

  it('takes the main clause’s subject after a subordinate clause, not the clause’s own', () => {
    expect(subjectOf('Though he lost Iowa, he won the state.')).toBe('he');
    expect(subjectOf('Even as he spoke, Giuliani declined to guess.')).toBe('Giuliani');
  });

  it('finds none in a sentence that opens with a quotation mark', () => {
    expect(subjectOf('“He is trying to appeal to voters,” he said.')).toBeNull();
  });
});
