import type { QuoteContext } from './context.js';

/**
 * Lemmas of verbs that introduce what someone said or wrote ("said", "told", "added", "noted",
 * "called it ..."). General English reporting vocabulary, as wink lemmatises it.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'write', 'state', 'explain', 'claim', 'argue', 'insist', 'declare',
  'announce', 'assert', 'warn', 'ask', 'reply', 'respond', 'answer', 'continue', 'recall', 'acknowledge',
  'admit', 'suggest', 'tweet', 'post', 'comment', 'remark', 'observe', 'contend', 'maintain', 'predict',
  'promise', 'vow', 'pledge', 'urge', 'call', 'describe', 'dub', 'term', 'label', 'quip', 'joke', 'shout',
  'yell', 'exclaim', 'scream', 'whisper', 'complain', 'boast', 'concede', 'stress', 'emphasize',
  'emphasise', 'report', 'confirm', 'deny', 'proclaim', 'testify', 'conclude', 'mention', 'lament',
  'wonder', 'muse', 'reiterate', 'counter', 'retort', 'chime', 'thunder', 'blast', 'slam', 'mock',
  'praise', 'criticize', 'criticise', 'charge', 'allege', 'accuse', 'brag', 'read', 'begin', 'interject',
  'tout', 'summarize', 'summarise', 'recount', 'chant', 'sing', 'cry', 'plead', 'demand', 'reveal',
  'disclose', 'inform', 'advise', 'caution', 'joked', 'scoff', 'sneer', 'snap', 'fume', 'rail',
  'describe', 'refer', 'characterize', 'characterise', 'deride', 'dismiss', 'hail', 'decry', 'question',
  'echo', 'reason', 'offer', 'recite', 'boom', 'gush', 'opine', 'pronounce', 'concur', 'affirm', 'reaffirm',
  // Verbs that report someone's words by characterising them: "cited X as “…”", "branded it “…”".
  'cite', 'condemn', 'liken', 'rate', 'brand', 'denounce', 'compare', 'quote', 'nickname', 'portray',
  'invoke', 'threaten', 'reject', 'applaud', 'ridicule', 'lambaste', 'attack', 'tweet', 'retweet',
  'elaborate', 'demur', 'talk', 'thank', 'speak', 'react',
  // Manner of speaking: "Trump barked", "Smith groused", "she assured them".
  'bark', 'beam', 'grouse', 'gripe', 'growl', 'snarl', 'mutter', 'murmur', 'sigh', 'gasp', 'marvel', 'holler',
  'bellow', 'grumble', 'wail', 'huff', 'sniff', 'assure', 'reassure', 'tease', 'taunt', 'scold', 'chide', 'rebuke',
]);

/**
 * Speech verbs that put their speaker after them ("said the official", "added Smith"). The others
 * take an object there: "called *her* “third-rate”", "told *reporters*".
 */
export const INVERTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'add', 'write', 'ask', 'continue', 'note', 'explain', 'reply', 'respond', 'answer', 'declare',
  'recall', 'argue', 'insist', 'tweet', 'state', 'warn', 'observe', 'exclaim', 'quip', 'joke', 'remark',
  'comment', 'conclude', 'acknowledge', 'admit', 'claim', 'counter', 'retort', 'announce', 'explain',
  'complain', 'predict', 'suggest', 'wonder', 'muse', 'shout', 'yell', 'scream', 'whisper', 'read', 'echo',
  'agree', 'concede', 'boast', 'write', 'react',
  // Verbs of manner that take no object: "“…,” barked the candidate", "“…,” beamed Jane Smith".
  'bark', 'beam', 'grouse', 'gripe', 'growl', 'snarl', 'mutter', 'murmur', 'sigh', 'gasp', 'marvel', 'holler',
  'bellow', 'grumble', 'wail', 'huff', 'sniff', 'scoff', 'fume', 'gush', 'boom', 'thunder', 'cry', 'chant',
  'plead', 'interject', 'opine', 'concur', 'recount', 'reason', 'demur', 'elaborate',
]);

