import { ENTITY_TYPES, type EntityType } from '@newslens/core';

/**
 * Colours per entity type: a pale background behind dark text (contrast above 12:1) and a dark
 * underline (at least 3:1 against white), so a mark stands out without relying on the pale fill.
 */
export const TYPE_COLOURS: Readonly<Record<EntityType, { fill: string; line: string }>> = {
  PERSON: { fill: '#ffe0b8', line: '#a34700' },
  NORP: { fill: '#e5dbff', line: '#5f3dc4' },
  FAC: { fill: '#e9ecef', line: '#495057' },
  ORG: { fill: '#d0ebff', line: '#1864ab' },
  GPE: { fill: '#d3f9d8', line: '#2b8a3e' },
  LOC: { fill: '#c5f6fa', line: '#0b7285' },
  PRODUCT: { fill: '#ffdeeb', line: '#a61e4d' },
  EVENT: { fill: '#fff3bf', line: '#8f6200' },
  WORK_OF_ART: { fill: '#f3d9fa', line: '#862e9c' },
  LAW: { fill: '#f1f3f5', line: '#343a40' },
  LANGUAGE: { fill: '#ffe3e3', line: '#c92a2a' },
  DATE: { fill: '#e6fcf5', line: '#087f5b' },
  TIME: { fill: '#e7f5ff', line: '#1971c2' },
  PERCENT: { fill: '#fff4e6', line: '#c24b00' },
  MONEY: { fill: '#ebfbee', line: '#2f7d32' },
  QUANTITY: { fill: '#f8f0fc', line: '#9c36b5' },
  ORDINAL: { fill: '#edf2ff', line: '#3b5bdb' },
  CARDINAL: { fill: '#f4fce3', line: '#5c940d' },
};

const typeRules = ENTITY_TYPES.map((t) => {
  const { fill, line } = TYPE_COLOURS[t];
  return `.t-${t}{--fill:${fill};--line:${line}}`;
}).join('\n');

