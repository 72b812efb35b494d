import { describe, expect, it } from 'vitest';
import { inferStance } from './infer-stance.js';
import { sketchDocument } from './test-helpers.js';

const triples = (text: string, sketches: Parameters<typeof sketchDocument>[1], quotes: Parameters<typeof sketchDocument>[2] = []) =>
  inferStance(sketchDocument(text, sketches, quotes)).map((r) => `${r.source} ${r.polarity} ${r.target}`);

describe('stance: sentence structure', () => {
  it('does not set a reporter against the subject of the clause it reports, and lends it that subject\'s side', () => {
    const got = triples('Smith made it clear that Norland would retaliate against any attack by Westria.', [
      { id: 'smith', mentions: ['Smith'] },
      { id: 'norland', type: 'GPE', mentions: ['Norland'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(got).not.toContain('smith oppose norland');
    expect(got).not.toContain('smith support norland');
    expect(got).toContain('smith oppose westria');
  });

  it('still reads "A said that B lacked …" as A judging B when B acts on no one', () => {
    const got = triples('Jones said that Acme had lied to investors and hid its losses.', [
      { id: 'jones', mentions: ['Jones'] },
      { id: 'acme', type: 'ORG', mentions: ['Acme'] },
    ]);
    expect(got).toEqual(['jones oppose acme']);
  });

  it('treats a name inside another\'s noun phrase as description, and lets the head speak for both', () => {
    const got = triples('Norland President Anna Berg condemned Westria for the invasion.', [
      { id: 'norland', type: 'GPE', mentions: ['Norland'] },
      { id: 'berg', mentions: ['Anna Berg'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(got).toContain('berg oppose westria');
    expect(got).toContain('norland oppose westria');
    expect(got.filter((t) => t.includes('norland') && t.includes('berg'))).toEqual([]);
    // A party or nationality that describes a person lends no side: the act is the person's.
    const party = triples('Democratic nominee Anna Berg condemned Westria for the invasion.', [
      { id: 'democratic', type: 'NORP', mentions: ['Democratic'] },
      { id: 'berg', mentions: ['Anna Berg'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(party).toContain('berg oppose westria');
    expect(party.filter((t) => t.includes('democratic'))).toEqual([]);
  });

  it('lends no side to a place before a legislator’s office or a former office, but does before a governor’s', () => {
    const sketch = (place: string) => [
      { id: 'place', type: 'GPE' as const, mentions: [place] },
      { id: 'berg', mentions: ['Anna Berg'] },
      { id: 'westria', type: 'GPE' as const, mentions: ['Westria'] },
    ];
    const senator = triples('Norland Senator Anna Berg condemned Westria for the invasion.', sketch('Norland'));
    expect(senator).toContain('berg oppose westria');
    expect(senator.filter((t) => t.startsWith('place'))).toEqual([]);
    const former = triples('Former Norland Governor Anna Berg condemned Westria for the invasion.', sketch('Norland'));
    expect(former).toContain('berg oppose westria');
    expect(former.filter((t) => t.startsWith('place'))).toEqual([]);
    expect(triples('Norland Governor Anna Berg condemned Westria for the invasion.', sketch('Norland'))).toContain('place oppose westria');
    // Nor before a group's word for one of its members.
    const member = triples('The Norland Republican condemned Westria for the invasion.', [
      { id: 'place', type: 'GPE', mentions: ['Norland'] },
      { id: 'gop', type: 'NORP', mentions: ['Republican'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(member.filter((t) => t.startsWith('place'))).toEqual([]);
  });

  it('takes no side for or against whoever is told or interviewed, and reads no noun phrase across "that"', () => {
    const got = triples('Berg told Acme radio that Westria had attacked Norland.', [
      { id: 'berg', mentions: ['Berg'] },
      { id: 'acme', type: 'ORG', mentions: ['Acme'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
      { id: 'norland', type: 'GPE', mentions: ['Norland'] },
    ]);
    expect(got.filter((t) => t.includes('acme'))).toEqual([]);
    expect(got).toContain('westria oppose norland');
    // Nor whoever is interviewed, named at the end of a phrase after "an interview with".
    const interview = triples('In an interview with Acme hosts Ann Lee and Tom Ward, Berg condemned Westria.', [
      { id: 'berg', mentions: ['Berg'] },
      { id: 'acme', type: 'ORG', mentions: ['Acme'] },
      { id: 'lee', mentions: ['Ann Lee'] },
      { id: 'ward', mentions: ['Tom Ward'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(interview.filter((t) => t.includes('acme') || t.includes('lee') || t.includes('ward'))).toEqual([]);
    expect(interview).toContain('berg oppose westria');
  });

  it('takes no side between a person and a relative named beside them, but reads an act between them', () => {
    const people = [
      { id: 'tom', mentions: ['Tom Sato'] },
      { id: 'mia', mentions: ['Mia Sato'] },
    ];
    expect(triples('Tom Sato, 42, and his wife, Mia Sato, attended the dinner.', people)).toEqual([]);
    expect(triples('Tom Sato and his wife Mia Sato attended the dinner.', people)).toEqual([]);
    expect(triples('Tom Sato praised his wife Mia Sato for her courage.', people)).toEqual(['tom support mia']);
  });

  it('takes no side between a nationality and the place its name is formed from', () => {
    const got = triples('The Norlandian government condemned Norland for the crackdown.', [
      { id: 'norlandian', type: 'NORP', mentions: ['Norlandian'] },
      { id: 'norland', type: 'GPE', mentions: ['Norland'] },
    ]);
    expect(got).toEqual([]);
    const other = triples('The Norlandian government condemned Westria for the crackdown.', [
      { id: 'norlandian', type: 'NORP', mentions: ['Norlandian'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(other).toContain('norlandian oppose westria');
  });

  it('takes no side for the source a report is given by ("according to X")', () => {
    const got = triples('Berg condemned Westria, according to Acme.', [
      { id: 'berg', mentions: ['Berg'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
      { id: 'acme', type: 'ORG', mentions: ['Acme'] },
    ]);
    expect(got.filter((t) => t.includes('acme'))).toEqual([]);
    expect(got).toContain('berg oppose westria');
  });

  it('does not make the object of "spoke with" the subject of a coordinated verb', () => {
    const got = triples('Berg spoke with his counterpart Lund and condemned Westria for the invasion.', [
      { id: 'berg', mentions: ['Berg'] },
      { id: 'lund', mentions: ['Lund'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(got).not.toContain('lund oppose westria');
  });

  it('reads the name after "the commitment of" as the commitment\'s holder, not the verb\'s target', () => {
    const got = triples('Acme said in a statement that Berg reaffirmed the commitment of Norland to Westria.', [
      { id: 'acme', type: 'ORG', mentions: ['Acme'] },
      { id: 'berg', mentions: ['Berg'] },
      { id: 'norland', type: 'GPE', mentions: ['Norland'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
    ]);
    expect(got).toContain('acme support westria');
    expect(got.filter((t) => t.endsWith('norland'))).toEqual([]);
  });

  it('relates no two members of one list, and lets a list take its side toward a name outside it', () => {
    const states = ['Norland', 'Westria', 'Ostland', 'Eastmark', 'South Vale'].map((name) => ({ id: name, type: 'GPE' as const, mentions: [name] }));
    expect(triples('She also won Norland, Westria, Ostland, Eastmark and South Vale.', states)).toEqual([]);
    const got = triples('Norland, Westria and Ostland condemned Eastmark for the invasion.', states.slice(0, 4));
    expect(got).toContain('Ostland oppose Eastmark');
    expect(got).toContain('Norland oppose Eastmark');
    // A party-and-state label after each name does not break the list.
    const senators = ['Ann Lee', 'Tom Ward', 'Maria Chen'].map((name) => ({ id: name, type: 'PERSON' as const, mentions: [name] }));
    expect(triples('Sens. Ann Lee (D-Ore.), Tom Ward (D-Ohio) and Maria Chen (D-N.J.) all backed the bill.', senators)).toEqual([]);
  });

  it('gives a name inside a quotation no side toward the quotation\'s speaker, who keeps theirs', () => {
    const quote = '"The U.N. has passed five Security Council resolutions and had a major General Assembly vote condemning Westria for human rights abuses,"';
    const got = triples(
      `${quote} said Anna Berg, a scholar at the Center for Strategic Studies.`,
      [
        { id: 'council', type: 'ORG', mentions: ['Security Council'] },
        { id: 'westria', type: 'GPE', mentions: ['Westria'] },
        { id: 'berg', mentions: ['Anna Berg'] },
      ],
      [[quote, 'berg']],
    );
    expect(got).not.toContain('council oppose berg');
    expect(got).toContain('berg oppose westria');
  });

  it('does not read a quote\'s acting subject as the one the speaker judges', () => {
    const text = 'Acme said: “Berg reaffirmed the commitment of Norland to peace.”';
    const got = triples(
      text,
      [
        { id: 'acme', type: 'ORG', mentions: ['Acme'] },
        { id: 'berg', mentions: ['Berg'] },
        { id: 'norland', type: 'GPE', mentions: ['Norland'] },
      ],
      [['“Berg reaffirmed the commitment of Norland to peace.”', 'acme']],
    );
    expect(got.filter((t) => t.startsWith('acme support'))).toEqual([]);
  });

  it('takes a place after "in" or "at", and the last part of its address, for a setting', () => {
    const got = triples('At a rally in Dayton, Norland, Smith condemned Jones and praised Brown.', [
      { id: 'dayton', type: 'GPE', mentions: ['Dayton'] },
      { id: 'norland', type: 'GPE', mentions: ['Norland'] },
      { id: 'smith', mentions: ['Smith'] },
      { id: 'jones', mentions: ['Jones'] },
      { id: 'brown', mentions: ['Brown'] },
    ]);
    expect(got.filter((t) => t.includes('norland') || t.includes('dayton'))).toEqual([]);
    expect(got).toContain('smith oppose jones');
    // "at", "across", "throughout" and "near" say where as "in" does.
    const at = triples('Speaking at Dayton, Smith condemned Jones.', [
      { id: 'dayton', type: 'GPE', mentions: ['Dayton'] },
      { id: 'smith', mentions: ['Smith'] },
      { id: 'jones', mentions: ['Jones'] },
    ]);
    expect(at.filter((t) => t.includes('dayton'))).toEqual([]);
    expect(at).toContain('smith oppose jones');
  });

  it('takes an organisation after a noun and "at" for a venue, and one after a verb or adjective and "at" for a target', () => {
    const sketch = [
      { id: 'smith', mentions: ['Smith'] },
      { id: 'acme', type: 'ORG' as const, mentions: ['Acme Institute'] },
      { id: 'jones', mentions: ['Jones'] },
    ];
    const venue = triples('Smith, a fellow at the Acme Institute, condemned Jones for the fraud.', sketch);
    expect(venue).toContain('smith oppose jones');
    expect(venue.filter((t) => t.includes('acme'))).toEqual([]);
    expect(triples('Smith lashed out angrily at the Acme Institute and condemned it.', sketch.slice(0, 2))).toContain('smith oppose acme');
  });

  it('takes a place or body won or lost for a prize, not a side', () => {
    // The pair model alone sets the prize on the candidate's side here.
    const text = 'Maria Lopez boasted of her willingness to spend whatever it takes to win the Norland House.';
    expect(triples(text, [{ id: 'lopez', mentions: ['Maria Lopez'] }, { id: 'house', type: 'ORG', mentions: ['Norland House'] }])).toEqual([]);
  });

  it('relates no person to a body they hold a role in', () => {
    const sketch = [
      { id: 'smith', mentions: ['Tom Smith', 'Smith'] },
      { id: 'acme', type: 'ORG' as const, mentions: ['Acme Union', 'Acme Union'] },
    ];
    const got = triples('Tom Smith, chairman of the Acme Union, spoke. Smith attacked the Acme Union for its lies.', sketch);
    expect(got.filter((t) => t.includes('acme'))).toEqual([]);
    expect(triples('Tom Smith, a critic of the Acme Union, spoke. Smith attacked the Acme Union for its lies.', sketch)).toContain('smith oppose acme');
  });

  it('takes no side from a law, a work or a language, which can only be the object of one', () => {
    const lawAsSubject = 'The Harmon Act punished Westria for its crimes, and Smith condemned the Harmon Act.';
    const got = triples(lawAsSubject, [
      { id: 'act', type: 'LAW', mentions: ['Harmon Act', 'Harmon Act'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
      { id: 'smith', mentions: ['Smith'] },
    ]);
    expect(got.filter((t) => t.startsWith('act '))).toEqual([]);
    expect(got).toContain('smith oppose act');
    // The same words with the name typed as a party keep their relation.
    const party = triples(lawAsSubject, [
      { id: 'act', type: 'ORG', mentions: ['Harmon Act', 'Harmon Act'] },
      { id: 'westria', type: 'GPE', mentions: ['Westria'] },
      { id: 'smith', mentions: ['Smith'] },
    ]);
    expect(party).toContain('act oppose westria');
  });

  it('takes no side for a reporter toward the news it reports', () => {
    const sketches = [
      { id: 'herald', type: 'ORG' as const, mentions: ['Daily Herald'] },
      { id: 'acme', type: 'ORG' as const, mentions: ['Acme'] },
    ];
    for (const verb of ['reported', 'reports']) {
      expect(triples(`The Daily Herald ${verb} that Acme had lied to investors and hid its losses.`, sketches)).toEqual([]);
    }
    // Another verb keeps its reading: "said that Acme lied" is an accusation.
    expect(triples('The Daily Herald said that Acme had lied to investors and hid its losses.', sketches)).toEqual(['herald oppose acme']);
  });
});
