// The proposed entities and relationships: each with its ends (drafted or in the graph), confidence,
// dates, its type's details and the sentence it was read from, and what the graph already says of
// it; accept, reject, reset, edit or link it; filter by review state and by kind or type; accept
// all that is shown.

import { $, KINDS, el, fill, words } from '/explore/shared.js';
import { change, state, status } from './review-api.js';
import { openEditor, openLinker } from './review-edit.js';
import { inGraph } from './review-match.js';

const STATES = { PROPOSED: 'proposed', ACCEPTED: 'accepted', EDITED: 'edited', REJECTED: 'rejected' };

const isRelationship = (item) => 'type' in item;

/** "Armenia — ACCUSES → Azerbaijan" or "Russian peacekeepers". */
export function itemTitle(item, known) {
  if (!isRelationship(item)) return item.name;
  const name = (end) => known.get(end.id)?.name ?? end.name ?? end.entity?.name ?? end.id;
  return `${name(item.from)} — ${item.type} → ${name(item.to)}`;
}

function endLabel(end, known) {
  const info = known.get(end.id);
  const name = info?.name ?? end.id;
  const kind = KINDS[info?.kind]?.label;
  return [
    name,
    kind ? ` (${kind})` : '',
    ' ',
    el('span', { class: info?.drafted ? 'tag drafted' : 'tag existing' }, info?.drafted ? 'proposed' : 'in the graph'),
  ];
}

function span(from, to) {
  if (!from && !to) return 'not bounded by the source';
  return from === to ? from : `${from ?? '…'} to ${to ?? 'open'}`;
}

/** The type's own fields (allegation, figure, whose, forms, …) as label–value pairs. */
function details(item, known) {
  const fields = JSON.parse(item.details || '{}');
  return Object.entries(fields).map(([key, value]) => {
    const shown =
      key === 'whose' ? (known.get(value)?.name ?? value) : Array.isArray(value) ? value.join(', ') : value === null ? '(in words only)' : String(value);
    return [el('dt', {}, key), el('dd', {}, shown)];
  });
}

function facts(item, known) {
  if (!isRelationship(item)) {
    return el(
      'dl',
      { class: 'facts' },
      el('dt', {}, 'Kind'),
      el('dd', {}, KINDS[item.kind]?.label ?? item.kind),
      item.aliases.length ? [el('dt', {}, 'Also'), el('dd', {}, item.aliases.join(', '))] : null,
      item.description ? [el('dt', {}, 'About'), el('dd', {}, item.description)] : null,
      item.linkedTo ? [el('dt', {}, 'Linked to'), el('dd', {}, item.linkedTo.name, ' ', el('span', { class: 'tag existing' }, 'in the graph'))] : null,
    );
  }
  const asserted = item.citations.filter((c) => c.assertedBy || c.via);
  return el(
    'dl',
    { class: 'facts' },
    el('dt', {}, 'From'),
    el('dd', {}, endLabel(item.from, known)),
    el('dt', {}, 'To'),
    el('dd', {}, endLabel(item.to, known)),
    el('dt', {}, 'Confidence'),
    el('dd', {}, words(item.confidence)),
    el('dt', {}, 'When'),
    el('dd', {}, span(item.validFrom, item.validTo), item.timeNote ? el('small', {}, ` — ${item.timeNote}`) : null),
    details(item, known),
    asserted.length
      ? [
          el('dt', {}, 'On whose word'),
          el(
            'dd',
            {},
            asserted
              .map((c) =>
                [
                  c.assertedBy ? (known.get(c.assertedBy.id)?.name ?? c.assertedBy.id) : 'the source',
                  c.via ? `, via ${known.get(c.via.id)?.name ?? c.via.id}` : '',
                ].join(''),
              )
              .join('; '),
          ),
        ]
      : null,
    item.note ? [el('dt', {}, 'Note'), el('dd', {}, item.note)] : null,
  );
}

function evidence(item) {
  return item.evidence.map((e) =>
    el('blockquote', { class: 'quote' }, el('p', {}, e.sentence.text), el('footer', {}, `rule ${e.rule} · score ${e.score.toFixed(2)}`)),
  );
}

async function setState(item, next, known) {
  const result = await change('review', { items: [item.id], state: next });
  if (result.ok) status(`${STATES[next][0].toUpperCase()}${STATES[next].slice(1)}: ${itemTitle(item, known)}.`);
}

