// The explorer: search, draw an entity's neighbourhood, expand it, read the sources behind each
// relationship, look at it as of a date, and find paths. It talks only to the GraphQL API.

const KINDS = {
  STATE: { label: 'State', color: '#3d7be0', shape: 'round-rectangle' },
  LEADER: { label: 'Leader', color: '#e08a1e', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organization', color: '#2e9e6a', shape: 'hexagon' },
  REGION: { label: 'Region', color: '#8a5cc7', shape: 'diamond' },
  EVENT: { label: 'Event', color: '#d0463c', shape: 'round-triangle' },
};

const $ = (id) => document.getElementById(id);
const state = { focus: null, expanded: new Set(), asOf: null };

async function gql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

function status(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

/** Children as DOM nodes: nested lists flattened, empty values dropped, text kept as text (never HTML). */
function nodesOf(children) {
  return children
    .flat(Infinity)
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : document.createTextNode(String(child))));
}

/** Builds an element from a tag, attributes (on* become listeners) and children. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...nodesOf(children));
  return node;
}

/** Replaces an element's content, with the same rules as el(). */
function fill(target, ...children) {
  target.replaceChildren(...nodesOf(children));
}

const cy = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
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
  ],
});
// For tests and for the curious in the browser console.
window.explorer = { cy, state };

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $asOf: Date) {
  neighborhood(id: $id, depth: $depth, asOf: $asOf, limit: 150) {
    truncated
    nodes { distance entity { id slug name kind } }
    edges { id slug type confidence from { slug } to { slug } }
  }
}`;

function addGraph(nodes, edges) {
  cy.batch(() => {
    for (const { id, slug, name, kind } of nodes) {
      if (cy.getElementById(slug).empty()) cy.add({ group: 'nodes', data: { id: slug, globalId: id, name, kind } });
    }
    for (const { id, slug, type, confidence, from, to } of edges) {
      if (cy.getElementById(`r:${slug}`).empty()) {
        cy.add({ group: 'edges', data: { id: `r:${slug}`, globalId: id, source: from.slug, target: to.slug, type, confidence } });
      }
    }
  });
  layout();
  renderLists();
}

/** Rings around the focus: each entity as many rings out as it is steps away from it. */
function layout() {
  const focus = state.focus && cy.getElementById(state.focus);
  const steps = focus?.nonempty() ? cy.elements().dijkstra({ root: focus, directed: false }) : null;
  const distance = (node) => {
    const d = steps?.distanceTo(node);
    return Number.isFinite(d) ? d : 4;
  };
  cy.layout({
    name: 'concentric',
    animate: false,
    concentric: (node) => 10 - distance(node),
    levelWidth: () => 1,
    minNodeSpacing: 45,
    padding: 30,
  }).run();
}

async function loadNeighborhood(slug, depth) {
  const { neighborhood } = await gql(NEIGHBORHOOD, { id: slug, depth, asOf: state.asOf });
  if (!neighborhood) throw new Error(`No entity "${slug}"`);
  addGraph(neighborhood.nodes.map((n) => n.entity), neighborhood.edges);
  return neighborhood.truncated;
}

/** Redraws from the focus and every expanded entity, e.g. after the date changed. */
async function redraw() {
  if (!state.focus) return;
  cy.elements().remove();
  try {
    let truncated = await loadNeighborhood(state.focus, Number($('depth').value));
    for (const slug of state.expanded) truncated = (await loadNeighborhood(slug, 1)) || truncated;
    cy.getElementById(state.focus).addClass('focus');
    const when = state.asOf ? ` as of ${state.asOf}` : '';
    status(`${cy.nodes().length} entities, ${cy.edges().length} relationships${when}${truncated ? ' (capped: expand to see more)' : ''}.`);
  } catch (error) {
    status(error.message, true);
  }
}

async function focusOn(slug) {
  state.focus = slug;
  state.expanded.clear();
  $('search-results').replaceChildren();
  await redraw();
  const node = cy.getElementById(slug);
  if (node.nonempty()) showEntity(slug);
}

async function expand(slug) {
  state.expanded.add(slug);
  try {
    await loadNeighborhood(slug, 1);
    status(`Expanded ${cy.getElementById(slug).data('name')}: ${cy.nodes().length} entities, ${cy.edges().length} relationships.`);
  } catch (error) {
    status(error.message, true);
  }
}

const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    name kind description note aliases
    citations { quote source { title } }
    ... on Event { startDate startPrecision endDate endPrecision dateNote status }
    ... on Leader { office }
  }
}`;

