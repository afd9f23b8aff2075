// The explorer: search, draw an entity's neighbourhood, expand it, read the sources behind each
// relationship, look at it as of a date, and find paths. It talks only to the GraphQL API.

import { $, KINDS, NEIGHBORHOOD, addToGraph, createGraph, el, fill, gql, graphLegend, words } from './shared.js';

const state = { focus: null, expanded: new Set(), asOf: null };

function status(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

const cy = createGraph($('graph'));
// For tests and for the curious in the browser console.
window.explorer = { cy, state };

function addGraph(nodes, edges) {
  addToGraph(cy, nodes, edges);
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
  const { neighborhood } = await gql(NEIGHBORHOOD, { id: slug, depth, asOf: state.asOf, limit: 150 });
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
    el('h2', {}, `${r.from.name} ${words(r.type)} ${r.to.name}`),
    el('dl', {},
      extra ? [el('dt', {}, 'What'), el('dd', {}, extra)] : null,
      el('dt', {}, 'Confidence'), el('dd', {}, words(r.confidence)),
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

fill($('legend'), graphLegend());

// `/explore?entity=<slug>` opens on that entity (the review page links here after an import).
const linked = new URLSearchParams(location.search).get('entity');
if (linked) focusOn(linked);
