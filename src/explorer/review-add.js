// Adding what the draft missed: words selected in the report's text become a new relationship or
// entity. Its quote is the sentence they are in, verbatim; its ends are offered from the names
// marked in that sentence first (and the sentence's other capitalised names the graph knows: what
// the draft missed, it may not have marked), then the draft's other entities and any found in the
// graph by search; its type's own fields come from the import format's model (/review/model.json),
// filled from the selected words where they say it (a number as the figure, the words as the first
// text field, the party a name inside them stands for as an entity field such as whose losses).
// Sent with addDraftItem.

import { $, KINDS, el, fill } from '/explore/shared.js';
import { call, change, itemById, model, state, status } from './review-api.js';
import { DOCUMENTS, mentionedEntities } from './review-queries.js';
import { choice, input, ownFields, readOwnFields, row, showProblems } from './review-edit.js';
import { candidates, selectionIn, sentenceAround, unmarkedNames } from './review-words.js';

/** The words last selected in the text, as offsets into it: kept while the form is filled in. */
let selected = null;

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const label = (c) =>
  `${c.name} (${KINDS[c.kind]?.label ?? 'entity'}, ${c.drafted ? 'proposed' : 'in the graph'}${c.inSentence ? ', named in this sentence' : ''})`;

function endSelect(options, fits, current) {
  const fitting = options.filter((c) => fits.includes(c.kind));
  const select = el(
    'select',
    {},
    el(
      'optgroup',
      { label: 'Named in this sentence' },
      fitting.filter((c) => c.inSentence).map((c) => el('option', { value: c.id }, label(c))),
    ),
    el(
      'optgroup',
      { label: 'Elsewhere in the report or the graph' },
      fitting.filter((c) => !c.inSentence).map((c) => el('option', { value: c.id }, label(c))),
    ),
  );
  select.value = current ?? '';
  return select;
}

/**
 * The end to start from: for an event, the one the report is about (its relationships use it
 * most), since a figure or a side in a sentence belongs to it unless the reviewer says otherwise;
 * else the first that fits named in the sentence outside the selected words (those say what the
 * item is about, not who it joins); never `other`.
 */
function defaultEnd(options, kinds, other) {
  const fits = options.filter((c) => kinds.includes(c.kind) && c.id !== other);
  if (kinds.every((kind) => kind === 'EVENT')) {
    const main = [...fits].sort((a, b) => b.uses - a.uses)[0];
    if (main?.uses) return main.id;
  }
  return (fits.find((c) => c.inSentence && !c.inSelection) ?? fits.find((c) => c.inSentence) ?? fits[0])?.id;
}

/** The relationship type the words suggest: one that is a number (one it requires) when they hold a number, else the first whose ends the sentence names. */
function defaultType(spec, options, words) {
  const types = Object.entries(spec.relationshipTypes);
  const named = options.filter((c) => c.inSentence);
  if (/\d/.test(words)) {
    const counting = types.find(([, t]) => t.fields.some((f) => f.required && (f.input === 'number' || f.input === 'integer')));
    if (counting) return counting[0];
  }
  return (types.find(([, t]) => named.some((a) => t.from.includes(a.kind)) && named.some((b) => t.to.includes(b.kind))) ?? types[0])[0];
}

/** The party a name stands for: an armed force or a ministry counts for the state the draft says it is part of (losses are counted by party). */
function party(draft, id) {
  return draft.relationships.find((r) => r.type === 'PART_OF' && r.from.id === id && r.state !== 'REJECTED')?.to.id ?? id;
}

/** The own fields as far as the selected words tell them; required choices start at their default or first value. */
function prefilled(draft, fields, words, options) {
  const values = {};
  const number = /\d[\d,]*(\.\d+)?/.exec(words)?.[0];
  const named = options.find((c) => c.inSelection);
  let text = false;
  for (const field of fields) {
    if ((field.input === 'number' || field.input === 'integer') && number && values[field.name] === undefined)
      values[field.name] = Number(number.replaceAll(',', ''));
    else if (field.input === 'text' && field.required && !text) {
      values[field.name] = words;
      text = true;
    } else if (field.input === 'entity' && named) values[field.name] = party(draft, named.id);
    else if (field.input === 'choice' && field.required) values[field.name] = field.default ?? field.values[0];
  }
  return values;
}