async function showEntity(slug) {
  const { entity } = await gql(ENTITY, { id: slug });
  if (!entity) return;
  const when = entity.startDate ? `${entity.startDate} (${entity.startPrecision?.toLowerCase()})${entity.endDate ? ` to ${entity.endDate}` : ''}` : null;
  fill($('details'),
    el('h2', {}, entity.name),
    el('dl', {},
      el('dt', {}, 'Kind'), el('dd', {}, KINDS[entity.kind]?.label ?? entity.kind),
      entity.office ? [el('dt', {}, 'Office'), el('dd', {}, entity.office)] : null,
      entity.aliases.length ? [el('dt', {}, 'Also'), el('dd', {}, entity.aliases.join(', '))] : null,
      when ? [el('dt', {}, 'When'), el('dd', {}, when)] : null,
      entity.status ? [el('dt', {}, 'Status'), el('dd', {}, entity.status.toLowerCase())] : null,
    ),
    entity.description ? el('p', {}, entity.description) : null,
    entity.note ? el('p', {}, el('em', {}, entity.note)) : null,
    el('button', { type: 'button', onclick: () => expand(slug) }, 'Expand'),
  );
}

const RELATIONSHIP = `query Relationship($id: ID!) {
  node(id: $id) {
    ... on Relationship {
      type confidence validFrom validFromPrecision validTo validToPrecision timeNote note
      from { name } to { name }
      citations { quote note source { title publisher } assertedBy { name } via { name } }
    }
    ... on Accusation { allegation }
    ... on FigureReport { figureText unit whose { name } }
    ... on Occupation { area areaUnit }
    ... on Leadership { office }
    ... on Support { forms }
  }
}`;

function period(from, fromPrecision, to, toPrecision) {
  const show = (date, precision) => (precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date);
  if (!from && !to) return 'not bounded by the source';
  return `${from ? show(from, fromPrecision) : '…'} to ${to ? show(to, toPrecision) : 'open'}`;
}

async function showRelationship(globalId) {
  const { node: r } = await gql(RELATIONSHIP, { id: globalId });
  if (!r) return;
  const extra = r.allegation ?? (r.figureText ? `${r.figureText} ${r.unit}${r.whose ? ` (${r.whose.name})` : ''}` : null) ??
    (r.area ? `${r.area} ${r.areaUnit}` : null) ?? r.office ?? (r.forms?.length ? r.forms.join(', ').toLowerCase() : null);
  fill($('details'),
    el('h2', {}, `${r.from.name} ${r.type.replaceAll('_', ' ').toLowerCase()} ${r.to.name}`),
    el('dl', {},
      extra ? [el('dt', {}, 'What'), el('dd', {}, extra)] : null,
      el('dt', {}, 'Confidence'), el('dd', {}, r.confidence.replaceAll('_', ' ').toLowerCase()),
      el('dt', {}, 'Holds'), el('dd', {}, period(r.validFrom, r.validFromPrecision, r.validTo, r.validToPrecision)),
    ),
    r.timeNote ? el('p', {}, el('small', {}, r.timeNote)) : null,
    r.note ? el('p', {}, el('em', {}, r.note)) : null,
    el('h3', {}, 'Sources'),
    r.citations.map((c) =>
      el('blockquote', { class: 'citation' },
        el('p', {}, c.quote),
        el('footer', {},
          c.assertedBy ? `Asserted by ${c.assertedBy.name}` : 'Stated by the source',
          c.via ? `, via ${c.via.name}` : '',
          ` — ${c.source.title}${c.source.publisher ? ` (${c.source.publisher})` : ''}`,
        ),
      ),
    ),
  );
}

