import { parse } from 'csv-parse/sync';
import type { SentimentLabel } from '@newslens/core';
import { macroF1, seededRandom, shuffleInPlace } from '@newslens/evaluation';
import { toSentiment } from '@newslens/sentiment';
import type { Report, ReportEntity } from '@newslens/report';

/** A news article rated for its author's sentiment toward its main person. */
export interface PersonArticle {
  id: string;
  text: string;
  /** The person as the dataset names them. */
  target: string;
  gold: SentimentLabel;
}

const PERSENT_LABELS: Record<string, SentimentLabel> = {
  negative: 'negative',
  neutral: 'neutral',
  positive: 'positive',
  // The copy on the Hugging Face hub numbers the classes.
  '0': 'negative',
  '1': 'neutral',
  '2': 'positive',
};

/**
 * Reads PerSenT (Bastan et al. 2020) as its CSV files give it: the article in TITLE and DOCUMENT,
 * the main person in TARGET_ENTITY, the author's sentiment toward them in TRUE_SENTIMENT (Negative,
 * Neutral, Positive, or 0-2). The text is the headline, a blank line and the document, as an
 * article comes and as the raters read it (their task showed the title above the paragraphs).
 * Rows without an article or a known label are skipped.
 */
export function readPerSent(content: string): PersonArticle[] {
  // Rows end in CRLF in PerSenT's files and LF inside a document; a copy may mix both at row ends,
  // and a parser that settles on CRLF would then run the LF rows together.
  const records = parse(content, { columns: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: ['\r\n', '\n'] }) as Record<string, string>[];
  const articles: PersonArticle[] = [];
  records.forEach((r, i) => {
    const gold = PERSENT_LABELS[(r.TRUE_SENTIMENT ?? '').trim().toLowerCase()];
    const document = r.DOCUMENT ?? '';
    if (gold === undefined || document.trim() === '') return;
    const title = (r.TITLE ?? '').trim();
    const text = title === '' ? document : `${title}\n\n${document}`;
    articles.push({ id: r.DOCUMENT_INDEX ?? String(i + 1), text, target: (r.TARGET_ENTITY ?? '').trim(), gold });
  });
  return articles;
}

const normal = (s: string) => s.toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
const lastWord = (s: string) => s.split(' ').pop() ?? '';

/**
 * The report's entity for a person the dataset names: the entity of that name; else a person whose
 * name holds every word of it or one of whose mentions reads as it; else a person of the same
 * surname; else any entity with a mention reading as it; else a person whose name of two words or
 * more the dataset's name begins with (PerSenT's TARGET_ENTITY sometimes runs on into the text
 * after it: "Nick KyrgiosHe", "Chris Christie Drive"). Ties go to the more salient entity.
 */
export function entityFor(report: Report, target: string): ReportEntity | undefined {
  const name = normal(target);
  if (name === '') return undefined;
  const words = name.split(' ');
  const mentioned = (e: ReportEntity) => e.mentions.some((m) => normal(m.text) === name);
  const tiers: ((e: ReportEntity) => boolean)[] = [
    (e) => normal(e.name) === name,
    (e) => e.type === 'PERSON' && (words.every((w) => normal(e.name).split(' ').includes(w)) || mentioned(e)),
    (e) => e.type === 'PERSON' && lastWord(normal(e.name)) === lastWord(name),
    mentioned,
    (e) => e.type === 'PERSON' && normal(e.name).includes(' ') && name.startsWith(normal(e.name)),
  ];
  for (const tier of tiers) {
    const found = report.entities.filter(tier);
    if (found.length > 0) return found.reduce((a, b) => (b.salience > a.salience ? b : a));
  }
  return undefined;
}

const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];
/** Candidate thresholds: -0.8 to 0.8 in steps of 0.025. */
const GRID = Array.from({ length: 65 }, (_, i) => Math.round((i * 0.025 - 0.8) * 1000) / 1000);

/** The labels the report's `toSentiment` gives these scores under these thresholds. */
const labelled = (scores: readonly number[], negative: number, positive: number): SentimentLabel[] =>
  scores.map((s) => toSentiment(s, { negative, positive }).label);

/**
 * The pair of thresholds (negative at or below the first, positive at or above the second) that
 * labels these scores best against these answers, on a 0.025 grid: a ceiling for the scores, since
 * it is fitted to the answers it is scored on.
 */
export function bestThresholds(
  scores: readonly number[],
  gold: readonly SentimentLabel[],
): { negative: number; positive: number; macroF1: number } {
  let best = { negative: 0, positive: 0, macroF1: -1 };
  for (const negative of GRID) {
    for (const positive of GRID) {
      if (positive <= negative) continue;
      const f1 = macroF1(gold, labelled(scores, negative, positive), LABELS).macroF1;
      if (f1 > best.macroF1) best = { negative, positive, macroF1: f1 };
    }
  }
  return best;
}

/**
 * What thresholds calibrated on articles of this kind would reach, without scoring a label on the
 * articles they were fitted to: the macro-F1 of `bestThresholds` fitted on all folds but one and
 * applied to the one left out, the mean over `repeats` seeded shuffles into `folds` folds.
 */
export function crossValidatedThresholds(
  scores: readonly number[],
  gold: readonly SentimentLabel[],
  folds = 5,
  repeats = 5,
  seed = 20201106,
): number {
  const random = seededRandom(seed);
  let total = 0;
  for (let r = 0; r < repeats; r++) {
    const order = shuffleInPlace(scores.map((_, i) => i), random);
    const predicted: SentimentLabel[] = new Array(scores.length);
    for (let f = 0; f < folds; f++) {
      const held = new Set(order.filter((_, k) => k % folds === f));
      const train = order.filter((i) => !held.has(i));
      const t = bestThresholds(train.map((i) => scores[i]), train.map((i) => gold[i]));
      for (const i of held) predicted[i] = labelled([scores[i]], t.negative, t.positive)[0];
    }
    total += macroF1(gold, predicted, LABELS).macroF1;
  }
  return total / repeats;
}
