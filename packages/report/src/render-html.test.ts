import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { innerOf, nestingErrors, textOf } from './html/well-formed.test-helper.js';
import { CONTENT_SECURITY_POLICY, renderHtml } from './render-html.js';
import { fixtureReport } from './report.fixture.js';
import { buildReport, type Report } from './report.js';
import { createDocument, withLayer } from '@newslens/core';

const report = fixtureReport();
const html = renderHtml(report);
const article = innerOf(html, '<div class="article">', '\n<div hidden>');

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const attrs = (page: string, name: string) => [...page.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

/** A report whose every string field carries markup or script. */
function hostileReport(): Report {
  const text =
    'Eve <script>window.pwned=1</script> met <img src=x onerror="window.pwned=2"> at <a href="javascript:window.pwned=3">here</a>. ' +
    '</style><style>body{display:none}</style> “<b>bold</b>” said Eve.';
  const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length, text: needle });
  const doc = withLayer(createDocument(text), 'sentences', [{ start: 0, end: text.indexOf('. ') + 1 }, { start: text.indexOf('</style>'), end: text.length }]);
  const evil = '"><script>window.pwned=4</script>';
  const withEntities = withLayer(doc, 'entities', [
    { id: `e1${evil}`, name: `Eve${evil}`, type: 'PERSON', salience: 1, mentions: [{ ...at('Eve'), sentence: 0 }] },
    { id: 'e2', name: '<img src=x onerror=alert(1)>', type: 'ORG', salience: 0.5, mentions: [{ ...at('<script>'), sentence: 0 }] },
  ]);
  const withSentiment = withLayer(withEntities, 'sentiment', {
    sentences: [{ score: 0, label: 'neutral' }, { score: 0, label: 'neutral' }],
    document: { score: 0, label: 'neutral' },
    entities: {},
  });
  const quote = at('“<b>bold</b>”');
  const withQuotes = withLayer(withSentiment, 'quotes', [{ ...quote, speaker: null, speakerMention: { ...at('Eve.'), text: `Eve${evil}` } }]);
  const analysed = withLayer(withQuotes, 'stance', [{ source: `e1${evil}`, target: 'e2', polarity: 'oppose', score: 0.5, evidence: [0] }]);
  return buildReport(analysed, {
    input: { path: `</style><script>window.pwned=5</script>.txt`, chars: text.length },
    warnings: [{ code: '<i>CODE</i>', message: '<script>window.pwned=6</script>' }],
    timings: { '<b>stage</b>': 1 },
  });
}

