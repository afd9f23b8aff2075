// The explorer: search, draw an entity's neighbourhood, expand it, read the sources behind each
// relationship (and, for an event, its reports side by side), move through time with the slider,
// filter by type and confidence in the legend, export what is on screen, find paths. The view
// lives in the address; a bad address is explained and set aside, and a failed request leaves the
// page working. The same view shows as a graph or on a map. It talks only to the GraphQL API and
// the exports.

import { $, KINDS, NEIGHBORHOOD, addToGraph, createGraph, el, fill, gql, graphLegend } from './shared.js';
import { EXPLORER_STYLE, bundleParallel, edgeLabels, layoutGraph, openBundle, positionsOf, relationshipsIn } from './explore-draw.js';
import { detailsPanel, knownAtMoment } from './explore-details.js';
import { renderFilters } from './explore-filters.js';
import { savePng, saveSvg, updateExportLinks } from './explore-export.js';
import { mapView } from './explore-map.js';
import { timeSlider } from './explore-time.js';
import { closeMenusOnEscapeAndOutside, loading, status } from './explore-ui.js';
import { exportQuery, isDay, readView, writeView } from './explore-view.js';
import { relationshipTypes, sliderDays, typesOf } from './explore-data.js';

let { view, problems: addressProblems } = readView(location.search);
/** Pairs whose bundle was opened. */
const opened = new Set();

const cy = createGraph($('graph'), EXPLORER_STYLE);
edgeLabels(cy);
// For tests and for the curious in the browser console.
window.explorer = {
  cy,
  get state() {
    return view;
  },
};

/** Takes a new view: into the address, the controls, the export links and the legend. */
function setView(next, { push = false } = {}) {
  view = next;
  writeView(view, { push });
  $('as-of').value = view.asOf ?? '';
  $('known-at').value = view.asKnownAt?.slice(0, 10) ?? '';
  $('depth').value = String(view.depth);
  time.show(view.asOf);
  linkExports(view);
  showingMap(view.map);
  renderLegend();
}

/** Points the export links at a view once the types it asks for are known (until then, nowhere). */
function linkExports(shown) {
  if (!shown.hidden.size) return updateExportLinks(shown, null);
  updateExportLinks(null);
  typesOf(shown).then(
    (types) => view === shown && updateExportLinks(shown, types),
    () => {},
  );
}

/** The view's date in words, for the status line. */
function whenOf(view) {
  const asOf = view.asOf ? ` as of ${view.asOf}` : '';
  return `${asOf}${view.asKnownAt ? `, as the graph stood on ${view.asKnownAt}` : ''}`;
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
    id: slug,
    depth,
    asOf: view.asOf,
    asKnownAt: knownAtMoment(view.asKnownAt),
    limit: 150,
    types: await typesOf(view),
    minConfidence: view.minConfidence,
  });
  if (!neighborhood)
    throw Object.assign(new Error(`No entity "${slug}"${view.asKnownAt ? ' as the graph stood then' : ''}: search for another.`), { unknown: slug });
  return neighborhood;
}

const draw = (neighborhood) =>
  addToGraph(
    cy,
    neighborhood.nodes.map((n) => n.entity),
    neighborhood.edges,
  );

/** Draws again after the graph changed: bundles, layout (entities keep their places), lists, legend. */
function settle(positions) {
  bundleParallel(cy, opened);
  layoutGraph(cy, positions);
  renderLists();
  renderLegend();
  if (view.map) drawMap();
}

/** Counts redraws, so one overtaken by a newer (the slider moved on) draws nothing. */
let drawing = 0;

/** Redraws from the centre and every expanded entity, e.g. after the date or a filter changed. */
async function redraw() {
  if (!view.focus) {
    if (view.map) drawMap();
    return;
  }
  const generation = ++drawing;
  try {
    const graphs = await loading(() =>
      Promise.all([fetchNeighborhood(view.focus, view.depth), ...[...view.expanded].map((slug) => fetchNeighborhood(slug, 1))]),
    );
    if (generation !== drawing) return;
    const positions = positionsOf(cy);
    cy.elements().remove();
    graphs.forEach(draw);
    cy.getElementById(view.focus).addClass('focus');
    settle(positions);
    const truncated = graphs.some((graph) => graph.truncated);
    status(`${cy.nodes().length} entities, ${relationshipsIn(cy).length} relationships${whenOf(view)}${truncated ? ' (capped: expand to see more)' : ''}.`);
  } catch (error) {
    if (generation !== drawing) return;
    status(error.message, true);
    // An unknown centre is let go of, so the next search starts clean; an unknown expanded one is dropped.
    if (error.unknown === view.focus) {
      cy.elements().remove();
      renderLists();
      setView({ ...view, focus: null, expanded: new Set(), selected: null });
    } else if (error.unknown) setView({ ...view, expanded: new Set([...view.expanded].filter((slug) => slug !== error.unknown)) });
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
    const neighborhood = await loading(() => fetchNeighborhood(slug, 1));
    const positions = positionsOf(cy);
    draw(neighborhood);
    settle(positions);
    status(`Expanded ${cy.getElementById(slug).data('name')}: ${cy.nodes().length} entities, ${relationshipsIn(cy).length} relationships.`);
  } catch (error) {
    status(error.message, true);
  }
}