/** The page's one style sheet: a constant, allowed by hash in the Content-Security-Policy. */
export const STYLES = `
:root{color-scheme:light;--ink:#1a1a1a;--muted:#4a4f55;--rule:#ced4da;--support:#1a7f37;--oppose:#b42318;--accent:#1c4f9c}
.t-OTHER{--fill:#f1f3f5;--line:#343a40}
${typeRules}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1.5rem 1rem 3rem;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.7rem;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--rule)}
a{color:var(--accent)}
:focus-visible{outline:3px solid #1c4f9c;outline-offset:2px}
.summary{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
.summary dt{font-weight:600}.summary dd{margin:0}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.warnings{border:2px solid #8f6200;background:#fff9db;padding:.5rem 1rem;margin:1rem 0}
.warnings h2{border:0;margin:.2rem 0;font-size:1.05rem}
.warnings ul{margin:.2rem 0;padding-left:1.2rem}
nav ul{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:1rem 0}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .9rem;list-style:none;padding:0;margin:.3rem 0 .8rem;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;background:var(--fill);border-bottom:3px solid var(--line);vertical-align:-.2em;margin-right:.35em}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:2;padding:.5rem 1rem;border:1px solid var(--rule);border-radius:6px}
.sentence:target{outline:2px solid var(--accent);outline-offset:2px;background:#f1f5fb}
mark.ent{position:relative;background:var(--fill);color:var(--ink);border-bottom:3px solid var(--line);border-radius:3px;padding:.05em .15em}
mark.ent[data-label]::after{content:attr(data-label);font-size:.6rem;font-weight:700;letter-spacing:.02em;margin-left:.3em;color:#343a40;vertical-align:.15em}
mark.ent[tabindex]:hover::before,mark.ent[tabindex]:focus::before{content:attr(data-tip);position:absolute;left:0;bottom:calc(100% + 4px);z-index:3;white-space:pre;background:#1a1a1a;color:#fff;font-size:.8rem;line-height:1.35;font-weight:400;padding:.3em .55em;border-radius:4px;pointer-events:none;box-shadow:0 2px 6px rgb(0 0 0/.25)}
mark.ent:focus{outline:3px solid var(--accent);outline-offset:1px}
.quote{font-style:italic;background:#f8f9fa;box-shadow:inset 0 -1px 0 #868e96}
.said::after{content:attr(data-label)}
.said{font-style:normal;font-size:.72rem;font-weight:600;white-space:nowrap;border:1px solid currentColor;border-radius:1em;padding:0 .45em;margin-left:.25em;text-decoration:none;vertical-align:.1em}
.speaker-mention{text-decoration:underline dotted;text-underline-offset:.2em}
figure{margin:.5rem 0}
figcaption{font-size:.9rem;color:var(--muted)}
svg{display:block;width:100%;height:auto;max-width:46rem;font-family:inherit}
svg text{fill:var(--ink);font-size:12px}
.axis-line{stroke:#495057;stroke-width:1.2}.grid{stroke:#dee2e6}.zero{stroke:#868e96;stroke-dasharray:4 3}
.tick-mark{stroke:#495057}.tick{font-size:11px}.axis-title{font-size:12px;font-weight:600}
.band-pos{fill:#f0faf2}.band-neg{fill:#fdf1f0}.band-label{font-size:11px;fill:var(--muted)}
.arc-line{fill:none;stroke:var(--accent);stroke-width:2}
.arc-point .marker{stroke:#fff;stroke-width:1.5}
.arc-point.pos .marker{fill:var(--support)}.arc-point.neg .marker{fill:var(--oppose)}.arc-point.neu .marker{fill:#fff;stroke:#495057;stroke-width:2}
.arc-point:hover .marker,.arc-point:focus .marker{stroke:var(--ink);stroke-width:3}
.empty{fill:var(--muted);font-style:italic}
.stance-edge path{fill:none;stroke-width:2.5}
.stance-edge.support path{stroke:var(--support)}
.stance-edge.oppose path{stroke:var(--oppose);stroke-dasharray:8 5}
.arrow-support path{fill:var(--support)}.arrow-oppose path{fill:var(--oppose)}
.edge-label{font-size:11px;font-weight:700;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
.stance-edge.support .edge-label{fill:var(--support)}.stance-edge.oppose .edge-label{fill:var(--oppose)}
.stance-node circle{fill:var(--fill);stroke:var(--line);stroke-width:2.5}
.node-type{font-size:10px;font-weight:700}.node-label{font-size:13px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
.line-sample{display:inline-block;width:2.4em;height:0;border-top:3px solid;vertical-align:middle}
.line-sample.support{border-color:var(--support)}.line-sample.oppose{border-color:var(--oppose);border-top-style:dashed}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-size:.85rem;color:var(--muted);padding-bottom:.3rem}
th,td{padding:.3rem .6rem;border-bottom:1px solid var(--rule);text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}
thead th{padding:0}
thead button{all:unset;box-sizing:border-box;display:block;width:100%;padding:.35rem .6rem;font-weight:700;cursor:pointer}
thead button:focus-visible{outline:3px solid var(--accent);outline-offset:-3px}
thead th[data-kind=number] button{text-align:right}
th[aria-sort=ascending] .sort-icon::after{content:" ▲"}
th[aria-sort=descending] .sort-icon::after{content:" ▼"}
tbody tr:target{background:#fff3bf}
ol.quotes li,ul.relations li{margin:.4rem 0}
.who{font-weight:600}
.evidence{list-style:none;margin:.2rem 0 .6rem 1.2rem;padding-left:.8rem;border-left:3px solid var(--rule);color:#343a40;font-size:.92rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
footer{margin-top:2.5rem;font-size:.8rem;color:var(--muted)}
@media print{
  body{max-width:none;padding:0;font-size:10.5pt;line-height:1.45}
  nav,.sort-icon,details{display:none}
  a{color:inherit;text-decoration:none}
  h2{break-after:avoid}
  figure,svg,tr,li,.warnings{break-inside:avoid}
  .article{border:0;padding:0;line-height:1.8}
  mark.ent,.swatch,.quote,.stance-node circle,.band-pos,.band-neg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
  mark.ent::before{display:none}
  thead button{cursor:auto}
  svg{max-width:16cm}
}
`;