describe('renderHtml', () => {
  it('nests every element properly', () => {
    expect(nestingErrors(html)).toEqual([]);
  });

  it('shows the article text unaltered: the text content of the article is exactly the text', () => {
    expect(textOf(article)).toBe(report.text);
  });

  it('marks every mention with its entity id, type, a focusable tooltip and an accessible description', () => {
    const marks = [...article.matchAll(/<mark [^>]*>/g)].map((m) => m[0]);
    expect(marks).toHaveLength(report.entities.reduce((n, e) => n + e.mentions.length, 0));
    const first = marks[0];
    expect(first).toContain('data-entity="e1"');
    expect(first).toContain('data-type="PERSON"');
    expect(first).toContain('tabindex="0"');
    expect(first).toContain('data-tip="Ana Torres\nPERSON · sentiment positive +0.50"');
    const described = /aria-describedby="([^"]+)"/.exec(first)![1];
    expect(html).toContain(`<span id="${described}">Ana Torres, PERSON, sentiment positive +0.50</span>`);
    expect(article).toContain('<mark class="ent t-PERSON" data-entity="e1" data-type="PERSON"');
    expect(article).toMatch(/>Ana Torres<\/mark>/);
  });

  it('nests a mention inside the quote that contains it', () => {
    expect(article).toMatch(/<span class="quote" id="quote-1"[^>]*>“a costly mistake that <mark [^>]*data-entity="e2"[^>]*>Riverton<\/mark> cannot afford\.”<\/span>/);
  });

  it('marks quotes and links each to its speaker: the entity row, or the words naming the speaker', () => {
    expect(article).toContain('<span class="quote" id="quote-0" data-quote="0" data-speaker="e1" aria-describedby="said-0">');
    expect(article).toContain('<a class="said" id="said-0" href="#entity-0" aria-label="said by Ana Torres" data-label="said by Ana Torres"></a>');
    expect(article).toContain('<a class="said" id="said-3" href="#speaker-3" aria-label="said by A spokesperson for the council"');
    expect(article).toContain('<span class="speaker-mention" id="speaker-3">A spokesperson for the council</span>');
    const ids = new Set(attrs(html, 'id'));
    for (const href of attrs(html, 'href')) expect(ids.has(href.slice(1)), href).toBe(true);
  });

  it('wraps each sentence so the arc can link to it', () => {
    for (let i = 0; i < report.sentences.length; i++) expect(article).toContain(`<span class="sentence" id="s-${i}"`);
  });

  it('draws the sentiment arc with one point per sentence, axes, tick labels and a title', () => {
    const arc = innerOf(html, '<svg class="arc"', '</svg>');
    expect(arc.match(/<a class="arc-point /g)).toHaveLength(report.sentences.length);
    expect(arc).toContain('<title id="arc-title">Sentiment arc: the score of each of the 6 sentences, in order</title>');
    expect(arc).toContain('sentiment score</text>');
    expect(arc).toContain('sentence (in article order)</text>');
    for (const tick of ['+1.0', '0.0', '−1.0', '>1<', '>6<']) expect(arc).toContain(tick);
    expect(arc).toContain('data-sentence="2" data-score="-0.6" aria-label="Sentence 3: negative −0.60"');
  });

  it('draws one stance edge per relation, differing by dash pattern and label as well as colour', () => {
    const stance = innerOf(html, '<svg class="stance"', '</svg>');
    const edges = [...stance.matchAll(/<g class="stance-edge (\w+)" data-index="\d+" data-source="([^"]+)" data-target="([^"]+)" data-polarity="(\w+)">/g)];
    expect(edges.map((m) => [m[2], m[4], m[3]])).toEqual(report.stance.map((r) => [r.source, r.polarity, r.target]));
    expect(stance.match(/class="stance-node"/g)).toHaveLength(3);
    expect(stance).toContain('>supports</text>');
    expect(stance).toContain('>opposes</text>');
    expect(html).toMatch(/\.stance-edge\.oppose path\{[^}]*stroke-dasharray/);
  });

  it('shows nodes and says so when there are no stance relations', () => {
    const page = renderHtml({ ...report, stance: [] });
    const stance = innerOf(page, '<svg class="stance"', '</svg>');
    expect(stance).not.toContain('stance-edge');
    expect(stance).toContain('No stance relations found');
    expect(stance.match(/class="stance-node"/g)!.length).toBeGreaterThan(0);
  });

  it('renders a sortable entity table with header buttons and aria-sort', () => {
    const table = innerOf(html, '<table class="entities sortable">', '</table>');
    expect(table.match(/<th scope="col"[^>]*><button type="button">/g)).toHaveLength(5);
    expect(table).toContain('<th scope="col" data-kind="number" aria-sort="descending"><button type="button">Salience');
    expect(table.indexOf('id="entity-0"')).toBeLessThan(table.indexOf('id="entity-3"'));
  });

  it('loads nothing: no src attribute, every link a fragment, no url() in the style sheet', () => {
    expect(attrs(html, 'src')).toEqual([]);
    for (const href of attrs(html, 'href')) expect(href).toMatch(/^#/);
    expect(html).not.toMatch(/url\((?!#)/);
    expect(html).not.toMatch(/@import|@font-face|https?:\/\//);
  });

  it('allows exactly its own script and style sheet by hash in a strict Content-Security-Policy', () => {
    const script = innerOf(html, '<script>', '</script>');
    const style = innerOf(html, '<style>', '</style>');
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src ${hash(script)}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src ${hash(style)}`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).not.toMatch(/ style="/);
  });

  it('has a print style sheet and a legend of the entity types present', () => {
    expect(html).toContain('@media print{');
    expect(html).toContain('<ul class="legend" aria-label="Entity types"><li><span class="swatch t-PERSON" aria-hidden="true"></span>PERSON</li>');
  });

  it('renders markup, scripts, javascript: links and </style> from the article, names and metadata as text', () => {
    const page = renderHtml(hostileReport());
    expect(nestingErrors(page)).toEqual([]);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
    expect(page.match(/<\/style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<b>|<i>|<a href="javascript/);
    const attributeNames = [...page.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) => [...tag[0].matchAll(/\s([\w-]+)="[^"]*"/g)].map((a) => a[1]));
    expect(attributeNames.filter((name) => /^on/i.test(name))).toEqual([]);
    for (const href of attrs(page, 'href')) expect(href).toMatch(/^#/);
    expect(page).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(page).toContain('&lt;a href=&quot;javascript:window.pwned=3&quot;&gt;');
    expect(page).toContain('&lt;/style&gt;&lt;style&gt;body{display:none}&lt;/style&gt;');
    expect(page).toContain('data-entity="e1&quot;&gt;&lt;script&gt;window.pwned=4&lt;/script&gt;"');
    expect(page).toContain('said by Eve&quot;&gt;&lt;script&gt;window.pwned=4&lt;/scri');
  });

  it('renders an empty report', () => {
    const text = 'Nothing.';
    const doc = withLayer(withLayer(createDocument(text), 'sentences', []), 'entities', []);
    const empty = buildReport(
      withLayer(withLayer(withLayer(doc, 'sentiment', { sentences: [], document: { score: 0, label: 'neutral' }, entities: {} }), 'quotes', []), 'stance', []),
    );
    const page = renderHtml(empty);
    expect(nestingErrors(page)).toEqual([]);
    expect(page).toContain('no sentences');
    expect(page).toContain('<p>No entities found.</p>');
  });
});
