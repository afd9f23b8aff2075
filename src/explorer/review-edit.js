// Editing a drafted item: a form for the common fields and the type's own (figure, qualifier,
// allegation, …, as /review/model.json describes them), or the item's JSON as a whole; problems
// the server finds are shown next to their fields (the form for a new item, review-add.js, is made
// of the same parts). And linking a drafted entity to one the graph already has, found by search.

import { KINDS, el, fill, words } from '/explore/shared.js';
import { call, change, model, status } from './review-api.js';
import { DOCUMENTS } from './review-queries.js';

let serial = 0;

/** A labelled input, select or textarea, named by its path in the item's JSON (`time.from`). */
export function row(label, path, control, hint) {
  const id = `f${++serial}`;
  control.id = id;
  control.dataset.field = path;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, hint ? el('small', {}, hint) : null);
}

export const input = (value, props = {}) => el('input', { value: value ?? '', ...props });

export function choice(values, current, optional) {
  const select = el(
    'select',
    {},
    optional ? el('option', { value: '' }, '—') : null,
    values.map((v) => el('option', { value: v }, words(v))),
  );
  select.value = current ?? '';
  return select;
}

/** One control per own field of the type or kind, filled from the item. */
export function ownFields(specs, item, listId) {
  return specs
    .filter((spec) => spec.input !== 'json')
    .map((spec) => {
      const value = item[spec.name];
      const label = `${spec.name}${spec.required ? '' : ' (optional)'}`;
      switch (spec.input) {
        case 'choice':
          return row(label, spec.name, choice(spec.values, value, !spec.required), spec.description);
        case 'choices':
          return el(
            'fieldset',
            { class: 'choices', 'data-field': spec.name },
            el('legend', {}, label),
            spec.values.map((v) => el('label', {}, el('input', { type: 'checkbox', value: v, checked: (value ?? []).includes(v) }), ` ${words(v)}`)),
          );
        case 'boolean':
          return row(label, spec.name, el('input', { type: 'checkbox', checked: value ?? spec.default ?? false }), spec.description);
        case 'number':
        case 'integer':
          return row(
            label,
            spec.name,
            input(value === null ? '' : value, { type: 'number', min: '0', step: spec.input === 'integer' ? '1' : 'any' }),
            spec.nullable ? `${spec.description ?? ''} Leave empty when the source gives it only in words.` : spec.description,
          );
        case 'entity':
          return row(label, spec.name, input(value, { list: listId, spellcheck: 'false' }), spec.description);
        default:
          return row(label, spec.name, input(value), spec.description);
      }
    });
}

/** Reads the own fields back into `out`, leaving out what is empty and optional. */
export function readOwnFields(form, specs, out) {
  for (const spec of specs.filter((s) => s.input !== 'json')) {
    const control = form.querySelector(`[data-field="${spec.name}"]`);
    delete out[spec.name];
    if (spec.input === 'choices') {
      const picked = [...control.querySelectorAll('input:checked')].map((box) => box.value);
      if (picked.length) out[spec.name] = picked;
    } else if (spec.input === 'boolean') {
      out[spec.name] = control.checked;
    } else if (spec.input === 'number' || spec.input === 'integer') {
      if (control.value !== '') out[spec.name] = Number(control.value);
      else if (spec.nullable) out[spec.name] = null;
    } else if (control.value.trim() || spec.required) {
      out[spec.name] = control.value.trim();
    }
  }
}

/** Shows each problem by its field (`item.time.from` → the `time.from` control); the rest above the buttons. */
export function showProblems(form, problems) {
  for (const old of form.querySelectorAll('.problem')) old.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const general = [];
  for (const problem of problems) {
    const parts = problem.field.replace(/^item\.?/, '').split('.');
    let control = null;
    while (parts.length && !control) {
      control = form.querySelector(`[data-field="${CSS.escape(parts.join('.'))}"]`);
      parts.pop();
    }
    if (!control) {
      general.push(problem);
      continue;
    }
    const id = `p${++serial}`;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', id);
    control.closest('.field, fieldset, details').append(el('p', { class: 'problem', id }, problem.message));
  }
  fill(
    form.querySelector('.problems'),
    general.map((p) => el('li', { class: 'problem' }, `${p.field}: ${p.message}`)),
  );
  form.querySelector('[aria-invalid]')?.focus();
}

async function save(form, item, json) {
  const result = await change('edit', { item: item.id, json });
  if (result.ok) status(`Saved your edit of ${item.id}: it is now EDITED (accepted as corrected).`);
  else if (result.problems) showProblems(form, result.problems);
}

export function endOptions(listId, known) {
  return el(
    'datalist',
    { id: listId },
    [...known].map(([id, info]) =>
      el('option', { value: id, label: `${info.name} (${KINDS[info.kind]?.label ?? 'entity'}, ${info.drafted ? 'proposed' : 'in the graph'})` }),
    ),
  );
}

