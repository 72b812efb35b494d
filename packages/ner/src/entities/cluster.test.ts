import { createDocument, withLayer, type EntityType, type NewsDocument } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { entitiesFromNames } from './entities-from-names.js';
import { nameSpansOf } from './name-spans.js';

/** A parsed document with its sentences, parsed once. */
const withSentences = (doc: NewsDocument) => withLayer(doc, 'sentences', segment(doc));

/** Entities of `text` when the tagger finds exactly `names`, as "TYPE name: mention, mention". */
function clusters(text: string, names: Record<string, EntityType>): string[] {
  const doc = withSentences(createDocument(text));
  return entitiesFromNames(doc, nameSpansOf(text, names))
    .filter((e) => e.type !== 'CARDINAL' && e.type !== 'DATE')
    .map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

describe('clustering', () => {
  it('links a surname to the full name the article uses', () => {
    expect(clusters('Maria Smith won. Smith thanked her staff.', { 'Maria Smith': 'PERSON', Smith: 'PERSON' })).toEqual([
      'PERSON Maria Smith: Maria Smith, Smith',
    ]);
  });

  it('gives a surname after an honorific to the person of that gender, not merely the nearest', () => {
    const text = 'Hillary Clinton met Bill Clinton on Monday. Mrs. Clinton spoke, and Mr. Clinton after her.';
    const names = { 'Hillary Clinton': 'PERSON', 'Bill Clinton': 'PERSON', Clinton: 'PERSON' } as const;
    expect(clusters(text, names)).toEqual(['PERSON Hillary Clinton: Hillary Clinton, Clinton', 'PERSON Bill Clinton: Bill Clinton, Clinton']);
    // With no one of that gender named in full, the mention stays apart.
    expect(clusters('Donald Trump spoke. Mrs. Trump smiled.', { 'Donald Trump': 'PERSON', Trump: 'PERSON' })).toEqual([
      'PERSON Donald Trump: Donald Trump',
      'PERSON Trump: Trump',
    ]);
  });

  it('passes a surname on through a shorter form of the name to the full one', () => {
    const text = 'Donald J. Trump spoke. Donald Trump left early. Trump returned later.';
    const names = { 'Donald J. Trump': 'PERSON', 'Donald Trump': 'PERSON', Trump: 'PERSON' } as const;
    expect(clusters(text, names)).toEqual(['PERSON Donald J. Trump: Donald J. Trump, Donald Trump, Trump']);
    // A mention an honorific kept apart stays apart, wherever its group's other mentions went.
    const obama = 'Michelle Obama spoke. Obama left. Mr. Obama spoke later.';
    expect(clusters(obama, { 'Michelle Obama': 'PERSON', Obama: 'PERSON' })).toEqual(['PERSON Michelle Obama: Michelle Obama, Obama', 'PERSON Obama: Obama']);
  });

  it('does not take a given name and a surname for the compound surname of a longer name', () => {
    const text = 'Trust Donald Trump, the banner said. Donald Trump spoke.';
    expect(clusters(text, { 'Trust Donald Trump': 'PERSON', 'Donald Trump': 'PERSON' })).toEqual([
      'PERSON Trust Donald Trump: Trust Donald Trump',
      'PERSON Donald Trump: Donald Trump',
    ]);
  });

  it('names an entity from the article’s body, not from a headline whose capitals ran the name on', () => {
    const text = 'EU Fines Acmecorp Over Search\n\nRegulators fined Acmecorp on Tuesday. Acmecorp said it would appeal.';
    expect(clusters(text, { 'EU Fines Acmecorp': 'ORG', Acmecorp: 'ORG' })).toEqual(['ORG Acmecorp: EU Fines Acmecorp, Acmecorp, Acmecorp']);
    // A headline that gives a person's first name before the body's surname names the person in full,
    // but not with a modal verb the headline opens a question with.
    const full = 'Maria Smith Wins Again\n\nVoters backed Smith on Tuesday. Smith thanked them.';
    expect(clusters(full, { 'Maria Smith': 'PERSON', Smith: 'PERSON' })).toEqual(['PERSON Maria Smith: Maria Smith, Smith, Smith']);
    const question = 'Will Smith Win Again?\n\nVoters backed Smith on Tuesday. Smith thanked them.';
    expect(clusters(question, { 'Will Smith': 'PERSON', Smith: 'PERSON' })).toEqual(['PERSON Smith: Will Smith, Smith, Smith']);
  });

  it('names an entity in the casing the article writes most often', () => {
    const text = 'HIllary Smith spoke on Monday. Hillary Smith won. Hillary Smith thanked her staff.';
    expect(clusters(text, { 'HIllary Smith': 'PERSON', 'Hillary Smith': 'PERSON' })).toEqual([
      'PERSON Hillary Smith: HIllary Smith, Hillary Smith, Hillary Smith',
    ]);
  });

  it('links a surname that comes before the full name', () => {
    expect(clusters('Smith wins. Maria Smith won on Sunday.', { 'Maria Smith': 'PERSON', Smith: 'PERSON' })).toEqual([
      'PERSON Maria Smith: Smith, Maria Smith',
    ]);
  });

  it('clusters a titled mention with the person and names the person without the title', () => {
    expect(
      clusters('President Maria Smith spoke. Later President Smith left.', { 'President Maria Smith': 'PERSON', 'President Smith': 'PERSON' }),
    ).toEqual(['PERSON Maria Smith: Maria Smith, Smith']);
  });

  it('types a person by a full name with a given name, over one-word mentions the tagger took for a group', () => {
    const text = 'John McCain won in 2000. McCain’s strategy worked. McCain’s allies cheered.';
    expect(clusters(text, { 'John McCain': 'PERSON', McCain: 'NORP' })).toEqual(['PERSON John McCain: John McCain, McCain, McCain']);
  });

  it('links a first name to the full name when only a person has it', () => {
    expect(clusters('Maria Smith won. Maria thanked her staff.', { 'Maria Smith': 'PERSON', Maria: 'PERSON' })).toEqual([
      'PERSON Maria Smith: Maria Smith, Maria',
    ]);
  });

  it('links a shared surname to the person the article names first, not to the one named last', () => {
    // News keeps the bare surname for its main person and names the other in full.
    expect(
      clusters('Ann Lee spoke in Ohio. Her daughter Bo Lee joined her. Lee thanked the crowd. Bo Lee smiled. Lee left.', {
        'Ann Lee': 'PERSON',
        'Bo Lee': 'PERSON',
        Lee: 'PERSON',
      }),
    ).toEqual(['PERSON Ann Lee: Ann Lee, Lee, Lee', 'PERSON Bo Lee: Bo Lee, Bo Lee']);
  });

  it('takes the first person the body names for a shared surname, not a headline\'s run-on name', () => {
    const text = 'Book Reveals Lee Secrets\n\nAnn Lee wrote the book. Her brother Bo Lee helped. Lee signed copies.';
    const got = clusters(text, { 'Book Reveals Lee': 'PERSON', 'Ann Lee': 'PERSON', 'Bo Lee': 'PERSON', Lee: 'PERSON' });
    expect(got).toContain('PERSON Ann Lee: Ann Lee, Lee');
  });

  it('links a short first name to its longer form, unless the two are given different genders', () => {
    expect(clusters('Peter Marsh spoke. Later Pete Marsh left.', { 'Peter Marsh': 'PERSON', 'Pete Marsh': 'PERSON' })).toEqual([
      'PERSON Peter Marsh: Peter Marsh, Pete Marsh',
    ]);
    expect(clusters('Erica Marsh spoke about Eric Marsh.', { 'Erica Marsh': 'PERSON', 'Eric Marsh': 'PERSON' })).toHaveLength(2);
  });

  it('links a shorter form of a longer full name', () => {
    expect(
      clusters('Anna Maria Smith won. Anna Smith left.', { 'Anna Maria Smith': 'PERSON', 'Anna Smith': 'PERSON' }),
    ).toEqual(['PERSON Anna Maria Smith: Anna Maria Smith, Anna Smith']);
  });

  it('does not take a place for a surname, but takes a city’s name the tagger typed a person for one', () => {
    // A city's name the tagger took for a person is the surname of the person named in full.
    expect(clusters('Elizabeth Warren spoke. Warren left.', { 'Elizabeth Warren': 'PERSON', Warren: 'PERSON' })).toEqual([
      'PERSON Elizabeth Warren: Elizabeth Warren, Warren',
    ]);
    expect(clusters('Jack London wrote. London is big.', { 'Jack London': 'PERSON', London: 'GPE' })).toEqual([
      'PERSON Jack London: Jack London',
      'GPE London: London',
    ]);
  });

  it('takes a word the tagger called a place for the surname of a person the article names, unless the gazetteer knows it or it names a group', () => {
    expect(clusters('Lindsey Graham spoke. Graham said it was over.', { 'Lindsey Graham': 'PERSON', Graham: 'GPE' })).toEqual([
      'PERSON Lindsey Graham: Lindsey Graham, Graham',
    ]);
    expect(clusters('Whitney Houston sang. Houston is big.', { 'Whitney Houston': 'PERSON', Houston: 'GPE' })).toEqual([
      'PERSON Whitney Houston: Whitney Houston',
      'GPE Houston: Houston',
    ]);
    expect(clusters('Jo Republican spoke. Republican voters left.', { 'Jo Republican': 'PERSON', Republican: 'GPE' })).toEqual([
      'PERSON Jo Republican: Jo Republican',
      'GPE Republican: Republican',
    ]);
  });

  it('names a country by its common name whichever abbreviation the article uses', () => {
    expect(clusters('The US and the U.S.A. agreed. US troops left.', { US: 'GPE', 'U.S.A.': 'GPE' })).toEqual([
      'GPE United States: US, U.S.A., US',
    ]);
  });

  it('names a country as the article writes it out, not by the gazetteer’s newer name', () => {
    expect(clusters('Turkey blocked the bid. Turkey said so.', { Turkey: 'GPE' })).toEqual(['GPE Turkey: Turkey, Turkey']);
  });

  it('merges a country written in full and in short', () => {
    expect(clusters('The United States acted. The U.S. said so.', { 'United States': 'GPE', 'U.S.': 'GPE' })).toEqual([
      'GPE United States: United States, U.S.',
    ]);
  });

  it('takes a bare two-letter code for a country only as a place or when the country is named', () => {
    expect(clusters('IT spending rose.', { IT: 'ORG' })).toEqual(['ORG IT: IT']);
    expect(clusters('IT said no.', { IT: 'GPE' })).toEqual(['GPE Italy: IT']);
    expect(clusters('Italy said no. IT agreed.', { Italy: 'GPE', IT: 'ORG' })).toEqual(['GPE Italy: Italy, IT']);
  });

  it('keeps a demonym as its own NORP entity, with its plural', () => {
    expect(
      clusters('Ukraine said Ukrainian troops and Ukrainians held.', { Ukraine: 'GPE', Ukrainian: 'NORP', Ukrainians: 'NORP' }),
    ).toEqual(['GPE Ukraine: Ukraine', 'NORP Ukrainian: Ukrainian, Ukrainians']);
  });

  it('makes one group of a party\'s adjective, singular and plural, named in the plural', () => {
    expect(
      clusters('The Democratic senator and two Democrats met a Democrat. Republicans and the Republican nominee left.', {
        Democratic: 'NORP', Democrats: 'NORP', Democrat: 'NORP', Republicans: 'NORP', Republican: 'NORP',
      }),
    ).toEqual(['NORP Democrats: Democratic, Democrats, Democrat', 'NORP Republicans: Republicans, Republican']);
  });

  it('links an acronym to the organisation named in the same article', () => {
    expect(
      clusters('The World Health Organization warned. The WHO said more.', { 'World Health Organization': 'ORG', WHO: 'ORG' }),
    ).toEqual(['ORG World Health Organization: World Health Organization, WHO']);
  });

  it('links an acronym of initials, skipping "of", and takes the type of the full name', () => {
    expect(
      clusters('The Federal Bureau of Investigation looked. FBI agents came. White House aides left: WH', {
        'Federal Bureau of Investigation': 'ORG',
        FBI: 'ORG',
        'White House': 'ORG',
        WH: 'PERSON',
      }),
    ).toEqual(['ORG Federal Bureau of Investigation: Federal Bureau of Investigation, FBI', 'ORG White House: White House, WH']);
  });

  it('links a person’s initials only when there are three or more', () => {
    expect(clusters('John F. Kennedy spoke. JFK left.', { 'John F. Kennedy': 'PERSON', JFK: 'PERSON' })).toEqual([
      'PERSON John F. Kennedy: John F. Kennedy, JFK',
    ]);
    expect(clusters('Alice Parker spoke. AP reported it.', { 'Alice Parker': 'PERSON', AP: 'ORG' })).toEqual([
      'PERSON Alice Parker: Alice Parker',
      'ORG AP: AP',
    ]);
  });

  it('prefers the initials of a name in the article to a two-letter country code', () => {
    expect(clusters('Los Angeles grew. L.A. is big.', { 'Los Angeles': 'GPE', 'L.A.': 'GPE' })).toEqual(['GPE Los Angeles: Los Angeles, L.A.']);
    expect(clusters('The US and the United States Army.', { US: 'GPE', 'United States Army': 'ORG' })).toEqual([
      'GPE United States: US',
      'ORG United States Army: United States Army',
    ]);
  });

  it('links a shortened organisation or product name to the one longer name it comes from', () => {
    expect(
      clusters('Google Chrome and Mozilla Firefox rose. Chrome led. Acme Corp fell; Acme said sorry.', {
        'Google Chrome': 'PRODUCT',
        'Mozilla Firefox': 'PRODUCT',
        Chrome: 'PRODUCT',
        'Acme Corp': 'ORG',
        Acme: 'ORG',
      }),
    ).toEqual(['PRODUCT Google Chrome: Google Chrome, Chrome', 'PRODUCT Mozilla Firefox: Mozilla Firefox', 'ORG Acme Corp: Acme Corp, Acme']);
  });

  it('links a compound surname alone to the one longer name it ends', () => {
    expect(
      clusters('Andres Manuel Lopez Obrador spoke. Critics fear Lopez Obrador.', { 'Andres Manuel Lopez Obrador': 'PERSON', 'Lopez Obrador': 'PERSON' }),
    ).toEqual(['PERSON Andres Manuel Lopez Obrador: Andres Manuel Lopez Obrador, Lopez Obrador']);
    expect(
      clusters('Ana Maria Silva and Jose Maria Silva met. Maria Silva spoke.', { 'Ana Maria Silva': 'PERSON', 'Jose Maria Silva': 'PERSON', 'Maria Silva': 'PERSON' }),
    ).toEqual(['PERSON Ana Maria Silva: Ana Maria Silva', 'PERSON Jose Maria Silva: Jose Maria Silva', 'PERSON Maria Silva: Maria Silva']);
  });

  it('links the head word of a name with "of" to it, unless two such names share it', () => {
    expect(clusters('The Chicago Board of Education voted. Board President Ann Lee spoke.', { 'Chicago Board of Education': 'ORG', Board: 'ORG' })).toEqual([
      'ORG Chicago Board of Education: Chicago Board of Education, Board',
    ]);
    expect(
      clusters('The US Department of State and the US Department of Justice met. The Department said so.', {
        'US Department of State': 'ORG',
        'US Department of Justice': 'ORG',
        Department: 'ORG',
      }),
    ).toEqual(['ORG US Department of State: US Department of State', 'ORG US Department of Justice: US Department of Justice', 'ORG Department: Department']);
  });

  it('does not shorten places, names of another type, or names that fit several longer ones', () => {
    expect(clusters('Google ran the Google Science Fair.', { Google: 'ORG', 'Google Science Fair': 'EVENT' })).toEqual([
      'ORG Google: Google',
      'EVENT Google Science Fair: Google Science Fair',
    ]);
    expect(clusters('New York and York met.', { 'New York': 'GPE', York: 'GPE' })).toEqual(['GPE New York: New York', 'GPE York: York']);
    expect(clusters('Acme Bank and Acme Oil met. Acme won.', { 'Acme Bank': 'ORG', 'Acme Oil': 'ORG', Acme: 'ORG' })).toEqual([
      'ORG Acme Bank: Acme Bank',
      'ORG Acme Oil: Acme Oil',
      'ORG Acme: Acme',
    ]);
  });

  it('leaves an acronym with no expansion in the article alone', () => {
    expect(clusters('NATO met. The alliance grew.', { NATO: 'ORG' })).toEqual(['ORG NATO: NATO']);
  });

  it('clusters identical names across case, periods and line breaks', () => {
    expect(clusters('Acme Corp rose. ACME CORP fell. Acme\nCorp held.', { 'Acme Corp': 'ORG', 'ACME CORP': 'ORG', 'Acme\nCorp': 'ORG' })).toEqual([
      'ORG Acme Corp: Acme Corp, ACME CORP, Acme\nCorp',
    ]);
  });

  it('types an entity by the majority of its mentions, a title counting for a person', () => {
    expect(clusters('Acme rose. Acme fell. Acme held.', { Acme: 'ORG' })).toEqual(['ORG Acme: Acme, Acme, Acme']);
    const text = 'Kane won. Coach Kane smiled.';
    const doc = withSentences(createDocument(text));
    const spans = nameSpansOf(text, { Kane: 'ORG' });
    spans[1] = { ...spans[1], type: 'PERSON' };
    const [kane] = entitiesFromNames(doc, spans);
    expect(kane.type).toBe('PERSON');
  });

  it('finds nothing without sentences to point at', () => {
    const text = 'Acme hired Maria Smith.';
    expect(entitiesFromNames(withLayer(createDocument(text), 'sentences', []), nameSpansOf(text, { Acme: 'ORG' }))).toEqual([]);
  });

  it('numbers entities in order of first mention', () => {
    const text = 'Acme hired Maria Smith in Paris. Smith left Acme.';
    const doc = withSentences(createDocument(text));
    const entities = entitiesFromNames(doc, nameSpansOf(text, { Acme: 'ORG', 'Maria Smith': 'PERSON', Paris: 'GPE', Smith: 'PERSON' }));
    expect(entities.map((e) => `${e.id} ${e.name}`)).toEqual(['e1 Acme', 'e2 Maria Smith', 'e3 Paris']);
  });
});
