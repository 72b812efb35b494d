import { describe, expect, it } from 'vitest';
import { createDocument } from '@newslens/core';
import { segment, segmenterStage } from './segment.js';

const texts = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

describe('segment: lines and paragraphs', () => {
  it('splits simple sentences and excludes the space between them', () => {
    expect(texts('Rain fell. The match  was called off.')).toEqual(['Rain fell.', 'The match  was called off.']);
  });

  it('treats a paragraph break as a hard boundary', () => {
    expect(texts('He said that the talks\n\nwould go on.')).toEqual(['He said that the talks', 'would go on.']);
  });

  it('makes a headline with no closing punctuation its own sentence', () => {
    expect(texts('Talks stall as deadline nears\nThe talks stalled on Monday.')).toEqual([
      'Talks stall as deadline nears',
      'The talks stalled on Monday.',
    ]);
  });

  it('makes a dateline line its own sentence', () => {
    expect(texts('LONDON, March 3\nOfficials met on Monday.')).toEqual(['LONDON, March 3', 'Officials met on Monday.']);
  });

  it('makes each list line its own sentence', () => {
    expect(texts('The plan has three parts:\n- lower taxes\n- more jobs\n- new roads')).toEqual([
      'The plan has three parts:',
      '- lower taxes',
      '- more jobs',
      '- new roads',
    ]);
  });

  it('makes each short lower-case list line its own sentence', () => {
    expect(texts('Bring these\napples\npears')).toEqual(['Bring these', 'apples', 'pears']);
  });

  it('joins a line wrapped in the middle of a sentence', () => {
    expect(texts('The finance minister told reporters that the budget\nwould be balanced next year.')).toEqual([
      'The finance minister told reporters that the budget\nwould be balanced next year.',
    ]);
  });

  it('returns no sentences for empty or blank text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('  \n\n ')).toEqual([]);
  });
});

describe('segment: quotations', () => {
  it('keeps “…,” she said. as one sentence', () => {
    expect(texts('“We will not give up,” she said. Then she left.')).toEqual([
      '“We will not give up,” she said.',
      'Then she left.',
    ]);
  });

  it('ends a sentence that ends inside a quotation after the closing mark', () => {
    expect(texts('He looked up, "We won." The room cheered.')).toEqual(['He looked up, "We won."', 'The room cheered.']);
  });

  it('does not glue the sentences of a quotation that spans two of them', () => {
    expect(texts('He said, “We are ready. We will act.” The talks ended.')).toEqual([
      'He said, “We are ready.',
      'We will act.”',
      'The talks ended.',
    ]);
  });

  it('keeps a quotation ending in ! or ? with its attribution', () => {
    expect(texts('“Why now?” asked Maria Chen. “Go!” Omar Haddad said. Nobody moved.')).toEqual([
      '“Why now?” asked Maria Chen.',
      '“Go!” Omar Haddad said.',
      'Nobody moved.',
    ]);
  });

  it('keeps a quotation followed by a lower-case continuation in one sentence', () => {
    expect(texts("He looked up, 'We won.' he said.")).toEqual(["He looked up, 'We won.' he said."]);
  });
});

describe('segment: abbreviations, numbers and addresses', () => {
  it('does not end a sentence at a title such as Mr., Gen. or Mt.', () => {
    expect(texts('Gen. Lee met Mr. Smith near Mt. Fuji. They talked.')).toEqual(['Gen. Lee met Mr. Smith near Mt. Fuji.', 'They talked.']);
  });

  it('reads St. after a name as a street that can end a sentence', () => {
    expect(texts('He lives on Main St. He works at St. Mary’s and sees Chief Officer Dr. Jones.')).toEqual([
      'He lives on Main St.',
      'He works at St. Mary’s and sees Chief Officer Dr. Jones.',
    ]);
  });

  it('keeps U.S. inside a sentence before a name and ends at it before a new sentence', () => {
    expect(texts('She joined the U.S. Army in Texas.')).toEqual(['She joined the U.S. Army in Texas.']);
    expect(texts('She moved to the U.S. Why did she go?')).toEqual(['She moved to the U.S.', 'Why did she go?']);
  });

  it('does not end a sentence at Jan. or No. before a number', () => {
    expect(texts('On Jan. 5 the No. 5 bus was late. It rained.')).toEqual(['On Jan. 5 the No. 5 bus was late.', 'It rained.']);
  });

  it('ends at a.m. only when the sentence has a verb and a new one starts', () => {
    expect(texts('By 7 a.m. Dr. Chen had landed. She spoke at 9 P.M. Dr. Chen then slept.')).toEqual([
      'By 7 a.m. Dr. Chen had landed.',
      'She spoke at 9 P.M.',
      'Dr. Chen then slept.',
    ]);
  });

  it('ends after a clock time when a capitalised subject and its verb follow', () => {
    expect(texts('The fire broke out at 2 a.m. Police said nobody was hurt. The 8 p.m. Monday show went ahead at 9 p.m. ET.')).toEqual([
      'The fire broke out at 2 a.m.',
      'Police said nobody was hurt.',
      'The 8 p.m. Monday show went ahead at 9 p.m. ET.',
    ]);
  });

  it('keeps initials inside a name', () => {
    expect(texts('They met Harry S. Truman and J. R. Tolkien.')).toEqual(['They met Harry S. Truman and J. R. Tolkien.']);
  });

  it('ends at a single capital letter when a sentence starter follows', () => {
    expect(texts('He got a C. It was his worst grade. It was him and I. Did it matter?')).toEqual([
      'He got a C.',
      'It was his worst grade.',
      'It was him and I.',
      'Did it matter?',
    ]);
  });

  it('ends a sentence after a possessive and after an abbreviation in parentheses', () => {
    expect(texts("They ate at McDonald's. It was late. The trip took long (approx. 5 hours).")).toEqual([
      "They ate at McDonald's.",
      'It was late.',
      'The trip took long (approx. 5 hours).',
    ]);
  });

  it('keeps decimals and money whole', () => {
    expect(texts('Inflation hit 3.5 percent. The bill was $42.50. He paid it.')).toEqual([
      'Inflation hit 3.5 percent.',
      'The bill was $42.50.',
      'He paid it.',
    ]);
  });

  it('does not split inside URLs and e-mail addresses', () => {
    expect(texts('Mail Jane.Doe@example.com. See https://www.example.com/a.html. Then call.')).toEqual([
      'Mail Jane.Doe@example.com.',
      'See https://www.example.com/a.html.',
      'Then call.',
    ]);
  });

  it('never ends at e.g. or vs.', () => {
    expect(texts('Some states, e.g. Ohio, sued. Smith vs. Jones went on.')).toEqual(['Some states, e.g. Ohio, sued.', 'Smith vs. Jones went on.']);
  });
});

