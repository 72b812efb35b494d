import { createDocument } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { stanceModel } from './classify-pair.js';
import { valenceInQuote } from './statement-stance.js';
import { TokenInfo } from './token-info.js';
import { tokensOf } from './token-spans.js';

function valence(text: string, quoted: string, target: string): number {
  const doc = createDocument(text);
  const info = new TokenInfo(doc.parse.tokens, stanceModel().vocab);
  const q = text.indexOf(quoted);
  const t = text.indexOf(target, q);
  return valenceInQuote(info, tokensOf(doc.parse.tokens, { start: t, end: t + target.length })!, tokensOf(doc.parse.tokens, { start: q, end: q + quoted.length })!);
}

describe('valenceInQuote', () => {
  it('counts negative words right around the target', () => {
    expect(valence('He said: “Jones’s aggression is a disgrace.”', '“Jones’s aggression is a disgrace.”', 'Jones')).toBeLessThan(0);
  });

  it('does not blame the victim of "attack against X"', () => {
    expect(valence('He said: “We condemn the attack against Brazil.”', '“We condemn the attack against Brazil.”', 'Brazil')).toBe(0);
  });

  it('counts positive words and stops at punctuation', () => {
    expect(valence('He said: “We stand with our brave friends in Brazil, a disaster.”', '“We stand with our brave friends in Brazil, a disaster.”', 'Brazil')).toBeGreaterThan(0);
  });

  it('flips words inside a negation', () => {
    expect(valence('He said: “We do not trust Brazil.”', '“We do not trust Brazil.”', 'Brazil')).toBeLessThan(0);
  });

  it('reads what is done to a possessive’s thing as no judgement of the possessor', () => {
    expect(valence('He said it “rewards Norland’s campaign.”', '“rewards Norland’s campaign.”', 'Norland')).toBe(0);
    expect(valence('He said: “We condemn Norland’s aggression.”', '“We condemn Norland’s aggression.”', 'Norland')).toBeLessThan(0);
  });

  it('reads the object of a verb of defeat or opposition as spoken against, whatever praise comes before', () => {
    expect(valence('She said he was “the best candidate to beat Norland.”', '“the best candidate to beat Norland.”', 'Norland')).toBeLessThan(0);
    expect(valence('She said: “We will condemn Norland.”', '“We will condemn Norland.”', 'Norland')).toBeLessThan(0);
  });
});