function card(item, known) {
  const titleId = `title-${item.id}`;
  const describe = { 'aria-describedby': titleId };
  const drafted = !isRelationship(item);
  const editor = el('div', { class: 'editor' });
  const what = drafted ? { 'data-kind': item.kind } : { 'data-type': item.type, 'data-in-graph': item.inGraph?.slug ?? null };
  return el(
    'li',
    { class: `item${state.selected === item.id ? ' selected' : ''}`, 'data-id': item.id, 'data-state': item.state, ...what },
    el(
      'article',
      { 'aria-labelledby': titleId },
      el(
        'div',
        { class: 'item-head' },
        el('span', { class: `badge state-${item.state}` }, item.state),
        el(
          'button',
          { type: 'button', class: 'select', id: titleId, 'aria-pressed': String(state.selected === item.id), onclick: () => select(item.id) },
          itemTitle(item, known),
        ),
        drafted ? el('span', { class: `kind-tag kind-${item.kind}` }, KINDS[item.kind]?.label ?? item.kind) : null,
      ),
      facts(item, known),
      evidence(item),
      drafted ? null : inGraph(item, itemTitle(item, known)),
      item.reviewNote ? el('p', { class: 'review-note' }, `${item.reviewNote}${item.reviewedBy ? ` — ${item.reviewedBy}` : ''}`) : null,
      el(
        'div',
        { class: 'actions' },
        el(
          'button',
          { type: 'button', class: 'accept', ...describe, disabled: item.state === 'ACCEPTED', onclick: () => setState(item, 'ACCEPTED', known) },
          'Accept',
        ),
        el(
          'button',
          { type: 'button', class: 'reject', ...describe, disabled: item.state === 'REJECTED', onclick: () => setState(item, 'REJECTED', known) },
          'Reject',
        ),
        el('button', { type: 'button', class: 'edit', ...describe, onclick: () => openEditor(editor, item, known, itemTitle(item, known)) }, 'Edit'),
        drafted ? el('button', { type: 'button', class: 'link', ...describe, onclick: () => openLinker(editor, item) }, 'Link to the graph') : null,
        item.state !== 'PROPOSED'
          ? el('button', { type: 'button', class: 'reset', ...describe, onclick: () => setState(item, 'PROPOSED', known) }, 'Reset')
          : null,
      ),
      editor,
    ),
  );
}

/** Selects an item: marks its card and asks for its sentences to be shown in the text. */
export function select(id) {
  state.selected = state.selected === id ? null : id;
  for (const li of $('items').children) {
    const on = li.dataset.id === state.selected;
    li.classList.toggle('selected', on);
    li.querySelector('.select')?.setAttribute('aria-pressed', String(on));
  }
  document.dispatchEvent(new CustomEvent('review:select', { detail: state.selected }));
}

function matches(item) {
  const wanted = $('filter-state').value;
  const kind = $('filter-kind').value;
  if (wanted && item.state !== wanted) return false;
  if (!kind) return true;
  const [what, value] = kind.split(':');
  if (what === 'entities') return !isRelationship(item) && (!value || item.kind === value);
  return isRelationship(item) && (!value || item.type === value);
}

/** The kind-or-type filter offers what the draft has; the choice stays while it is still offered. */
function filterOptions(draft) {
  const select = $('filter-kind');
  const before = select.value;
  const kinds = [...new Set(draft.entities.map((e) => e.kind))];
  const types = [...new Set(draft.relationships.map((r) => r.type))].sort();
  fill(
    select,
    el('option', { value: '' }, 'everything'),
    el(
      'optgroup',
      { label: 'Entities' },
      el('option', { value: 'entities' }, `all entities (${draft.entities.length})`),
      kinds.map((k) => el('option', { value: `entities:${k}` }, KINDS[k]?.label ?? k)),
    ),
    el(
      'optgroup',
      { label: 'Relationships' },
      el('option', { value: 'relationships' }, `all relationships (${draft.relationships.length})`),
      types.map((t) => el('option', { value: `relationships:${t}` }, t)),
    ),
  );
  select.value = [...select.options].some((o) => o.value === before) ? before : '';
}

/** Draws the list; focus stays on the item it was in. */
export function renderItems(draft, known) {
  filterOptions(draft);
  const focused = document.activeElement?.closest?.('#items [data-id]')?.dataset.id;
  const shown = [...draft.entities, ...draft.relationships].filter(matches);
  fill($('items'), shown.length ? shown.map((item) => card(item, known)) : el('li', { class: 'empty' }, 'Nothing matches the filters.'));
  $('accept-shown').disabled = !shown.some((item) => item.state === 'PROPOSED') || draft.status === 'DISCARDED';
  if (focused)
    $('items')
      .querySelector(`[data-id="${CSS.escape(focused)}"] .select`)
      ?.focus();
}

export async function acceptShown() {
  const draft = state.draft;
  const ids = [...draft.entities, ...draft.relationships].filter((item) => matches(item) && item.state === 'PROPOSED').map((item) => item.id);
  if (!ids.length) return;
  const result = await change('review', { items: ids, state: 'ACCEPTED' });
  if (result.ok) status(`Accepted ${ids.length} item${ids.length === 1 ? '' : 's'} (with the drafted entities they need).`);
}
