import type { NewsDocument } from './document.js';

/** Something about the input a reader of the report should know; the analysis still ran. */
export interface InputWarning {
  code: 'LANGUAGE_NOT_ENGLISH' | 'INPUT_LOOKS_LIKE_HTML';
  message: string;
}

/** Below this many word tokens there is too little text to judge the language. */
const MIN_WORDS_FOR_LANGUAGE = 12;
/** English prose has roughly 40% function words; other languages written in Latin script have few of wink's. */
const MIN_FUNCTION_WORD_SHARE = 0.12;
const FUNCTION_WORDS = new Set(
  'the a an of to in and or but is are was were be been has have had it its that this with for on at by from as not he she they we you i his her their our said will would'.split(' '),
);
/** How much of the text the script check reads: the start of an article tells its language. */
const LANGUAGE_SAMPLE = 20_000;
/** How many words the function-word check reads, for the same reason. */
const LANGUAGE_SAMPLE_WORDS = 3_000;
/** Below this many letters there is too little text to judge the script. */
const MIN_LETTERS_FOR_SCRIPT = 10;
const LETTER = /\p{L}/u;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|script|style|br|table|meta|link|img)\b[^>]*>/gi;

/** Warns when the text does not look like English prose, or looks like HTML markup. */
export function inputWarnings(doc: NewsDocument): InputWarning[] {
  const warnings: InputWarning[] = [];
  const { tokens } = doc.parse;
  let words = 0;
  let functionWords = 0;
  // The start of an article tells its language: a sample keeps this cheap on long texts.
  for (let i = 0; i < tokens.length && words < LANGUAGE_SAMPLE_WORDS; i++) {
    if (tokens.type[i] !== 'word') continue;
    words++;
    if (FUNCTION_WORDS.has(tokens.normal[i])) functionWords++;
  }
  const { latin, other } = countLetters(doc.text.slice(0, LANGUAGE_SAMPLE));
  const mostlyOtherScript = latin + other >= MIN_LETTERS_FOR_SCRIPT && other > latin;
  if ((words >= MIN_WORDS_FOR_LANGUAGE && functionWords / words < MIN_FUNCTION_WORD_SHARE) || mostlyOtherScript) {
    warnings.push({
      code: 'LANGUAGE_NOT_ENGLISH',
      message: 'the text does not look like English; newslens models English news, so expect poor results',
    });
  }
  const tags = doc.text.includes('<') ? (doc.text.slice(0, 100_000).match(HTML_TAG)?.length ?? 0) : 0;
  if (tags >= 3) {
    warnings.push({
      code: 'INPUT_LOOKS_LIKE_HTML',
      message: `the text contains ${tags} HTML tags; give newslens the article's plain text for better results`,
    });
  }
  return warnings;
}

/**
 * Counts letters in Latin script (ASCII and the Latin supplements) and in any other script. By code
 * unit, not with a string iterator, which made a string of every character: a fifth of the cost of
 * a short article's warnings.
 */
function countLetters(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) as number;
    if (c > 0xffff) i++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) latin++;
    else if (c > 127 && LETTER.test(String.fromCodePoint(c))) other++;
  }
  return { latin, other };
}
