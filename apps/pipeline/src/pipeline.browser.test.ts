// The whole pipeline in a real browser: every stage package, bundled for the browser by esbuild
// (which fails on any import of a Node built-in), runs in Debian's chromium, driven by
// playwright-core, and must give the report it gives in Node.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown, type Report } from '@newslens/report';
import { analyze } from './analyze.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.test-helper.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const ORIGIN = 'http://pipeline.newslens.invalid';

/** What the page exposes: the pipeline and a renderer, as a browser user of the packages would import them. */
const ENTRY = `
import { analyze } from './analyze.ts';
import { renderMarkdown } from '@newslens/report';
globalThis.newslens = { analyze, renderMarkdown };
`;

type Outcome = { report: Omit<Report, 'timings'>; markdown: string } | { error: { name: string; code?: string; message: string } };

let browser: Browser;
let page: Page;
/** Every request the page made. */
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0].text;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/index.html`) return route.fulfill({ contentType: 'text/html', body: '<!doctype html><script type="module" src="newslens.js"></script>' });
    if (url === `${ORIGIN}/newslens.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.abort();
  });
  await page.goto(`${ORIGIN}/index.html`);
  await page.waitForFunction(() => 'newslens' in globalThis);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** The report without its timings, and its Markdown, or the error analyze threw: in Node or in the page. */
function outcomeOf(text: string): Outcome {
  try {
    const { timings: _, ...report } = analyze(text);
    return { report, markdown: renderMarkdown({ ...report, timings: {} }) };
  } catch (error) {
    return { error: { name: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message } };
  }
}

function outcomeInBrowser(text: string): Promise<Outcome> {
  return page.evaluate((t) => {
    const api = (globalThis as unknown as { newslens: { analyze: typeof analyze; renderMarkdown: typeof renderMarkdown } }).newslens;
    try {
      const { timings: _, ...report } = api.analyze(t);
      return { report, markdown: api.renderMarkdown({ ...report, timings: {} }) };
    } catch (error) {
      return { error: { name: (error as Error).name, code: (error as { code?: string }).code, message: (error as Error).message } };
    }
  }, text);
}

describe('the pipeline bundled for the browser, in Chromium', () => {
  const seed = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0];

  it('gives the seed article the report and Markdown it gives in Node', async () => {
    const text = readFileSync(join(SEEDS, seed), 'utf8');
    const inBrowser = await outcomeInBrowser(text);
    expect('report' in inBrowser && inBrowser.report.entities.length).toBeGreaterThan(0);
    expect(inBrowser).toEqual(outcomeOf(text));
  });

  it.each([
    ['a short article', 'Maria Chen, the mayor of Lyon, said on Monday that the plan "will not work". Critics praised her.'],
    ['non-English text', 'Президент Владимир Путин заявил в понедельник, что переговоры продолжатся.'],
    ['mojibake and a lone combining mark', 'The minister\u0301s speech â€” in Zürich â€” was â€œbrilliantâ€.'],
    ['an empty article', ''],
    ['only whitespace', ' \n\t '],
  ])('gives %s the outcome it gives in Node, error included', async (_, text) => {
    expect(await outcomeInBrowser(text)).toEqual(outcomeOf(text));
  });

  it('loads every model from the bundle: no request but for the page and its script, and no page error', () => {
    expect(requests).toEqual([`${ORIGIN}/index.html`, `${ORIGIN}/newslens.js`]);
    expect(pageErrors).toEqual([]);
  });
});
