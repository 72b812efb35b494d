import type { EntityType } from '@newslens/core';

/**
 * How wink's value entity types map onto OntoNotes. wink's DURATION ("three years") is an
 * OntoNotes DATE; its web-text types (EMOJI, URL, HASHTAG, ...) name nothing and are dropped.
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
