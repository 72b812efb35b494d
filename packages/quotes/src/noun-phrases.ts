import { isAbbreviationDot, isCapitalised, isSentenceEnd, NP_WINDOW, VERB_GAP_POS, type Cue, type QuoteContext } from './context.js';

// Noun phrases that name a speaker: read rightwards after "said" or "according to", leftwards from
// a speech verb to its subject, over appositives, relative clauses and prepositional phrases.

const RELATIVE_WORDS = new Set(['what', 'which', 'that', 'who', 'whom']);
/** Parts of speech a speaker's noun phrase is made of. */
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART']);

/** A noun phrase starting at `from` (the speaker after "said" or "according to"), up to a comma or verb. */
export function phraseAfter(c: QuoteContext, from: number, to: number): Cue | undefined {
  const { value, pos, normal } = c;
  let t = from;
  while (t <= to && (VERB_GAP_POS.has(pos[t]) && pos[t] !== 'PART')) t++;
  const begin = t;
  let end = -1;
  let head = -1;
  let sawAdp = false;
  for (; t <= to && t - begin < NP_WINDOW; t++) {
    if (value[t] === '(' && end >= 0) {
      // "Sen. Harry Reid (D-Nev.)": a bracketed tag belongs to the name.
      const close = closingBracket(c, t, to);
      if (close < 0) break;
      end = t = close;
      continue;
    }
    if (normal[t] === 'and' && end >= 0 && head >= 0 && t < to && isNpToken(c, t + 1) && pos[t + 1] !== 'PRON') continue;
    if (isNpToken(c, t)) {
      end = t;
      if (!sawAdp && pos[t] !== 'DET' && pos[t] !== 'PART') head = t;
    } else if (pos[t] === 'ADP' && end >= 0 && t < to) {
      sawAdp = true; // "a spokesman for the campaign", "a release by the agency"
    } else break;
  }
  if (end < 0 || head < 0) return undefined;
  // "wrote the authors of the “Growth and Opportunity Project,”": a phrase cut off by a quotation
  // mark ends at its last noun, not on "of the".
  while (end > head && (pos[end] === 'DET' || pos[end] === 'ADP')) end--;
  if (pos[end] === 'ADP') end--;
  return { first: begin, last: end, head };
}

/** Words wink tags as prepositions that also open a clause: the name after one is that clause's subject. */
const CLAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'because']);

/** The subject of a speech verb, read leftwards: "The spokesman for the campaign has also said". */
export function subjectOf(c: QuoteContext, verb: number, from: number): Cue | undefined {
  const { value, pos, normal } = c;
  let t = verb - 1;
  while (t >= from && VERB_GAP_POS.has(pos[t]) && value[t] !== '’s' && value[t] !== "'s") t--;
  // "Ms. Sherry smiled and said": a verb of its own joined by "and" shares the speech verb's subject.
  if (t - 1 >= from && normal[t] === 'and' && pos[t - 1] === 'VERB' && !isCapitalised(c, t - 1)) {
    t -= 2;
    while (t >= from && VERB_GAP_POS.has(pos[t])) t--;
  }
  if (t < from) return undefined;
  if (value[t] === ',') return appositiveChain(c, t, from);
  // "Skelly called Braynard “…”": a name wink tags as a verb, right before the speech verb.
  if (t === verb - 1 && pos[t] === 'VERB' && isCapitalised(c, t)) {
    let first = t;
    while (first > from && pos[first - 1] === 'PROPN') first--;
    return { first, last: t, head: t };
  }
  let np = npEndingAt(c, t, from);
  if (!np) return undefined;
  // "a White House official who spoke anonymously to discuss internal strategy said": the phrase
  // before the verb is an object inside a relative clause; its antecedent speaks.
  if (np.first - 1 >= from && (pos[np.first - 1] === 'VERB' || pos[np.first - 1] === 'ADV')) {
    for (let k = np.first - 1; k >= from && np.first - k < 12; k--) {
      if (value[k] === ',' || isSentenceEnd(c, k)) break;
      if (pos[k] === 'PRON' && (normal[k] === 'who' || normal[k] === 'that' || normal[k] === 'which')) {
        const antecedent = npEndingAt(c, k - 1, from);
        if (antecedent) return { first: antecedent.first, last: t, head: antecedent.head };
        break;
      }
    }
  }
  let last = np.last;
  // Through prepositional phrases to the noun they modify; "by X" names the agent itself.
  for (let hops = 0; hops < 3; hops++) {
    const adp = np.first - 1;
    // "days after Pyongyang warned": "after" opens the clause whose subject the name is.
    if (adp < from || pos[adp] !== 'ADP' || CLAUSE_PREPOSITIONS.has(normal[adp])) break;
    const outer = npEndingAt(c, adp - 1, from);
    if (!outer) break;
    if (normal[adp] === 'by') {
      last = np.last;
      break;
    }
    np = outer;
  }
  return { first: np.first, last: Math.max(last, np.last), head: np.head };
}

