import type { MISC } from '../features.js';

type Misc = (typeof MISC)[number];
type Directed = 'p-supports-q' | 'q-supports-p' | 'p-opposes-q' | 'q-opposes-p';

/**
 * Starting weights for the lexicon features, where p is the entity read first. Training starts
 * from these and is pulled back toward them, so a cue the training sentences rarely show
 * ("aggression by X", "X's sovereignty") keeps its reading, while a frequent one is weighted by the data.
 */
export const LEXICON_PRIORS: Partial<Record<Misc, Partial<Record<Directed, number>>>> = {
  'support-btw': { 'p-supports-q': 1 },
  'oppose-btw': { 'p-opposes-q': 1 },
  'support-btw-passive': { 'q-supports-p': 1.5 },
  'oppose-btw-passive': { 'q-opposes-p': 1.5 },
  // "A responded to B's aggression", "aggression by B": B is the aggressor, A stands against it.
  'hostile-of-b': { 'p-opposes-q': 2, 'q-opposes-p': -1 },
  // "A's aggression against B": A acts against B.
  'hostile-of-a': { 'p-opposes-q': 1.5 },
  // "A vowed to uphold B's sovereignty": A sides with B.
  'supported-of-b': { 'p-supports-q': 1.5 },
  // Both cues at once: "A vowed to respond to B's aggression", "A pledged to uphold B's sovereignty".
  'oppose-btw+hostile-of-b': { 'p-opposes-q': 3, 'q-opposes-p': -1.5 },
  'support-btw+supported-of-b': { 'p-supports-q': 3 },
  // Both kinds between, the nearest B last: "A opposed sanctions and praised B".
  'support-btw-last': { 'p-supports-q': 1.5, 'p-opposes-q': -1 },
  'oppose-btw-last': { 'p-opposes-q': 1.5, 'p-supports-q': -1 },
};
