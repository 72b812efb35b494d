import { readdirSync, readFileSync } from 'node:fs';
import { createDocument, withLayer } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { tagNames } from './tag-names.js';

function names(text: string): [string, string][] {
  const doc = createDocument(text);
  return tagNames(withLayer(doc, 'sentences', segment(doc))).map((s) => [text.slice(s.start, s.end), s.type]);
}

describe('tagNames', () => {
  it('finds a person and a country in a news sentence', () => {
    expect(names('Angela Merkel met leaders in France on Monday.')).toEqual([
      ['Angela Merkel', 'PERSON'],
      ['France', 'GPE'],
    ]);
  });

  it('never runs a name over a dash, as into a quotation’s attribution', () => {
    const found = names('“Maybe we can build a wall around Donald Trump.” ― Steve Quinlan.\n“He scares me.” ― Krystal Correa');
    expect(found.filter(([t]) => /[―—–]/u.test(t))).toEqual([]);
    expect(found).toContainEqual(['Donald Trump', 'PERSON']);
    expect(found).toContainEqual(['Steve Quinlan', 'PERSON']);
  });

  it('keeps the Arabic article joined to a name', () => {
    const found = names('Fighters of al-Qaeda and al-Shabaab attacked the town on Monday.').map(([t]) => t);
    expect(found.filter((t) => /Qaeda|Shabaab/.test(t))).toEqual(['al-Qaeda', 'al-Shabaab']);
  });

  it('keeps a nickname in quotation marks inside its person’s name', () => {
    expect(names('Puerto Rico’s Hector "Macho" Camacho won the rematch.')).toContainEqual(['Hector "Macho" Camacho', 'PERSON']);
    expect(names('His campaign was represented by Gov. C.L. "Butch" Otter, an early endorser.')).toContainEqual(['C.L. "Butch" Otter', 'PERSON']);
  });

  it('types "US" and "U.S." as GPE', () => {
    const found = names('The US and the U.S. Treasury said sanctions on Iran would stay.');
    expect(found).toContainEqual(['US', 'GPE']);
    expect(found.find(([t]) => t.startsWith('U.S.'))?.[1]).toBeDefined();
    expect(names('Officials in the U.S. said on Monday that talks would resume.')).toContainEqual(['U.S.', 'GPE']);
  });

  it('keeps the lower-case syllables after a hyphen in a person’s name, but not a modifier', () => {
    expect(names('Yau Wai-ching defeated Cheng Chung-tai in the vote.')).toEqual([
      ['Yau Wai-ching', 'PERSON'],
      ['Cheng Chung-tai', 'PERSON'],
    ]);
    expect(names('Under Anna Lee-era rules, few won.')).toContainEqual(['Anna Lee', 'PERSON']);
    // A common word that reads as no modifier is a syllable all the same.
    expect(names('Secretary-General Ban Ki-moon met Moon Jae-in on Monday.')).toEqual([
      ['Ban Ki-moon', 'PERSON'],
      ['Moon Jae-in', 'PERSON'],
    ]);
  });

  it('finds no name in the party-and-state label after a politician', () => {
    const found = names('Sen. Bob Menendez, D-N.J., met Rep. Kevin McCarthy, R-Calif., and Sen. Bernie Sanders (I-Vt.) on Monday.');
    expect(found.map(([, type]) => type)).toEqual(['PERSON', 'PERSON', 'PERSON']);
    expect(found.map(([text]) => text)).toEqual(['Bob Menendez', 'Kevin McCarthy', 'Bernie Sanders']);
    // After a titled name the tagger took for something else, too.
    const titled = names('Others fired back at the comments, including Rep. Lacy Clay (D-Mo.):\n\nLibby Schaaf, the mayor of Oakland, said no.');
    expect(titled.map(([text]) => text)).not.toContain('Mo');
  });

  it('takes a treaty word the tagger left out into the law’s name', () => {
    expect(names('Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” during a campaign stop.')).toContainEqual([
      'Affordable Care Act',
      'LAW',
    ]);
  });

  it('takes no common words of a title-case headline for a name unless the article names them', () => {
    const text = 'Police Arrest Suspect in Downtown Shooting\n\nPolice arrested a man in Chicago on Monday after a shooting.';
    expect(names(text).map(([name]) => name)).toEqual(['Chicago']);
    const rally = 'Stocks Rally as Fed Signals Rate Cuts\n\nShares rose in New York on Wednesday after the Federal Reserve spoke.';
    expect(names(rally).map(([name]) => name)).toEqual(['New York', 'Federal Reserve']);
    // Title case leaves short words in lower case.
    const truce = 'Israel and Hamas Agree to Extend Truce\n\nIsrael and Hamas agreed on Monday to extend a ceasefire in Gaza.';
    expect(names(truce).map(([name]) => name)).not.toContain('Truce');
    // A headline some copies end with a full stop, on a line of its own; an acronym in it is a name,
    // and so is a plural of a name the article gives.
    const dotted = 'Police Arrest Suspect in Downtown Shooting.\n\nPolice arrested a man in Chicago on Monday after a shooting.';
    expect(names(dotted).map(([name]) => name)).toEqual(['Chicago']);
    const acronym = "Call the GOP's Bluff on the Court\n\nThe court waits in Washington on Monday.";
    expect(names(acronym).map(([name]) => name)).toContain('GOP');
    // Rarer English words too ("Mocking"), but not a given name and more ("Anna Berg").
    const mocking = 'Critics Slam Anna Berg for Mocking Fans.\n\nBerg spoke on Monday in Chicago.';
    expect(names(mocking).map(([name]) => name)).toEqual(['Anna Berg', 'Berg', 'Chicago']);
    // A contraction's second half is no lower-case word of the headline.
    const contraction = 'Critics Say Anna Berg Can’t Stop Mocking Fans.\n\nBerg spoke on Monday in Chicago.';
    expect(names(contraction).map(([name]) => name)).toEqual(['Anna Berg', 'Berg', 'Chicago']);
    // A first sentence is no headline, short as it may be: "met" is no word title case leaves small.
    const lead = 'The World Health Organization met on Monday.\n\nDelays followed.';
    expect(names(lead).map(([name]) => name)).toContain('World Health Organization');
  });

  it('types a name as a person when it ends in the surname the article gives a person after a title', () => {
    const text = 'Brad Lander, the city comptroller, disagreed. "These cuts are unnecessary," Mr. Lander said.';
    expect(names(text)).toContainEqual(['Brad Lander', 'PERSON']);
  });

  it('takes no run of words in another script for a name', () => {
    expect(names('Президент Владимир Путин встретился с Си Цзиньпином в Москве.')).toEqual([]);
  });

  it('takes no hashtag for a name', () => {
    expect(names('Activists posted #MeToo and #BlackLivesMatter after Angela Merkel spoke.')).toEqual([['Angela Merkel', 'PERSON']]);
  });

  it('takes no link, e-mail address or @-mention for a name, whatever it spells', () => {
    const found = names('Follow Angela Merkel on Twitter: https://twitter.com/AngelaMerkel and https://www.Reuters.com/World. Write to Press@Bundestag.de or @RegSprecher.');
    expect(found).toContainEqual(['Angela Merkel', 'PERSON']);
    expect(found.filter(([text]) => /[/@:]/.test(text))).toEqual([]);
  });

  it('makes one word wink reads as an adjective a group, not a product', () => {
    expect(names('They think every Arab person is Muslim.')).toContainEqual(['Arab', 'NORP']);
    expect(names('Mr. Reagan also freed a Soviet spy in 1986.')).toContainEqual(['Soviet', 'NORP']);
  });

  it('takes into a name the organisation word the tagger left after it', () => {
    expect(names('The greens of the Mizner Trail Golf Club are overgrown.')).toContainEqual(['Mizner Trail Golf Club', 'ORG']);
    expect(names('Athletes were banned after the World Anti-Doping Agency ruled.')).toContainEqual(['World Anti-Doping Agency', 'ORG']);
  });

  it('takes an abbreviated title alone for no name, but keeps the names after it', () => {
    expect(names('The bill was backed by Sens. Tom Carper and Chris Coons, and Reps. Ron Kind and Gwen Moore.')).toEqual([
      ['Tom Carper', 'PERSON'],
      ['Chris Coons', 'PERSON'],
      ['Ron Kind', 'PERSON'],
      ['Gwen Moore', 'PERSON'],
    ]);
    expect(names('People like Sens. Lindsey Graham and Susan Collins spoke.').map(([text]) => text)).not.toContain('Sens');
  });

  it('takes an executive’s office in initials, or an acronym’s plural, for no name', () => {
    expect(names('In a statement, COO and CFO Blake Jorgensen said sales fell.')).toEqual([['Blake Jorgensen', 'PERSON']]);
    expect(names('The company’s CTO, Jane Roe, spoke.')).toEqual([['Jane Roe', 'PERSON']]);
    expect(names('Two super PACs and NGOs backed Jane Roe.')).toEqual([['Jane Roe', 'PERSON']]);
    expect(names('A super PAC backing Jane Roe spent millions.').map(([name]) => name)).toEqual(['Jane Roe']);
  });

  it('takes the portfolio closing an office’s title for no name, but keeps a country there', () => {
    expect(names('The former Secretary of State spoke in Ohio.')).toEqual([['Ohio', 'GPE']]);
    expect(names('Clinton, the former Secretary of State, spoke.')).toEqual([['Clinton', 'PERSON']]);
    expect(names('The President of France met the Minister of Defence.')).toEqual([['France', 'GPE']]);
  });

  it('takes no markup left in extracted text for a name', () => {
    const found = names('Angela Merkel called for action:\n\n<tweet pic="" author="AngelaMerkel" timestamp="1449075600" tweet_id="672137288055398401">Horrifying news.</tweet>');
    expect(found).toContainEqual(['Angela Merkel', 'PERSON']);
    expect(found.filter(([text]) => /[=<>|"]/.test(text))).toEqual([]);
  });

  it('keeps the word after the hyphen of "London-based" or "U.S.-led" out of the name', () => {
    const found = names('A London-based firm hired Iran-backed militias, and the U.S.-led coalition and Russian-speaking troops watched.');
    expect(found).toContainEqual(['London', 'GPE']);
    expect(found).toContainEqual(['Iran', 'GPE']);
    expect(found).toContainEqual(['U.S.', 'GPE']);
    expect(found).toContainEqual(['Russian', 'NORP']);
    expect(found.filter(([text]) => text.includes('-'))).toEqual([]);
  });

  it('reads the word after a dateline as a sentence’s first, whose capital names nothing', () => {
    expect(names('LOS ANGELES — Wildfires swept through the hills on Wednesday.')).toEqual([['LOS ANGELES', 'GPE']]);
    expect(names('Headline here\n\nCUPERTINO, Calif. (AP) — Apple Inc. on Tuesday cut prices.')).toContainEqual(['Apple Inc.', 'ORG']);
  });

  it('finds no name in a clock time, no country in a time zone and no person in a title alone', () => {
    const found = names('Updated 2:15 p.m. ET, March 20\n\nFed Chair Jerome Powell spoke in Washington at 9 a.m. PT.');
    expect(found.filter(([text]) => /\d|^(?:ET|PT)$/.test(text))).toEqual([]);
    expect(found).toContainEqual(['Jerome Powell', 'PERSON']);
    expect(found.filter(([, type]) => type === 'PERSON')).toEqual([['Jerome Powell', 'PERSON']]);
    expect(names('He plied the Sheriff’s detective with a theory. Sheriff Joe Arpaio spoke.')).toEqual([['Joe Arpaio', 'PERSON']]);
    // A four-digit time takes a zone's code; after a year a code is a name.
    const military = names('Egypt called for a ceasefire that would start at 1700 ET on Monday.');
    expect(military.map(([text]) => text)).not.toContain('ET');
    expect(names('In 2001 US troops entered Kabul.')).toContainEqual(['US', 'GPE']);
  });

  it('takes no office for a person ("Chief Technology Officer")', () => {
    expect(names('Acme named Dr. Priya Raman as Chief Technology Officer on Monday.')).toEqual([['Acme', 'ORG'], ['Priya Raman', 'PERSON']]);
  });

  it('leaves the members a party is said of out of its name ("Labour MPs")', () => {
    expect(names('Labour MPs largely welcomed the move.')).toEqual([['Labour', 'ORG']]);
  });

  it('leaves the party side of a title out of the chamber’s name ("Senate Majority Leader")', () => {
    const found = names('Senate Majority Leader Chuck Schumer spoke, and Senate Minority Whip John Thune objected.');
    expect(found.filter(([, type]) => type === 'ORG')).toEqual([['Senate', 'ORG'], ['Senate', 'ORG']]);
  });

  it('makes a place of a name before a modifier of place, which the tagger read as one MISC word', () => {
    expect(names('The Austin, Texas-based company and an Ohio-born singer sued.')).toEqual([['Austin', 'GPE'], ['Texas', 'GPE'], ['Ohio', 'GPE']]);
  });

  it('drops an acronym the article spells out in lower-case words, a common noun', () => {
    expect(names('The patients had chronic fatigue syndrome (CFS). CFS affects many, said Dr Lee.')).toEqual([['Lee', 'PERSON']]);
    expect(names('The team measured the rate of return (ROR) for each fund. ROR rose in May.')).toEqual([]);
  });

  it('finds an organisation without its article', () => {
    expect(names('The World Health Organization warned of a new outbreak.')).toContainEqual(['World Health Organization', 'ORG']);
  });

  it('types demonyms, singular and plural, as NORP', () => {
    const found = names('German officials said Americans and Ukrainians were safe.');
    expect(found).toContainEqual(['German', 'NORP']);
    expect(found).toContainEqual(['Americans', 'NORP']);
    expect(found).toContainEqual(['Ukrainians', 'NORP']);
  });

  it('leaves the possessive and punctuation out of spans', () => {
    const found = names('France’s president spoke to Germany\'s chancellor, Olaf Scholz.');
    expect(found).toContainEqual(['France', 'GPE']);
    expect(found).toContainEqual(['Germany', 'GPE']);
    expect(found).toContainEqual(['Olaf Scholz', 'PERSON']);
  });

  it('leaves titles out of a person\'s span', () => {
    const found = names('President Emmanuel Macron met Dr. Jane Goodall in Paris.');
    expect(found).toContainEqual(['Emmanuel Macron', 'PERSON']);
    expect(found).toContainEqual(['Jane Goodall', 'PERSON']);
  });

  it('tags the names inside a hyphenated compound separately', () => {
    const found = names('The France-Germany border talks ended.');
    expect(found).toContainEqual(['France', 'GPE']);
    expect(found).toContainEqual(['Germany', 'GPE']);
  });

  it('types continents as LOC', () => {
    expect(names('Troops were sent to eastern Europe last year.')).toContainEqual(['Europe', 'LOC']);
  });

  it('returns no names for an empty document or one without names', () => {
    expect(names('')).toEqual([]);
    expect(names('it rained all day and nobody came.')).toEqual([]);
  });

  it('tags an all-capitals abbreviation of a name in the same article like the name', () => {
    const found = names('The World Health Organization met on Monday.\n\nDelays at WHO');
    expect(found.filter(([t]) => t === 'WHO')).toEqual([['WHO', 'ORG']]);
  });
});

describe('tagNames on the seed article', () => {
  const seeds = new URL('../../../../seeds/', import.meta.url);
  const file = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
  const text = readFileSync(new URL(file, seeds), 'utf8');
  const found = names(text);
  const typesOf = (name: string) => new Set(found.filter(([t]) => t === name).map(([, type]) => type));

  it.each([
    ['Joe Biden', 'PERSON'], ['Biden', 'PERSON'], ['Volodymyr Zelensky', 'PERSON'], ['Zelensky', 'PERSON'], ['Vladimir Putin', 'PERSON'],
    ['United States', 'GPE'], ['US', 'GPE'], ['Washington', 'GPE'], ['Russia', 'GPE'], ['Ukraine', 'GPE'], ['Kyiv', 'GPE'],
    ['White House', 'ORG'], ['WH', 'ORG'], ['NATO', 'ORG'],
    ['Ukrainian', 'NORP'], ['Russian', 'NORP'], ['Europe', 'LOC'],
  ])('tags every "%s" as %s', (name, type) => {
    expect([...typesOf(name)]).toEqual([type]);
  });

  it('never ends a span with a possessive or punctuation', () => {
    for (const [t] of found) expect(t).not.toMatch(/(['’]s|[.,;:!?”"])$/);
  });
});