/**
 * The speaker before a comma-separated run of appositives and relative clauses: "Graham, a former
 * candidate, told", "Cory James, 22, of Flint, Mich., said", "Harry Bond, who was polled, said",
 * "Orbán, however, warned".
 * The run is read back segment by segment; the speaker is the leftmost segment that starts a noun
 * phrase (not a number, a preposition or a relative word).
 */
export function appositiveChain(c: QuoteContext, comma: number, from: number): Cue | undefined {
  const { value, pos, normal } = c;
  let best: Cue | undefined;
  let end = comma - 1;
  /** The phrase's last token: before the verb's comma, or before an adverb that comma closes. */
  let tail = comma - 1;
  for (let segments = 0; segments < 6 && end >= from; segments++) {
    let k = end;
    while (k >= from && comma - k < 2 * NP_WINDOW && value[k] !== ',' && !isSentenceEnd(c, k)) k--;
    let start = k + 1;
    // "…, while Senator Collins, who backed it, said": the conjunction that opens the clause is no part of the speaker.
    while (start < end && (pos[start] === 'SCONJ' || pos[start] === 'CCONJ')) start++;
    if (start > end) break;
    const opener = normal[start];
    // "Orbán, however, criticized": an adverb set off by commas interrupts the run, not ends it.
    if (pos[start] === 'ADV' && end - start < 2 && pos[end] === 'ADV' && k >= from && value[k] === ',') {
      if (end === tail) tail = k - 1;
      end = k - 1;
      continue;
    }
    const relative = pos[start] === 'PRON' && RELATIVE_WORDS.has(opener);
    if (!relative && !NP_POS.has(pos[start]) && pos[start] !== 'ADP') break;
    if (!relative && pos[start] !== 'ADP' && pos[start] !== 'NUM') {
      // A segment that names someone is a noun phrase through and through; a clause ends the run.
      // An appositive that describes ("a talk radio host considered one of the best") may hold a
      // verb; one that opens with a name and goes on to a verb is a clause, and ends the run.
      const np = phraseAfter(c, start, end);
      if (np && np.first === start && np.last === end) best = { first: start, last: tail, head: np.head };
      else if (pos[start] !== 'DET' && pos[start] !== 'ADJ') break;
    }
    if (k < from || value[k] !== ',') break;
    end = k - 1;
  }
  return best;
}