const details = detailsPanel({ view: () => view, select: (selected) => setView({ ...view, selected }), expand });
/** Shows what was picked; a failure is said, never thrown at the page. */
const showEntity = (slug, reveal) => details.showEntity(slug, reveal).catch((error) => status(error.message, true));
const showRelationship = (id, reveal) => details.showRelationship(id, reveal).catch((error) => status(error.message, true));

function renderLists() {
  const nodes = cy.nodes().sort((a, b) => a.data('name').localeCompare(b.data('name')));
  fill(
    $('node-list'),
    nodes.map((n) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            onclick: () => {
              cy.center(n);
              n.select();
              showEntity(n.id());
            },
          },
          `${n.data('name')} (${KINDS[n.data('kind')]?.label})`,
        ),
      ),
    ),
  );
  fill(
    $('edge-list'),
    relationshipsIn(cy).map((e) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            onclick: () => {
              e.select();
              showRelationship(e.data('globalId'));
            },
          },
          `${e.source().data('name')} — ${e.data('type')} → ${e.target().data('name')}`,
        ),
      ),
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
      fill(
        $('search-results'),
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

const time = timeSlider({ slider: $('slider'), output: $('slider-day'), play: $('play'), allTime: $('all-time'), ticks: $('ticks'), onDate: atDate });
$('as-of').addEventListener('change', () => {
  const asOf = $('as-of').value || null;
  if (asOf && !isDay(asOf)) return status(`"${asOf}" is not a day of the calendar.`, true);
  atDate(asOf);
});
$('known-at').addEventListener('change', () => {
  setView({ ...view, asKnownAt: $('known-at').value || null });
  redraw();
});
$('depth').addEventListener('change', () => {
  setView({ ...view, depth: Number($('depth').value) });
  redraw();
});
const focusName = () => (view.focus ? cy.getElementById(view.focus).data('name') : null);
$('save-png').addEventListener('click', () => savePng(cy, view, focusName()).catch((error) => status(error.message, true)));
$('save-svg').addEventListener('click', () => saveSvg(cy, view, focusName()));

const map = mapView({ container: $('map'), onPick: (slug) => showEntity(slug) });
let mapping = 0;
/** Draws the map of the view: the GeoJSON export with the view's centre, date and filters. */
async function drawMap() {
  const generation = ++mapping;
  try {
    const query = exportQuery(view, await typesOf(view));
    const collection = await loading(async () => {
      const response = await fetch(`/export/graph.geojson${query ? `?${query}` : ''}`);
      if (!response.ok) throw new Error(`The map could not be drawn: ${(await response.text()).slice(0, 200)}`);
      return response.json();
    });
    if (generation !== mapping) return;
    await map.draw(collection.features);
    // The exports the map is drawn from read the graph as recorded now: said rather than hidden.
    const recorded = view.asKnownAt ? ` The map shows the graph as recorded now, not as it stood on ${view.asKnownAt}.` : '';
    if (!view.focus || recorded) status(`${collection.features.length} places and events on the map${view.asOf ? ` as of ${view.asOf}` : ''}.${recorded}`);
  } catch (error) {
    if (generation === mapping) status(error.message, true);
  }
}

/** Shows the graph or the map (the same view, the same details). */
function showingMap(on) {
  $('map').hidden = !on;
  $('graph').hidden = on;
  $('show-map').setAttribute('aria-pressed', String(on));
  $('show-graph').setAttribute('aria-pressed', String(!on));
}
$('show-map').addEventListener('click', () => {
  setView({ ...view, map: true });
  drawMap();
});
$('show-graph').addEventListener('click', () => {
  setView({ ...view, map: false });
  cy.resize();
  cy.fit(undefined, 30);
});
window.addEventListener('resize', () => view.map && map.redraw());
closeMenusOnEscapeAndOutside();
// On a narrow screen the long lists start closed, so the filters are a short scroll away.
if (matchMedia('(max-width: 700px)').matches) for (const list of document.querySelectorAll('aside details.list')) list.open = false;

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
    addToGraph(
      cy,
      paths.flatMap((p) => p.nodes),
      paths.flatMap((p) => p.edges),
    );
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

/** Opens the view the address describes: the slider's steps and the known types first. */
async function open() {
  const rangeSlider = async () => {
    const { days, starts } = await sliderDays();
    time.range(days, starts);
  };
  const failed = (await loading(() => Promise.allSettled([relationshipTypes(), rangeSlider()]))).find((asked) => asked.status === 'rejected');
  if (failed) status(failed.reason.message, true);
  const selected = view.selected;
  setView(view);
  if (addressProblems.length) status(`Part of the address was set aside: ${addressProblems.join('; ')}.`, true);
  if (!view.focus) return view.map ? drawMap() : undefined;
  cy.elements().remove();
  await redraw();
  if (addressProblems.length) status(`${$('status').textContent} Set aside from the address: ${addressProblems.join('; ')}.`, true);
  const element = selected && cy.getElementById(selected);
  if (element?.nonempty() && element.isEdge()) {
    element.select();
    showRelationship(element.data('globalId'), false);
  } else if (element?.nonempty()) {
    element.select();
    showEntity(selected, false);
  } else if (cy.getElementById(view.focus).nonempty()) showEntity(view.focus, false);
}

// Back and forward move between views as they were.
window.addEventListener('popstate', () => {
  ({ view, problems: addressProblems } = readView(location.search));
  open();
});
open();
