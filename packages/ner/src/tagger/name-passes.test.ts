import { createDocument, type EntityType } from '@newslens/core';
import { segment } from '@newslens/segmenter';
import { describe, expect, it } from 'vitest';
import { consistent, withAdvocacyNames, withAmpersandNames, withNicknames, withParticipleNames, withCaseNames, withBodyNames, withGivenNames, withListTypes, withLandformNames, withoutLeadingLabels, withoutTitleCaseRunOns, withPatronymics, withSharedHeads, type Found } from './name-passes.js';
import { taggingTokens, type TaggingTokens } from './token-view.js';

/** The tagging tokens of `text`, and a Found for each given name (its first occurrence). */
function setUp(text: string, names: [string, EntityType][]) {
  const doc = createDocument(text);
  const sentences = segment(doc);
  const tokens = taggingTokens(doc.parse.tokens, sentences);
  const found: Found[] = names.map(([name, type]) => {
    const start = text.indexOf(name);
    const first = tokens.start.indexOf(start);
    let last = first;
    while (tokens.end[last] < start + name.length) last++;
    return { first, last, type, text: name };
  });
  return { tokens, found };
}

/** What a pass makes of the given names, as "TYPE text" lines. */
function applyPass(pass: (tokens: TaggingTokens, found: Found[]) => Found[], text: string, names: [string, EntityType][]): string[] {
  const { tokens, found } = setUp(text, names);
  return pass(tokens, found).map((f) => `${f.type} ${f.text}`);
}

describe('withGivenNames', () => {
  it('takes a given name the tagger left out before a one-word person into the name', () => {
    const text = 'WASHINGTON — Maria Walsh doesn’t recognize the plan.';
    const { tokens, found } = setUp(text, [['Walsh', 'PERSON']]);
    expect(withGivenNames(text, tokens, found).map((f) => f.text)).toEqual(['Maria Walsh']);
  });

  it('leaves a month, a name of two words, a titled name and a name already found alone', () => {
    const may = 'In May Walsh said no.';
    const m = setUp(may, [['Walsh', 'PERSON']]);
    expect(withGivenNames(may, m.tokens, m.found).map((f) => f.text)).toEqual(['Walsh']);
    const both = 'Maria Walsh and Anna Walsh met.';
    const b = setUp(both, [['Anna Walsh', 'PERSON']]);
    expect(withGivenNames(both, b.tokens, b.found).map((f) => f.text)).toEqual(['Anna Walsh']);
    const place = 'In Georgia Walsh won.';
    const p = setUp(place, [['Georgia', 'GPE'], ['Walsh', 'PERSON']]);
    expect(withGivenNames(place, p.tokens, p.found).map((f) => f.text)).toEqual(['Georgia', 'Walsh']);
  });
});

describe('withListTypes', () => {
  it('gives the odd one out of a list the kind of all the others', () => {
    const { tokens, found } = setUp('The suburbs of Tempe, Glendale, Peoria, Chandler, and Gilbert grew.', [
      ['Tempe', 'GPE'], ['Glendale', 'GPE'], ['Peoria', 'GPE'], ['Chandler', 'GPE'], ['Gilbert', 'PERSON'],
    ]);
    expect(withListTypes(tokens, found).map((f) => f.type)).toEqual(['GPE', 'GPE', 'GPE', 'GPE', 'GPE']);
  });

  it('stops a list at a word other than a comma, "and" or "or", and leaves a list of two, a split vote and a name the gazetteer knows alone', () => {
    const two = setUp('Acme and Smith agreed.', [['Acme', 'ORG'], ['Smith', 'PERSON']]);
    expect(withListTypes(two.tokens, two.found).map((f) => f.type)).toEqual(['ORG', 'PERSON']);
    const split = setUp('Acme, Initech, and Smith said Kim was wrong.', [['Acme', 'ORG'], ['Initech', 'ORG'], ['Smith', 'PERSON'], ['Kim', 'PERSON']]);
    expect(withListTypes(split.tokens, split.found).map((f) => f.type)).toEqual(['ORG', 'ORG', 'ORG', 'PERSON']);
    const mixed = setUp('Acme, Initech, Globex and France signed.', [['Acme', 'ORG'], ['Initech', 'ORG'], ['Globex', 'ORG'], ['France', 'GPE']]);
    expect(withListTypes(mixed.tokens, mixed.found).map((f) => f.type)).toEqual(['ORG', 'ORG', 'ORG', 'GPE']);
    const half = setUp('Acme, Initech, Smith and Jones met.', [['Acme', 'ORG'], ['Initech', 'ORG'], ['Smith', 'PERSON'], ['Jones', 'PERSON']]);
    expect(withListTypes(half.tokens, half.found).map((f) => f.type)).toEqual(['ORG', 'ORG', 'PERSON', 'PERSON']);
  });
});