function commonFields(item, spec, listId) {
  const original = JSON.parse(item.json);
  if (!('type' in item)) {
    return [
      row('Name', 'name', input(original.name)),
      row('Other names (comma-separated)', 'aliases', input((original.aliases ?? []).join(', '))),
      row('Description (optional)', 'description', el('textarea', { rows: '2' }, original.description ?? '')),
      row('Note (optional)', 'note', el('textarea', { rows: '2' }, original.note ?? '')),
    ];
  }
  return [
    row('Type', 'type', choice(Object.keys(spec.relationshipTypes), original.type, false)),
    row('From (entity id)', 'from', input(original.from, { list: listId, spellcheck: 'false' })),
    row('To (entity id)', 'to', input(original.to, { list: listId, spellcheck: 'false' })),
    row('Confidence', 'confidence', choice(Object.keys(spec.confidences), original.confidence, false)),
    row('Holds from (optional)', 'time.from', input(original.time?.from, { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
    row('Holds to (optional)', 'time.to', input(original.time?.to, { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' })),
    row('How the dates were worked out (optional)', 'time.note', input(original.time?.note)),
    row('Note (optional)', 'note', el('textarea', { rows: '2' }, original.note ?? '')),
  ];
}

/** The item's JSON with the form's values: common fields, then the (possibly new) type's own. */
function fromForm(form, item, spec) {
  const out = JSON.parse(item.json);
  const value = (path) => form.querySelector(`[data-field="${path}"]`).value.trim();
  const optional = (key, v) => (v ? (out[key] = v) : delete out[key]);
  if (!('type' in item)) {
    out.name = value('name');
    out.aliases = value('aliases')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    optional('description', value('description'));
    optional('note', value('note'));
    readOwnFields(form, spec.entityKinds[item.kind]?.fields ?? [], out);
    return out;
  }
  const type = value('type');
  if (type !== out.type) for (const field of spec.relationshipTypes[out.type]?.fields ?? []) delete out[field.name];
  Object.assign(out, { type, from: value('from'), to: value('to'), confidence: value('confidence') });
  const time = Object.fromEntries(['from', 'to', 'note'].map((k) => [k, value(`time.${k}`)]).filter(([, v]) => v));
  optional('time', Object.keys(time).length ? time : null);
  optional('note', value('note'));
  readOwnFields(form, spec.relationshipTypes[type]?.fields ?? [], out);
  return out;
}

/** Opens the edit form for an item inside `container` (its card). */
export async function openEditor(container, item, known, title) {
  const spec = await model();
  const listId = `ends-${++serial}`;
  const specsOf = (type) => ('type' in item ? spec.relationshipTypes[type]?.fields : spec.entityKinds[item.kind]?.fields) ?? [];
  const own = el('fieldset', { class: 'own' });
  const drawOwn = (type) =>
    fill(own, el('legend', {}, `${'type' in item ? type : KINDS[item.kind]?.label} details`), ownFields(specsOf(type), JSON.parse(item.json), listId));
  const json = el('textarea', { rows: '12', spellcheck: 'false', 'data-field': 'json', id: `json-${serial}` }, item.json);
  const form = el(
    'form',
    { class: 'edit-form', 'aria-label': `Edit ${title}`, novalidate: true },
    endOptions(listId, known),
    el('fieldset', {}, el('legend', {}, 'As the report has it'), commonFields(item, spec, listId)),
    own,
    el('ul', { class: 'problems', 'aria-live': 'polite' }),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Save'),
      el('button', { type: 'button', onclick: () => container.replaceChildren() }, 'Cancel'),
    ),
    el(
      'details',
      { class: 'json' },
      el('summary', {}, 'Edit as JSON'),
      el('label', { for: json.id }, 'The item in the import format'),
      json,
      el('button', { type: 'button', onclick: () => save(form, item, json.value) }, 'Save JSON'),
    ),
  );
  drawOwn(item.type);
  form.querySelector('[data-field="type"]')?.addEventListener('change', (event) => drawOwn(event.target.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(form, item, JSON.stringify(fromForm(form, item, spec)));
  });
  fill(container, form);
  form.querySelector('input, select, textarea')?.focus();
}

/** Opens a search for the entity in the graph that a drafted entity is, inside `container`. */
export function openLinker(container, entity) {
  const id = `link-${++serial}`;
  const box = input(entity.name, { id, type: 'search', autocomplete: 'off' });
  const results = el('ul', { class: 'results', 'aria-label': `Entities in the graph like ${entity.name}`, 'aria-live': 'polite' });
  const link = async (target) => {
    const result = await change('link', { entity: entity.id, to: target.slug });
    if (result.ok) status(`Linked “${entity.name}” to “${target.name}” in the graph: what referred to it now refers to that entity.`);
  };
  let timer;
  const find = async () => {
    const text = box.value.trim();
    if (!text) return results.replaceChildren();
    try {
      const { search } = await call(DOCUMENTS.search, { text });
      fill(
        results,
        search.length
          ? search.map(({ entity: e }) =>
              el(
                'li',
                {},
                el(
                  'button',
                  { type: 'button', onclick: () => link(e) },
                  `${e.name} (${KINDS[e.kind]?.label ?? e.kind})`,
                  e.description ? el('small', {}, ` — ${e.description}`) : null,
                ),
              ),
            )
          : el('li', {}, `Nothing in the graph matches “${text}”.`),
      );
    } catch (error) {
      status(error.message, 'error');
    }
  };
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(find, 200);
  });
  fill(
    container,
    el(
      'form',
      {
        class: 'link-form',
        role: 'search',
        onsubmit: (event) => {
          event.preventDefault();
          find();
        },
      },
      el('label', { for: id }, `Which entity in the graph is “${entity.name}”?`),
      box,
      el('button', { type: 'submit' }, 'Search'),
      el('button', { type: 'button', onclick: () => container.replaceChildren() }, 'Cancel'),
      results,
    ),
  );
  box.focus();
  find();
}
