import { applyStage, createDocument, withLayer, type Quote } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { sentenceTokens } from './locate.js';
import { pronounMentions } from './pronouns.js';
import { tokenSignals } from './signals.js';
import { analyse, handEntities, periodSentences } from './test-helpers.js';

/** The pronouns each person of `names` is given in `text` (with `quotes`, if given), as "word@offset". */
function pronounsOf(text: string, names: readonly string[], quotes?: Quote[]): Record<string, string[]> {
  const tagged = applyStage(applyStage(createDocument(text), periodSentences), handEntities(names, 'PERSON'));
  const doc = quotes ? withLayer(tagged, 'quotes', quotes) : tagged;
  const found = pronounMentions(doc, tokenSignals(doc.parse), doc.layers.entities, sentenceTokens(doc.parse, doc.layers.sentences));
  return Object.fromEntries(doc.layers.entities.map((e, k) => [e.name, found[k].map((m) => `${m.text}@${m.start}`)]));
}

describe('pronounMentions', () => {
  it('gives "he" and "she" to the person named before them whose gender they fit', () => {
    const text = 'Mary Jones met John Smith on Monday. She praised the plan. He was later accused of fraud.';
    expect(pronounsOf(text, ['Mary Jones', 'John Smith'])).toEqual({ 'Mary Jones': ['She@37'], 'John Smith': ['He@59'] });
  });

  it('prefers a person the article gives that gender over one it gives none', () => {
    // "Sanders" alone says no gender; "Hillary" says one.
    const text = 'Hillary Clinton spoke in Iowa. Sanders trails in the polls. The former secretary wants to widen her lead.';
    expect(pronounsOf(text, ['Hillary Clinton', 'Sanders'])['Hillary Clinton']).toEqual(['her@96']);
  });

  it('gives a pronoun to the person named before it in its own sentence before one named earlier', () => {
    // "Sanders" alone says no gender, "Tim Kaine" says one; the sentence's own subject wins.
    const text = 'Clinton chose Tim Kaine as her running mate. Sanders sent a text message to his supporters.';
    expect(pronounsOf(text, ['Clinton', 'Tim Kaine', 'Sanders'])).toEqual({ Clinton: ['her@27'], 'Tim Kaine': [], Sanders: ['his@76'] });
  });

  it('learns a gender from two pronouns that can only mean the one person named before them', () => {
    // "Sanders" alone says no gender; "Sanders said he" twice says it, so "His" goes to the nearer
    // Sanders, not to Tim Kaine, named a sentence earlier with a first name that says "he".
    const text = 'Sanders said he would run. Sanders said he had the votes. Tim Kaine spoke first. Sanders spoke next. His speech was long.';
    const text2 = 'Sanders said he would run. Tim Kaine spoke first. Sanders spoke next. His speech was long.';
    expect(pronounsOf(text, ['Sanders', 'Tim Kaine'])).toEqual({ Sanders: ['he@13', 'he@40', 'His@101'], 'Tim Kaine': [] });
    // One vote settles nothing: "Sanders said he" may report what Sanders said of another man.
    expect(pronounsOf(text2, ['Sanders', 'Tim Kaine'])['Tim Kaine']).toEqual(['His@70']);
  });

  it('counts possessive and reflexive pronouns', () => {
    const text = 'Mary Jones met John Smith. His campaign collapsed. She blamed herself.';
    expect(pronounsOf(text, ['Mary Jones', 'John Smith'])).toEqual({ 'Mary Jones': ['She@51', 'herself@62'], 'John Smith': ['His@27'] });
  });

  it('never gives a pronoun inside a quotation to its speaker', () => {
    // Garcia would say "I" of himself: the "He" he speaks of is Miller.
    const text = 'Garcia met Miller on Monday. Garcia said: "He is a corrupt liar."';
    const quote = { start: 43, end: 64, text: 'He is a corrupt liar.', speaker: 'e1', speakerMention: { start: 29, end: 35, text: 'Garcia' } };
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(pronounsOf(text, ['Garcia', 'Miller'], [quote])).toEqual({ Garcia: [], Miller: ['He@43'] });
    // Without the quotations, the person named before it in its sentence is all there is to go on.
    expect(pronounsOf(text, ['Garcia', 'Miller'])).toEqual({ Garcia: ['He@43'], Miller: [] });
  });

  it('carries a subject pronoun’s person through the sentences it leads', () => {
    // The second "She" is Mary Jones's, as the first is, not Ann Lee's, named in the sentence between.
    const text = 'Mary Jones spoke on Monday. She has met Ann Lee twice. She said the plan would work.';
    expect(pronounsOf(text, ['Mary Jones', 'Ann Lee'])).toEqual({ 'Mary Jones': ['She@28', 'She@55'], 'Ann Lee': [] });
    // Each sentence she leads passes her on, however many there are.
    const far = 'Mary Jones spoke on Monday. She has met Ann Lee twice. She was polite. She left early. Her plan failed.';
    expect(pronounsOf(far, ['Mary Jones', 'Ann Lee'])['Mary Jones']).toEqual(['She@28', 'She@55', 'She@71', 'Her@87']);
    // An opening clause's "she" and the main clause's are one person.
    const clause = 'Mary Jones spoke on Monday. Though she did not name Ann Lee, she made it clear.';
    expect(pronounsOf(clause, ['Mary Jones', 'Ann Lee'])['Mary Jones']).toEqual(['she@35', 'she@61']);
  });

  it('does not carry a speaker’s own subject pronoun into their quotation', () => {
    // "He" endorsed Lee and is Garcia, who speaks next: the "He" inside the quotation is Lee.
    const text = 'Garcia spoke on Monday. He endorsed Lee. Garcia said: "He is a fine man."';
    const start = text.indexOf('He is');
    const quote = { start, end: start + 16, text: 'He is a fine man', speaker: 'e1', speakerMention: { start: 41, end: 47, text: 'Garcia' } };
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(text.slice(41, 47)).toBe('Garcia');
    expect(pronounsOf(text, ['Garcia', 'Lee'], [quote])).toEqual({ Garcia: ['He@24'], Lee: [`He@${start}`] });
  });

  it('leaves out a pronoun with no person named in its sentence or the two before it', () => {
    const text = 'John Smith spoke. The vote followed. The crowd cheered. Later he left.';
    expect(pronounsOf(text, ['John Smith'])['John Smith']).toEqual([]);
  });
});

describe('entity sentiment through pronouns', () => {
  it('counts the sentences that speak of a person only by pronoun', () => {
    // Three sentences of four speak ill of him, by pronoun only.
    const named = 'John Smith won the award.';
    const text = `${named} He was accused of fraud and lying. He was jailed for fraud. He was convicted of theft.`;
    const alone = analyse(named, ['John Smith'], 'PERSON').layers.sentiment.entities.e1;
    const withPronouns = analyse(text, ['John Smith'], 'PERSON').layers.sentiment.entities.e1;
    expect(alone.label).toBe('positive');
    expect(withPronouns.label).toBe('negative');
  });
});