describe('withAmpersandNames', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withAmpersandNames, text, names);

  it('makes one organisation of names joined by "&", and splits two such names at "and"', () => {
    expect(run('Marks & Spencer shares fell.', [['Marks', 'PERSON'], ['Spencer', 'ORG']])).toEqual(['ORG Marks & Spencer']);
    expect(run('Barnes & Noble rose.', [['Barnes', 'ORG']])).toEqual(['ORG Barnes & Noble']);
    expect(run('Ernst & Young audited it.', [['Ernst & Young', 'PERSON']])).toEqual(['ORG Ernst & Young']);
    expect(run('Johnson & Johnson and Procter & Gamble rose.', [['Johnson & Johnson and Procter & Gamble', 'ORG']])).toEqual([
      'ORG Johnson & Johnson', 'ORG Procter & Gamble',
    ]);
    expect(run('We are refocusing R&D, he said.', [['R&D', 'PERSON']])).toEqual(['ORG R&D']);
  });

  it('leaves two people, authors in a citation and the writer alone', () => {
    expect(run('Simon & Garfunkel sang.', [['Simon', 'PERSON'], ['Garfunkel', 'PERSON']])).toEqual(['PERSON Simon', 'PERSON Garfunkel']);
    expect(run('As shown (Branco & Cohen, 2017), it holds.', [['Branco & Cohen', 'PERSON']])).toEqual(['PERSON Branco & Cohen']);
    expect(run('Heidenreich & Turano 2011 agree.', [['Heidenreich', 'PERSON']])).toEqual(['PERSON Heidenreich']);
    expect(run('In Carrano & Biewener’s study, hens ran.', [['Carrano', 'PERSON']])).toEqual(['PERSON Carrano']);
    expect(run('Then Sue Cleveland & I left.', [['Sue Cleveland & I', 'PERSON']])).toEqual(['PERSON Sue Cleveland & I']);
  });
});

describe('withoutLeadingLabels', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withoutLeadingLabels, text, names);

  it('takes a party’s or a nation’s adjective before a full name for a group of its own', () => {
    expect(run('They must defeat Republican Maria Lopez now.', [['Republican Maria Lopez', 'PERSON']])).toEqual(['NORP Republican', 'PERSON Maria Lopez']);
    expect(run('Then Canadian Tom A. Reyes spoke.', [['Canadian Tom A. Reyes', 'PERSON']])).toEqual(['NORP Canadian', 'PERSON Tom A. Reyes']);
    expect(run('Even Scientologist Tom Reyes spoke.', [['Scientologist Tom Reyes', 'PERSON']])).toEqual(['NORP Scientologist', 'PERSON Tom Reyes']);
    // Before a surname alone, only a nation's adjective that no one is named.
    expect(run('He fought American Tyson in Las Vegas.', [['American Tyson', 'PERSON']])).toEqual(['NORP American', 'PERSON Tyson']);
  });

  it('leaves a two-word name, another type and a name whose first word is no label', () => {
    expect(run('Then German Lopez wrote.', [['German Lopez', 'PERSON']])).toEqual(['PERSON German Lopez']);
    expect(run('The Republican National Committee met.', [['Republican National Committee', 'ORG']])).toEqual(['ORG Republican National Committee']);
    expect(run('Then Maria Lopez Reyes spoke.', [['Maria Lopez Reyes', 'PERSON']])).toEqual(['PERSON Maria Lopez Reyes']);
    expect(run('Then Chris Van Hollen spoke.', [['Chris Van Hollen', 'PERSON']])).toEqual(['PERSON Chris Van Hollen']);
  });
});

describe('withLandformNames', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withLandformNames, text, names);

  it('makes a place of a nation’s adjective and the landform after it', () => {
    expect(run('Migrants crossed the English Channel in boats.', [['English', 'NORP']])).toEqual(['LOC English Channel']);
  });

  it('leaves an adjective before a common word, a lower-case landform or another name', () => {
    expect(run('The Mexican border and the Irish sea breeze.', [['Mexican', 'NORP'], ['Irish', 'NORP']])).toEqual(['NORP Mexican', 'NORP Irish']);
    expect(run('A French Channel Tunnel firm.', [['French', 'NORP'], ['Channel Tunnel', 'FAC']])).toEqual(['NORP French', 'FAC Channel Tunnel']);
  });
});

