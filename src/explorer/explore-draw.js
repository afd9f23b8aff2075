// How the explorer draws a neighbourhood readably at depth 2 and beyond: fCoSE (a force-directed
// layout made for compound graphs) with the labels counted in each node's size so they keep
// apart, and a pass after it that moves any node still under another's label; positions kept
// between redraws, so moving through time does not reshuffle the picture; edge labels only when
// zoomed in or pointed at; three or more relationships between the same two entities drawn as one
// bundle, opened by a click.

/** Styles beyond the shared ones: labels that stay readable, edge labels on demand, bundles. */
export const EXPLORER_STYLE = [
  { selector: 'node', style: { 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'min-zoomed-font-size': 7 } },
  { selector: 'edge', style: { label: '', 'control-point-step-size': 28 } },
  { selector: 'edge.labelled, edge:selected', style: { label: 'data(label)', 'min-zoomed-font-size': 6 } },
  // The edge pointed at shows its label at a readable size however far out the view is zoomed.
  { selector: 'edge.hovered', style: { label: 'data(label)', 'font-size': 'data(hoverFontSize)', 'min-zoomed-font-size': 0, 'z-index': 10 } },
  { selector: 'edge.bundled', style: { display: 'none' } },
  {
    selector: 'edge.bundle',
    style: {
      width: 'mapData(count, 3, 12, 3, 9)',
      'line-color': '#5b6679',
      'target-arrow-shape': 'none',
      label: 'data(label)',
      'font-size': 9,
      'line-style': 'solid',
    },
  },
  { selector: 'edge.bundle.hovered', style: { 'line-color': '#2a5db0' } },
];

/** The zoom from which every edge shows its label. */
const LABEL_ZOOM = 1.4;
/** The on-screen size of the label of the edge pointed at, in pixels. */
const HOVER_FONT_PX = 12;
/** How many relationships between one pair make a bundle. */
const BUNDLE_FROM = 3;

/** Edge labels: shown when zoomed in, and on the edge the pointer is over. */
export function edgeLabels(cy) {
  const zoomed = () => cy.edges().toggleClass('labelled', cy.zoom() >= LABEL_ZOOM);
  cy.on('zoom', zoomed);
  cy.on('add', 'edge', (event) => event.target.toggleClass('labelled', cy.zoom() >= LABEL_ZOOM));
  cy.on('mouseover', 'edge', (event) => event.target.data('hoverFontSize', Math.max(8, HOVER_FONT_PX / cy.zoom())).addClass('hovered'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));
  // Cytoscape sends no mouseout when the pointer leaves the canvas straight from an edge.
  cy.container().addEventListener('mouseleave', () => cy.edges('.hovered').removeClass('hovered'));
}

/**
 * The relationships drawn, bundles left out. (Cytoscape's selectors have no `:not()`:
 * `cy.edges(':not(.bundle)')` gives the bundles too, so they are taken out with `.not()`.)
 */
export const relationshipsIn = (cy) => cy.edges().not('.bundle');

const pairOf = (edge) => [edge.data('source'), edge.data('target')].sort().join('|');

/**
 * Three or more relationships between the same two entities become one bundle edge (its label
 * says how many and of which types); the relationships stay in the graph, hidden, and a click on
 * the bundle opens it. Bundles already opened stay open.
 */
export function bundleParallel(cy, opened) {
  cy.remove('edge.bundle');
  cy.edges().removeClass('bundled');
  const pairs = new Map();
  cy.edges().forEach((edge) => pairs.set(pairOf(edge), [...(pairs.get(pairOf(edge)) ?? []), edge]));
  cy.batch(() => {
    for (const [pair, edges] of pairs) {
      if (edges.length < BUNDLE_FROM || opened.has(pair)) continue;
      const [a, b] = pair.split('|');
      const types = [...new Set(edges.map((e) => e.data('type').replaceAll('_', ' ').toLowerCase()))];
      for (const edge of edges) edge.addClass('bundled');
      cy.add({
        group: 'edges',
        classes: 'bundle',
        data: { id: `b:${pair}`, source: a, target: b, pair, count: edges.length, label: `${edges.length} relationships: ${types.join(', ')}` },
      });
    }
  });
}

/** Opens a bundle: its relationships drawn one by one again. */
export function openBundle(cy, bundle, opened) {
  opened.add(bundle.data('pair'));
  cy.edges()
    .filter((edge) => pairOf(edge) === bundle.data('pair'))
    .removeClass('bundled');
  bundle.remove();
}

/**
 * Lays the graph out with fCoSE. Entities drawn before keep their place (`positions`, from
 * `positionsOf`) as the starting point and new ones start beside a neighbour, so a redraw refines
 * the picture rather than making a new one; the first drawing starts from random.
 */
export function layoutGraph(cy, positions) {
  const known = cy.nodes().filter((node) => positions.has(node.id()));
  for (const node of known) node.position(positions.get(node.id()));
  cy.nodes()
    .difference(known)
    .forEach((node) => {
      const anchor = node
        .neighborhood('node')
        .filter((n) => positions.has(n.id()))
        .first();
      if (anchor.nonempty()) node.position({ x: anchor.position('x') + 40 * (Math.random() - 0.5), y: anchor.position('y') + 40 * (Math.random() - 0.5) });
    });
  const incremental = known.nonempty();
  cy.layout({
    name: typeof cytoscapeFcose === 'undefined' ? 'cose' : 'fcose',
    quality: 'default',
    randomize: !incremental,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    nodeSeparation: 90,
    idealEdgeLength: () => 110,
    nodeRepulsion: () => 9000,
    edgeElasticity: () => 0.4,
    numIter: incremental ? 800 : 2500,
    packComponents: true,
  }).run();
  keepLabelsClear(cy);
  cy.fit(undefined, 30);
}

const LABEL_ONLY = { includeNodes: false, includeLabels: true, includeEdges: false, includeOverlays: false };
const BODY_ONLY = { includeNodes: true, includeLabels: false, includeEdges: false, includeOverlays: false };
const meets = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
/** Room left between a label and another node, in model units. */
const CLEARANCE = 4;

/**
 * fCoSE counts labels in node sizes but still lets a label end on a neighbour now and then. This
 * pass moves such a neighbour out from under the label (the shortest way, a little past its edge),
 * and does the same for nodes drawn on each other, until nothing overlaps (or it gives up).
 */
function keepLabelsClear(cy, rounds = 60) {
  const nodes = cy.nodes().toArray();
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const boxes = nodes.map((node) => ({ node, label: node.boundingBox(LABEL_ONLY), body: node.boundingBox(BODY_ONLY) }));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const cover = meets(a.label, b.body) ? a.label : meets(a.body, b.body) ? a.body : null;
        if (!cover) continue;
        // The four ways out (right, left, down, up) and how far each is; the shortest is taken.
        const ways = [
          [cover.x2 - b.body.x1, 1, 0],
          [b.body.x2 - cover.x1, -1, 0],
          [cover.y2 - b.body.y1, 0, 1],
          [b.body.y2 - cover.y1, 0, -1],
        ];
        const [distance, dx, dy] = ways.reduce((best, way) => (way[0] < best[0] ? way : best));
        const { x, y } = b.node.position();
        b.node.position({ x: x + dx * (distance + CLEARANCE), y: y + dy * (distance + CLEARANCE) });
        b.body = b.node.boundingBox(BODY_ONLY);
        b.label = b.node.boundingBox(LABEL_ONLY);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Where each entity is drawn now, to draw it there again. */
export function positionsOf(cy) {
  return new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
}