/** A new id, like the extractor's: ends, type and the first identifying values; never one the draft has. */
function newId(draft, parts) {
  const base = slug(parts.filter((p) => p !== undefined && p !== null && p !== '').join(' '))
    .slice(0, 110)
    .replace(/-$/, '');
  const taken = new Set([...draft.entities, ...draft.relationships].map((item) => item.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

async function submit(form, json) {
  const result = await change('add', { json: JSON.stringify(json) });
  if (result.ok) {
    status(`Added ${json.id}: it is EDITED (accepted as you made it).`);
    close();
  } else if (result.problems) showProblems(form, result.problems);
}

function close() {
  selected = null;
  fill($('add-item'));
  $('from-selection').hidden = true;
}

/** Looks up entities in the graph by name and offers them as ends too. */
function graphSearch(options, redraw) {
  const box = input('', { type: 'search', autocomplete: 'off' });
  const button = el('button', { type: 'button' }, 'Find');
  const find = async () => {
    const text = box.value.trim();
    if (!text) return;
    try {
      const { search } = await call(DOCUMENTS.search, { text });
      for (const { entity } of search) {
        if (!options.some((c) => c.id === entity.slug)) options.push({ id: entity.slug, name: entity.name, kind: entity.kind, drafted: false });
      }
      redraw();
      status(search.length ? `Found ${search.length} in the graph: offered as ends.` : `Nothing in the graph matches “${text}”.`);
    } catch (error) {
      status(error.message, 'error');
    }
  };
  button.addEventListener('click', find);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  });
  return el('div', { class: 'find' }, row('Another end, found in the graph', 'find', box), button);
}

function relationshipForm(draft, spec, options, sentence, words) {
  const listId = `add-ends-${draft.revision}`;
  const type = choice(Object.keys(spec.relationshipTypes), defaultType(spec, options, words.text), false);
  const ends = el('div', { class: 'ends' });
  const own = el('fieldset', { class: 'own' });
  const drawEnds = () => {
    const t = spec.relationshipTypes[type.value];
    const before = { from: ends.querySelector('[data-field="from"]')?.value, to: ends.querySelector('[data-field="to"]')?.value };
    const keep = (value, kinds) => (options.some((c) => c.id === value && kinds.includes(c.kind)) ? value : undefined);
    const from = keep(before.from, t.from) ?? defaultEnd(options, t.from);
    const to = keep(before.to, t.to) ?? defaultEnd(options, t.to, from);
    fill(ends, row('From', 'from', endSelect(options, t.from, from), t.phrase), row('To', 'to', endSelect(options, t.to, to)));
  };
  const drawOwn = () => {
    const fields = spec.relationshipTypes[type.value].fields;
    fill(own, el('legend', {}, `${type.value} details`), ownFields(fields, prefilled(draft, fields, words.text, options), listId));
  };
  type.addEventListener('change', () => {
    drawEnds();
    drawOwn();
  });
  drawEnds();
  drawOwn();
  const form = el(
    'form',
    { class: 'edit-form add-form', 'aria-label': 'New relationship from this sentence', novalidate: true },
    el(
      'datalist',
      { id: listId },
      options.map((c) => el('option', { value: c.id, label: label(c) })),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'New relationship from this sentence'),
      row('Type', 'type', type),
      ends,
      row('Confidence', 'confidence', choice(Object.keys(spec.confidences), Object.keys(spec.confidences)[0], false)),
      row('Holds from (optional)', 'time.from', input('', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
      row('Holds to (optional)', 'time.to', input('', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
    ),
    graphSearch(options, drawEnds),
    own,
    el('ul', { class: 'problems', 'aria-live': 'polite' }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Add it'), el('button', { type: 'button', onclick: close }, 'Cancel')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (path) => form.querySelector(`[data-field="${path}"]`).value.trim();
    const t = spec.relationshipTypes[value('type')];
    const out = { type: value('type'), from: value('from'), to: value('to'), confidence: value('confidence') };
    const time = Object.fromEntries(['from', 'to'].map((k) => [k, value(`time.${k}`)]).filter(([, v]) => v));
    if (Object.keys(time).length) out.time = time;
    readOwnFields(form, t.fields, out);
    const identifying = t.fields
      .filter((f) => f.required && f.input !== 'entity')
      .slice(0, 2)
      .map((f) => (typeof out[f.name] === 'string' ? out[f.name].split(/\s+/).slice(0, 4).join(' ') : out[f.name]));
    const json = { id: newId(draft, [out.from, t.phrase.replace(/^is /, ''), out.to, ...identifying]), ...out, citations: [{ quote: sentence.text }] };
    submit(form, json);
  });
  return form;
}

function entityForm(draft, spec, sentence, words) {
  const kinds = Object.keys(spec.entityKinds);
  const kind = choice(kinds, kinds[0], false);
  const own = el('fieldset', { class: 'own' });
  const drawOwn = () => {
    const fields = spec.entityKinds[kind.value].fields;
    fill(
      own,
      el('legend', {}, `${spec.entityKinds[kind.value].label} details`),
      ownFields(fields, prefilled(draft, fields, '', []), `add-kinds-${draft.revision}`),
    );
  };
  kind.addEventListener('change', drawOwn);
  drawOwn();
  const form = el(
    'form',
    { class: 'edit-form add-form', 'aria-label': 'New entity from these words', novalidate: true },
    el(
      'fieldset',
      {},
      el('legend', {}, 'New entity from these words'),
      row('Name', 'name', input(words.text)),
      row('Kind', 'kind', kind),
      row('Description (optional)', 'description', el('textarea', { rows: '2' })),
    ),
    own,
    el('ul', { class: 'problems', 'aria-live': 'polite' }),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, 'Add it'), el('button', { type: 'button', onclick: close }, 'Cancel')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (path) => form.querySelector(`[data-field="${path}"]`).value.trim();
    const out = { id: newId(draft, [value('name')]), kind: value('kind'), name: value('name'), aliases: [] };
    if (value('description')) out.description = value('description');
    readOwnFields(form, spec.entityKinds[out.kind].fields, out);
    out.citations = [{ quote: sentence.text }];
    // An id the graph already has would be read as that entity: the reviewer should use it as an end instead.
    const taken = await call(mentionedEntities(1), { e0: out.id }).then(
      (data) => data.e0,
      () => null,
    );
    if (taken)
      return showProblems(form, [{ field: 'item.name', message: `“${taken.name}” is in the graph already: use it as an end, or link a drafted entity to it` }]);
    submit(form, out);
  });
  return form;
}

/** Opens the form for a new relationship or entity from the selected words, under the text. */
async function open(what, known) {
  const draft = state.draft;
  if (!selected || !draft) return;
  const spec = await model();
  const words = { ...selected, text: draft.text.slice(selected.start, selected.end) };
  const sentence = sentenceAround(draft, words);
  status('Looking up the sentence’s names…');
  const options = candidates(draft, known(), sentence, words, await unmarkedNames(draft, sentence));
  status(`A new ${what} from “${words.text}”: its quote is the sentence it is in.`);
  const form = what === 'entity' ? entityForm(draft, spec, sentence, words) : relationshipForm(draft, spec, options, sentence, words);
  fill(
    $('add-item'),
    el(
      'blockquote',
      { class: 'quote', id: 'add-quote' },
      el('p', {}, sentence.text),
      el('footer', {}, 'The quote: the sentence the selected words are in, verbatim'),
    ),
    form,
  );
  form.querySelector('input, select, textarea')?.focus();
}

/** Watches the text for selected words and offers to make an item from them; `known()` gives the draft's directory of entities. */
export function watchSelection(known) {
  const report = $('report');
  const offer = () => {
    const draft = state.draft;
    const span = draft && draft.status !== 'DISCARDED' ? selectionIn(report, draft.text) : null;
    if (!span) return;
    selected = span;
    $('selected-words').textContent = `“${draft.text.slice(span.start, span.end)}”`;
    $('from-selection').hidden = false;
  };
  report.addEventListener('mouseup', offer);
  report.addEventListener('keyup', offer);
  // Without a mouse: a selected item's sentence is offered too, with no words of it chosen.
  document.addEventListener('review:select', () => {
    const sentence = itemById(state.selected)?.evidence[0]?.sentence;
    if (!sentence || state.draft.status === 'DISCARDED') return;
    selected = { start: sentence.start, end: sentence.start };
    $('selected-words').textContent = 'the sentence of the item you selected';
    $('from-selection').hidden = false;
  });
  $('new-relationship').addEventListener('click', () => open('relationship', known));
  $('new-entity').addEventListener('click', () => open('entity', known));
}

/** Clears what belongs to another draft. */
export function resetAdd() {
  close();
}
