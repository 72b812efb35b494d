import { NAME_TYPES, type EntityType, type StanceRelation } from '@newslens/core';
import type { ReportEntity } from '../report.js';
import { escapeHtml } from '../escape.js';
import { attr, shorten, typeClass } from './format.js';

const WIDTH = 720;
const NODE_RADIUS = 18;
/** With no relations, the diagram still shows this many of the most salient named entities. */
const NODES_WITHOUT_RELATIONS = 6;

interface DiagramNode {
  id: string;
  name: string;
  type: string;
  x: number;
  y: number;
}

/**
 * The stance diagram: entities as nodes on an ellipse, each relation an arrow from source to target.
 * Support is a solid green arrow labelled "supports", oppose a dashed red one labelled "opposes", so
 * the two differ by line pattern and label as well as colour. Opposite relations between the same
 * two entities bend apart instead of overlapping.
 */
export function stanceDiagram(relations: readonly StanceRelation[], entities: readonly ReportEntity[]): string {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const r of relations) {
    add(r.source);
    add(r.target);
  }
  const fallback = relations.length === 0;
  if (fallback) {
    // Named entities first (people, organisations, places); values such as dates only when nothing else is there.
    const named = entities.filter((e) => NAME_TYPES.has(e.type as EntityType));
    (named.length > 0 ? named : [...entities])
      .sort((a, b) => b.salience - a.salience)
      .slice(0, NODES_WITHOUT_RELATIONS)
      .forEach((e) => add(e.id));
  }
  const ordered = fallback ? ids : ringOrder(ids, relations);
  // Taller for more nodes, so the labels down each side of the ring keep apart.
  const height = ids.length > 14 ? Math.min(1000, 40 * ids.length) : ids.length > 10 ? 560 : ids.length > 6 ? 460 : 340;
  const cx = WIDTH / 2;
  const cy = height / 2;
  const rx = WIDTH / 2 - 150;
  const ry = height / 2 - 56;
  const nodes = new Map<string, DiagramNode>();
  const angles = evenAngles(ids.length, rx, ry);
  ordered.forEach((id, i) => {
    const entity = byId.get(id);
    nodes.set(id, {
      id,
      name: entity?.name ?? id,
      type: entity?.type ?? '',
      x: round(cx + (ids.length === 1 ? 0 : rx * Math.cos(angles[i]))),
      y: round(cy + (ids.length === 1 ? 0 : ry * Math.sin(angles[i]))),
    });
  });

  // Fit the view to the nodes, their labels and any self-loop above them.
  const ys = [...nodes.values()].map((n) => n.y);
  const top = Math.max(0, Math.min(...ys, cy) - 80);
  const bottom = Math.min(height, Math.max(...ys, cy) + (fallback ? 60 : 44));
  const title = fallback
    ? 'Stance diagram: no support or oppose relations were found'
    : `Stance diagram: ${relations.length} support or oppose relations between ${ids.length} entities`;
  const out: string[] = [
    `<svg class="stance" viewBox="0 ${top} ${WIDTH} ${bottom - top}" role="group" aria-labelledby="stance-title">`,
    `<title id="stance-title">${escapeHtml(title)}</title>`,
    '<defs>',
    arrowHead('support'),
    arrowHead('oppose'),
    '</defs>',
    '<g class="edges">',
  ];
  relations.forEach((r, i) => out.push(edge(r, i, nodes.get(r.source)!, nodes.get(r.target)!)));
  out.push('</g>', '<g class="nodes">');
  for (const node of nodes.values()) out.push(nodeMarkup(node, cx));
  out.push('</g>');
  if (fallback) {
    out.push(`<text class="empty" x="${cx}" y="${bottom - 12}" text-anchor="middle">No stance relations found; the nodes are the most salient entities.</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

/**
 * Angles for `n` nodes spaced evenly by distance along the ellipse, starting at the top; equal
 * angles would bunch the nodes where the ellipse is flattest.
 */
function evenAngles(n: number, rx: number, ry: number): number[] {
  const steps = 720;
  const at = (k: number) => -Math.PI / 2 + (2 * Math.PI * k) / steps;
  const cumulative = [0];
  for (let k = 1; k <= steps; k++) {
    const a = at(k - 1);
    const b = at(k);
    cumulative.push(cumulative[k - 1] + Math.hypot(rx * (Math.cos(b) - Math.cos(a)), ry * (Math.sin(b) - Math.sin(a))));
  }
  const perimeter = cumulative[steps];
  const angles: number[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const target = (perimeter * i) / n;
    while (cumulative[k + 1] < target) k++;
    angles.push(at(k));
  }
  return angles;
}

/**
 * The order of the nodes around the ring: start from the most connected entity, then keep taking
 * the one most connected to the last two placed, so related entities sit side by side and fewer
 * arrows cross the diagram. Quadratic in the number of nodes, which is small.
 */
function ringOrder(ids: readonly string[], relations: readonly StanceRelation[]): string[] {
  const weight = new Map<string, number>();
  const degree = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const r of relations) {
    if (r.source === r.target) continue;
    for (const key of [`${r.source}\u0000${r.target}`, `${r.target}\u0000${r.source}`]) weight.set(key, (weight.get(key) ?? 0) + 1);
    degree.set(r.source, degree.get(r.source)! + 1);
    degree.set(r.target, degree.get(r.target)! + 1);
  }
  const link = (a: string | undefined, b: string) => (a === undefined ? 0 : (weight.get(`${a}\u0000${b}`) ?? 0));
  const left = [...ids];
  const order: string[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestScore = -1;
    left.forEach((id, i) => {
      const last = order[order.length - 1];
      const before = order[order.length - 2];
      const score = (link(last, id) * 2 + link(before, id)) * 1000 + degree.get(id)!;
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    order.push(left.splice(best, 1)[0]);
  }
  return order;
}

function arrowHead(polarity: 'support' | 'oppose'): string {
  return (
    `<marker id="arrow-${polarity}" class="arrow-${polarity}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    '<path d="M0 0L10 5L0 10Z"/></marker>'
  );
}