function renderLists() {
  const nodes = cy.nodes().sort((a, b) => a.data('name').localeCompare(b.data('name')));
  fill($('node-list'),
    nodes.map((n) => el('li', {}, el('button', { type: 'button', onclick: () => { cy.center(n); n.select(); showEntity(n.id()); } }, `${n.data('name')} (${KINDS[n.data('kind')]?.label})`))),
  );
  fill($('edge-list'),
    cy.edges().map((e) =>
      el('li', {}, el('button', { type: 'button', onclick: () => { e.select(); showRelationship(e.data('globalId')); } },
        `${e.source().data('name')} — ${e.data('type')} → ${e.target().data('name')}`)),
    ),
  );
}

cy.on('tap', 'node', (event) => {
  const slug = event.target.id();
  showEntity(slug);
  expand(slug);
});
cy.on('tap', 'edge', (event) => showRelationship(event.target.data('globalId')));

const SEARCH = `query Search($text: String!) { search(text: $text, first: 8) { entity { slug name kind description } } }`;
let searchTimer;
$('search').addEventListener('input', () => {
  clearTimeout(searchTimer);
  const text = $('search').value.trim();
  if (!text) return $('search-results').replaceChildren();
  searchTimer = setTimeout(async () => {
    try {
      const { search } = await gql(SEARCH, { text });
      fill($('search-results'),
        search.map(({ entity }) =>
          el('li', {}, el('button', { type: 'button', onclick: () => focusOn(entity.slug) }, entity.name, el('small', {}, KINDS[entity.kind]?.label))),
        ),
      );
      if (!search.length) status(`Nothing matches "${text}".`);
    } catch (error) {
      status(error.message, true);
    }
  }, 200);
});
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  $('search-results').querySelector('button')?.click();
});

$('as-of').addEventListener('change', () => {
  state.asOf = $('as-of').value || null;
  redraw();
});
$('depth').addEventListener('change', () => redraw());

const PATHS = `query Paths($from: ID!, $to: ID!, $asOf: Date) {
  paths(from: $from, to: $to, asOf: $asOf, maxLength: 5) {
    length
    nodes { id slug name kind }
    edges { id slug type confidence from { slug } to { slug } }
  }
}`;

async function resolve(text) {
  const { search } = await gql(SEARCH, { text });
  if (!search.length) throw new Error(`Nothing matches "${text}".`);
  return search[0].entity.slug;
}

$('path-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const [from, to] = await Promise.all([resolve($('path-from').value), resolve($('path-to').value)]);
    const { paths } = await gql(PATHS, { from, to, asOf: state.asOf });
    if (!paths.length) return status('No path within 5 steps.');
    cy.elements().removeClass('path');
    addGraph(paths.flatMap((p) => p.nodes), paths.flatMap((p) => p.edges));
    for (const path of paths) {
      for (const n of path.nodes) cy.getElementById(n.slug).addClass('path');
      for (const e of path.edges) cy.getElementById(`r:${e.slug}`).addClass('path');
    }
    status(`${paths.length} shortest path${paths.length === 1 ? '' : 's'} of length ${paths[0].length}, highlighted.`);
  } catch (error) {
    status(error.message, true);
  }
});

fill($('legend'),
  Object.values(KINDS).map((k) => el('li', {}, el('i', { style: `background:${k.color}` }), k.label)),
  el('li', {}, '— fact'), el('li', {}, '- - claim'), el('li', {}, '··· assessment'),
);
