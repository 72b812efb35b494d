import { describe, expect, it } from 'vitest';
import { findQuoteSpans, type ParagraphMode } from './quote-marks.js';

const texts = (text: string, mode?: ParagraphMode) => findQuoteSpans(text, mode).map((q) => text.slice(q.start, q.end));

describe('findQuoteSpans', () => {
  it('pairs curly and straight double marks, the marks included', () => {
    expect(texts('She said “we will win” and "soon".')).toEqual(['“we will win”', '"soon"']);
  });

  it('pairs typewriter double marks written as two single ones', () => {
    expect(texts("''It is over,'' she said.")).toEqual(["''It is over,''"]);
  });

  it('pairs single marks that clearly open and close', () => {
    expect(texts('Clinton calls plan ‘crazy system’ in speech.')).toEqual(['‘crazy system’']);
    expect(texts("Trump says 'we will win' at rally.")).toEqual(["'we will win'"]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts('Ukraine’s sovereignty and the allies’ interest don’t change.')).toEqual([]);
    expect(texts("The '90s were the allies' best years, and rock 'n' roll's too.")).toEqual([]);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(texts('“He told me ‘never again’ and left,” she said.')).toEqual(['“He told me ‘never again’ and left,”']);
    expect(texts('"They chanted \'lock her up\' all night," he said.')).toEqual(['"They chanted \'lock her up\' all night,"']);
  });

  it('keeps a nested double quote of the same kind inside the outer one', () => {
    expect(texts('He wrote, “You must care even when “your team” needs to be held accountable.”')).toEqual(['“You must care even when “your team” needs to be held accountable.”']);
    expect(texts('Trump tweeted, "The killer shouted "Allah hu Akbar!" as he fired." Then he left.')).toEqual(['"The killer shouted "Allah hu Akbar!" as he fired."']);
  });

  it('reads a second opener as a slip when it opens a sentence or is of another kind, or when the outer quote never closes', () => {
    // The first mark is never closed: the quote that opens the next sentence stands alone.
    expect(texts('She said “it was over. “We left,” she said.')).toEqual(['“We left,”']);
    // A straight mark before a curly quote (an excerpt's opening mark) does not nest it.
    expect(texts('"The story tells how “I left,” she said.')).toEqual(['“I left,”']);
    // The outer quote runs to the paragraph's end unclosed: the inner one is a quote of its own.
    expect(texts('He said “they call it “hell” and left.\n\nNext.')).toEqual(['“hell”']);
    expect(texts('He said “they call it “hell” now. “We left,” she said.')).toEqual(['“hell”', '“We left,”']);
  });

  it('runs a quote across sentences inside a paragraph', () => {
    expect(texts('He said, “We came. We saw. We left.” Then he sat.')).toEqual(['“We came. We saw. We left.”']);
  });

  it('merges a quote continued into the next paragraph, or splits it per paragraph', () => {
    const text = 'He said: “First part of it.\n\n“Second part of it.”\n\nAfter.';
    expect(texts(text, 'merge')).toEqual(['“First part of it.\n\n“Second part of it.”']);
    expect(texts(text, 'split')).toEqual(['“First part of it.', '“Second part of it.”']);
  });

  it('drops a mark left open at the end of a paragraph or text', () => {
    expect(texts('He said “nothing at all.\n\nShe left. Then “yes” came.')).toEqual(['“yes”']);
    expect(texts('He said “nothing at all.')).toEqual([]);
  });

  it('ignores marks around markup attribute values', () => {
    expect(texts('<tweet author="@cspan" id="77">Text</tweet>')).toEqual([]);
    // The mark that closes the last attribute, before ">", opens nothing.
    expect(texts('<tweet datetime="2016-06-29">Not asked.</tweet>\n\n“Aides lined up stars,” it said.')).toEqual(['“Aides lined up stars,”']);
  });

  it('copes with degenerate input', () => {
    expect(texts('')).toEqual([]);
    expect(texts('“')).toEqual([]);
    expect(texts('""')).toEqual([]);
    expect(texts('” “')).toEqual([]);
    expect(texts("'")).toEqual([]);
  });
});
