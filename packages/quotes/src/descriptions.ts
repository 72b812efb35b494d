import { isAbbreviationDot, isCapitalised, isSentenceEnd, type Cue, type QuoteContext } from './context.js';
import { isNameGlue, isNpToken } from './noun-phrases.js';
import { SOURCE_NOUNS } from './speech-verbs.js';

// Speaker phrases that stand for a person named elsewhere in them or earlier in the article: a
// title before a name ("Speaker of the House Rep. Paul Ryan"), a definite description ("the former
// president"). Each returns the entity's index in the context, or -1.

/**
 * The person named after a title that holds a preposition, "Former Secretary of State Madeleine
 * Albright", "Speaker of the House Rep. Paul Ryan (R-WI)": the phrase's head is the title's first
 * noun, which names nobody; the name that ends the phrase does. Only where the head is capitalised,
 * as a title before a name is ("a spokesman for Senate Majority Leader Mitch McConnell" is the
 * spokesman), every word up to the name is part of the title, and the preposition has an object
 * of its own before the name ("Friends of Bernie Sanders" is a group). The entity's index, or -1.
 */
export function titledPersonAtEnd(c: QuoteContext, cue: Cue): number {
  const { value, pos, entities, tokenEntity } = c;
  if (!isCapitalised(c, cue.head)) return -1;
  let objectWords = -1; // -1 until a preposition, then the capitalised words after the last one
  for (let t = cue.head + 1; t <= cue.last; t++) {
    const e = tokenEntity[t];
    if (e >= 0 && entities[e].type === 'PERSON') {
      if (objectWords < 1) return -1;
      let after = t;
      while (after <= cue.last && tokenEntity[after] === e) after++;
      // The name ends the phrase, but for a bracketed party tag ("(R-WI)") and closing punctuation.
      for (; after <= cue.last && value[after] !== '('; after++) if (pos[after] !== 'PUNCT') return -1;
      return e;
    }
    if (pos[t] === 'ADP') objectWords = 0;
    else if (isCapitalised(c, t)) objectWords += objectWords >= 0 ? 1 : 0;
    else if (pos[t] !== 'DET' && !isNameGlue(c, t) && !isAbbreviationDot(c, t)) return -1;
  }
  return -1;
}

/** Abbreviated titles and the role nouns they stand for: "Sen. Marco Rubio" is the senator. */
const TITLE_ROLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']], ['gov', ['governor']],
  ['pres', ['president']], ['sec', ['secretary']], ['gen', ['general']], ['lt', ['lieutenant']], ['col', ['colonel']],
  ['sgt', ['sergeant']], ['supt', ['superintendent']], ['atty', ['attorney']], ['amb', ['ambassador']],
]);
/** How far before or after a person's mention the words that introduced it may stand, in tokens. */
const ROLE_REACH = 6;
/** How far back a description looks for the person it stands for, in tokens: a long article's worth, and a bound on the work. */
const DESCRIPTION_REACH = 3000;

/** True when token `k` is the word `word` of a description, or an abbreviated title for it ("Sen." for "senator"). */
function saysWord(c: QuoteContext, k: number, word: string): boolean {
  return c.lemma[k] === word || c.normal[k] === word || (TITLE_ROLES.get(c.normal[k].replace(/\.$/, ''))?.includes(word) ?? false);
}

/** True when every word of `words` is said by a token in [from, to). */
function saysAll(c: QuoteContext, words: readonly string[], from: number, to: number): boolean {
  return words.every((word) => {
    for (let k = from; k < to; k++) if (saysWord(c, k, word)) return true;
    return false;
  });
}

/**
 * The person a definite description stands for: "the former president" is the person the article
 * introduced as "former President Bill Clinton", "the retired neurosurgeon" the one it called "Ben
 * Carson, a retired neurosurgeon". The nearest person before the phrase with a mention that has
 * every word of the description (its head noun also by its abbreviated title, "Sen.") among the few
 * words before it in its sentence, or in an appositive after it. A description no named person was
 * introduced by ("the official", "the Florida senator" after "Sen. Marco Rubio (R-Fla.)") stays
 * unresolved: nearness alone would give it whoever was named last, and so does a plural ("the
 * senators"). The entity's index, or -1.
 */
export function describedPerson(c: QuoteContext, cue: Cue): number {
  const { pos, normal, lemma, value, entities, tokenEntity, sentenceStart, n } = c;
  const head = cue.head;
  // A plural ("the senators") stands for a group, not one person.
  if (normal[cue.first] !== 'the' || pos[head] !== 'NOUN' || normal[head] !== lemma[head] || SOURCE_NOUNS.has(lemma[head])) return -1;
  const words: string[] = [];
  for (let t = cue.first + 1; t <= head; t++) {
    if (tokenEntity[t] >= 0 && entities[tokenEntity[t]].type === 'PERSON') return -1;
    if (pos[t] === 'NOUN' || pos[t] === 'ADJ' || pos[t] === 'PROPN' || pos[t] === 'NUM') words.push(t === head ? lemma[t] : normal[t]);
  }
  for (let t = cue.first - 1; t >= Math.max(0, cue.first - DESCRIPTION_REACH); t--) {
    const e = tokenEntity[t];
    // Each mention is read once, at its first token.
    if (e < 0 || entities[e].type !== 'PERSON' || (t > 0 && tokenEntity[t - 1] === e)) continue;
    // The words right before the name that qualify it ("former President", "Florida Sen."), up to another name.
    let from = t;
    while (from > Math.max(sentenceStart[t], t - ROLE_REACH) && isNpToken(c, from - 1) && pos[from - 1] !== 'PRON' && tokenEntity[from - 1] < 0) from--;
    if (saysAll(c, words, from, t)) return e;
    // Or an appositive after it: "Ben Carson, a retired neurosurgeon,".
    let after = t;
    while (after < n && tokenEntity[after] === e) after++;
    if (after < n && value[after] === ',') {
      let end = after + 1;
      while (end < Math.min(n, after + 1 + ROLE_REACH) && (isNpToken(c, end) || pos[end] === 'ADP') && pos[end] !== 'PRON' && tokenEntity[end] < 0) end++;
      // Closed by a comma or the sentence's end: ", the rally denounced" is a clause's subject, no appositive.
      if (end < n && (value[end] === ',' || isSentenceEnd(c, end)) && saysAll(c, words, after + 1, end)) return e;
    }
  }
  return -1;
}