export function npEndingAt(c: QuoteContext, end: number, from: number): Cue | undefined {
  const { value, pos, normal } = c;
  let t = end;
  /** The phrase's last token before a bracketed tag, which holds no head: "Reid (D-Nev.)" is headed by "Reid", not "Nev". */
  let core = end;
  if (t >= from && value[t] === ')') {
    // "Reid (D-Nev.) said": step over the bracket to the name.
    let open = t - 1;
    while (open >= from && t - open < 10 && value[open] !== '(') open--;
    if (open < from || value[open] !== '(') return undefined;
    t = core = open - 1;
  }
  // A personal pronoun is a phrase by itself: "at the mention of email she laughed" is hers, "In
  // 2010 she said" hers too; but "Cruz himself said" is Cruz.
  if (t === end && pos[t] === 'PRON' && !RELATIVE_WORDS.has(normal[t]) && !/sel(?:f|ves)$/.test(normal[t])) return { first: t, last: t, head: t };
  while (t >= from && end - t < NP_WINDOW && isNpToken(c, t)) t--;
  let first = t + 1;
  // "what she calls", "which some have argued": the relative word is not part of the speaker.
  if (first < end && pos[first] === 'PRON' && RELATIVE_WORDS.has(normal[first])) first++;
  if (first > core) return undefined;
  const head = headOf(c, first, core);
  if (head < 0) return undefined;
  return { first, last: end, head };
}

export function closingBracket(c: QuoteContext, open: number, to: number): number {
  const { value } = c;
  for (let t = open + 1; t <= to && t - open < 10; t++) {
    if (value[t] === ')') return t;
    if (value[t] === '(' || isSentenceEnd(c, t) && t + 1 <= to && value[t + 1] !== ')') return -1;
  }
  return -1;
}

/** A word of a noun phrase, including the parts of a hyphenated compound ("conservative-leaning"). */
export function isNpToken(c: QuoteContext, t: number): boolean {
  const { tokens, value, pos, n, sentenceStart } = c;
  if (NP_POS.has(pos[t]) || isNameGlue(c, t) || isAbbreviationDot(c, t)) return true;
  // A word of a name the entity layer found, whatever wink tagged it ("Blunt, after a long pause, said").
  if (c.tokenEntity[t] >= 0 && isCapitalised(c, t)) return true;
  // A name wink tags as a verb ("Don Ytterberg"): capitalised, inside the sentence, before a name.
  if (pos[t] === 'VERB' && isCapitalised(c, t) && sentenceStart[t] !== t && (t + 1 < n && pos[t + 1] === 'PROPN' || pos[t - 1] === 'PROPN')) return true;
  return t > 1 && value[t - 1] === '-' && tokens.start[t] === tokens.end[t - 1] && isNameGlue(c, t - 1);
}

/** Hyphens and dots inside a name ("Chen-Haddad", "U.S."). */
export function isNameGlue(c: QuoteContext, t: number): boolean {
  const { tokens, value, n } = c;
  return (value[t] === '-' || value[t] === '.') && t > 0 && t + 1 < n && tokens.end[t - 1] === tokens.start[t] && tokens.start[t + 1] === tokens.end[t] && c.pos[t + 1] !== 'SPACE';
}

/** The last noun, name or pronoun of a phrase, before any preposition. */
export function headOf(c: QuoteContext, first: number, last: number): number {
  const { value, pos } = c;
  let head = -1;
  for (let t = first; t <= last; t++) {
    if (pos[t] === 'ADP' || value[t] === ',') break;
    if (pos[t] === 'NOUN' || pos[t] === 'PROPN' || pos[t] === 'PRON' || pos[t] === 'NUM') head = t;
  }
  // "Another said: “…”": a determiner standing for a person is the phrase's head.
  if (head < 0 && first === last && STANDALONE_DETERMINERS.has(c.normal[first])) head = first;
  return head;
}

/** Determiners that stand alone for someone: "Another said", "Each added". */
const STANDALONE_DETERMINERS: ReadonlySet<string> = new Set(['another', 'each', 'both', 'either', 'neither', 'some', 'many', 'several', 'few', 'others']);

export function onlyNp(c: QuoteContext, from: number, to: number): boolean {
  if (from > to) return false;
  for (let t = from; t <= to; t++) if (!isNpToken(c, t)) return false;
  return true;
}
