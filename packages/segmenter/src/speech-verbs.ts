/**
 * Lemmas of verbs that attribute a quotation. After `“Go!”` or `“Why?”`, a speech verb
 * (`“Why?” asked Smith.`, `“Go!” Smith said.`) keeps the quotation and its attribution one sentence.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'ask', 'tell', 'add', 'reply', 'answer', 'respond', 'cry', 'shout', 'yell', 'scream', 'call', 'exclaim', 'whisper', 'mutter',
  'murmur', 'howl', 'wail', 'sigh', 'laugh', 'snap', 'insist', 'continue', 'explain', 'note', 'write', 'declare', 'announce', 'argue',
  'claim', 'warn', 'demand', 'wonder', 'repeat', 'plead', 'protest', 'recall', 'remark', 'observe', 'tweet', 'post', 'state', 'query',
]);
