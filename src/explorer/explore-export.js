// Export what is on screen: the exports for the view's centre, depth, date and filters (the
// server streams them), and the drawing itself as PNG (Cytoscape's own) or SVG (cytoscape-svg,
// with its canvas-to-SVG context mended so no node shape goes missing).

import { exportQuery } from './explore-view.js';

const FILES = {
  'export-graphml': 'graph.graphml', 'export-json': 'graph.json', 'export-entities': 'entities.csv', 'export-relationships': 'relationships.csv',
  'export-citations': 'citations.csv', 'export-sources': 'sources.csv', 'export-geojson': 'graph.geojson', 'export-stix': 'graph.stix.json',
};

/** Points the export links at the view's exports. */
export function updateExportLinks(view, knownTypes) {
  const query = exportQuery(view, knownTypes);
  for (const [id, file] of Object.entries(FILES)) {
    document.getElementById(id).href = `/export/${file}${query ? `?${query}` : ''}`;
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

/** The whole drawing, on white, at twice the screen's resolution. */
export function savePng(cy, view) {
  save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), imageName(view, 'png'));
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

/** The whole drawing as SVG (vector: for reports and slides). */
export function saveSvg(cy, view) {
  mendCanvasToSvg();
  save(new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }), imageName(view, 'svg'));
}
