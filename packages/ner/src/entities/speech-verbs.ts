/** Lemmas of verbs that report speech: the subject of "said" or the name after it is a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'note', 'announce', 'claim', 'insist', 'warn', 'explain', 'argue',
  'write', 'ask', 'reply', 'respond', 'declare', 'confirm', 'deny', 'urge', 'stress', 'report',
  'suggest', 'acknowledge', 'admit', 'tweet', 'comment', 'remark', 'observe', 'assert',
  'maintain', 'contend', 'allege', 'predict', 'promise', 'vow', 'pledge', 'reiterate', 'emphasise',
  'emphasize', 'underline', 'recall', 'concede', 'conclude', 'complain', 'caution',
  'testify', 'quip', 'shout', 'whisper', 'reaffirm', 'affirm',
]);
