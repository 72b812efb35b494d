/** A text rated by people: the mean of their ratings on the VADER study's scale, -4..4. */
export interface RatedText {
  id: string;
  mean: number;
  text: string;
}

/**
 * Reads ratings in the format of the VADER study's ground truth (Hutto & Gilbert 2014), one text a
 * line: `id<TAB>mean rating<TAB>text`, as its New York Times editorial snippets are given.
 */
export function readRatings(content: string): RatedText[] {
  const rows: RatedText[] = [];
  for (const line of content.split(/\r?\n/)) {
    const [id, mean, ...rest] = line.split('\t');
    if (rest.length === 0 || mean.trim() === '' || !Number.isFinite(Number(mean))) continue;
    rows.push({ id, mean: Number(mean), text: rest.join('\t') });
  }
  return rows;
}

/** The 3-class label of a mean rating, neutral within half a point of 0 on the -4..4 scale. */
export function ratingLabel(mean: number): 'negative' | 'neutral' | 'positive' {
  return Math.abs(mean) < 0.5 ? 'neutral' : mean > 0 ? 'positive' : 'negative';
}