describe('withCaseNames', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withCaseNames, text, names);

  it('makes a law of the parties on both sides of "v.", found or not on the right', () => {
    expect(run('The court upheld Roe v. Wade in 1992.', [['Roe', 'PERSON'], ['Wade', 'PERSON']])).toEqual(['LAW Roe v. Wade']);
    expect(run('He cited Brown v. Board of Education often.', [['Brown', 'PERSON']])).toEqual(['LAW Brown v. Board of Education']);
  });

  it('leaves teams on either side of "v" or "vs." in a result', () => {
    expect(run('Leeds v Arsenal ended 2-1.', [['Leeds', 'ORG'], ['Arsenal', 'ORG']])).toEqual(['ORG Leeds', 'ORG Arsenal']);
    expect(run('Trump vs. Clinton is close.', [['Trump', 'PERSON'], ['Clinton', 'PERSON']])).toEqual(['PERSON Trump', 'PERSON Clinton']);
  });
});

describe('withPatronymics', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withPatronymics, text, names);

  it('makes one person of the names on both sides of "bin", found or not on the left, chained', () => {
    expect(run('Osama bin Laden hid.', [['Osama', 'ORG'], ['Laden', 'PERSON']])).toEqual(['PERSON Osama bin Laden']);
    expect(run('Then Mohammed bin Abdulrahman Al Thani spoke.', [['Mohammed', 'PERSON'], ['Abdulrahman Al Thani', 'PERSON']])).toEqual([
      'PERSON Mohammed bin Abdulrahman Al Thani',
    ]);
    expect(run('Then Tamim bin Hamad bin Khalifa spoke.', [['Hamad', 'PERSON'], ['Khalifa', 'PERSON']])).toEqual(['PERSON Tamim bin Hamad bin Khalifa']);
  });

  it('leaves names apart where no person is on either side, or a lower-case word before "bin"', () => {
    expect(run('The Acme bin Globex deal.', [['Acme', 'ORG'], ['Globex', 'ORG']])).toEqual(['ORG Acme', 'ORG Globex']);
    expect(run('Put it in the bin Maria Lopez said.', [['Maria Lopez', 'PERSON']])).toEqual(['PERSON Maria Lopez']);
  });
});

describe('withSharedHeads', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withSharedHeads, text, names);

  it('makes one name of two place names sharing a plural head, found or not before "and"', () => {
    expect(run('It happened at John and Lee Streets.', [['John', 'PERSON'], ['Lee Streets', 'FAC']])).toEqual(['FAC John and Lee Streets']);
    expect(run('Boats sail the Hudson and East Rivers.', [['East Rivers', 'LOC']])).toEqual(['LOC Hudson and East Rivers']);
  });

  it('leaves names apart whose last word is no shared plural head', () => {
    expect(run('John and Lee Street met.', [['John', 'PERSON'], ['Lee Street', 'FAC']])).toEqual(['PERSON John', 'FAC Lee Street']);
    expect(run('Smith and the Streets played.', [['Smith', 'PERSON'], ['Streets', 'ORG']])).toEqual(['PERSON Smith', 'ORG Streets']);
  });
});

