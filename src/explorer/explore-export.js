// Export what is on screen: the exports for the view's centre, depth, date and filters (the
// server streams them), and the drawing itself as PNG (Cytoscape's own) or SVG (cytoscape-svg,
// with its canvas-to-SVG context mended so no node shape goes missing), each with a title, the
// date it shows and a legend, so a saved image still says what it is.

import { KINDS, SHAPE_PATHS } from './shared.js';
import { exportQuery } from './explore-view.js';

const FILES = {
  'export-graphml': 'graph.graphml',
  'export-json': 'graph.json',
  'export-entities': 'entities.csv',
  'export-relationships': 'relationships.csv',
  'export-citations': 'citations.csv',
  'export-sources': 'sources.csv',
  'export-statements': 'statements.csv',
  'export-geojson': 'graph.geojson',
  'export-stix': 'graph.stix.json',
};

/**
 * Points the export links at the view's exports, asking for `types` (null: every type); with no
 * view (its types not known yet) they lead nowhere rather than to more than is on screen.
 */
export function updateExportLinks(view, types) {
  const query = view && exportQuery(view, types);
  for (const [id, file] of Object.entries(FILES)) {
    const link = document.getElementById(id);
    if (view) link.href = `/export/${file}${query ? `?${query}` : ''}`;
    else link.removeAttribute('href');
  }
}

/** Saves a blob under a name, through a link clicked for the user. */
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const imageName = (view, extension) => `conflict-graph${view.focus ? `-${view.focus}` : ''}${view.asOf ? `-as-of-${view.asOf}` : ''}.${extension}`;

/** The title and the date line of a saved image. */
export function captionOf(view, focusName) {
  const title = focusName ? `${focusName}: neighbourhood at depth ${view.depth}` : 'conflict-graph';
  const when = view.asOf ? `As of ${view.asOf}` : 'All time';
  const known = view.asKnownAt ? `, as the graph stood on ${view.asKnownAt}` : '';
  return { title, when: `${when}${known} · conflict-graph explorer` };
}

const HEADER = 56;
const LEGEND = 34;
const LINES = [
  ['fact', []],
  ['claim', [6, 4]],
  ['assessment', [2, 3]],
];

/** Draws the legend (kinds by shape and colour, confidence by line) on a canvas, from (x, y). */
function drawLegend(context, x, y) {
  context.font = '13px system-ui, sans-serif';
  context.textBaseline = 'middle';
  for (const kind of Object.values(KINDS)) {
    context.save();
    context.translate(x, y - 8);
    context.fillStyle = kind.color;
    context.strokeStyle = '#1d2430';
    const shape = new Path2D(SHAPE_PATHS[kind.shape]);
    context.fill(shape);
    context.stroke(shape);
    context.restore();
    context.fillStyle = '#1d2430';
    context.fillText(kind.label, x + 24, y + 2);
    x += 34 + context.measureText(kind.label).width;
  }
  for (const [label, dash] of LINES) {
    context.strokeStyle = '#5b6679';
    context.lineWidth = 2;
    context.setLineDash(dash);
    context.beginPath();
    context.moveTo(x, y + 2);
    context.lineTo(x + 28, y + 2);
    context.stroke();
    context.setLineDash([]);
    context.fillText(label, x + 34, y + 2);
    x += 48 + context.measureText(label).width;
  }
}

/** The whole drawing, on white, at twice the screen's resolution, under its title and over its legend. */
export async function savePng(cy, view, focusName) {
  const scale = 2;
  const graph = new Image();
  // A data: address, which the page's content security policy allows for images (blob: it does not).
  graph.src = cy.png({ output: 'base64uri', full: true, scale, bg: '#ffffff' });
  await graph.decode();
  const width = Math.max(graph.width / scale, 820);
  const canvas = Object.assign(document.createElement('canvas'), { width: width * scale, height: graph.height + (HEADER + LEGEND) * scale });
  const context = canvas.getContext('2d');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, canvas.height);
  const { title, when } = captionOf(view, focusName);
  context.fillStyle = '#1d2430';
  context.font = 'bold 18px system-ui, sans-serif';
  context.fillText(title, 16, 26);
  context.font = '13px system-ui, sans-serif';
  context.fillText(when, 16, 46);
  context.drawImage(graph, 0, HEADER, graph.width / scale, graph.height / scale);
  drawLegend(context, 16, HEADER + graph.height / scale + LEGEND / 2);
  save(await new Promise((done) => canvas.toBlob(done, 'image/png')), imageName(view, 'png'));
}

const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The legend as SVG markup, from (x, y). */
function svgLegend(x, y) {
  const parts = [];
  for (const kind of Object.values(KINDS)) {
    parts.push(`<path transform="translate(${x} ${y - 10})" d="${SHAPE_PATHS[kind.shape]}" fill="${kind.color}" stroke="#1d2430"/>`);
    parts.push(`<text x="${x + 24}" y="${y + 4}">${xml(kind.label)}</text>`);
    x += 34 + 7.5 * kind.label.length;
  }
  for (const [label, dash] of LINES) {
    parts.push(
      `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="#5b6679" stroke-width="2"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`,
    );
    parts.push(`<text x="${x + 34}" y="${y + 4}">${xml(label)}</text>`);
    x += 48 + 7.5 * label.length;
  }
  return `<g font-family="system-ui, sans-serif" font-size="13" fill="#1d2430">${parts.join('')}</g>`;
}

/**
 * cytoscape-svg draws through canvas2svg (the global C2S). Cytoscape starts the path of a rounded
 * polygon (an event's round triangle) without beginPath(); a canvas keeps one current path, but
 * canvas2svg keeps drawing into the last element, and after a label that is a <text>: the shape
 * is lost and its colour lands on the label ("Attempted to apply path command to node text").
 * A path command that finds no path open begins one first.
 */
function mendCanvasToSvg() {
  const C2S = window.C2S;
  if (!C2S || C2S.prototype.mended) return;
  for (const command of ['lineTo', 'arcTo', 'arc', 'bezierCurveTo', 'quadraticCurveTo']) {
    const draw = C2S.prototype[command];
    C2S.prototype[command] = function (...args) {
      if (this.__currentElement?.nodeName !== 'path') this.beginPath();
      return draw.apply(this, args);
    };
  }
  C2S.prototype.mended = true;
}

/** The whole drawing as SVG (vector: for reports and slides), under its title and over its legend. */
export function saveSvg(cy, view, focusName) {
  mendCanvasToSvg();
  const drawing = new DOMParser().parseFromString(cy.svg({ full: true, bg: '#ffffff' }), 'image/svg+xml').documentElement;
  const graphWidth = Number.parseFloat(drawing.getAttribute('width')) || 800;
  const graphHeight = Number.parseFloat(drawing.getAttribute('height')) || 600;
  drawing.setAttribute('y', String(HEADER));
  const width = Math.max(graphWidth, 820);
  const height = graphHeight + HEADER + LEGEND;
  const { title, when } = captionOf(view, focusName);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="16" y="26" font-family="system-ui, sans-serif" font-size="18" font-weight="bold" fill="#1d2430">${xml(title)}</text>` +
    `<text x="16" y="46" font-family="system-ui, sans-serif" font-size="13" fill="#1d2430">${xml(when)}</text>` +
    new XMLSerializer().serializeToString(drawing) +
    svgLegend(16, HEADER + graphHeight + LEGEND / 2) +
    '</svg>';
  save(new Blob([svg], { type: 'image/svg+xml' }), imageName(view, 'svg'));
}
