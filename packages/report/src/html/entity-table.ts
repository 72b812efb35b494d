import type { ReportEntity } from '../report.js';
import { escapeHtml } from '../escape.js';
import { attr, clampScore, formatSentiment, typeClass } from './format.js';

const COLUMNS = [
  { label: 'Entity', kind: 'text' },
  { label: 'Type', kind: 'text' },
  { label: 'Mentions', kind: 'number' },
  { label: 'Salience', kind: 'number' },
  { label: 'Sentiment', kind: 'number' },
] as const;
/** The table starts sorted by salience, most salient first. */
const INITIAL_SORT = 3;

/**
 * The entity table, sortable by any column: each header is a button (keyboard-accessible), the
 * header's `aria-sort` says the current order, and each cell's `data-sort` holds the value sorted on.
 * Row `entity-<n>` is entity `n` in report order, the target of speaker links.
 */
export function entityTable(entities: readonly ReportEntity[], rowId: (entityIndex: number) => string): string {
  const order = entities.map((e, i) => ({ e, i })).sort((a, b) => b.e.salience - a.e.salience || a.i - b.i);
  const head = COLUMNS.map(
    (c, i) =>
      `<th scope="col" data-kind="${c.kind}"${i === INITIAL_SORT ? ' aria-sort="descending"' : ''}><button type="button">${c.label}<span class="sort-icon" aria-hidden="true"></span></button></th>`,
  ).join('');
  const rows = order.map(({ e, i }) => {
    const cells = [
      `<th scope="row"${attr('data-sort', e.name)}>${escapeHtml(e.name)}</th>`,
      `<td${attr('data-sort', e.type)}><span class="swatch ${typeClass(e.type)}" aria-hidden="true"></span>${escapeHtml(e.type)}</td>`,
      `<td class="num"${attr('data-sort', e.mentions.length)}>${e.mentions.length}</td>`,
      `<td class="num"${attr('data-sort', e.salience)}>${Number.isFinite(e.salience) ? e.salience.toFixed(2) : '?'}</td>`,
      `<td class="num"${attr('data-sort', clampScore(e.sentiment.score))}>${escapeHtml(formatSentiment(e.sentiment))}</td>`,
    ];
    return `<tr${attr('id', rowId(i))}${attr('data-entity', e.id)}${attr('data-index', i)}>${cells.join('')}</tr>`;
  });
  return [
    '<table class="entities sortable">',
    '<caption>Entities, most salient first. Select a column header to sort by it; select it again to reverse.</caption>',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}