describe('withBodyNames', () => {
  it('joins a body’s name across "on" or "for" where the tagger stopped', () => {
    const { tokens, found } = setUp('The Kenya National Commission on Human Rights said so.', [['Kenya National Commission', 'ORG'], ['Human Rights', 'ORG']]);
    expect(withBodyNames(tokens, found).map((f) => `${f.type} ${f.text}`)).toEqual(['ORG Kenya National Commission on Human Rights']);
  });

  it('joins a body’s name across "of" and the place it belongs to', () => {
    const { tokens, found } = setUp('The Constitutional Democratic Party of Japan objected.', [['Constitutional Democratic Party', 'ORG'], ['Japan', 'GPE']]);
    expect(withBodyNames(tokens, found).map((f) => `${f.type} ${f.text}`)).toEqual(['ORG Constitutional Democratic Party of Japan']);
    const other = setUp('Acme Corp of Japan objected.', [['Acme Corp', 'ORG'], ['Japan', 'GPE']]);
    expect(withBodyNames(other.tokens, other.found).map((f) => f.text)).toEqual(['Acme Corp', 'Japan']);
  });

  it('leaves names apart that no body noun heads, or after which a person follows', () => {
    const a = setUp('Acme Corp on Monday said so.', [['Acme Corp', 'ORG'], ['Monday', 'DATE']]);
    expect(withBodyNames(a.tokens, a.found).map((f) => f.text)).toEqual(['Acme Corp', 'Monday']);
    const b = setUp('The Senate Committee for Ann Lee voted.', [['Senate Committee', 'ORG'], ['Ann Lee', 'PERSON']]);
    expect(withBodyNames(b.tokens, b.found).map((f) => f.text)).toEqual(['Senate Committee', 'Ann Lee']);
  });

  const run = (text: string, names: [string, EntityType][]) => applyPass(withBodyNames, text, names);

  it('joins past an article, and takes in a body noun the tagger left out', () => {
    expect(run('Officials at the Committee for a Responsible Federal Budget objected.', [['Committee', 'ORG'], ['Federal Budget', 'ORG']])).toEqual(['ORG Committee for a Responsible Federal Budget']);
    expect(run('Analysts at the Institute for the Study of War said so.', [['Study of War', 'EVENT']])).toEqual(['ORG Institute for the Study of War']);
    expect(run('He joined the Office for the Protection of the Constitution.', [['Office', 'ORG']])).toEqual(['ORG Office for the Protection of the Constitution']);
  });

  it('joins the words of a body’s purpose after "to", names among them, but not a titled person', () => {
    expect(run('The Coalition to Stop Trump formed.', [['Coalition', 'ORG'], ['Trump', 'PERSON']])).toEqual(['ORG Coalition to Stop Trump']);
    expect(run('A letter from the Committee to President Lee arrived.', [['Committee', 'ORG'], ['Lee', 'PERSON']])).toEqual(['ORG Committee', 'PERSON Lee']);
  });

  it('leaves a body apart from a day it met on', () => {
    expect(run('The Council on Wednesday met.', [['Council', 'ORG']])).toEqual(['ORG Council']);
  });
});

describe('withAdvocacyNames', () => {
  const run = (text: string, names: [string, EntityType][]) => {
    const { tokens, found } = setUp(text, names);
    return withAdvocacyNames(text, tokens, found).map((f) => `${f.type} ${f.text}`);
  };

  it('makes one organisation of its members, "for" and its cause', () => {
    expect(run('Americans for Prosperity spent heavily.', [['Americans', 'NORP']])).toEqual(['ORG Americans for Prosperity']);
    expect(run('A report by Citizens for Tax Justice came out.', [['Tax', 'PRODUCT']])).toEqual(['ORG Citizens for Tax Justice']);
    expect(run('Aid came from Doctors Without Borders and others.', [['Borders', 'ORG']])).toEqual(['ORG Doctors Without Borders']);
  });

  it('leaves a person, place or body after a lower-case "for", and a title-case line, alone', () => {
    expect(run('Support among Americans for Trump grew.', [['Americans', 'NORP'], ['Trump', 'PERSON']])).toEqual(['NORP Americans', 'PERSON Trump']);
    expect(run('Democrats Issue Calls for Special Prosecutor in Email Case\n\nThe story.', [])).toEqual([]);
  });
});

describe('consistent', () => {
  const texts = (found: Found[]) => found.map((f) => [f.text, f.type]);

  it('keeps the names of a hyphenated compound and drops its lower-case part ("Trump-themed")', () => {
    const themed = setUp('Maria Chen spoke. Shops sell Chen-themed books.', [['Maria Chen', 'PERSON'], ['Chen-themed', 'PERSON']]);
    expect(texts(consistent(themed.tokens, themed.found))).toEqual([['Maria Chen', 'PERSON'], ['Chen', 'PERSON']]);
    const leaning = setUp('French voters and French-leaning towns.', [['French', 'NORP'], ['French-leaning', 'PRODUCT']]);
    expect(texts(consistent(leaning.tokens, leaning.found))).toEqual([['French', 'NORP'], ['French', 'NORP']]);
  });

  it('leaves a name with the Arabic article whole', () => {
    const aqsa = setUp('Aqsa is holy. Crowds prayed at al-Aqsa on Friday.', [['Aqsa', 'LOC'], ['al-Aqsa', 'LOC']]);
    expect(texts(consistent(aqsa.tokens, aqsa.found))).toEqual([['Aqsa', 'LOC'], ['al-Aqsa', 'LOC']]);
  });

  it('leaves a compound whole when a part is a number or a name of no known type ("AR-15", "Smith-Jones")', () => {
    const rifle = setUp('Sellers of the AR-15 rifle.', [['AR-15', 'PRODUCT']]);
    expect(texts(consistent(rifle.tokens, rifle.found))).toEqual([['AR-15', 'PRODUCT']]);
    const pair = setUp('Anna Smith-Jones spoke.', [['Anna Smith-Jones', 'PERSON']]);
    expect(texts(consistent(pair.tokens, pair.found))).toEqual([['Anna Smith-Jones', 'PERSON']]);
  });
});

