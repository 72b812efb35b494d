import type { EntityType } from '@newslens/core';

/**
 * How wink's value entity types map onto OntoNotes. wink's DURATION ("three years") is an
 * OntoNotes DATE, or a TIME when it counts hours, minutes or seconds (see entities/value-mentions.ts);
 * its web-text types (EMOJI, EMOTICON, URL, EMAIL, HASHTAG, MENTION) name nothing and are dropped.
 * wink has no QUANTITY: a CARDINAL followed by a unit of measure becomes one.
 */
export const WINK_TO_ONTONOTES: Readonly<Record<string, EntityType>> = {
  DATE: 'DATE',
  DURATION: 'DATE',
  TIME: 'TIME',
  MONEY: 'MONEY',
  PERCENT: 'PERCENT',
  CARDINAL: 'CARDINAL',
  ORDINAL: 'ORDINAL',
};
