import { syntheticCorpus } from '@newslens/evaluation';

/** `count` synthetic news articles of about `tokens` tokens each, as batch-mode JSONL. */
export function articlesJsonl(count: number, tokens = 250): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({ id: `a${i + 1}`, text: syntheticCorpus(tokens, i + 1) }));
  return `${lines.join('\n')}\n`;
}
