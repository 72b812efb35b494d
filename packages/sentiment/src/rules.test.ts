import { createDocument } from '@newslens/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NORM, documentScore, LENGTH_NORM, normalizeSum, sentenceScore } from './label.js';
import { BASE_LEXICON, LEXICON, valenceOf } from './lexicon.js';
import { NEGATED_NEUTRAL, NEGATION_REACH, POSITIVE_WEIGHT } from './modifiers.js';
import { REGRET_VALENCE, tokenSignals } from './signals.js';
import { analyse } from './test-helpers.js';

const sentence = (text: string) => analyse(text).layers.sentiment.sentences[0];

/** The token signals of a text and the index of a word in it. */
function signalsOf(text: string) {
  const { parse } = createDocument(text);
  const s = tokenSignals(parse);
  const at = (word: string) => parse.tokens.normal.indexOf(word);
  return { s, at };
}

describe('negation scope', () => {
  it('keeps the flip on the words right after the negator', () => {
    expect(sentence('The plan is not good.').label).toBe('negative');
  });

  it(`stops the flip ${NEGATION_REACH} tokens after the negator, though wink's scope runs on to the clause end`, () => {
    const text = 'They did not expect that the long talks in the capital would end in a wonderful agreement.';
    const { s, at } = signalsOf(text);
    expect(s.negated[at('expect')]).toBe(1);
    expect(s.negated[at('wonderful')]).toBe(0);
    expect(sentence(text).label).toBe('positive');
  });

  it('counts the reach across a mark where wink pauses the scope, and the mark is no negator', () => {
    // wink's scope runs on from "not" to "month", pauses at "(" and takes up "sad" again.
    const text = 'We did not get to use it again for over a month (sad, I know).';
    const { s, at } = signalsOf(text);
    expect(createDocument(text).parse.tokens.negated[at('sad')]).toBe(true);
    expect(s.negated[at('sad')]).toBe(0);
    expect(s.valence[at('(')]).toBe(0);
    expect(s.valence[at('sad')]).toBeLessThan(0);
  });

  it('negates after "nothing" and "nobody", which wink opens no scope after, without counting them as complaints', () => {
    expect(sentence('There is nothing funny in this film.').label).toBe('negative');
    expect(sentence('Nobody liked the plan.').label).toBe('negative');
    expect(sentence('There was nothing wrong with the deal.').label).toBe('positive');
    expect(sentence('Nothing happened.').label).toBe('neutral');
  });

  it('negates past "so", "as" and "yet" after a negator, which wink reads as conjunctions there ("not so bad")', () => {
    expect(sentence('It is not so bad.').label).toBe('positive');
    expect(sentence("It isn't as bad as you think.").label).toBe('positive');
    expect(sentence('The plan is not yet successful.').label).toBe('negative');
    // Past a copula, and past the quotation marks of a word held at a distance.
    expect(sentence('The reform has not been so successful.').label).toBe('negative');
    expect(sentence('He has not been so “successful” in telling the truth.').label).toBe('negative');
    // The scope ends at the comparison's second "as": its standard keeps its sign.
    const { s, at } = signalsOf('The flood was not as deadly as the terrible storm.');
    expect(s.negated[at('deadly')]).toBe(1);
    expect(s.negated[at('terrible')]).toBe(0);
    // A conjunction after a negator still ends the scope: "not because he failed" does not flip "failed".
    expect(sentence('It happened, but not because he failed.').label).toBe('negative');
  });

  it('leaves "never so" and "not so much X as Y" as wink reads them: emphasis, and a weighing that denies neither', () => {
    expect(sentence('It has been done before, but never so vividly.').label).toBe('positive');
    const { s, at } = signalsOf('The trouble is not so much the cost as the delay.');
    expect(s.negated[at('cost')]).toBe(0);
    expect(s.negated[at('delay')]).toBe(0);
  });

  it('takes no mark for a negator: a symbol inside a scope, a quote mark after "not"', () => {
    const { s, at } = signalsOf('The staff did not answer the input / output question for days and weeks on end.');
    expect(s.valence[at('/')]).toBe(0);
    const quoted = signalsOf('They did not "answer" the letter.');
    expect(quoted.s.valence[quoted.at('"')]).toBe(0);
    expect(quoted.s.valence[quoted.at('not')]).toBe(NEGATED_NEUTRAL);
  });

  it('keeps "nor" a negator, though it is a conjunction ("neither picture nor sound")', () => {
    const { s, at } = signalsOf('There was neither picture nor sound.');
    expect(s.valence[at('nor')]).toBe(NEGATED_NEUTRAL);
  });

  it('turns a word half over after "less" or "fewer" ("less effective", "fewer deaths")', () => {
    expect(sentence('The new plan is less effective.').label).toBe('negative');
    expect(sentence('The law led to fewer deaths.').label).toBe('positive');
  });

  it('turns a noun half over after "little" as a quantity, not after "a little" or "little" as a size', () => {
    expect(sentence('There was little progress.').label).toBe('negative');
    expect(sentence('He made very little progress.').label).toBe('negative');
    // "precious" there is no praise: "precious little progress" is little of it.
    expect(sentence('There was precious little progress.').label).toBe('negative');
    expect(sentence('She showed a little hope.').label).toBe('positive');
    expect(sentence('The film is a clever little gem.').label).toBe('positive');
  });

  it('turns a word half over after "least", but not after "at least"', () => {
    expect(sentence('It was the least effective policy.').label).toBe('negative');
    expect(sentence('At least the food was good.').label).toBe('positive');
  });

  it('negates after "far from", "anything but" and "little to", which wink does not know, and only where a sentiment word follows', () => {
    expect(sentence('The report is far from perfect.').label).toBe('negative');
    expect(sentence('The task is anything but easy.').label).toBe('negative');
    expect(sentence('The new policy did little to help families.').label).toBe('negative');
    // A denied reversal keeps the bad thing: "did little to curb violence" is no curb.
    expect(sentence('The law has done little to curb violence.').label).toBe('negative');
    // "A little" is some.
    expect(sentence('The plan does a little to help families.').label).toBe('positive');
    // No sentiment word to negate: no complaint either.
    expect(sentence('He lives far from the city.').label).toBe('neutral');
  });

  it('reads a denied comparison after "could" or "cannot" as the utmost ("couldn\'t be happier", "could not be more wrong")', () => {
    expect(sentence("I couldn't be happier with it.").label).toBe('positive');
    expect(sentence('It could not have been easier to use.').label).toBe('positive');
    expect(sentence('They could not be more wrong.').label).toBe('negative');
    expect(sentence('I cannot agree more.').label).toBe('positive');
    // Not a comparison: the denial stands.
    expect(sentence('It could not be good.').label).toBe('negative');
  });

  it('negates the alternative "rather than" and "instead of" set aside, and only where a sentiment word follows', () => {
    expect(sentence('Voters saw her age as a strength rather than a weakness.').label).toBe('positive');
    expect(sentence('Instead of helping, he hurt them.').label).toBe('negative');
    expect(sentence('They took the bus rather than the train.').label).toBe('neutral');
  });

  it('reads a negator right before another as a double negation ("not without merit")', () => {
    expect(sentence('The decision was not without merit.').label).toBe('positive');
    expect(sentence('The plan is not without risk.').label).toBe('negative');
    // wink's negating verbs and two-word negators, denied: the thing stays as it is.
    expect(sentence('They prevented the disaster.').label).toBe('positive');
    expect(sentence('They could not prevent the disaster.').label).toBe('negative');
    expect(sentence('They did not rule out violence.').label).toBe('negative');
    expect(sentence('It never fails to delight us.').label).toBe('positive');
  });

  it('reads "no less" as a litotes: neither flipped nor diminished nor negative', () => {
    const litotes = sentence('The sequel is no less impressive than the original.').score;
    expect(litotes).toBeGreaterThan(0);
    expect(litotes).toBeGreaterThan(sentence('The sequel is less impressive than the original.').score);
  });

  it('reads "nothing short of" and "not short of" as a litotes: the thing as it is', () => {
    expect(sentence('The recovery was nothing short of a miracle.').label).toBe('positive');
    expect(sentence('The result was nothing short of a disaster.').label).toBe('negative');
    expect(sentence('The governor is not short of critics.').label).toBe('negative');
  });

  it('counts a negator with no sentiment word in its scope as a mild negative ("did not respond")', () => {
    expect(sentence('The ministry responded.').label).toBe('neutral');
    expect(sentence('The ministry did not respond.').label).toBe('negative');
    const { s, at } = signalsOf('The ministry did not respond.');
    expect(s.valence[at('not')]).toBe(NEGATED_NEUTRAL);
  });

  it('reads "no doubt", "no question" and "without a doubt" as affirmations, and "no matter" as a negation', () => {
    for (const text of ['There is no doubt he has the ability to lead.', 'She is without a doubt a brilliant scientist.', 'There is no question that it was a success.']) {
      const { s } = signalsOf(text);
      expect(s.negated.subarray(0, createDocument(text).parse.tokens.length).every((x) => x === 0)).toBe(true);
      expect(sentence(text).label).toBe('positive');
    }
    expect(signalsOf('There is no doubt.').s.valence.subarray(0, 5).every((x) => x === 0)).toBe(true);
    const { s, at } = signalsOf('No matter how fantastic it looked, the story made no sense.');
    expect(s.negated[at('fantastic')]).toBe(1);
  });

  it('reads "should have" before a participle as a regret ("should have been fired"), not "should have fun"', () => {
    expect(sentence('The film should have gone straight to video.').label).toBe('negative');
    expect(sentence('He should have been fired.').score).toBeLessThan(sentence('He was fired.').score);
    // Under a negation the regret stays one: "I do not think she should have taken that call".
    const denied = signalsOf('I do not think she should have taken that call.');
    expect(denied.s.valence[denied.at('should')]).toBe(REGRET_VALENCE);
    expect(denied.s.negated[denied.at('should')]).toBe(0);
    expect(sentence('Kids should have fun.').label).toBe('positive');
    expect(sentence('Officials should have the report by Friday.').label).toBe('neutral');
  });
});