describe('segment: ellipses, parentheses and marks', () => {
  it('ends at an ellipsis before a capital and not before a lower-case word', () => {
    expect(texts('We waited and waited.... Nobody came. It was ... well, odd.')).toEqual([
      'We waited and waited....',
      'Nobody came.',
      'It was ... well, odd.',
    ]);
  });

  it('treats a spaced three-dot ellipsis as an omission inside a sentence', () => {
    expect(texts('The thing is . . . I did not mean it.')).toEqual(['The thing is . . . I did not mean it.']);
  });

  it('keeps a parenthesis with its own full stop inside the sentence when the sentence goes on', () => {
    expect(texts('She coaches tennis (She played for ten years.) at the club.')).toEqual([
      'She coaches tennis (She played for ten years.) at the club.',
    ]);
  });

  it('keeps a citation in parentheses after a quotation ending in an ellipsis', () => {
    expect(texts('"The army [...] crossed the river [...]" (Okafor 12).')).toEqual(['"The army [...] crossed the river [...]" (Okafor 12).']);
  });

  it('keeps footnote markers with the sentence they follow', () => {
    expect(texts('He died in 2014. [4] [5] His work lives on.')).toEqual(['He died in 2014. [4] [5]', 'His work lives on.']);
  });

  it('does not end a sentence at "Yahoo!" in the middle of it', () => {
    expect(texts('He sold ads for Yahoo! in the early years.')).toEqual(['He sold ads for Yahoo! in the early years.']);
  });

  it('ends a sentence after !? and ?!', () => {
    expect(texts('Really!? They won?! Yes.')).toEqual(['Really!?', 'They won?!', 'Yes.']);
  });
});

describe('segment: lists', () => {
  it('splits a numbered list written on one line', () => {
    expect(texts('1.) Cut taxes 2.) Build roads')).toEqual(['1.) Cut taxes', '2.) Build roads']);
    expect(texts('1) Cut taxes. 2) Build roads.')).toEqual(['1) Cut taxes.', '2) Build roads.']);
  });

  it('does not split at a number that merely continues a list outside an item', () => {
    expect(texts('1. Cut taxes. The second plan is option 2. It failed.')).toEqual([
      '1. Cut taxes.',
      'The second plan is option 2.',
      'It failed.',
    ]);
  });

  it('splits a lettered list and a bulleted list', () => {
    expect(texts('a. Cut taxes b. Build roads')).toEqual(['a. Cut taxes', 'b. Build roads']);
    expect(texts('• 4. Cut taxes • 5. Build roads')).toEqual(['• 4. Cut taxes', '• 5. Build roads']);
  });

  it('does not end a sentence at a section number at the start of a line', () => {
    expect(texts('2.1. Institutional structure\n\nThe text.')).toEqual(['2.1. Institutional structure', 'The text.']);
  });
});

describe('segment: input forms', () => {
  it('gives the same sentences for a text and for its parsed document', () => {
    const text = 'One. Two.';
    expect(segment(createDocument(text))).toEqual(segment(text));
  });

  it('runs as the pipeline stage that provides sentences', () => {
    expect(segmenterStage.provides).toBe('sentences');
    expect(segmenterStage.run(createDocument('Rain fell. It stopped.'))).toHaveLength(2);
  });
});
