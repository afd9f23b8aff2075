// The explorer: search, draw an entity's neighbourhood, expand it, read the sources behind each
// relationship (and, for an event, its reports side by side), move through time with the slider,
// filter by type and confidence in the legend, export what is on screen, find paths. The view
// lives in the address. It talks only to the GraphQL API and the exports.

import { $, KINDS, NEIGHBORHOOD, addToGraph, createGraph, el, fill, gql, graphLegend, words } from './shared.js';
import { EXPLORER_STYLE, bundleParallel, edgeLabels, layoutGraph, openBundle, positionsOf, relationshipsIn } from './explore-draw.js';
import { renderFilters } from './explore-filters.js';
import { savePng, saveSvg, updateExportLinks } from './explore-export.js';
import { sourcesPanel } from './explore-sources.js';
import { timeSlider } from './explore-time.js';
import { readView, shownTypes, writeView } from './explore-view.js';

let view = readView(location.search);
/** Every relationship type the graph holds (for the type filter and exports). */
let knownTypes = [];
/** Pairs whose bundle was opened. */
const opened = new Set();

function status(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

const cy = createGraph($('graph'), EXPLORER_STYLE);
edgeLabels(cy);
// For tests and for the curious in the browser console.
window.explorer = { cy, get state() { return view; } };

/** Takes a new view: into the address, the controls, the export links and the legend. */
function setView(next, { push = false } = {}) {
  view = next;
  writeView(view, { push });
  $('as-of').value = view.asOf ?? '';
  $('depth').value = String(view.depth);
  time.show(view.asOf);
  updateExportLinks(view, knownTypes);
  renderLegend();
}

function renderLegend() {
  const counts = new Map();
  relationshipsIn(cy).forEach((edge) => counts.set(edge.data('type'), (counts.get(edge.data('type')) ?? 0) + 1));
  renderFilters({ confidenceList: $('confidence-filter'), typeList: $('type-filter') }, view, counts, (next) => {
    setView(next);
    redraw();
  });
}

async function fetchNeighborhood(slug, depth) {
  const { neighborhood } = await gql(NEIGHBORHOOD, {
    id: slug, depth, asOf: view.asOf, limit: 150, types: shownTypes(view, knownTypes), minConfidence: view.minConfidence,
  });
  if (!neighborhood) throw new Error(`No entity "${slug}"`);
  return neighborhood;
}

const draw = (neighborhood) => addToGraph(cy, neighborhood.nodes.map((n) => n.entity), neighborhood.edges);

/** Draws again after the graph changed: bundles, layout (entities keep their places), lists, legend. */
function settle(positions) {
  bundleParallel(cy, opened);
  layoutGraph(cy, positions);
  renderLists();
  renderLegend();
}

/** Counts redraws, so one overtaken by a newer (the slider moved on) draws nothing. */
let drawing = 0;

/** Redraws from the centre and every expanded entity, e.g. after the date or a filter changed. */
async function redraw() {
  if (!view.focus) return;
  const generation = ++drawing;
  try {
    const graphs = await Promise.all([fetchNeighborhood(view.focus, view.depth), ...[...view.expanded].map((slug) => fetchNeighborhood(slug, 1))]);
    if (generation !== drawing) return;
    const positions = positionsOf(cy);
    cy.elements().remove();
    graphs.forEach(draw);
    cy.getElementById(view.focus).addClass('focus');
    settle(positions);
    const when = view.asOf ? ` as of ${view.asOf}` : '';
    const truncated = graphs.some((graph) => graph.truncated);
    status(`${cy.nodes().length} entities, ${relationshipsIn(cy).length} relationships${when}${truncated ? ' (capped: expand to see more)' : ''}.`);
  } catch (error) {
    if (generation === drawing) status(error.message, true);
  }
}

async function focusOn(slug) {
  setView({ ...view, focus: slug, expanded: new Set(), selected: slug }, { push: true });
  $('search-results').replaceChildren();
  cy.elements().remove();
  await redraw();
  if (cy.getElementById(slug).nonempty()) showEntity(slug);
}

async function expand(slug) {
  setView({ ...view, expanded: new Set([...view.expanded, slug]) });
  try {
    const neighborhood = await fetchNeighborhood(slug, 1);
    const positions = positionsOf(cy);
    draw(neighborhood);
    settle(positions);
    status(`Expanded ${cy.getElementById(slug).data('name')}: ${cy.nodes().length} entities, ${relationshipsIn(cy).length} relationships.`);
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
  setView({ ...view, selected: slug });
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
  if (entity.kind === 'EVENT') {
    const panel = await sourcesPanel(slug, view.asOf);
    if (panel && view.selected === slug) $('details').append(panel);
  }
}

const RELATIONSHIP = `query Relationship($id: ID!) {
  node(id: $id) {
    ... on Relationship {
      slug type confidence validFrom validFromPrecision validTo validToPrecision timeNote note
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
  setView({ ...view, selected: `r:${r.slug}` });
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
    relationshipsIn(cy).map((e) =>
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
cy.on('tap', 'edge', (event) => {
  const edge = event.target;
  if (edge.hasClass('bundle')) {
    openBundle(cy, edge, opened);
    status(`Opened the bundle of ${edge.data('count')} relationships.`);
  } else showRelationship(edge.data('globalId'));
});

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

/** A new date, from the date field or the slider: the view redrawn as of it. */
function atDate(asOf) {
  if (asOf === view.asOf) return;
  setView({ ...view, asOf });
  redraw();
}

const time = timeSlider({ slider: $('slider'), output: $('slider-day'), play: $('play'), allTime: $('all-time'), onDate: atDate });
$('as-of').addEventListener('change', () => atDate($('as-of').value || null));
$('depth').addEventListener('change', () => {
  setView({ ...view, depth: Number($('depth').value) });
  redraw();
});
$('save-png').addEventListener('click', () => savePng(cy, view));
$('save-svg').addEventListener('click', () => saveSvg(cy, view));

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
    const { paths } = await gql(PATHS, { from, to, asOf: view.asOf });
    if (!paths.length) return status('No path within 5 steps.');
    cy.elements().removeClass('path');
    const positions = positionsOf(cy);
    addToGraph(cy, paths.flatMap((p) => p.nodes), paths.flatMap((p) => p.edges));
    for (const path of paths) {
      for (const n of path.nodes) cy.getElementById(n.slug).addClass('path');
      for (const e of path.edges) {
        const edge = cy.getElementById(`r:${e.slug}`);
        edge.addClass('path');
        // A path's edges are never hidden in a bundle.
        opened.add([edge.data('source'), edge.data('target')].sort().join('|'));
      }
    }
    settle(positions);
    status(`${paths.length} shortest path${paths.length === 1 ? '' : 's'} of length ${paths[0].length}, highlighted.`);
  } catch (error) {
    status(error.message, true);
  }
});

fill($('legend'), graphLegend().slice(0, 1));

const START = `{ relationshipCounts { type } timeline(first: 500) { startDate endDate } }`;

/** Opens the view the address describes: the slider's range and the known types first. */
async function open() {
  try {
    const { relationshipCounts, timeline } = await gql(START);
    knownTypes = relationshipCounts.map((c) => c.type);
    const days = timeline.flatMap((e) => [e.startDate, e.endDate]).filter(Boolean).sort();
    if (days.length) time.range(days[0], days[days.length - 1]);
  } catch (error) {
    status(error.message, true);
  }
  const selected = view.selected;
  setView(view);
  if (!view.focus) return;
  cy.elements().remove();
  await redraw();
  const element = selected && cy.getElementById(selected);
  if (element?.nonempty() && element.isEdge()) {
    element.select();
    showRelationship(element.data('globalId'));
  } else if (element?.nonempty()) {
    element.select();
    showEntity(selected);
  } else if (cy.getElementById(view.focus).nonempty()) showEntity(view.focus);
}

// Back and forward move between views as they were.
window.addEventListener('popstate', () => {
  view = readView(location.search);
  open();
});
open();
