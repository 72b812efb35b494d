import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segment } from './segment.js';

const seedsDir = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seedFile = readdirSync(seedsDir).find((f) => f.endsWith('.txt'));
const text = seedFile ? readFileSync(seedsDir + seedFile, 'utf8') : '';
const sentences = () => segment(text).map((s) => text.slice(s.start, s.end));

describe.runIf(seedFile)('segment on the seed article', () => {
  it('finds exactly 14 sentences', () => {
    expect(sentences()).toHaveLength(14);
  });

  it('makes the one-line headline its own sentence', () => {
    expect(sentences()).toContain("'Unclear' if Russia is interested in diplomacy: WH");
  });

  it('splits the two-sentence quotation in paragraph 2 into two sentences', () => {
    const found = sentences();
    expect(found).toContain(
      'White House said in a statement, “President Biden reaffirmed the commitment of the United States to Ukraine’s sovereignty and territorial integrity.',
    );
    expect(found.some((s) => s.startsWith('President Biden made clear that the United States would respond') && s.endsWith('against Ukraine.”'))).toBe(true);
  });
});