function edge(r: StanceRelation, index: number, from: DiagramNode, to: DiagramNode): string {
  const polarity = r.polarity === 'oppose' ? 'oppose' : 'support';
  const verb = polarity === 'support' ? 'supports' : 'opposes';
  const score = Number.isFinite(r.score) ? r.score.toFixed(2) : '?';
  const evidence = r.evidence.map((s) => s + 1).join(', ');
  const description = `${from.name} ${verb} ${to.name} (score ${score}${evidence ? `; sentences ${evidence}` : ''})`;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (from === to) {
    // A relation of an entity to itself: a small loop above the node.
    const top = from.y - NODE_RADIUS;
    path = `M${from.x - 8} ${top} C${from.x - 40} ${top - 50} ${from.x + 40} ${top - 50} ${from.x + 8} ${top}`;
    labelX = from.x;
    labelY = top - 42;
  } else {
    // A quadratic curve bent to the right of the direction of travel, shortened to stop at the node rims.
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy);
    const nx = -dy / length;
    const ny = dx / length;
    const bend = Math.min(40, length / 4);
    const qx = (from.x + to.x) / 2 + nx * bend;
    const qy = (from.y + to.y) / 2 + ny * bend;
    const start = towards(from, qx, qy, NODE_RADIUS + 2);
    const end = towards(to, qx, qy, NODE_RADIUS + 4);
    path = `M${start.x} ${start.y} Q${round(qx)} ${round(qy)} ${end.x} ${end.y}`;
    labelX = round((from.x + to.x) / 4 + qx / 2);
    labelY = round((from.y + to.y) / 4 + qy / 2);
  }
  return [
    `<g class="stance-edge ${polarity}"${attr('data-index', index)}${attr('data-source', r.source)}${attr('data-target', r.target)}${attr('data-polarity', polarity)}>`,
    `<title>${escapeHtml(description)}</title>`,
    `<path d="${path}" marker-end="url(#arrow-${polarity})"/>`,
    `<text class="edge-label" x="${labelX}" y="${labelY + 4}" text-anchor="middle">${verb}</text>`,
    '</g>',
  ].join('');
}

function nodeMarkup(node: DiagramNode, cx: number): string {
  // Labels sit outside the ellipse: to the left of nodes on the left half, to the right on the right.
  const side = Math.abs(node.x - cx) < 40 ? 'middle' : node.x < cx ? 'end' : 'start';
  const lx = side === 'middle' ? node.x : node.x + (side === 'end' ? -1 : 1) * (NODE_RADIUS + 6);
  const ly = side === 'middle' ? node.y + (node.y < 100 ? -NODE_RADIUS - 10 : NODE_RADIUS + 18) : node.y + 5;
  return [
    `<g class="stance-node"${attr('data-entity', node.id)}>`,
    `<title>${escapeHtml(`${node.name} (${node.type || 'unknown entity'})`)}</title>`,
    `<circle class="${typeClass(node.type)}" cx="${node.x}" cy="${node.y}" r="${NODE_RADIUS}"/>`,
    `<text class="node-type" x="${node.x}" y="${node.y + 4}" text-anchor="middle">${escapeHtml(shortType(node.type))}</text>`,
    `<text class="node-label" x="${lx}" y="${ly}" text-anchor="${side}">${escapeHtml(shorten(node.name, 24))}</text>`,
    '</g>',
  ].join('');
}

/** A two- or three-letter badge for the node: PER, ORG, GPE, ... */
function shortType(type: string): string {
  return type === 'PERSON' ? 'PER' : type === 'WORK_OF_ART' ? 'ART' : type.slice(0, 3);
}

function towards(node: DiagramNode, x: number, y: number, distance: number): { x: number; y: number } {
  const dx = x - node.x;
  const dy = y - node.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: round(node.x + (dx / length) * distance), y: round(node.y + (dy / length) * distance) };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
