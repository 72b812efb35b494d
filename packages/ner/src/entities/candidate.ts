import type { EntityType, Gender } from '@newslens/core';

/** A mention before clustering: its span, what kind of thing it names and where it sits. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** A value (date, amount, number) from wink rather than a name. */
  value: boolean;
  /** A title stood before it ("President", "Mr."). */
  titled: boolean;
  /** The gender an honorific right before it says ("Mrs. Clinton"), if one does. */
  honorific: Gender | undefined;
  /** Normalised form: see nameKey. */
  key: string;
  /** Index into the sentences layer. */
  sentence: number;
  /** First and last token the mention covers. */
  firstToken: number;
  lastToken: number;
}

/** A trimmed name with its normalised key, before values are merged in. */
export interface KeyedName {
  start: number;
  end: number;
  type: EntityType;
  titled: boolean;
  key: string;
}