/** Nouns for a document or utterance that speaks for whoever issued it ("a White House statement"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'release', 'report', 'communique', 'communiqué', 'letter', 'memo', 'tweet', 'post',
  'announcement', 'filing', 'editorial', 'readout', 'transcript', 'email', 'message', 'notice', 'op-ed',
  'interview', 'speech', 'remark', 'briefing', 'video', 'ad', 'advertisement', 'document', 'website',
  'sign', 'banner', 'poster', 'caption', 'headline', 'petition', 'comment', 'response', 'reply', 'answer',
  'quote', 'words', 'line',
]);

/**
 * Pronouns that can name a speaker, and what each can refer back to: a person; an organisation
 * ("it": a place or a law that "it said" seemed to point to was, in the PolNeAR articles, a
 * statement, an email or a lawsuit the article does not tag); a group, an organisation or a
 * nationality named as people ("they": "Senate Democrats", "Republicans", not "Chinese imports",
 * nor one person); or anything.
 */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'person' | 'organisation' | 'group' | 'any'> = new Map([
  ['he', 'person'], ['she', 'person'], ['i', 'person'], ['who', 'any'], ['it', 'organisation'], ['they', 'group'],
  ['we', 'any'], ['you', 'any'],
]);

/** Verb and particle pairs that report speech: "Trump shot back", "he went on". */
export const PHRASAL_SPEECH: ReadonlySet<string> = new Set([
  'shoot back', 'fire back', 'hit back', 'push back', 'go on', 'point out', 'chime in', 'weigh in',
  'speak out', 'lash out', 'cry out', 'call out', 'sum up', 'put it', 'cut in',
]);

/** The verbs of PHRASAL_SPEECH, so that most tokens are ruled out without building a string. */
const PHRASAL_FIRST: ReadonlySet<string> = new Set([...PHRASAL_SPEECH].map((phrase) => phrase.split(' ')[0]));

/** Speech verbs only when nothing follows them in their clause: "he continued, “…”", "she began:". */
export const CLAUSE_FINAL_VERBS: ReadonlySet<string> = new Set(['continue', 'begin']);

/** A speech verb, also where wink tags it a noun after a name ("Viguerie notes", "he says"). */
export function isSpeechVerb(c: QuoteContext, t: number): boolean {
  // Cue searches and the short-quote model ask about the same tokens again: the answer is kept.
  const known = c.speechVerb[t];
  if (known !== 0) return known === 2;
  const yes = speechVerbAt(c, t);
  c.speechVerb[t] = yes ? 2 : 1;
  return yes;
}

/** A token that opens a quotation. */
const QUOTE_OPENERS = /^(?:[“"‘«]|'')$/;

function speechVerbAt(c: QuoteContext, t: number): boolean {
  const { pos, lemma, normal, n } = c;
  if (t + 1 < n && PHRASAL_FIRST.has(lemma[t]) && PHRASAL_SPEECH.has(`${lemma[t]} ${normal[t + 1]}`)) return pos[t] === 'VERB';
  if (!SPEECH_VERBS.has(lemma[t])) {
    // wink sometimes tags a past tense as an adjective with itself for lemma: "Toomey fumed".
    if (pos[t] !== 'ADJ' || !SPEECH_VERBS.has(normal[t].replace(/e?d$/, '')) && !SPEECH_VERBS.has(normal[t].replace(/d$/, ''))) return false;
  }
  // "he continued, “…”" reports speech; "continued to fight" does not.
  if (CLAUSE_FINAL_VERBS.has(lemma[t])) return t + 1 >= n || pos[t + 1] === 'PUNCT';
  if (pos[t] === 'VERB' || pos[t] === 'AUX') return true;
  if ((pos[t] !== 'NOUN' && pos[t] !== 'ADJ') || t === 0 || !/(?:s|ed)$/.test(normal[t])) return false;
  const subject = pos[t - 1] === 'PROPN' || (pos[t - 1] === 'PRON' && SPEAKER_PRONOUNS.has(normal[t - 1]));
  // "The ad claims “…”": after a common noun only when a quotation follows at once (not a colon:
  // "the freeze on pay rates: “…”").
  if (!subject) return pos[t - 1] === 'NOUN' && t + 1 < n && QUOTE_OPENERS.test(c.value[t + 1]);
  return t + 1 >= n || !(pos[t + 1] === 'NOUN' || pos[t + 1] === 'ADJ' || pos[t + 1] === 'NUM');
}
