// Importing what was accepted: what was written and skipped (how many items were new, corroborated,
// contested, replaced), or why nothing was; then the new part of the graph drawn as the explorer
// draws it; and the draft's history.

import { $, NEIGHBORHOOD, addToGraph, createGraph, el, fill, graphLegend } from '/explore/shared.js';
import { call, loadDraft, setDraft, state, status } from './review-api.js';
import { DOCUMENTS } from './review-queries.js';
import { itemTitle } from './review-items.js';

const MAX_CENTRES = 10;
let cy = null;

function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

/** The import's outcomes in the reviewer's words, in this order. */
const OUTCOMES = { CREATED: 'new', CORROBORATED: 'corroborated', CONTESTED: 'contested', REPLACED: 'replaced', UPDATED: 'updated', UNCHANGED: 'unchanged' };

/** "3 new, 2 corroborated, 1 contested, 0 replaced": the four a second report is about always said, the rest when any. */
function outcomes(counts) {
  return Object.entries(OUTCOMES)
    .filter(([outcome]) => ['CREATED', 'CORROBORATED', 'CONTESTED', 'REPLACED'].includes(outcome) || counts[outcome])
    .map(([outcome, word]) => `${counts[outcome] ?? 0} ${word}`)
    .join(', ');
}

function written(items) {
  const byKind = {};
  for (const { kind, outcome } of items) {
    byKind[kind] ??= {};
    byKind[kind][outcome] = (byKind[kind][outcome] ?? 0) + 1;
  }
  return Object.entries(byKind).map(([kind, counts]) => el('li', { 'data-kind': kind }, `${kind.toLowerCase()}: ${outcomes(counts)}`));
}

/** What the last import wrote and skipped, or the problems that stopped it. */
function renderResult(result, known) {
  if (result.__typename === 'ImportRejectedError') {
    fill(
      $('import-result'),
      el('h3', {}, 'The import was refused: nothing was written'),
      el('p', {}, result.message),
      el(
        'ul',
        { class: 'problems' },
        result.problems.map((p) => el('li', {}, `${p.line ? `line ${p.line}, ` : ''}${p.path}${p.item ? ` (${p.item})` : ''}: ${p.message}`)),
      ),
    );
    return;
  }
  const skipped = [...result.skippedEntities, ...result.skippedRelationships];
  const items = [...state.draft.entities, ...state.draft.relationships];
  const name = (id) => {
    const item = items.find((i) => i.id === id);
    return item ? itemTitle(item, known) : id;
  };
  fill(
    $('import-result'),
    el('h3', {}, 'Written to the graph'),
    el(
      'p',
      { id: 'import-summary' },
      `${plural(result.items.filter((i) => i.kind === 'RELATIONSHIP').length, 'relationship')} and ${plural(result.items.filter((i) => i.kind === 'ENTITY').length, 'entity', 'entities')} written; `,
      `${plural(result.skippedRelationships.length, 'relationship')} and ${plural(result.skippedEntities.length, 'entity', 'entities')} skipped (not accepted). `,
      `Of the items written: ${outcomes({ CREATED: result.created, CORROBORATED: result.corroborated, CONTESTED: result.contested, REPLACED: result.replaced, UPDATED: result.updated, UNCHANGED: result.unchanged })}.`,
    ),
    el('ul', { class: 'written' }, written(result.items)),
    result.redirected.length
      ? el(
          'ul',
          { class: 'redirected' },
          result.redirected.map((r) => el('li', {}, `“${r.id}” had been merged into “${r.to}”, so it was read as “${r.to}”.`)),
        )
      : null,
    skipped.length
      ? el(
          'details',
          {},
          el('summary', {}, `Skipped (${skipped.length})`),
          el(
            'ul',
            {},
            skipped.map((id) => el('li', {}, name(id))),
          ),
        )
      : null,
  );
}