describe('reversal verbs', () => {
  it('turns a bad thing that is reduced, prevented or fought into a good outcome', () => {
    expect(sentence('The law will increase poverty.').label).toBe('negative');
    expect(sentence('The law will reduce poverty.').label).toBe('positive');
    expect(sentence('The police prevented deaths.').label).toBe('positive');
    expect(sentence('They vowed to fight corruption.').label).toBe('positive');
  });

  it('keeps the bad thing bad where the reversal is denied ("did not reduce poverty")', () => {
    expect(sentence('The plan did not reduce poverty.').label).toBe('negative');
    expect(sentence('They failed to stop the violence.').label).toBe('negative');
    expect(sentence('They did not fight corruption.').label).toBe('negative');
    // A bare negator's failure is no bad thing the verb ends: "ended without a deal" stays a failure.
    expect(sentence('The talks ended without a deal.').label).toBe('negative');
    // The reversal reads the negation as cut: "ugly", beyond its reach, stays ugly, and "clumsy",
    // the object of the denied "recovers from", keeps its sign.
    const { s, at } = signalsOf('The film never recovers from the clumsy cliché of the ugly American abroad.');
    expect(s.negated[at('clumsy')]).toBe(0);
    expect(s.negated[at('ugly')]).toBe(0);
    expect(s.valence[at('clumsy')]).toBeLessThan(0);
  });

  it('reads a bad thing that shrinks as good news ("unemployment fell"), unless denied or the verb has an object', () => {
    expect(sentence('Unemployment fell to 4 percent.').label).toBe('positive');
    expect(sentence('Violence has decreased.').label).toBe('positive');
    expect(sentence('Crime has not dropped.').label).toBe('negative');
    expect(sentence('Stocks plunged.').label).toBe('negative');
    expect(sentence('Bad weather slows the search.').label).toBe('negative');
  });

  it('reads a good thing that shrinks as bad news ("profits fell", "approval ratings have dipped")', () => {
    expect(sentence('Profits fell sharply.').label).toBe('negative');
    expect(sentence("The governor's approval ratings have dipped.").label).toBe('negative');
  });

  it('reads an acquittal or a rescue as a reversal ("acquitted of all charges", "rescued a family from the burning house")', () => {
    expect(sentence('The mayor was acquitted of all charges.').label).toBe('positive');
    expect(sentence('Firefighters rescued a family from the burning house.').label).toBe('positive');
  });

  it('reads no object after a reversal verb right before "in" ("the talks ended in deadlock")', () => {
    expect(sentence('Talks ended in deadlock.').label).toBe('negative');
    expect(sentence('The treatment reduced pain in most patients.').label).toBe('positive');
  });

  it('reads "swear" as an oath beside "in", "to" or "that", and as cursing elsewhere', () => {
    for (const text of ['She was sworn in as president.', 'He swore to uphold the constitution.']) {
      const { s, at } = signalsOf(text);
      expect(s.valence[at(text.includes('sworn') ? 'sworn' : 'swore')]).toBe(0);
    }
    const { s, at } = signalsOf('He swore at reporters.');
    expect(s.valence[at('swore')]).toBeLessThan(0);
  });

  it('reads "landslide" as a figure beside an election win, and as a disaster elsewhere', () => {
    for (const text of ['He won the election by a landslide.', 'She won in a landslide.', 'After a landslide victory, he promised unity.']) {
      const { s, at } = signalsOf(text);
      expect(s.valence[at('landslide')]).toBe(0);
    }
    for (const text of ['A landslide buried the village.', 'Heavy rain caused a landslide in the hills.']) {
      const { s, at } = signalsOf(text);
      expect(s.valence[at('landslide')]).toBeLessThan(0);
    }
  });

  it('finds what moved or stopped in the head of the subject, not in a phrase hung on it ("concerns about the economy eased")', () => {
    expect(sentence('Concerns about the economy eased.').label).toBe('positive');
    expect(sentence('Sales of new homes rose.').label).toBe('positive');
    expect(sentence('The war in Syria ended.').label).toBe('positive');
    expect(sentence('The murder trial of the former mayor ended.').label).toBe('negative');
    // An ending followed by what it ended with is an outcome, and keeps the bad thing.
    const { s, at } = signalsOf('His long attack ended: "We will win."');
    expect(s.valence[at('attack')]).toBeLessThan(0);
  });

  it('reads a plural noun that wink tags a verb at a sentence start before a preposition as the subject ("Hopes for a deal are fading")', () => {
    expect(sentence('Hopes for a deal are fading.').label).toBe('negative');
  });

  it('reads a quantity a verb raises or lowers by the way it moved ("added 200,000 jobs" > 0, "cut 500 jobs" < 0)', () => {
    expect(sentence('The economy added 200,000 jobs.').label).toBe('positive');
    expect(sentence('The company cut 500 jobs.').label).toBe('negative');
    expect(sentence('The new law will reduce health care costs.').label).toBe('positive');
    // The head of the object is its last noun: a debt ceiling is no debt.
    const { s, at } = signalsOf('Congress voted to raise the debt ceiling.');
    expect(s.valence[at('raise')]).toBe(0);
    // And the phrase ends at a mark after it: what was cut here is jobs, not costs.
    const cut = signalsOf('The firm cut jobs, costs rose.');
    expect(cut.s.valence[cut.at('cut')]).toBeLessThan(0);
  });

  it('reads growth as good or bad by what grows ("inflation rose" < 0, "the economy grew" > 0)', () => {
    expect(sentence('Inflation rose sharply.').label).toBe('negative');
    expect(sentence('Unemployment rose.').label).toBe('negative');
    expect(sentence('The economy grew.').label).toBe('positive');
    expect(sentence('The economy shrank.').label).toBe('negative');
    expect(sentence('Costs fell.').label).toBe('positive');
    expect(sentence('Wages fell.').label).toBe('negative');
  });

  it('reads a level reached as a fall or a rise ("hit a new low", "reached an all-time high")', () => {
    expect(sentence('His approval rating hit a new low.').label).toBe('negative');
    expect(sentence('Unemployment hit a record low in May.').label).toBe('positive');
    expect(sentence('Unemployment hit a 30-year high.').label).toBe('negative');
    expect(sentence('Stocks reached an all-time high.').label).toBe('positive');
    // A level with nothing to measure keeps its own bad sense.
    expect(sentence('Turnout hit a record low.').label).toBe('negative');
  });

  it('reads "minimal" and "negligible" as low levels ("the damage was minimal")', () => {
    expect(sentence('The damage was minimal.').label).toBe('positive');
    expect(sentence('The risk is negligible.').label).toBe('positive');
    expect(sentence('Support for the plan was minimal.').label).toBe('negative');
  });

  it('reads a level stood at as one reached ("the risk remains low", "wages remain low")', () => {
    expect(sentence('Experts say the risk remains low.').label).toBe('positive');
    expect(sentence('Unemployment is low.').label).toBe('positive');
    expect(sentence('Wages remain low.').label).toBe('negative');
    expect(sentence('Inflation remains high.').label).toBe('negative');
    expect(sentence('Turnout was low.').label).toBe('negative');
  });

  it('reverses the bad things of the subject of a reversal verb in the passive ("the attack was foiled")', () => {
    expect(sentence('The attack was foiled.').label).toBe('positive');
    expect(sentence('Poverty has been reduced.').label).toBe('positive');
    expect(sentence('The attack was not foiled.').label).not.toBe('positive');
    // Only bad things: a good thing cut stays a good thing, and the cut keeps its bad sense.
    expect(sentence('The aid program was cut.').label).toBe('negative');
  });

  it('reads what gives way as shrinking ("confidence eroded", "fears evaporated", "the ceasefire broke down")', () => {
    expect(sentence('Confidence eroded.').label).toBe('negative');
    expect(sentence('Fears evaporated.').label).toBe('positive');
    expect(sentence('The ceasefire broke down.').label).toBe('negative');
    expect(sentence('The deal fell through.').label).toBe('negative');
    expect(sentence('The plan falls short of what is needed.').label).toBe('negative');
    // With an object after the particle the phrase analyses, and a denied one holds.
    expect(sentence('They break down the figures by region.').label).toBe('neutral');
    expect(sentence('The truce did not break down.').label).toBe('positive');
  });

  it('reads what stops as what shrinks ("the drought has ended", "the war is over"), where it is itself good or bad', () => {
    expect(sentence('The drought has ended.').label).toBe('positive');
    expect(sentence('The fighting stopped at dawn.').label).toBe('positive');
    expect(sentence('The war is finally over.').label).toBe('positive');
    expect(sentence('The ceasefire ended.').label).toBe('negative');
    // An event that ends, an outcome, a denial and an infinitive keep the bad thing.
    expect(sentence('The murder trial ended on Friday.').label).toBe('negative');
    expect(sentence('The strike ended in violence.').label).toBe('negative');
    expect(sentence('The fighting never stopped.').label).toBe('negative');
    const { s, at } = signalsOf('He has the ability to stop that.');
    expect(s.valence[at('ability')]).toBeGreaterThan(0);
    expect(sentence('The crisis is over the limit.').label).toBe('negative');
  });

  it('reads the "of" of a privative as a reversal ("free of crime", "cleared of wrongdoing")', () => {
    expect(sentence('The town is now free of crime.').label).toBe('positive');
    expect(sentence('They vowed to rid the country of corruption.').label).toBe('positive');
    expect(sentence('The company was cleared of any wrongdoing.').label).toBe('positive');
    expect(sentence('The mayor was absolved of blame.').label).toBe('positive');
    expect(sentence('The country is not free of corruption.').label).toBe('negative');
  });

  it('reads the lack, absence, relief or avoidance of a bad thing as good, and the lack of a good one as bad', () => {
    expect(sentence('There was a lack of violence.').label).toBe('positive');
    expect(sentence('The absence of corruption helped.').label).toBe('positive');
    expect(sentence('The vaccine protects children from disease.').label).toBe('positive');
    expect(sentence('They avoided war.').label).toBe('positive');
    expect(sentence('He lacks courage.').label).toBe('negative');
  });

  it('negates a good thing lacked or absent ("lacks credibility", "devoid of compassion"), unless the lack is denied', () => {
    expect(sentence('The report was devoid of compassion.').label).toBe('negative');
    expect(sentence('The absence of leadership was striking.').label).toBe('negative');
    expect(sentence('There was a dearth of talent.').label).toBe('negative');
    expect(sentence('The town was devoid of violence.').label).toBe('positive');
    const lack = signalsOf('There is a lack of trust between the parties.');
    expect(lack.s.negated[lack.at('trust')]).toBe(1);
    const denied = signalsOf('The company does not lack courage.');
    expect(denied.s.negated[denied.at('courage')]).toBe(0);
    expect(sentence('The company does not lack courage.').label).toBe('positive');
    // "free" takes away only bad things: "free of charge" is no complaint.
    expect(sentence('The tickets are free of charge.').label).not.toBe('negative');
  });

  it('flips every negative word of the object, not only the first ("cuts the risk of heart disease")', () => {
    const { s, at } = signalsOf('A daily walk cuts the risk of heart disease.');
    expect(s.valence[at('risk')]).toBeGreaterThan(0);
    expect(s.valence[at('disease')]).toBeGreaterThan(0);
    expect(sentence("Moderate exercise reduces men's heart attack risk.").label).toBe('positive');
  });

  it('stops at the next verb: "cut taxes hurt the poor" keeps "hurt" negative', () => {
    const { s, at } = signalsOf('Plans to cut taxes hurt the poor.');
    expect(s.valence[at('hurt')]).toBeLessThan(0);
  });

  it('stops at the clause: a negative word after a comma or "and" keeps its sign', () => {
    const { s, at } = signalsOf('They cut taxes, and violence rose.');
    expect(s.valence[at('violence')]).toBeLessThan(0);
  });
});

