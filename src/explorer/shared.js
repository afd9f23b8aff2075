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

/** The legend of a drawn graph: colours by kind and line styles by confidence. */
export function graphLegend() {
  return [
    Object.values(KINDS).map((k) => el('li', {}, el('i', { style: `background:${k.color}` }), k.label)),
    el('li', {}, '— fact'),
    el('li', {}, '- - claim'),
    el('li', {}, '··· assessment'),
  ];
}
