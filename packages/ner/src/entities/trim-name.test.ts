import { describe, expect, it } from 'vitest';
import type { EntityType } from '@newslens/core';
import { trimEdges, trimName } from './trim-name.js';

/** Trims the span of `span` inside `text` and returns the texts (and types) that are left. */
function trim(text: string, span: string, type: EntityType = 'PERSON') {
  const start = text.indexOf(span);
  return trimName(text, start, start + span.length, type).map((n) => `${text.slice(n.start, n.end)}/${n.type}${n.titled ? '/titled' : ''}`);
}

describe('trimName', () => {
  it('drops a leading title from a person', () => {
    expect(trim('President Maria Smith spoke.', 'President Maria Smith')).toEqual(['Maria Smith/PERSON/titled']);
    expect(trim('Then Prime Minister Ana Lopez left.', 'Prime Minister Ana Lopez')).toEqual(['Ana Lopez/PERSON/titled']);
    expect(trim('Secretary of State Tom Ray flew.', 'Secretary of State Tom Ray')).toEqual(['Tom Ray/PERSON/titled']);
    expect(trim('Former Senator Jo Park said.', 'Former Senator Jo Park')).toEqual(['Jo Park/PERSON/titled']);
  });

  it('drops an abbreviated title and takes it as evidence of a person', () => {
    expect(trim('Gen. Lee rode.', 'Gen. Lee', 'ORG')).toEqual(['Lee/PERSON/titled']);
    expect(trim('Mr. Smith sat.', 'Mr. Smith', 'GPE')).toEqual(['Smith/PERSON/titled']);
  });

  it('splits a span in the middle only at an office title or after a country or nationality', () => {
    expect(trim('said Billie Jean King today', 'Billie Jean King')).toEqual(['Billie Jean King/PERSON']);
    expect(trim('Martin Luther King Jr. spoke', 'Martin Luther King Jr.')).toEqual(['Martin Luther King Jr./PERSON']);
    expect(trim('Jordanian King Omar spoke', 'Jordanian King Omar')).toEqual(['Jordanian/NORP', 'Omar/PERSON/titled']);
  });

  it('takes an abbreviated title only with its period, except Mr, Mrs, Ms and Dr', () => {
    expect(trim('and Hun Sen agreed', 'Hun Sen')).toEqual(['Hun Sen/PERSON']);
    expect(trim('Sen. Ray voted', 'Sen. Ray')).toEqual(['Ray/PERSON/titled']);
    expect(trim('Mr Johnson said', 'Mr Johnson')).toEqual(['Johnson/PERSON/titled']);
    expect(trim('Dean Jones batted', 'Dean Jones')).toEqual(['Dean Jones/PERSON']);
  });

  it('keeps a word that only looks like a title in an organisation', () => {
    expect(trim('General Motors rose.', 'General Motors', 'ORG')).toEqual(['General Motors/ORG']);
  });

  it('keeps a name that is nothing but a title word', () => {
    expect(trim('The Pope arrived.', 'Pope')).toEqual(['Pope/PERSON']);
  });

  it('splits a country, nationality or organisation before a title from the person', () => {
    expect(trim('United States President Joe Hill spoke.', 'United States President Joe Hill')).toEqual([
      'United States/GPE',
      'Joe Hill/PERSON/titled',
    ]);
    expect(trim('Russian President Ivan Petrov spoke.', 'Russian President Ivan Petrov')).toEqual(['Russian/NORP', 'Ivan Petrov/PERSON/titled']);
    expect(trim('Acme CEO Jane Roe spoke.', 'Acme CEO Jane Roe')).toEqual(['Acme/ORG', 'Jane Roe/PERSON/titled']);
  });

  it('cuts a span at a lower-case word that cannot be part of a name, retyping known parts', () => {
    expect(trim('a day after US President dialled Russian counterpart', 'US President dialled Russian')).toEqual(['US/GPE', 'Russian/NORP']);
    expect(trim('so Acme told Jones to go', 'Acme told Jones', 'ORG')).toEqual(['Acme/ORG', 'Jones/ORG']);
    expect(trim('Earnings per share 2.2 vs 7.2', 'Earnings per share 2.2', 'ORG')).toEqual(['Earnings/ORG']);
  });

  it('keeps lower-case connectors inside a name', () => {
    expect(trim('the Bank of England said', 'Bank of England', 'ORG')).toEqual(['Bank of England/ORG']);
    expect(trim('by Leonardo da Vinci', 'Leonardo da Vinci')).toEqual(['Leonardo da Vinci/PERSON']);
    expect(trim('the Committee to Protect Journalists said', 'Committee to Protect Journalists', 'ORG')).toEqual(['Committee to Protect Journalists/ORG']);
    expect(trim('the Committee for a Responsible Federal Budget said', 'Committee for a Responsible Federal Budget', 'ORG')).toEqual(['Committee for a Responsible Federal Budget/ORG']);
  });

  it('keeps only the country of a person span that is a country and a title', () => {
    expect(trim('after US President dialled', 'US President')).toEqual(['US/GPE']);
  });

  it('keeps only the affiliation of any name that ends in an office title', () => {
    expect(trim('after US President dialled', 'US President', 'ORG')).toEqual(['US/GPE']);
    expect(trim('the Acme Deputy CEO said', 'Acme Deputy CEO', 'ORG')).toEqual(['Acme/ORG']);
    expect(trim('the Office of the President said', 'Office of the President', 'ORG')).toEqual(['Office of the President/ORG']);
    expect(trim('the Foreign Minister said', 'Foreign Minister', 'ORG')).toEqual(['Foreign Minister/ORG']);
  });

  it('excludes the possessive ’s and \'s', () => {
    expect(trim('Kyiv’s sovereignty', 'Kyiv’s', 'GPE')).toEqual(['Kyiv/GPE']);
    expect(trim("Smith's car", "Smith's")).toEqual(['Smith/PERSON']);
    expect(trim('the Allies’ interest', 'Allies’', 'ORG')).toEqual(['Allies/ORG']);
  });

  it('excludes surrounding punctuation but keeps the period of an abbreviation', () => {
    expect(trim('met Putin.', 'Putin.')).toEqual(['Putin/PERSON']);
    expect(trim('“Smith,” he said', '“Smith,”')).toEqual(['Smith/PERSON']);
    expect(trim('in the U.S.', 'U.S.', 'GPE')).toEqual(['U.S./GPE']);
    expect(trim('said John F. Kane Jr.', 'John F. Kane Jr.')).toEqual(['John F. Kane Jr./PERSON']);
    expect(trim('by Acme Inc.', 'Acme Inc.', 'ORG')).toEqual(['Acme Inc./ORG']);
  });

  it('keeps the period of a short word when no new sentence follows it', () => {
    expect(trim('of St. Petersburg, Fla., for', 'Fla.', 'GPE')).toEqual(['Fla./GPE']);
    expect(trim('went to Fla. Then he left', 'Fla.', 'GPE')).toEqual(['Fla/GPE']);
  });

  it('keeps a currency sign after capitals', () => {
    expect(trim('fell C$ 0.45', 'C$', 'ORG')).toEqual(['C$/ORG']);
  });

  it('spares the lower-case words the caller says belong to the name', () => {
    const text = 'the Palestinian self-rule Authority met';
    const start = text.indexOf('Palestinian');
    const end = text.indexOf(' met');
    expect(trimName(text, start, end, 'ORG', () => false).map((n) => text.slice(n.start, n.end))).toEqual(['Palestinian self-rule Authority']);
    expect(trimName(text, start, end, 'ORG').map((n) => text.slice(n.start, n.end))).toEqual(['Palestinian', 'Authority']);
  });

  it('drops a lower-case "the" the tagger took in, but not a capitalised one', () => {
    expect(trim('in the Hague today', 'the Hague', 'GPE')).toEqual(['Hague/GPE']);
    expect(trim('read The Times', 'The Times', 'ORG')).toEqual(['The Times/ORG']);
  });

  it('returns nothing for a span of punctuation', () => {
    expect(trim('a -- b', '--')).toEqual([]);
  });
});

describe('trimEdges', () => {
  it('keeps a surrogate pair whole', () => {
    const text = 'x 𝐀𝐁 y';
    const span = trimEdges(text, 2, 7);
    expect(span && text.slice(span.start, span.end)).toBe('𝐀𝐁');
  });
});
