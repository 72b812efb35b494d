import { createDocument, withLayer } from '@newslens/core';
import { describe, expect, it } from 'vitest';
import { findQuotes, quotesStage } from './find-quotes.js';
import { docOf, quotesOf, type EntitySpec } from './test-fixtures.js';

const chen: EntitySpec = { type: 'PERSON', names: ['Maria Chen', 'Chen'] };
const ministry: EntitySpec = { type: 'ORG', names: ['Finance Ministry', 'the ministry'] };

describe('findQuotes: speakers', () => {
  it('attributes "X said, “…”" and "X said in a statement, “…”"', () => {
    expect(quotesOf('Maria Chen said, “We will cut taxes.”', [chen])).toEqual([['“We will cut taxes.”', 'e1', 'Maria Chen']]);
    expect(quotesOf('The Finance Ministry said in a statement, “Rates will rise.”', [ministry])).toEqual([
      ['“Rates will rise.”', 'e1', 'The Finance Ministry'],
    ]);
  });

  it('attributes "“…,” X said" and "“…,” said X"', () => {
    expect(quotesOf('“We will cut taxes,” Chen said.', [chen])).toEqual([['“We will cut taxes,”', 'e1', 'Chen']]);
    expect(quotesOf('“We will cut taxes,” said Maria Chen, the finance minister.', [chen])).toEqual([
      ['“We will cut taxes,”', 'e1', 'Maria Chen'],
    ]);
  });

  it('attributes "“…,” added the official" to a phrase when no entity is named', () => {
    expect(quotesOf('“The talks failed,” added the senior official.')).toEqual([['“The talks failed,”', null, 'the senior official']]);
  });

  it('does not take a possessive for the speaker: "the ministry’s official" is not the ministry', () => {
    expect(quotesOf('“The talks failed,” added the Finance Ministry’s official.', [ministry])).toEqual([
      ['“The talks failed,”', null, 'the Finance Ministry’s official'],
    ]);
  });

  it('attributes "according to X" and takes the issuer of a statement for its speaker', () => {
    expect(quotesOf('According to a Finance Ministry statement, rates “will rise sharply next year.”', [ministry])).toEqual([
      ['“will rise sharply next year.”', 'e1', 'a Finance Ministry statement'],
    ]);
    expect(quotesOf('According to the newspaper, “the plan is dead.”')).toEqual([['“the plan is dead.”', null, 'the newspaper']]);
  });

  it('ends a speaker phrase cut off by a quotation mark at its last noun', () => {
    const text = '“We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” citing the last election.';
    expect(quotesOf(text)[0]).toEqual(['“We have to engage them,”', null, 'the authors']);
  });

  it('reads past several appositives between a speaker after the quote and the verb', () => {
    const text = '“Both of them scare me,” Maria Chen, 30, of Raleigh, N.C., who was among those polled, said.';
    expect(quotesOf(text, [chen])).toEqual([['“Both of them scare me,”', 'e1', 'Maria Chen, 30, of Raleigh, N.C., who was among those polled']]);
    // Not past a comma inside the quote's sentence, where a longer run is the sentence going on.
    const partial = 'The rules were “particularly burdensome” on black, Hispanic and rural voters, who had fewer places to vote, the lawsuit alleges.';
    expect(quotesOf(partial)[0][2] ?? '').not.toContain('voters');
  });

  it('reads a speech verb wink took for a plural noun after a common noun, right before a quote', () => {
    expect(quotesOf('The ad claims “the senator is the conservative you can trust.”')).toEqual([
      ['“the senator is the conservative you can trust.”', null, 'The ad'],
    ]);
  });

  it('attributes "in the words of X" as "according to X"', () => {
    expect(quotesOf('The plan failed and, in the words of Chen, “nobody was surprised.”', [chen])).toEqual([
      ['“nobody was surprised.”', 'e1', 'Chen'],
    ]);
    expect(quotesOf('In the words of one aide, he was “the torchbearer” of the movement.')).toEqual([['“the torchbearer”', null, 'one aide']]);
    const ward: EntitySpec = { type: 'PERSON', names: ['Tom Ward'] };
    expect(quotesOf('In the words of her lawyer, Tom Ward, “she did nothing wrong.”', [ward])).toEqual([
      ['“she did nothing wrong.”', 'e1', 'her lawyer, Tom Ward'],
    ]);
  });

  it('resolves "it added" and "she added" to the previous speaker', () => {
    const text = 'The Finance Ministry said in a statement, “Rates will rise.”\n\n“Growth will slow,” it added.';
    expect(quotesOf(text, [ministry])).toEqual([
      ['“Rates will rise.”', 'e1', 'The Finance Ministry'],
      ['“Growth will slow,”', 'e1', 'it'],
    ]);
    const she = 'Chen spoke on Monday. “We are ready,” she added.';
    expect(quotesOf(she, [chen])).toEqual([['“We are ready,”', 'e1', 'she']]);
  });

  it('resolves "they" to a group or organisation and "it" to an organisation, not to a person or place', () => {
    const australian: EntitySpec = { type: 'NORP', names: ['Australian'] };
    const sydney: EntitySpec = { type: 'GPE', names: ['Sydney'] };
    const adjective = 'The authors say intake is too low in the Australian population. They call for “urgent action,” they said.';
    expect(quotesOf(adjective, [australian])).toEqual([['“urgent action,”', null, 'they']]);
    const person = 'Maria Chen met the protesters in Sydney. “We will not leave,” they said.';
    expect(quotesOf(person, [chen, sydney])).toEqual([['“We will not leave,”', null, 'they']]);
    const campaign = 'Chen’s campaign wrote to voters in Sydney. “We want answers,” they said.';
    expect(quotesOf(campaign, [chen, sydney])).toEqual([['“We want answers,”', 'e1', 'they']]);
    const organisation = 'Maria Chen praised the Finance Ministry. “We are ready,” they said.';
    expect(quotesOf(organisation, [chen, ministry])).toEqual([['“We are ready,”', 'e2', 'they']]);
    const place = 'The letter reached Sydney on Monday. “We object,” it said.';
    expect(quotesOf(place, [sydney])).toEqual([['“We object,”', null, 'it']]);
  });

  it('continues the speaker of the quote before into a quote paragraph of its own', () => {
    const text = '“We will cut taxes,” Chen said.\n\n“And we will do it this year.”';
    expect(quotesOf(text, [chen])).toEqual([
      ['“We will cut taxes,”', 'e1', 'Chen'],
      ['“And we will do it this year.”', 'e1', 'Chen'],
    ]);
  });

  it('continues the speaker into the next quoted sentence of the paragraph', () => {
    const text = '“We will cut taxes,” Chen said. “It is time.”';
    expect(quotesOf(text, [chen])).toEqual([
      ['“We will cut taxes,”', 'e1', 'Chen'],
      ['“It is time.”', 'e1', 'Chen'],
    ]);
  });

  it('attributes "X told …", "X noted that …" and "X wrote"', () => {
    expect(quotesOf('Chen told reporters, “The budget is balanced.”', [chen])).toEqual([['“The budget is balanced.”', 'e1', 'Chen']]);
    expect(quotesOf('Chen noted that the budget remains “deeply unbalanced.”', [chen])).toEqual([
      ['“deeply unbalanced.”', 'e1', 'Chen'],
    ]);
    expect(quotesOf('“Nobody reads budgets,” Chen wrote on Twitter.', [chen])).toEqual([['“Nobody reads budgets,”', 'e1', 'Chen']]);
  });

  it('attributes quotes to verbs of manner: "barked the candidate", "Chen groused"', () => {
    expect(quotesOf('“Go back to your seat,” barked the candidate.')).toEqual([['“Go back to your seat,”', null, 'the candidate']]);
    expect(quotesOf('“This is fantastic!” beamed Maria Chen.', [chen])).toEqual([['“This is fantastic!”', 'e1', 'Maria Chen']]);
    expect(quotesOf('“Who is he talking about, and why?” reacted Maria Chen.', [chen])).toEqual([['“Who is he talking about, and why?”', 'e1', 'Maria Chen']]);
    expect(quotesOf('Chen groused that the budget was “a mess.”', [chen])).toEqual([['“a mess.”', 'e1', 'Chen']]);
  });

  it('takes a name that wink tags as a verb for the subject of the speech verb after it', () => {
    // wink reads "Skelly" as a verb; the speech verb right after it shows it is the speaker.
    expect(quotesOf('And Skelly called Braynard “a real smart guy.”')).toEqual([['“a real smart guy.”', null, 'Skelly']]);
  });

  it('attributes a partial quote inside a sentence to its subject', () => {
    expect(quotesOf('Chen called the plan “dogged and smart” on Monday.', [chen])).toEqual([['“dogged and smart”', 'e1', 'Chen']]);
  });

  it('attributes a partial quote to the subject after an opening phrase or before an appositive, not to a relative pronoun', () => {
    expect(quotesOf('Last year, Chen played down the plan as “just part of the campaign” and moved on.', [chen])).toEqual([
      ['“just part of the campaign”', 'e1', 'Chen'],
    ]);
    expect(quotesOf('On Tuesday in Iowa, Chen called the plan “dogged and smart.”', [chen])[0][1]).toBe('e1');
    // Past an appositive or relative clause between the subject and its verb.
    const appositive = 'Maria Chen, celebrating a victory in the primary in her home state, is pledging to “win many hundreds of delegates” soon.';
    expect(quotesOf(appositive, [chen])).toEqual([['“win many hundreds of delegates”', 'e1', 'Maria Chen']]);
    expect(quotesOf('Maria Chen, also a presidential hopeful, called the plan “abhorrent” in a tweet on Sunday.', [chen])[0][1]).toBe('e1');
    const relative = quotesOf('One new ad, which is currently airing, argues that “only Chen can beat Ward.”', [chen]);
    expect(relative.map((q) => q[2])).not.toContain('which');
  });

  it('attributes a partial quote to the speaker the sentence ends with, an adjunct after the verb', () => {
    const text = 'Voters had “put the biggest crack” in the ceiling, Chen said in a video message.';
    expect(quotesOf(text, [chen])).toEqual([['“put the biggest crack”', 'e1', 'Chen']]);
    // Not when the verb opens a clause of its own: what Chen said next is not the quote.
    const clause = 'Voters had “put the biggest crack” in the ceiling, Chen said they would vote again.';
    expect(quotesOf(clause, [chen])[0][1]).toBeNull();
  });

  it('attributes an appositive speaker "X, a spokesman, said"', () => {
    expect(quotesOf('“It is over,” Chen, a spokeswoman for the ministry, said.', [chen])).toEqual([
      ['“It is over,”', 'e1', 'Chen, a spokeswoman for the ministry'],
    ]);
  });

  it('attributes a quote introduced by "X:" ', () => {
    expect(quotesOf('Economist Maria Chen: “Rates will rise.”', [chen])).toEqual([['“Rates will rise.”', 'e1', 'Economist Maria Chen']]);
  });

  it('leaves the speaker null when the text names none', () => {
    expect(quotesOf('The crowd grew quiet. “This changes everything for all of us.”')).toEqual([
      ['“This changes everything for all of us.”', null, null],
    ]);
  });
});