describe('lexicon and weights', () => {
  it('reads idioms as wholes, still open to negation ("bore fruit", "a sigh of relief", "fell flat")', () => {
    expect(sentence('The reforms bore fruit.').label).toBe('positive');
    expect(sentence('The reforms did not bear fruit.').label).toBe('negative');
    expect(sentence('Investors breathed a sigh of relief.').label).toBe('positive');
    expect(sentence('The plan fell flat.').label).toBe('negative');
    expect(sentence('The minister came under fire.').label).toBe('negative');
    expect(sentence('The offer was too little, too late.').label).toBe('negative');
    expect(sentence('The response leaves a lot to be desired.').label).toBe('negative');
    expect(sentence('Its plotting left much to be desired.').label).toBe('negative');
  });

  it('gives no quarrel or anxiety to verbs that report speech ("argued that", "stressed that"), and keeps the nouns', () => {
    expect(sentence('The minister stressed that the talks would continue.').label).toBe('neutral');
    expect(sentence('She argued that the plan would work.').label).toBe('neutral');
    expect(sentence('Stress and anxiety are rising.').label).toBe('negative');
  });

  it('keeps the valence of a word in capitals for emphasis, which wink tags a proper noun, but not of a name', () => {
    expect(sentence('This is GREAT.').score).toBe(sentence('This is great.').score);
    expect(sentence('Anger is UGLY!').label).toBe('negative');
    // A name: beside another name or a capitalised word.
    expect(sentence('The FAIR Act passed.').label).toBe('neutral');
  });

  it('reads the words of a headline in title case, which wink tags proper nouns', () => {
    expect(sentence('Police Kill Unarmed Man in Brutal Attack').score).toBeLessThan(sentence('Police kill unarmed man in attack').score);
    expect(sentence('Fans Celebrate Stunning Victory').label).toBe('positive');
    expect(sentence('Markets Plunge as Fears of Recession Grow').label).toBe('negative');
    expect(sentence('MARKETS PLUNGE AS FEARS OF RECESSION GROW').label).toBe('negative');
    // In a sentence a capitalised word is a name: "Mr. Love" has no valence.
    expect(sentence('The committee heard from Mr. Love and Ms. Hope on Monday.').label).toBe('neutral');
    // Names with a verb in lower case make no headline, however many of the words they are.
    expect(sentence('Joy Reid interviewed Senator Warren on Tuesday.').label).toBe('neutral');
  });

  it('reads "bother to" as taking the trouble, not being upset', () => {
    expect(sentence("He didn't bother to call.").label).toBe('negative');
    expect(sentence('She bothered to check the figures.').label).toBe('neutral');
    expect(sentence('The noise bothered residents.').label).toBe('negative');
  });

  it('denies the Y of "too X to Y" ("too bleak to enjoy", "too big to fail")', () => {
    expect(sentence('The film is too long to enjoy.').label).toBe('negative');
    expect(sentence('The plan is too complicated to succeed.').label).toBe('negative');
    expect(sentence('The bank is too big to fail.').label).toBe('positive');
    expect(sentence('It is too early to tell.').label).toBe('neutral');
  });

  it('gives no valence to a first name that wink tags a verb where it opens a sentence ("Hope Hicks was")', () => {
    expect(sentence('Hope Hicks was seen at the White House.').label).toBe('neutral');
    expect(sentence("Rob Schneider's new film opens on Friday.").label).toBe('neutral');
    // A verb in "-ing" that opens a sentence is one.
    expect(sentence('Accusing Smith of fraud, the court froze his assets.').label).toBe('negative');
  });

  it('leaves a headline in title case the names its article writes as names', () => {
    expect(sentence('Supreme Court Hears Case on Voting Maps.').label).toBe('positive');
    expect(sentence('Supreme Court Hears Case on Voting Maps. The Supreme Court heard the case on Monday.').label).toBe('neutral');
    // A word that opens a sentence of the article is no name there.
    expect(sentence('Terror Grips Capital After Blasts. Terror returned on Monday.').label).toBe('negative');
  });

  it('strengthens a sentence by its exclamation marks, up to four, and gives none to a sentence without sentiment', () => {
    expect(sentence('This is great!!!').score).toBeGreaterThan(sentence('This is great.').score);
    expect(sentence('This is awful!').score).toBeLessThan(sentence('This is awful.').score);
    expect(sentence('This is great!!!!!!').score).toBe(sentence('This is great!!!!').score);
    expect(sentence('The meeting is on Monday!').label).toBe('neutral');
  });

  it('gives "like" and "care" a valence only as verbs', () => {
    expect(sentence('They like the plan.').label).toBe('positive');
    expect(sentence('It looks like rain.').label).toBe('neutral');
    expect(sentence('She cares about them.').label).toBe('positive');
    expect(sentence('The bill changes health care.').label).toBe('neutral');
  });

  it('knows words AFINN lacks from the VADER lexicon', () => {
    expect(valenceOf('unfortunately', 'unfortunately')).toBeLessThan(0);
    expect(valenceOf('valuable', 'valuable')).toBeGreaterThan(0);
    expect(sentence('Unfortunately, the meeting was moved.').label).toBe('negative');
  });

  it('knows the opinion words the rated lists lack by their polarity, but not names, common words or political camps', () => {
    expect(BASE_LEXICON.has('mediocre')).toBe(false);
    expect(valenceOf('mediocre', 'mediocre')).toBe(-1.5);
    expect(valenceOf('commendable', 'commendable')).toBe(1.5);
    expect(sentence('The sequel is mediocre and tedious.').label).toBe('negative');
    // Bing Liu's list has "trump" as a verb of winning, "right" and "work" as praise, "conservative" as a fault,
    // "rival" as a slight and "patient" as a virtue, which hospital "patients" would take by their lemma.
    for (const word of ['trump', 'right', 'work', 'issue', 'conservative', 'progressive', 'rival']) expect(valenceOf(word, word)).toBe(0);
    expect(valenceOf('patients', 'patient')).toBe(0);
  });

  it('knows words no word list has from their embeddings, and never overrides a listed word', () => {
    expect(BASE_LEXICON.has('mismanagement')).toBe(false);
    expect(valenceOf('mismanagement', 'mismanagement')).toBeLessThan(0);
    expect(valenceOf('milestone', 'milestone')).toBeGreaterThan(0);
    expect(sentence('The agency was known for its mismanagement.').label).toBe('negative');
    for (const [word, valence] of BASE_LEXICON) expect(LEXICON.get(word)).toBe(valence);
  });

  it('gives no tone to words news uses as topics ("the party", "national security", "interest rates")', () => {
    expect(valenceOf('party', 'party')).toBe(0);
    expect(valenceOf('parties', 'party')).toBe(0);
    expect(sentence('The party discussed national security and interest rates.').label).toBe('neutral');
  });

  it('gives no tone to the names of offices, institutions and electoral roles ("special counsel", "the outgoing president")', () => {
    expect(sentence('The special counsel briefed the intelligence committee.').label).toBe('neutral');
    expect(sentence('The outgoing defense secretary met his successor.').label).toBe('neutral');
    expect(sentence('The challenger campaigned in battleground states.').label).toBe('neutral');
    expect(sentence('On the other hand, energy policy is set by the states.').label).toBe('neutral');
    expect(sentence('A top aide to the justice is on his legal team.').label).toBe('neutral');
  });

  it('gives no tone to the everyday verbs the lists rate ("want", "leave", "pay", "play")', () => {
    expect(sentence('He left office and paid the bill.').label).toBe('neutral');
    expect(sentence('They want to see the report.').label).toBe('neutral');
    expect(sentence('She played a role in the talks and shared the report.').label).toBe('neutral');
    // Nor to reporting and causing, which the embeddings had read as bad.
    expect(sentence('In the wake of the vote, the paper, citing officials, said it prompted a review.').label).toBe('neutral');
  });

  it('induces no valence for the most common words, which are rarely polar ("against", "reported")', () => {
    expect(valenceOf('against', 'against')).toBe(0);
    expect(valenceOf('reported', 'report')).toBe(0);
    expect(sentence('The senator voted against the bill, officials reported.').label).toBe('neutral');
  });

  it('gives no tone to everyday words that merely co-occur with how news portrays people ("use", "work")', () => {
    expect(sentence('Officials will use the new system.').label).toBe('neutral');
    expect(sentence('Engineers work on the bridge.').label).toBe('neutral');
  });

  it('reads the harm news reports as bad news: disasters, violence, layoffs', () => {
    expect(sentence('An earthquake hit the region overnight.').label).toBe('negative');
    expect(sentence('The gunman was seen near the station.').label).toBe('negative');
    expect(sentence('The company announced layoffs.').label).toBe('negative');
  });

  it(`weighs a positive word ${POSITIVE_WEIGHT} of a negative word of the same AFINN value`, () => {
    const good = sentence('The result was good.').score;
    const bad = sentence('The result was bad.').score;
    expect(good).toBeGreaterThan(0);
    expect(good).toBeLessThan(-bad);
    const { s, at } = signalsOf('The result was good.');
    expect(s.valence[at('good')]).toBeCloseTo(3 * POSITIVE_WEIGHT, 5);
  });
});

