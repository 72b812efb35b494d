import nameHeads from './name-heads.json' with { type: 'json' };

/**
 * Head words of organisation and place names ("university", "party", "street"), with the type
 * they mostly head in the training data; src/tagger/name-heads.json, from scripts/build-name-heads.ts.
 */
export const NAME_HEADS: ReadonlyMap<string, 'organization' | 'place'> = new Map(
  Object.entries(nameHeads.heads).map(([w, h]) => [w, h.type as 'organization' | 'place']),
);

/** The head words above that also end a person's name in the training data ("Lee", "Park", "Street"). */
export const PERSON_NAME_HEADS: ReadonlySet<string> = new Set(
  Object.entries(nameHeads.heads).filter(([, h]) => h.persons > 0).map(([w]) => w),
);