describe('findQuotes: scare quotes', () => {
  it('drops one- and two-word quotes that nothing attributes', () => {
    expect(quotesOf('Both sides agreed on talks and “deterrence” near the border.')).toEqual([]);
    expect(quotesOf('The call failed to produce any “fundamental change” in the dynamic.')).toEqual([]);
  });

  it('keeps a short quote the text attributes ("X called it “unclear”")', () => {
    expect(quotesOf('Chen called the outcome “unclear” on Monday.', [chen])).toEqual([['“unclear”', 'e1', 'Chen']]);
    expect(quotesOf('The official noted that it remains “unclear” if talks go on.')).toEqual([['“unclear”', null, 'The official']]);
  });

  it('keeps a short quote in a sentence that reports speech, even with no speaker found', () => {
    expect(quotesOf('As reported on Monday, the plan is “dead” for now.')).toEqual([['“dead”', null, null]]);
  });

  it('keeps an exclamation and what a crowd chants, however short and even in title case', () => {
    expect(quotesOf('He was greeted with chants of “Bobby!” at the hall.')).toEqual([['“Bobby!”', null, null]]);
    expect(quotesOf('The rally was met with chants of “Trump, Trump, Trump” and boos.').map(([quote]) => quote)).toEqual(['“Trump, Trump, Trump”']);
    expect(quotesOf('“USA! USA!” rang out across the hall.')).toEqual([['“USA! USA!”', null, null]]);
    // A title after a preposition may hold an exclamation mark: still a title.
    expect(quotesOf('He starred in “Hail, Caesar!” last year.')).toEqual([]);
  });

  it('keeps a title-case name a speaker called someone when it continues an attributed quote of the sentence', () => {
    expect(quotesOf('Maria Chen called the rival “a disgrace” and “Mister Nobody” on Monday.', [chen])).toEqual([
      ['“a disgrace”', 'e1', 'Maria Chen'],
      ['“Mister Nobody”', 'e1', 'Maria Chen'],
    ]);
  });

  it('reads a title with a possessive, or in typewriter marks, as title case', () => {
    expect(quotesOf('The report cites Steven Brill, author of “America’s Bitter Pill,” on the costs.')).toEqual([]);
    expect(quotesOf("In his memoir, ''A Time for Truth,'' the senator described his father.")).toEqual([]);
  });

  it('keeps the name a speaker used for someone after "as" ("referred to her as “…”"), but not a title after "known as"', () => {
    expect(quotesOf('Maria Chen referred to the governor as “Chris” all evening.', [chen])).toEqual([['“Chris”', 'e1', 'Maria Chen']]);
    expect(quotesOf('The group is known as “The Glass Club” in town.')).toEqual([]);
  });

  it('keeps a short title-case quote right after a speech verb and a comma: what was said', () => {
    expect(quotesOf('Asked if she would serve, the senator shook her head and said, “No.”').map(([quote]) => quote)).toEqual(['“No.”']);
    expect(quotesOf('He tried to laugh it off by interjecting, “Only Rosie Smith.” But she went on.').map(([quote]) => quote)).toEqual(['“Only Rosie Smith.”']);
  });

  it('drops a short title-case name of a show', () => {
    expect(quotesOf('She appeared on “Meet the Press” last week to discuss her new book.')).toEqual([]);
  });

  it('drops a title after a possessive even when the sentence goes on to attribute something', () => {
    expect(quotesOf('Joe Smith, host of MSNBC’s “Morning Joe,” said the plan would fail.')).toEqual([]);
  });

  it('leaves out quotes in a title-case headline, which the story repeats', () => {
    const text = 'Hollande Says Rival ‘Makes You Want To Retch’\n\nThe president said the rival “makes you want to retch.”';
    expect(quotesOf(text).map((q) => q[0])).toEqual(['“makes you want to retch.”']);
  });

  it('keeps a headline that is a speaker’s name, a colon and the quote', () => {
    const text = 'Maria Chen: ‘We Will Not Raise Taxes This Year.’\n\nThe minister spoke in the capital on Monday.';
    expect(quotesOf(text, [chen])).toEqual([['‘We Will Not Raise Taxes This Year.’', 'e1', 'Maria Chen']]);
  });

  it('keeps a headline "Speaker on Topic: ‘…’", with the speaker', () => {
    const on = 'Maria Chen on the Tax Plan: ‘We Will Not Raise Taxes This Year.’\n\nThe minister spoke in the capital on Monday.';
    expect(quotesOf(on, [chen])).toEqual([['‘We Will Not Raise Taxes This Year.’', 'e1', 'Maria Chen']]);
  });

  it('drops a title-case name between a determiner and the noun it modifies, even in an attributed sentence', () => {
    expect(quotesOf('Prosecutors say Chen took money from the “We Build the Wall” campaign, her lawyer said.', [chen])).toEqual([]);
    expect(quotesOf('She wore a “Make America Great Again” hat.', [chen])).toEqual([]);
    // Words that are not a title-case name stay someone's words.
    expect(quotesOf('Chen called the “utterly reckless” plan a mistake.', [chen])).toEqual([['“utterly reckless”', 'e1', 'Chen']]);
  });

  it('drops a title-case quote after a noun for a work, even in an attributed sentence', () => {
    expect(quotesOf('Chen said in her memoir, “Hard Choices at the Treasury,” that the plan failed.', [chen])).toEqual([]);
    expect(quotesOf('Chen said on the podcast “Here Is the Thing” that taxes would rise.', [chen])).toEqual([]);
    // A quote after such a noun that is not in title case is someone's words.
    expect(quotesOf('Chen said in her memoir, “the plan was doomed from the start.”', [chen])).toEqual([
      ['“the plan was doomed from the start.”', 'e1', 'Chen'],
    ]);
  });

  it('drops a short title-case quote that opens a sentence and runs on into it', () => {
    expect(quotesOf('“Sons of Liberty” is an adaptation of a Spanish play.')).toEqual([]);
    expect(quotesOf("Chen likes television. ''Billions,'' on a cable channel, is her favourite.", [chen])).toEqual([]);
    // Attributed after it, or ended by its own full stop, it is a statement.
    expect(quotesOf('“Jobs, Jobs, Jobs,” Chen said at a rally on the waterfront.', [chen])).toEqual([['“Jobs, Jobs, Jobs,”', 'e1', 'Chen']]);
    expect(quotesOf('Chen spoke first. “No Deal.” The talks ended.', [chen]).map((q) => q[0])).toEqual(['“No Deal.”']);
  });

  it('drops a label many use, after "often called" and the like', () => {
    expect(quotesOf('Maria Chen, a scientist often called the “godfather of AI,” left Google.', [chen])).toEqual([]);
  });

  it('drops a short quote after "so-called", even in a sentence that reports speech', () => {
    expect(quotesOf('Chen said the plan would arm the so-called “moderate rebels” in the north.', [chen])).toEqual([]);
    // A longer quote after it is someone's words.
    expect(quotesOf('Chen said the so-called “plan to arm every last rebel in the north” was dead.', [chen]).map((q) => q[0])).toEqual([
      '“plan to arm every last rebel in the north”',
    ]);
  });

  it('drops the title of a piece followed by its byline', () => {
    expect(quotesOf('Read “Posthumous books could come with a lot of dollar signs,” by Joseph Kahn.')).toEqual([]);
  });

  it('keeps a quote followed by "by" and a name when it is no title ending in a comma', () => {
    expect(quotesOf('Chen called the inquiry a “partisan witch hunt” by Democrats.', [chen])).toEqual([
      ['“partisan witch hunt”', 'e1', 'Chen'],
    ]);
  });

  it('keeps a short quote that is a sentence of its own', () => {
    expect(quotesOf('“No.”')).toEqual([['“No.”', null, null]]);
  });

  it('drops an attributed single-quoted phrase in a headline line, but not in a paragraph of the story', () => {
    const text = 'Chen calls the rival plan a ‘reckless gamble’.\n\nThe minister said the plan was a “reckless gamble” with the budget.';
    expect(quotesOf(text, [chen]).map((q) => q[0])).toEqual(['“reckless gamble”']);
    const british = '‘We will win,’ Chen said at a rally in the capital on Monday, as the polls closed and the counting began across the whole of the country.';
    expect(quotesOf(british, [chen])).toEqual([['‘We will win,’', 'e1', 'Chen']]);
  });

  it('drops an unattributed single-quoted headline phrase', () => {
    expect(quotesOf("'Unclear' if talks will go on")).toEqual([]);
  });
});

