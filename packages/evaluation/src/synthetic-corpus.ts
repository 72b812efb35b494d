import { seededRandom } from './random.js';

const FIRST = ['Maria', 'John', 'Aiko', 'Pedro', 'Fatima', 'Lars', 'Grace', 'Omar', 'Elena', 'David'];
const LAST = ['Alvarez', 'Chen', 'Okafor', 'Novak', 'Schmidt', 'Haddad', 'Larsen', 'Moreau', 'Tanaka', 'Brooks'];
const PLACES = ['France', 'Brazil', 'Kenya', 'Japan', 'Canada', 'Poland', 'Egypt', 'Chile', 'India', 'Norway'];
const ORGS = ['the United Nations', 'the central bank', 'the World Health Organization', 'Parliament', 'the European Union'];
const VERBS = ['criticised', 'praised', 'rejected', 'welcomed', 'questioned', 'backed', 'condemned', 'endorsed'];
const THINGS = ['the budget', 'the trade deal', 'the ceasefire', 'new sanctions', 'the climate plan', 'the election result'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Builds news-like text of about `tokens` wink tokens: paragraphs of attributed statements, quotes,
 * names, places, dates and amounts, drawn with a fixed seed so benchmark runs compare like with like.
 */
export function syntheticCorpus(tokens = 100_000, seed = 1): string {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const templates = [
    () => `${person()}, a spokesperson for ${pick(ORGS)}, ${pick(VERBS)} ${pick(THINGS)} on ${pick(DAYS)}.`,
    () => `“We will not accept ${pick(THINGS)} as it stands,” ${person()} said in ${pick(PLACES)}.`,
    () => `Officials in ${pick(PLACES)} said ${(rand() * 90 + 5).toFixed(1)}% of voters ${pick(VERBS)} ${pick(THINGS)}.`,
    () => `The plan, worth $${Math.ceil(rand() * 900)} million, was ${pick(VERBS)} by ${pick(ORGS)} after talks with ${pick(PLACES)}.`,
    () => `According to ${person()}, the talks “made real progress” but failed to settle ${pick(THINGS)}.`,
  ];
  const paragraphs: string[] = [];
  // About 17 tokens per sentence and 4 sentences per paragraph.
  const count = Math.ceil(tokens / 68);
  for (let p = 0; p < count; p++) {
    paragraphs.push(Array.from({ length: 4 }, () => pick(templates)()).join(' '));
  }
  return paragraphs.join('\n\n');
}
