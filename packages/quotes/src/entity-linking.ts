import type { Entity, TextSpan } from '@newslens/core';
import type { Cue, QuoteContext } from './context.js';
import { SOURCE_NOUNS, SPEAKER_PRONOUNS } from './speech-verbs.js';

// From the phrase that names a speaker to its mention and its entity.

function hasOpenBracket(c: QuoteContext, first: number, last: number): boolean {
  const { value } = c;
  for (let t = first; t < last; t++) if (value[t] === '(') return true;
  return false;
}

export function mentionOf(c: QuoteContext, cue: Cue): TextSpan {
  const { text, tokens, value, pos } = c;
  let last = cue.last;
  while (last > cue.first && (pos[last] === 'PUNCT' || pos[last] === 'SPACE') && !(value[last] === ')' && hasOpenBracket(c, cue.first, last))) last--;
  const start = tokens.start[cue.first];
  const end = tokens.end[last];
  return { start, end, text: text.slice(start, end) };
}

/** The entity the speaker phrase names: its head word's, or for a pronoun the one it refers back to. */
export function entityOf(c: QuoteContext, cue: Cue, previousSpeaker: string | null): string | null {
  const { pos, lemma, normal, entities, tokenEntity, entityById } = c;
  const head = cue.head;
  if (tokenEntity[head] >= 0) return entities[tokenEntity[head]].id;
  const pronoun = pos[head] === 'PRON' ? SPEAKER_PRONOUNS.get(normal[head]) : undefined;
  if (pronoun) {
    const previous = previousSpeaker ? entityById().get(previousSpeaker) : undefined;
    if (previous && fits(previous, pronoun)) return previous.id;
    for (let t = cue.first - 1; t >= 0 && cue.first - t < 400; t--) {
      const e = tokenEntity[t];
      if (e >= 0 && fits(entities[e], pronoun)) return entities[e].id;
    }
    return null;
  }
  if (SOURCE_NOUNS.has(lemma[head]) || SOURCE_NOUNS.has(normal[head])) {
    for (let t = cue.first; t <= cue.last; t++) if (tokenEntity[t] >= 0) return entities[tokenEntity[t]].id;
  }
  return null;
}

function fits(entity: Entity, pronoun: 'person' | 'thing' | 'any'): boolean {
  if (pronoun === 'person') return entity.type === 'PERSON';
  if (pronoun === 'thing') return entity.type !== 'PERSON';
  return true;
}
