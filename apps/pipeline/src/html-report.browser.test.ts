// The HTML report in a real browser: Debian's chromium, driven by playwright-core (no browser download).
// .ci/run installs chromium when it is missing. The screenshot of the seed report is written to
// apps/pipeline/test-output/seed-report.png.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHtml, reportSchema, type Report } from '@newslens/report';
import { Ajv } from 'ajv';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.test-helper.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../test-output/seed-report.png', import.meta.url));
/** The page is served from a name that cannot resolve; every other request is recorded and refused. */
const PAGE_URL = 'http://report.newslens.invalid/report.html';

interface OpenedPage {
  page: Page;
  /** Every request the page made, data: URLs excepted. */
  requests: string[];
  dialogs: string[];
  consoleErrors: string[];
}

let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'newslens-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1100, height: 900 },
    offline: true,
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function open(html: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const opened: OpenedPage = { page, requests: [], dialogs: [], consoleErrors: [] };
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) opened.requests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') opened.consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.route('**/*', (route) =>
    route.request().url() === PAGE_URL
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(PAGE_URL);
  return opened;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
const pseudo = (page: Page, selector: string, which: '::before' | '::after') =>
  page.$eval(selector, (el, w) => getComputedStyle(el, w).content, which);

describe('the HTML report of the seed article in Chromium', () => {
  const seed = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0];
  const report: Report = analyze(readFileSync(join(SEEDS, seed), 'utf8'), { input: { path: `seeds/${seed}` } });
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await open(renderHtml(report));
  }, 30_000);

  it('renders a report that validates against the shipped JSON Schema', () => {
    const validate = new Ajv({ allErrors: true }).compile(reportSchema);
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('highlights every mention with its entity id and type', async () => {
    const mentions = report.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(mentions).toBeGreaterThan(0);
    const marks = await opened.page.$$eval('.article mark.ent:not([data-continued])', (els) =>
      els.map((el) => ({ entity: el.getAttribute('data-entity'), type: el.getAttribute('data-type'), text: el.textContent, tabindex: el.getAttribute('tabindex') })),
    );
    expect(marks).toHaveLength(mentions);
    const expected = report.entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, entity: e.id, type: e.type })))
      .sort((a, b) => a.start - b.start)
      .map(({ entity, type }) => ({ entity, type }));
    expect(marks.map(({ entity, type }) => ({ entity, type }))).toEqual(expected);
    expect(marks.every((m) => m.tabindex === '0')).toBe(true);
  });

  it('shows the canonical name, type and sentiment on hover and on focus, with an accessible description', async () => {
    const { page } = opened;
    const entity = [...report.entities].sort((a, b) => b.salience - a.salience)[0];
    const selector = `.article mark[data-entity="${entity.id}"][tabindex]`;
    expect(await pseudo(page, selector, '::before')).toBe('none');
    await page.hover(selector);
    const onHover = await pseudo(page, selector, '::before');
    expect(onHover).toContain(entity.name);
    expect(onHover).toContain(entity.type);
    expect(onHover).toContain(entity.sentiment.label);
    await page.mouse.move(0, 0);
    await page.focus(selector);
    expect(await pseudo(page, selector, '::before')).toContain(entity.name);
    const description = await page.$eval(selector, (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(description).toBe(`${entity.name}, ${entity.type}, sentiment ${entity.sentiment.label} ${entity.sentiment.score >= 0 ? '+' : '−'}${Math.abs(entity.sentiment.score).toFixed(2)}`);
  });

  it('marks the quotes, and each attributed quote links to an element that exists', async () => {
    const quotes = await opened.page.$$eval('.article .quote:not([data-continued])', (els) => els.length);
    expect(quotes).toBe(report.quotes.length);
    const targets = await opened.page.$$eval('.article a.said', (els) => els.map((a) => document.querySelector(a.getAttribute('href')!) !== null));
    expect(targets.every(Boolean)).toBe(true);
  });

  it('draws the sentiment arc with one point per sentence, left to right, higher for higher scores', async () => {
    const points = await opened.page.$$eval('svg.arc a.arc-point', (els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { sentence: Number(el.getAttribute('data-sentence')), x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }),
    );
    expect(points.map((p) => p.sentence)).toEqual(report.sentences.map((_, i) => i));
    for (let i = 1; i < points.length; i++) expect(points[i].x).toBeGreaterThan(points[i - 1].x);
    const scores = report.sentences.map((s) => s.sentiment.score);
    const hi = scores.indexOf(Math.max(...scores));
    const lo = scores.indexOf(Math.min(...scores));
    if (scores[hi] > scores[lo]) expect(points[hi].y).toBeLessThan(points[lo].y);
    const labels = await opened.page.$$eval('svg.arc text', (els) => els.map((t) => t.textContent));
    expect(labels).toEqual(expect.arrayContaining(['+1.0', '0.0', '−1.0', '1', 'sentiment score', 'sentence (in article order)']));
    expect(await opened.page.$eval('svg.arc title', (t) => t.textContent)).toContain(`${report.sentences.length} sentences`);
  });

  it('sorts the entity table by a header, with the mouse and with the keyboard', async () => {
    const { page } = opened;
    const names = () => page.$$eval('table.entities tbody tr th', (cells) => cells.map((c) => c.getAttribute('data-sort') ?? ''));
    const sort = (column: string) => page.$eval(`table.entities thead th:has(button:text-is("${column}"))`, (th) => th.getAttribute('aria-sort'));
    const byName = report.entities.map((e) => e.name).sort((a, b) => a.localeCompare(b));
    await page.click('table.entities thead button:text-is("Entity")');
    expect(await names()).toEqual(byName);
    expect(await sort('Entity')).toBe('ascending');
    await page.focus('table.entities thead button:text-is("Entity")');
    await page.keyboard.press('Enter');
    expect(await names()).toEqual([...byName].reverse());
    expect(await sort('Entity')).toBe('descending');
    expect(await sort('Salience')).toBeNull();
    await page.click('table.entities thead button:text-is("Mentions")');
    const mentions = await page.$$eval('table.entities tbody tr', (rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[2].getAttribute('data-sort'))));
    expect(mentions).toEqual([...mentions].sort((a, b) => a - b));
  });

  it('draws the stance diagram: nodes, and one edge per stance relation', async () => {
    const { page } = opened;
    const box = await page.locator('svg.stance').boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    const nodes = await page.$$eval('svg.stance .stance-node', (els) => els.map((el) => el.getAttribute('data-entity')));
    if (report.entities.length > 0) expect(nodes.length).toBeGreaterThan(0);
    const edges = await page.$$eval('svg.stance .stance-edge', (els) =>
      els.map((el) => [el.getAttribute('data-source'), el.getAttribute('data-polarity'), el.getAttribute('data-target')]),
    );
    expect(edges).toEqual(report.stance.map((r) => [r.source, r.polarity, r.target]));
    for (const r of report.stance) expect(nodes).toEqual(expect.arrayContaining([r.source, r.target]));
    if (report.stance.length === 0) expect(await page.locator('svg.stance text.empty').count()).toBe(1);
  });

  it('makes no request but for the page itself, and breaks no rule of its Content-Security-Policy', async () => {
    expect(opened.requests).toEqual([PAGE_URL]);
    expect(await violations(opened.page)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });

  it('saves a full-page screenshot of the page as it opens', async () => {
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    const fresh = await open(renderHtml(report));
    const png = await fresh.page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
    await fresh.page.close();
  });
});

describe('an article that carries HTML and script, in Chromium', () => {
  const HOSTILE =
    'Mayor Ana Ruiz of Springfield said on Monday <script>window.pwned = 1; alert("script")</script> that the budget passed. ' +
    'The council posted <img src=x onerror="window.pwned = 2; alert(\'img\')"> a notice. ' +
    'Read <a href="javascript:window.pwned = 3">the minutes</a> here. ' +
    '“It ends </style><style>body{display:none}</style><script>window.pwned = 4</script> today,” Ruiz said.';

  it('renders the markup as text and runs none of it', async () => {
    const { page, requests, dialogs } = await open(renderHtml(analyze(HOSTILE)));
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$eval('.article', (el) => el.textContent)).toBe(HOSTILE);
    expect(await page.locator('img, iframe, object, embed, .article script, .article style').count()).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(1);
    expect(await page.$$eval('a[href]', (links) => links.filter((a) => !a.getAttribute('href')!.startsWith('#')).length)).toBe(0);
    await page.getByText('the minutes', { exact: false }).first().click();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([PAGE_URL]);
    expect(page.url()).toBe(PAGE_URL);
  });
});
