import { describe, expect, it } from 'vitest';
import { MARKDOWN_WIDTH, renderMarkdown } from './render-markdown.js';
import { fixtureReport } from './report.fixture.js';
import type { Report } from './report.js';
import { displayWidth } from './text-layout.js';

const widest = (md: string) => Math.max(...md.split('\n').map(displayWidth));

describe('renderMarkdown', () => {
  const report = fixtureReport();
  const md = renderMarkdown(report);

  it('keeps every line of a realistic report, the entity table included, within 80 columns', () => {
    expect(widest(md)).toBeLessThanOrEqual(MARKDOWN_WIDTH);
  });

  it('stays within 80 columns with a very long name, a long quote and a long unbroken word', () => {
    const long: Report = {
      ...report,
      entities: report.entities.map((e, i) => (i === 0 ? { ...e, name: 'The International Association of Very Long Organisation Names and Acronyms' } : e)),
      quotes: [{ ...report.quotes[0], text: `“${'This quotation goes on and on without a pause '.repeat(20)}https://example.org/${'x'.repeat(120)}”` }],
    };
    const out = renderMarkdown(long);
    expect(widest(out)).toBeLessThanOrEqual(MARKDOWN_WIDTH);
    expect(out).toContain('The International Association');
    expect(out).toContain('…');
  });

  it('summarises counts, document sentiment, input and the top entities by salience', () => {
    expect(md).toContain('6 sentences · 5 entities · 4 quotes · 3 stance relations');
    expect(md).toContain('Document sentiment: positive +0.17');
    expect(md).toContain('`articles/riverton-flood-barrier.txt`');
    expect(md).toMatch(/Top entities: Ana Torres \(PERSON, 0\.90\), Delta Works \(ORG, 0\.70\)/);
  });

  it('names the top entities among names first, and values only after them', () => {
    const counted: Report = { ...report, entities: report.entities.map((e) => (e.type === 'DATE' ? { ...e, salience: 0.95 } : e)) };
    const line = renderMarkdown(counted).split('\n').find((l) => l.startsWith('Top entities:'));
    expect(line).toMatch(/^Top entities: Ana Torres \(PERSON, 0\.90\)/);
    // The value still shows, after the names, where the article names fewer than five.
    expect(renderMarkdown(counted)).toMatch(/Monday \(DATE, 0\.95\)/);
  });

  it('lists entities in a table with type, mentions, salience and sentiment, most salient first', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[0]).toMatch(/^\| Entity +\| Type +\| Mentions \| Salience \| Sentiment +\|$/);
    expect(rows[1]).toMatch(/^\| Ana Torres +\| PERSON \| +3 \| +0\.90 \| positive \+0\.50 \|$/);
    expect(rows.at(-1)).toMatch(/^\| Monday /);
  });

  it('lists at most 30 entities and says how many more the JSON holds', () => {
    const many: Report = {
      ...report,
      entities: Array.from({ length: 35 }, (_, i) => ({ ...report.entities[0], id: `e${i + 1}`, name: `Entity ${i + 1}`, salience: 1 - i / 100 })),
    };
    const out = renderMarkdown(many);
    expect(out).toContain('| Entity 30 ');
    expect(out).not.toContain('| Entity 31 ');
    expect(out).toContain('… and 5 less salient entities (all are in the JSON report).');
  });

  it('names each quote’s speaker: the entity, or the words that name the speaker', () => {
    expect(md).toContain('1. **Ana Torres**: “This wall will protect thousands of families,”');
    expect(md).toContain('4. **A spokesperson for the council**: “We still have concerns.');
  });

  it('shows a speaker described at length whole, and cuts a runaway one', () => {
    const speakerAs = (text: string) => {
      const quotes = report.quotes.map((q, i) => (i === 3 ? { ...q, speaker: null, speakerMention: { start: 0, end: text.length, text } } : q));
      return renderMarkdown({ ...report, quotes }).replace(/\n +/g, ' ');
    };
    const described = 'Maria Chen, the director of the Riverton Flood Control District';
    expect(speakerAs(described)).toContain(`4. **${described}**: “We still have concerns.`);
    const runaway = `${'a very long phrase that no one would call a speaker '.repeat(3)}said`;
    expect(speakerAs(runaway)).toMatch(/4\. \*\*a very long phrase [^*]*…\*\*: “We still have concerns\./);
  });

  it('writes stance as "A → supports → B" with its evidence sentences quoted', () => {
    expect(md).toContain('- **Ana Torres** → supports → **Delta Works** (score 0.80)');
    expect(md).toContain('- **Riverton Council** → opposes → **Delta Works** (score 0.65)');
    expect(md).toMatch(/ {2}- sentence 1: “Mayor Ana Torres of Riverton on Monday praised/);
  });

  it('lists warnings', () => {
    expect(md).toContain('## Warnings');
    expect(md).toContain('- INPUT_LOOKS_LIKE_HTML: the text contains HTML tags');
  });

  it('escapes article text that would become Markdown or HTML', () => {
    const hostile: Report = { ...report, entities: [{ ...report.entities[0], name: '<img src=x> *bold* | pipe' }] };
    const out = renderMarkdown(hostile);
    expect(out).not.toMatch(/(^|[^\\])<img/);
    expect(out).toContain('\\<img src=x\\> \\*bold\\* \\| pipe');
  });

  it('says so when there is nothing to report', () => {
    const empty: Report = { ...report, entities: [], quotes: [], stance: [], warnings: [] };
    const out = renderMarkdown(empty);
    expect(out).toContain('No entities found.');
    expect(out).toContain('No direct quotes.');
    expect(out).toContain('No stance relations.');
    expect(out).not.toContain('## Warnings');
  });
});