describe('findQuotes: structure', () => {
  it('reports a quote over several paragraphs as one, with its speaker', () => {
    const text = 'Chen said: “The first point is simple.\n\n“The second point is harder.”\n\nThe end.';
    expect(quotesOf(text, [chen])).toEqual([['“The first point is simple.\n\n“The second point is harder.”', 'e1', 'Chen']]);
  });

  it('reports one quote per paragraph with paragraphs: split, each attributed', () => {
    const text = 'Chen said: “The first point is simple.\n\n“The second point is harder.”\n\nThe end.';
    const quotes = findQuotes(docOf(text, [chen]), { paragraphs: 'split' });
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['“The first point is simple.', 'e1'],
      ['“The second point is harder.”', 'e1'],
    ]);
  });

  it('reports a typewriter quote interrupted by its attribution as one quote', () => {
    expect(quotesOf("''We will win,'' Chen said. ''The polls agree.''", [chen])).toEqual([
      ["''We will win,'' Chen said. ''The polls agree.''", 'e1', 'Chen'],
    ]);
    expect(quotesOf("''We will win,'' said Maria Chen, ''and soon.''", [chen])).toEqual([["''We will win,'' said Maria Chen, ''and soon.''", 'e1', 'Maria Chen']]);
    // Curly marks keep the two parts apart, and so does a typewriter quote in the next paragraph.
    expect(quotesOf('“We will win,” Chen said. “The polls agree.”', [chen])).toHaveLength(2);
    expect(quotesOf("''We will win,'' Chen said.\n\n''The polls agree.''", [chen])).toHaveLength(2);
    // A typewriter quote later in a sentence of its own is a quote of its own.
    expect(quotesOf("''We will win,'' Chen said, promising to ''fight for every vote.''", [chen]).map((q) => q[0])).toEqual([
      "''We will win,''",
      "''fight for every vote.''",
    ]);
  });

  it('reads a typewriter quote through an attribution sentence that holds quoted words of its own', () => {
    // A title in the attribution: the quote resumes with the next sentence.
    const title = "''We will win,'' Chen said on NBC's ''Meet the Press.'' ''The polls agree.''";
    expect(quotesOf(title, [chen])).toEqual([[title, 'e1', 'Chen']]);
    // A word the speaker used, quoted inside the attribution.
    const word = "''Rents are up,'' said Maria Chen, who called the market ''crazy'' last year. ''Sales are not.''";
    expect(quotesOf(word, [chen])).toEqual([[word, 'e1', 'Maria Chen']]);
    // An attribution sentence of more than 80 tokens ends the search (which bounds the work).
    const long = "''We will win,'' said Maria Chen, who " + 'walked and talked and '.repeat(30) + "called it ''close.'' ''Sales are not.''";
    expect(quotesOf(long, [chen]).map((q) => q[0])).toEqual(["''We will win,''", "''close.''", "''Sales are not.''"]);
    // A sentence of narration between the two: they stay apart.
    expect(quotesOf("''We will win,'' Chen said on NBC's ''Meet the Press.'' The polls opened at noon. ''It is early.''", [chen]).map((q) => q[0])).toEqual([
      "''We will win,''",
      "''It is early.''",
    ]);
  });

  it('reports a quote holding a nested quote once, with its speaker, and not the nested words alone', () => {
    const text = 'Maria Chen wrote, “We must act even when “our side” is to blame, or nothing changes.”';
    expect(quotesOf(text, [chen])).toEqual([['“We must act even when “our side” is to blame, or nothing changes.”', 'e1', 'Maria Chen']]);
  });

  it('keeps spans true to the text', () => {
    const text = 'Chen said, “One, ‘two’ and three.” “Four,” she added.';
    for (const q of findQuotes(docOf(text, [chen]))) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerMention) expect(text.slice(q.speakerMention.start, q.speakerMention.end)).toBe(q.speakerMention.text);
    }
  });

  it('finds nothing in degenerate input', () => {
    expect(quotesOf('')).toEqual([]);
    expect(quotesOf('“')).toEqual([]);
    expect(quotesOf('said')).toEqual([]);
    expect(quotesOf('“ ”')).toEqual([]);
  });

  it('reports each quoted region it leaves out, and why, through onDropped', () => {
    const text = 'She appeared on “Meet the Press” on Sunday. Both sides want “deterrence” there. “We will win,” she said.';
    const dropped: [string, string][] = [];
    const quotes = findQuotes(docOf(text), { onDropped: (span, reason) => dropped.push([text.slice(span.start, span.end), reason]) });
    expect(quotes.map((q) => q.text)).toEqual(['“We will win,”']);
    expect(dropped).toEqual([['“Meet the Press”', 'title'], ['“deterrence”', 'scare quote']]);
  });

  it('runs as a stage that requires sentences and entities', () => {
    expect(quotesStage.requires).toEqual(['sentences', 'entities']);
    const doc = withLayer(withLayer(createDocument('“Yes, we will,” she said.'), 'sentences', [{ start: 0, end: 25 }]), 'entities', []);
    expect(quotesStage.run(doc)).toEqual([
      { start: 0, end: 15, text: '“Yes, we will,”', speaker: null, speakerMention: { start: 16, end: 19, text: 'she' } },
    ]);
  });
});

