/**
 * Verbs (wink lemmas) whose subject usually takes a side toward their object. The model sees
 * these as features and learns how much to trust them; they decide nothing on their own.
 */
export const SUPPORT_VERBS: readonly string[] = [
  'endorse', 'back', 'praise', 'defend', 'uphold', 'support', 'reaffirm', 'affirm', 'commend', 'applaud',
  'welcome', 'thank', 'congratulate', 'hail', 'champion', 'embrace', 'laud', 'protect', 'ally', 'help',
  'aid', 'assist', 'side', 'stand', 'vote', 'campaign', 'recommend', 'honor', 'honour', 'admire', 'trust',
  'favor', 'favour', 'approve', 'celebrate', 'salute', 'join', 'sponsor', 'fund', 'arm', 'reassure',
  'pledge', 'vow', 'promise', 'commit', 'guarantee', 'secure', 'strengthen', 'bolster', 'cooperate',
];

/** Verbs whose subject usually acts against their object. */
export const OPPOSE_VERBS: readonly string[] = [
  'condemn', 'sanction', 'blame', 'criticise', 'criticize', 'attack', 'accuse', 'denounce', 'oppose',
  'reject', 'slam', 'fight', 'threaten', 'punish', 'warn', 'mock', 'ridicule', 'deride', 'rebuke', 'attack',
  'assail', 'blast', 'lambast', 'challenge', 'sue', 'impeach', 'investigate', 'indict', 'arrest', 'invade',
  'bomb', 'strike', 'target', 'undermine', 'block', 'veto', 'defeat', 'confront', 'resist', 'deter',
  'retaliate', 'respond', 'counter', 'penalize', 'penalise', 'expel', 'ban', 'boycott', 'insult', 'disparage',
];

/** Nouns that name hostile acts: "aggression by X" and "X's aggression" make X the aggressor. */
export const HOSTILE_NOUNS: readonly string[] = [
  'aggression', 'invasion', 'attack', 'incursion', 'occupation', 'annexation', 'provocation', 'threat',
  'interference', 'meddling', 'escalation', 'buildup', 'build-up', 'hostility', 'atrocity', 'crackdown',
];

/**
 * Nouns whose holder is the one supported when someone upholds them ("X's sovereignty"), or that
 * name a friend of the holder ("X's ally"). Not "commitment" or "support": "X's commitment" is X's own.
 */
export const SUPPORTED_NOUNS: readonly string[] = [
  'sovereignty', 'integrity', 'independence', 'security', 'defense', 'defence', 'freedom', 'democracy',
  'right', 'ally', 'partner', 'friend',
];

/** Verbs that introduce speech: "X said", "X told", "according to X". */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'state', 'note', 'claim', 'argue', 'write', 'declare', 'announce', 'insist',
  'explain', 'remark', 'suggest', 'acknowledge', 'ask', 'reply', 'respond', 'tweet', 'testify', 'warn',
];

/** Words that mark a passive agent ("praised by X") and so flip who acts on whom. */
export const AGENT_MARKERS: readonly string[] = ['by'];

/** Prepositions before a victim or beneficiary ("aggression against X", "support for X"). */
export const TOWARD_MARKERS: readonly string[] = ['against', 'on', 'at', 'toward', 'towards', 'for', 'to', 'with'];