describe('sentenceScore: length damping and squash', () => {
  it(`squashes short sentences as VADER does and damps sums past ${LENGTH_NORM} tokens by √(${LENGTH_NORM}/tokens)`, () => {
    expect(sentenceScore(3, 10)).toBeCloseTo(normalizeSum(3), 10);
    expect(sentenceScore(3, 60)).toBeCloseTo(normalizeSum(3 * Math.sqrt(LENGTH_NORM / 60)), 10);
    expect(sentenceScore(3, 60)).toBeLessThan(sentenceScore(3, 10));
  });

  it('scores one sentiment word in a long sentence of reporting below the same word alone', () => {
    const short = sentence('The talks were a disaster.').score;
    const long = sentence('The talks, which began on Monday in the capital after weeks of preparation by officials from both sides and their advisers, were a disaster.').score;
    expect(short).toBeLessThan(long);
    expect(long).toBeLessThan(0);
  });
});

describe('documentScore: sentences add up to DOCUMENT_NORM, then a text is its average sentence', () => {
  const sums = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('stays in -1..1 and takes the sign of the sentences together', () => {
    fc.assert(
      fc.property(sums, (xs) => {
        const total = xs.reduce((a, x) => a + x, 0);
        const score = documentScore(total, xs.length);
        expect(Math.abs(score)).toBeLessThanOrEqual(1);
        expect(score * total).toBeGreaterThanOrEqual(0);
        if (Math.abs(total) > 1e-9) expect(score).not.toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('scores a text of one sentence as that sentence, and no text of any length beyond its average sentence read DOCUMENT_NORM times', () => {
    fc.assert(
      fc.property(sums, (xs) => {
        const total = xs.reduce((a, x) => a + x, 0);
        expect(documentScore(xs[0], 1)).toBeCloseTo(normalizeSum(xs[0]), 12);
        const average = total / xs.length;
        expect(Math.abs(documentScore(total, xs.length))).toBeLessThanOrEqual(Math.abs(normalizeSum(average * Math.sqrt(DOCUMENT_NORM))) + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('scores an empty text 0', () => {
    expect(documentScore(0, 0)).toBe(0);
  });
});

describe('a capitalised first word', () => {
  it('keeps its valence where wink tags it a proper noun ("Violence erupted ...")', () => {
    const text = 'Violence erupted after the vote.';
    const { parse } = createDocument(text);
    expect(parse.tokens.pos[0]).toBe('PROPN');
    expect(sentence(text).label).toBe('negative');
    expect(sentence('Victims of the flood waited for days.').label).toBe('negative');
  });

  it('stays a name when a proper noun follows it ("Joy Reid spoke")', () => {
    expect(sentence('Joy Reid spoke at the event.').label).toBe('neutral');
  });
});