describe('findQuotes: news constructions', () => {
  const reid: EntitySpec = { type: 'PERSON', names: ['Harry Reid', 'Reid'] };

  it('reads back over a chain of appositives to the speaker', () => {
    expect(quotesOf('“It is over,” said Cory James, 22, of Flint, Mich., on Monday.')[0][2]).toBe('Cory James');
    expect(quotesOf('Cory James, 22, of Flint, Mich., said, “It is over.”')[0][2]).toBe('Cory James, 22, of Flint, Mich.');
  });

  it('keeps a bracketed party tag inside the speaker phrase', () => {
    expect(quotesOf('“We will block it,” Sen. Harry Reid (D-Nev.) said.', [reid])).toEqual([
      ['“We will block it,”', 'e1', 'Sen. Harry Reid (D-Nev.)'],
    ]);
  });

  it('takes the person, not the party tag, for the head of a speaker phrase before its verb', () => {
    expect(quotesOf('Sen. Harry Reid (D-Nev.) said, “We will block it.”', [reid])).toEqual([
      ['“We will block it.”', 'e1', 'Sen. Harry Reid (D-Nev.)'],
    ]);
  });

  it('gives the quote to the person after a title that holds a preposition, not to a noun the name depends on', () => {
    const ryan: EntitySpec = { type: 'PERSON', names: ['Paul Ryan'] };
    expect(quotesOf('Speaker of the House Rep. Paul Ryan (R-Wis.) said, “The bill will pass.”', [ryan])).toEqual([
      ['“The bill will pass.”', 'e1', 'Speaker of the House Rep. Paul Ryan (R-Wis.)'],
    ]);
    expect(quotesOf('“We will block it,” said Secretary of State Harry Reid.', [reid])).toEqual([
      ['“We will block it,”', 'e1', 'Secretary of State Harry Reid'],
    ]);
    // The spokesman speaks, not the leader he speaks for; a group named for a person is not that person.
    expect(quotesOf('“We will block it,” said a spokesman for Senate Majority Leader Harry Reid.', [reid])[0][1]).toBeNull();
    expect(quotesOf('“We will block it,” said Friends of Harry Reid.', [reid])[0][1]).toBeNull();
  });

  it('gives a definite description to the person the article introduced by its words', () => {
    expect(quotesOf('On Monday, former President Maria Chen visited the plant. “We will rebuild,” the former president said.', [chen])[0][1]).toBe('e1');
    // An abbreviated title says the role, and the nearest person is not taken for lack of it.
    expect(quotesOf('Sen. Harry Reid (D-Nev.) met Maria Chen on Monday. “We will block it,” the senator said.', [reid, chen])[0][1]).toBe('e1');
    expect(quotesOf('Harry Reid, a retired neurosurgeon, met Maria Chen. “We will block it,” the neurosurgeon said.', [reid, chen])[0][1]).toBe('e1');
  });

  it('leaves a description unresolved when no named person was introduced by it', () => {
    expect(quotesOf('Harry Reid met the board on Monday. “We will block it,” the official said.', [reid])[0][1]).toBeNull();
    // "the protesters marched" is a clause after the name, not an appositive that describes it.
    expect(quotesOf('Led by Maria Chen, the protesters marched on City Hall. “We will not leave,” the protesters said.', [chen])[0][1]).toBeNull();
  });

  it('reads a name wink tags as a verb as a name where the entity layer found it ("Blunt, after a long pause, said")', () => {
    const blunt: EntitySpec = { type: 'PERSON', names: ['Roy Blunt', 'Blunt'] };
    expect(quotesOf('Roy Blunt spoke. “He had a lot of supporters,” Blunt, after a long pause, said.', [blunt])).toEqual([
      ['“He had a lot of supporters,”', 'e1', 'Blunt, after a long pause'],
    ]);
  });

  it('reads the subject of a speech verb past a verb joined to it by "and", and a pronoun subject alone', () => {
    expect(quotesOf('Asked whom she backed, Maria Chen smiled and said, “I am waiting.”', [chen])).toEqual([['“I am waiting.”', 'e1', 'Maria Chen']]);
    expect(quotesOf('Maria Chen spoke. In 2010 she said of the plan: “It will fail.”', [chen])).toEqual([['“It will fail.”', 'e1', 'she']]);
    expect(quotesOf('Maria Chen spoke. Chen herself said: “It will fail.”', [chen])[0][2]).toBe('Chen herself');
  });

  it('takes a name and any active verb ending the sentence after a quote that breaks off for its speaker', () => {
    expect(quotesOf('“Would it be negotiable?” Harry Reid pressed.', [reid])).toEqual([['“Would it be negotiable?”', 'e1', 'Harry Reid']]);
    expect(quotesOf('“It will pass,” Harry Reid retorted angrily.', [reid])[0][1]).toBe('e1');
    // Not in the passive.
    expect(quotesOf('The memo came out. “So, who?” Her suggestions are redacted.')[0][2]).toBeNull();
  });

  it('takes a name signed on the line under a quote after a dash, but not a subheading', () => {
    const clinton: EntitySpec = { type: 'PERSON', names: ['Hillary Clinton'] };
    expect(quotesOf('“I will look into it.”\n\n- Hillary Clinton.\n\nThis is a dodge.', [clinton])).toEqual([['“I will look into it.”', 'e1', 'Hillary Clinton']]);
    expect(quotesOf('“I will look into it.”\n\n– An immigrant himself –.\n\nHe came in 1983.')[0][2]).toBeNull();
  });

  it('takes a line that is one noun phrase before a colon for the speaker, as transcripts write', () => {
    const text = 'Who told you that?\n\nFormer secretary of state Maria Chen:“We learned that from the department.”';
    expect(quotesOf(text, [chen])).toEqual([['“We learned that from the department.”', 'e1', 'Former secretary of state Maria Chen']]);
    const ward: EntitySpec = { type: 'PERSON', names: ['Tom Ward'] };
    expect(quotesOf('The polls were early.\n\n- Ann Lee and Tom Ward: “We found that voters care.”', [ward])[0].slice(1)).toEqual(['e1', 'Ann Lee and Tom Ward']);
  });

  it('takes a name after a dash for the speaker', () => {
    expect(quotesOf('“Fear is what he sells.” ― Veronica Cruz')).toEqual([['“Fear is what he sells.”', null, 'Veronica Cruz']]);
  });

  it('reads "as X put it" and a participle "…, saying “…”" for the sentence subject', () => {
    expect(quotesOf('As Chen put it, “Nobody reads budgets.”', [chen])).toEqual([['“Nobody reads budgets.”', 'e1', 'Chen']]);
    expect(quotesOf('Maria Chen lobbied to suspend the rule, saying, “The fewer guns, the better.”', [chen])).toEqual([
      ['“The fewer guns, the better.”', 'e1', 'Maria Chen'],
    ]);
  });

  it('gives a participle after an appositive to the sentence subject, not to the appositive', () => {
    const text = 'Maria Chen praised her rival, Tom Ward, saying “he would be a far better mayor” than the rest.';
    expect(quotesOf(text, [chen, { type: 'PERSON', names: ['Tom Ward'] }])).toEqual([['“he would be a far better mayor”', 'e1', 'Maria Chen']]);
  });

  it('gives a pronoun the person named since the previous quote, not that quote’s speaker, nor a name inside its own quote', () => {
    const lee: EntitySpec = { type: 'PERSON', names: ['Ann Lee'] };
    const ward: EntitySpec = { type: 'PERSON', names: ['Tom Ward', 'Ward'] };
    const text = '“We will not go back,” said Ann Lee. Tom Ward said the offer was fair. “It is the best offer,” he said.';
    expect(quotesOf(text, [lee, ward]).map((q) => q[1])).toEqual(['e1', 'e2']);
    const inside = '“We will not go back,” said Ann Lee. “Tom Ward is wrong,” she said.';
    expect(quotesOf(inside, [lee, ward]).map((q) => q[1])).toEqual(['e1', 'e1']);
  });

  it('gives "he" and "she" only to a person whose gender the article does not contradict', () => {
    const clinton: EntitySpec = { type: 'PERSON', names: ['Hillary Clinton', 'Clinton'] };
    const sanders: EntitySpec = { type: 'PERSON', names: ['Sanders'] };
    // The nearest name is hers; "he" is the man named before her.
    const text = 'Sanders won Vermont. His opponent, Hillary Clinton, won Georgia. “It means a lot,” he said.';
    expect(quotesOf(text, [clinton, sanders])[0][1]).toBe('e2');
    // An honorific says it where no first name does.
    const titled = 'Mrs. Sanders met Mr. Ward on Monday. “It means a lot,” she said.';
    expect(quotesOf(titled, [sanders, { type: 'PERSON', names: ['Ward'] }])[0][1]).toBe('e1');
    // A name that says nothing ("Sanders") fits either.
    expect(quotesOf('Sanders won Vermont. “It means a lot,” she said.', [sanders])[0][1]).toBe('e1');
  });

  it('gives a pronoun the subject of the sentence it refers back to, not the name nearest to it', () => {
    const lee: EntitySpec = { type: 'PERSON', names: ['Ann Lee'] };
    const ward: EntitySpec = { type: 'PERSON', names: ['Tom Ward'] };
    const reid: EntitySpec = { type: 'PERSON', names: ['Harry Reid'] };
    expect(quotesOf('Ann Lee told the paper she would rather vote for Maria Chen. “I am ashamed,” she said.', [lee, chen])[0][1]).toBe('e1');
    // A name that qualifies a noun is no subject, nor is one in an opening phrase of a preposition.
    expect(quotesOf('Tom Ward adviser Harry Reid took up the thread. “It is over,” he said.', [ward, reid])[0][1]).toBe('e2');
    expect(quotesOf('With Tom Ward out of the race, Harry Reid backed the plan. “It is over,” he said.', [ward, reid])[0][1]).toBe('e2');
    // The name that says the sentence speaks it.
    expect(quotesOf('The plan of Tom Ward failed, Harry Reid said. “It is over,” he said.', [ward, reid])[0][1]).toBe('e2');
  });

  it('carries "he" or "she" through the sentences it leads back to the person named before them', () => {
    const lee: EntitySpec = { type: 'PERSON', names: ['Ann Lee', 'Lee'] };
    const clinton: EntitySpec = { type: 'PERSON', names: ['Hillary Clinton'] };
    // After a quote: "She ... Hillary Clinton" is still Lee speaking of Clinton.
    const anchored = '“We will win,” Lee said. She has met Hillary Clinton twice. But she said little. “It went well,” she said.';
    expect(quotesOf(anchored, [lee, clinton]).map((q) => q[1])).toEqual(['e1', 'e1']);
    // With no quote before, the chain does not use up the two sentences a pronoun looks back over.
    const unanchored = 'Ann Lee runs the union. She has met Hillary Clinton twice. She was polite. She left early. “It went well,” she said.';
    expect(quotesOf(unanchored, [lee, clinton])[0][1]).toBe('e1');
    // A name before the pronoun in its sentence still counts ("As for Lee, she said").
    expect(quotesOf('Hillary Clinton spoke first. As for Ann Lee, she said little. “It went well,” she said.', [lee, clinton])[0][1]).toBe('e1');
    // An opening clause's "she" is the main clause's: the names in the clause are not the speaker.
    const clause = 'Ann Lee spoke first. Though she did not name Hillary Clinton, she made it clear. “It went well,” she said.';
    expect(quotesOf(clause, [lee, clinton])[0][1]).toBe('e1');
    // A pronoun of the other gender leads no chain of hers.
    expect(quotesOf('Ann Lee spoke first. He met Hillary Clinton later. “It went well,” she said.', [lee, clinton])[0][1]).toBe('e2');
  });

  it('resolves an unanchored pronoun only to a name of its sentence or the two before', () => {
    const near = 'My neighbour Maria Chen works nights. Last week she met an official. “We will rebuild,” she said.';
    expect(quotesOf(near, [chen])[0][1]).toBe('e1');
    const far = 'My neighbour Maria Chen works nights. The sirens sound at night. We go to the metro. I met a woman there. “We will rebuild,” she said.';
    expect(quotesOf(far, [chen])[0][1]).toBeNull();
  });

  it('reads over an adverb set off by commas to the subject ("Chen, however, warned")', () => {
    expect(quotesOf('Maria Chen, however, criticized the plan, warning that it would “destroy the economy.”', [chen])).toEqual([
      ['“destroy the economy.”', 'e1', 'Maria Chen'],
    ]);
  });

  it('reads an appositive speaker after a conjunction and an earlier quote of the same sentence', () => {
    const ward: EntitySpec = { type: 'PERSON', names: ['Tom Ward'] };
    const text = 'Maria Chen accused them of “hiding,” while Senator Tom Ward, who backed the bill, said it was “a fair deal.”';
    expect(quotesOf(text, [chen, ward])).toEqual([
      ['“hiding,”', 'e1', 'Maria Chen'],
      ['“a fair deal.”', 'e2', 'Senator Tom Ward, who backed the bill'],
    ]);
  });

  it('reads a speaker through an abbreviation wink splits from its full stop ("the Rev. James Okoro")', () => {
    const okoro: EntitySpec = { type: 'PERSON', names: ['James Okoro'] };
    expect(quotesOf('“She never turned anyone away,” said the Rev. James Okoro, the church’s pastor.', [okoro])).toEqual([
      ['“She never turned anyone away,”', 'e1', 'the Rev. James Okoro'],
    ]);
  });

  it('takes the name after "after" or "before" for the subject of the clause it opens', () => {
    const norland: EntitySpec = { type: 'GPE', names: ['Norland'] };
    expect(quotesOf('Westria fired a missile, days after Norland warned of “overwhelming” action.', [norland])).toEqual([
      ['“overwhelming”', 'e1', 'Norland'],
    ]);
  });

  it('gives a quote to "another" who says it, not to the speaker before', () => {
    expect(quotesOf('“He needs to step aside,” Maria Chen said. Another said: “It is over.”', [chen]).map((q) => q[2])).toEqual(['Maria Chen', 'Another']);
  });

  it('gives "the company" the organisation named last, within two sentences', () => {
    const acme: EntitySpec = { type: 'ORG', names: ['Acme'] };
    expect(quotesOf('Acme will close two plants. The company said the change would “strengthen our culture.”', [acme])[0][1]).toBe('e1');
    expect(quotesOf('Acme will close two plants. Sales fell. Costs rose. Rain fell. The company said it would “strengthen our culture.”', [acme])[0][1]).toBeNull();
  });

  it('gives a quote to the person named in apposition to the speaker noun', () => {
    const ward: EntitySpec = { type: 'PERSON', names: ['Tom Ward'] };
    expect(quotesOf('“She looks forward to her day in court,” her lawyer, Tom Ward, said in an email.', [chen, ward])).toEqual([
      ['“She looks forward to her day in court,”', 'e2', 'her lawyer, Tom Ward'],
    ]);
    expect(quotesOf('“It is a fair deal,” the mother of Tom Ward said.', [chen, ward])[0][1]).toBeNull();
  });

  it('gives a statement to whoever issued it', () => {
    expect(quotesOf('Maria Chen issued a statement saying the plan was “a disgrace to us all.”', [chen])).toEqual([
      ['“a disgrace to us all.”', 'e1', 'Maria Chen'],
    ]);
  });

  it('does not take the subject of a reported clause for the speaker', () => {
    expect(quotesOf('Maria Chen said he “appreciates the thoughtful work” of the state.', [chen])).toEqual([
      ['“appreciates the thoughtful work”', 'e1', 'Maria Chen'],
    ]);
  });

  it('reads a question quote followed by its speaker', () => {
    expect(quotesOf('“Why would you try to cozy up to him?” Lichtman said about the effort.')).toEqual([
      ['“Why would you try to cozy up to him?”', null, 'Lichtman'],
    ]);
  });

  it('takes "continued" for speech only at the end of its clause', () => {
    expect(quotesOf('“We are ready,” Chen continued.', [chen])).toEqual([['“We are ready,”', 'e1', 'Chen']]);
    expect(quotesOf('Both leaders agreed on continuing talks and “deterrence” near the border.')).toEqual([]);
  });

  it('gives a quote after "X agreed." to X', () => {
    expect(quotesOf('Maria Chen agreed. “Republicans are running out of time.”', [chen])).toEqual([
      ['“Republicans are running out of time.”', 'e1', 'Maria Chen'],
    ]);
  });
});