describe('withoutTitleCaseRunOns', () => {
  const run = (text: string, names: [string, EntityType][]) => {
    const { tokens, found } = setUp(text, names);
    return withoutTitleCaseRunOns(text, tokens, found).map((f) => [f.text, f.type]);
  };

  it('ends a person\'s name on a title-case line where another name of the article ends, and keeps a name that ends the rest', () => {
    const text = 'Maria Chen criticised Omar Haddad on Monday.\n\nMaria Chen Slams Omar Haddad Over Budget Plans\n\nThe row went on.';
    expect(run(text, [['Maria Chen', 'PERSON'], ['Omar Haddad', 'PERSON'], ['Maria Chen Slams Omar Haddad', 'PERSON']])).toEqual([
      ['Maria Chen', 'PERSON'], ['Omar Haddad', 'PERSON'], ['Maria Chen', 'PERSON'], ['Omar Haddad', 'PERSON'],
    ]);
  });

  it('leaves a longer name in running text, and one whose next word heads an organisation', () => {
    const running = 'Anna Lee spoke. Later Anna Lee Grant, her full name, was read out.';
    expect(run(running, [['Anna Lee', 'PERSON'], ['Anna Lee Grant', 'PERSON']])).toEqual([['Anna Lee', 'PERSON'], ['Anna Lee Grant', 'PERSON']]);
    const foundation = 'Gifts To The Maria Chen Foundation Rise Sharply\n\nMaria Chen said so.';
    expect(run(foundation, [['Maria Chen Foundation', 'PERSON'], ['Maria Chen', 'PERSON']])).toEqual([['Maria Chen Foundation', 'PERSON'], ['Maria Chen', 'PERSON']]);
  });
});

describe('withNicknames', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withNicknames, text, names);

  // The passes' texts join tokens with spaces; the spans are what tagNames reports.
  it('makes one person of a given name, a nickname in quotation marks and a surname', () => {
    expect(run('Gov. C.L. "Butch" Otter spoke.', [['C.L.', 'GPE'], ['Butch', 'PERSON'], ['Otter', 'PERSON']])).toEqual(['PERSON C.L. " Butch " Otter']);
    expect(run('Juan “Chico” Manriquez won.', [['Juan', 'PERSON'], ['Chico', 'PERSON']])).toEqual(['PERSON Juan “ Chico ” Manriquez']);
    // A surname of two words, the tagger having found the second only, is one name with the rest.
    expect(run('Juan “Chico” Manriquez Garcia won.', [['Juan', 'PERSON'], ['Chico', 'PERSON'], ['Garcia', 'PERSON']])).toEqual(['PERSON Juan “ Chico ” Manriquez Garcia']);
  });

  it('leaves a name before a quoted title or a quotation alone', () => {
    expect(run('Acme released "Blue Sky" today.', [['Acme', 'ORG'], ['Blue Sky', 'WORK_OF_ART']])).toEqual(['ORG Acme', 'WORK_OF_ART Blue Sky']);
    expect(run('Ann Lee said "Boston" again.', [['Ann Lee', 'PERSON'], ['Boston', 'GPE']])).toEqual(['PERSON Ann Lee', 'GPE Boston']);
  });
});

describe('withParticipleNames', () => {
  const run = (text: string, names: [string, EntityType][]) => applyPass(withParticipleNames, text, names);

  it('takes a capitalised participle before a name in running text into it, as no person', () => {
    expect(run('Trump attacked Planned Parenthood on Monday.', [['Trump', 'PERSON'], ['Parenthood', 'PERSON']])).toEqual(['PERSON Trump', 'ORG Planned Parenthood']);
  });

  it('leaves a headline’s capitalised verb and a sentence’s first word alone', () => {
    expect(run('Trump Slammed Clinton In Debate', [['Trump', 'PERSON'], ['Clinton', 'PERSON']])).toEqual(['PERSON Trump', 'PERSON Clinton']);
    expect(run('Wounded Smith left.', [['Smith', 'PERSON']])).toEqual(['PERSON Smith']);
  });
});