/** Draws the neighbourhood (one step) of the imported relationships' ends; what the import added stands out. */
export async function drawImported(draft, relationshipIds, createdIds = []) {
  const imported = draft.relationships.filter((r) => relationshipIds.includes(r.id));
  const centres = [...new Set(imported.flatMap((r) => [r.from.id, r.to.id]))].slice(0, MAX_CENTRES);
  if (!centres.length) return;
  $('graph-area').hidden = false;
  cy ??= createGraph($('graph'), [
    { selector: 'edge.new', style: { width: 3.5, 'line-color': '#1d2430', 'target-arrow-color': '#1d2430' } },
    { selector: 'node.new', style: { 'border-width': 3, 'border-color': '#1d2430' } },
  ]);
  const found = await Promise.all(centres.map((id) => call(NEIGHBORHOOD, { id, depth: 1, limit: 40 })));
  cy.elements().remove();
  // Only the edges that touch the imported relationships' ends: their neighbours' own ties would hide them.
  const touching = (e) => centres.includes(e.from.slug) || centres.includes(e.to.slug);
  for (const { neighborhood } of found)
    if (neighborhood)
      addToGraph(
        cy,
        neighborhood.nodes.map((n) => n.entity),
        neighborhood.edges.filter(touching),
      );
  // An imported relationship between two hubs may fall outside both capped neighbourhoods: drawn anyway.
  const end = (e) => ({ id: e.id, slug: e.id, name: e.name ?? e.entity?.name ?? e.id, kind: e.kind ?? e.entity?.kind });
  addToGraph(
    cy,
    imported.flatMap((r) => [end(r.from), end(r.to)]),
    imported.map((r) => ({ ...r, slug: r.id, from: { slug: r.from.id }, to: { slug: r.to.id } })),
  );
  for (const r of imported) cy.getElementById(`r:${r.id}`).addClass('new');
  for (const id of createdIds) cy.getElementById(id).addClass('new');
  cy.resize();
  // The imported relationships' ends in the inner ring, their other neighbours around them.
  cy.layout({
    name: 'concentric',
    animate: false,
    concentric: (node) => (centres.includes(node.id()) ? 2 : 1),
    levelWidth: () => 1,
    minNodeSpacing: 60,
    padding: 20,
  }).run();
  // For tests and the console: the graph once it is drawn.
  window.review.cy = cy;
  fill($('graph-legend'), graphLegend(), el('li', {}, el('b', {}, '━'), ' imported now'));
  const name = (slug) => cy.getElementById(slug).data('name') ?? slug;
  fill(
    $('graph-list'),
    imported.map((r) => el('li', {}, `${name(r.from.id)} — ${r.type} → ${name(r.to.id)}`)),
    el('li', {}, el('a', { href: `/explore?entity=${encodeURIComponent(centres[0])}` }, `Explore around ${name(centres[0])}`)),
  );
}

export async function importDraft(known) {
  const draft = state.draft;
  $('import-button').disabled = true;
  status('Importing the accepted items…');
  try {
    const { importDraft: result } = await call(DOCUMENTS.importDraft, { draft: draft.id, revision: draft.revision });
    if (result.__typename === 'ImportDraftPayload') {
      state.lastImport = { draft: draft.id, result };
      setDraft(result.draft);
      renderResult(result, known);
      const relationships = result.items.filter((i) => i.kind === 'RELATIONSHIP').map((i) => i.id);
      const created = result.items.filter((i) => i.kind === 'ENTITY' && i.outcome === 'CREATED').map((i) => i.id);
      status(`Imported: ${plural(relationships.length, 'relationship')} written.`);
      await drawImported(result.draft, relationships, created);
    } else if (result.__typename === 'ImportRejectedError') {
      renderResult(result, known);
      status('The import was refused; nothing was written. The problems are listed under Import.', 'error');
    } else if (result.__typename === 'ConflictError') {
      const fresh = await loadDraft(draft.id);
      if (fresh) setDraft(fresh);
      status(`A colleague changed this draft meanwhile: it has been reloaded with their changes; check them and import again. (${result.message})`, 'error');
    } else {
      status(result.message, 'error');
    }
  } catch (error) {
    status(error.message, 'error');
  } finally {
    $('import-button').disabled = false;
  }
}

/** The draft's history, newest first: who did what, when, to which items. */
export function renderHistory(draft) {
  $('history').querySelector('summary').textContent = `History (${plural(draft.history.length, 'change')})`;
  fill(
    $('history-list'),
    [...draft.history]
      .reverse()
      .map((event) =>
        el(
          'li',
          {},
          el('time', { datetime: event.at }, new Date(event.at).toLocaleString('en-GB')),
          ` — ${event.by}: `,
          el('strong', {}, event.action.toLowerCase()),
          event.items.length ? ` ${plural(event.items.length, 'item')} (${event.items.slice(0, 6).join(', ')}${event.items.length > 6 ? ', …' : ''})` : '',
          event.note ? el('em', {}, ` “${event.note}”`) : null,
          ` — revision ${event.revision}`,
        ),
      ),
  );
}

/** Clears what belongs to another draft. */
export function resetImport() {
  fill($('import-result'));
  $('graph-area').hidden = true;
  cy?.elements().remove();
}
