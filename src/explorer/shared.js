// What the explorer and the review page share: the GraphQL client, DOM building that never
// injects HTML, the colours and shapes of entity kinds, and how a graph is drawn with Cytoscape.

export const KINDS = {
  STATE: { label: 'State', color: '#3d7be0', shape: 'round-rectangle' },
  LEADER: { label: 'Leader', color: '#e08a1e', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organization', color: '#2e9e6a', shape: 'hexagon' },
  REGION: { label: 'Region', color: '#8a5cc7', shape: 'diamond' },
  EVENT: { label: 'Event', color: '#d0463c', shape: 'round-triangle' },
};

export const $ = (id) => document.getElementById(id);

/** A GraphQL error the server reported, with its `extensions.code` (UNAUTHENTICATED, FORBIDDEN, …). */
export class GraphQLRequestError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.code = errors[0]?.extensions?.code ?? null;
  }
}

/** Runs an operation against this server's endpoint; with a token, as its bearer. */
export async function gql(query, variables = {}, { token } = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  return body.data;
}

/** Children as DOM nodes: nested lists flattened, empty values dropped, text kept as text (never HTML). */
export function nodesOf(children) {
  return children
    .flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** Builds an element from a tag, attributes (on* become listeners; false and null are left out) and children. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...nodesOf(children));
  return node;
}

/** Replaces an element's content, with the same rules as el(). */
export function fill(target, ...children) {
  target.replaceChildren(...nodesOf(children));
}

/** A relationship type as words: `MEMBER_OF` → "member of". */
export const words = (name) => name.replaceAll('_', ' ').toLowerCase();

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $asOf: Date, $limit: Int, $types: [RelationshipType!], $minConfidence: Confidence) {
  neighborhood(id: $id, depth: $depth, asOf: $asOf, limit: $limit, types: $types, minConfidence: $minConfidence) {
    truncated
    nodes { distance entity { id slug name kind } }
    edges { id slug type confidence from { slug } to { slug } }
  }
}`;

/** Cytoscape styles: colour and shape by kind, edge labels by type, dashed for a claim, dotted for an assessment. */
const GRAPH_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'background-color': (n) => KINDS[n.data('kind')]?.color ?? '#999',
      shape: (n) => KINDS[n.data('kind')]?.shape ?? 'ellipse',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': 120,
      width: 28,
      height: 28,
    },
  },
  { selector: 'node.focus', style: { width: 40, height: 40, 'border-width': 3, 'border-color': '#1d2430' } },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      'font-size': 8,
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      width: 1.5,
      'line-color': '#8893a5',
      'target-arrow-color': '#8893a5',
    },
  },
  { selector: 'edge[confidence = "CLAIM"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[confidence = "ASSESSMENT"]', style: { 'line-style': 'dotted' } },
  { selector: 'edge.path', style: { 'line-color': '#e0a800', 'target-arrow-color': '#e0a800', width: 4 } },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e0a800' } },
  { selector: ':selected', style: { 'overlay-color': '#3d7be0', 'overlay-opacity': 0.2 } },
];

/** A Cytoscape graph in the container, drawn with the shared conventions (plus any extra styles). */
export function createGraph(container, extraStyle = []) {
  // cytoscape is the global the vendored build defines.
  return cytoscape({ container, style: [...GRAPH_STYLE, ...extraStyle] });
}

/** Adds `neighborhood`/`paths` nodes and edges not drawn yet; nodes by slug, edges as `r:<slug>`. */
export function addToGraph(cy, nodes, edges) {
  cy.batch(() => {
    for (const { id, slug, name, kind } of nodes) {
      if (cy.getElementById(slug).empty()) cy.add({ group: 'nodes', data: { id: slug, globalId: id, name, kind } });
    }
    for (const { id, slug, type, confidence, from, to } of edges) {
      if (cy.getElementById(`r:${slug}`).empty()) {
        cy.add({ group: 'edges', data: { id: `r:${slug}`, globalId: id, source: from.slug, target: to.slug, type, confidence, label: words(type) } });
      }
    }
  });
}

/**
 * Each kind's node shape as an SVG path in a 20×20 box, so a legend (on the page, in a saved
 * image's canvas through Path2D, in an SVG) shows the shape and not only the colour.
 */
export const SHAPE_PATHS = {
  'round-rectangle': 'M5 2H15Q18 2 18 5V15Q18 18 15 18H5Q2 18 2 15V5Q2 2 5 2Z',
  ellipse: 'M2 10A8 8 0 1 0 18 10A8 8 0 1 0 2 10Z',
  hexagon: 'M5.5 2.5H14.5L19 10L14.5 17.5H5.5L1 10Z',
  diamond: 'M10 1L19 10L10 19L1 10Z',
  'round-triangle': 'M10 2L19 18H1Z',
};

const SVG = 'http://www.w3.org/2000/svg';

/** A kind's shape in its colour, as a small inline SVG (decorative: the label names the kind). */
export function kindIcon(kind) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'kind-icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_PATHS[KINDS[kind].shape]);
  path.setAttribute('fill', KINDS[kind].color);
  path.setAttribute('stroke', '#1d2430');
  path.setAttribute('stroke-width', '1');
  svg.append(path);
  return svg;
}

/** The legend of a drawn graph: shapes and colours by kind, line styles by confidence. */
export function graphLegend() {
  return [
    Object.keys(KINDS).map((kind) => el('li', {}, kindIcon(kind), KINDS[kind].label)),
    el('li', {}, '— fact'),
    el('li', {}, '- - claim'),
    el('li', {}, '··· assessment'),
  ];
}

/**
 * A reported figure in words: its text and what it counts, without saying a word twice when the
 * text already has the unit's first words ("105 soldiers" of "soldiers killed" is "105 soldiers
 * killed", not "105 soldiers soldiers killed").
 */
export function figureWords(figureText, unit) {
  const text = figureText.trim().split(/\s+/);
  const counted = (unit ?? '').trim().split(/\s+/).filter(Boolean);
  for (let overlap = Math.min(text.length, counted.length); overlap > 0; overlap--) {
    const tail = text.slice(-overlap).join(' ').toLowerCase();
    if (tail === counted.slice(0, overlap).join(' ').toLowerCase()) return [...text, ...counted.slice(overlap)].join(' ');
  }
  return [...text, ...counted].join(' ');
}
