// The report's text with the names it uses marked by entity kind (colour, underline style and a
// title, so colour is never the only sign), built from the draft's mention offsets as text nodes,
// and the selected item's sentences highlighted.

import { KINDS, el, fill } from '/explore/shared.js';

/** Every entity the draft refers to, by id: drafted here, or already in the graph. */
export function directory(draft, extra = new Map()) {
  const known = new Map(extra);
  const add = (end) => {
    if (!end || known.get(end.id)?.drafted) return;
    known.set(
      end.id,
      end.drafted ? { kind: end.kind, name: end.name, drafted: true } : { kind: end.entity?.kind ?? null, name: end.entity?.name ?? end.id, drafted: false },
    );
  };
  for (const entity of draft.entities) known.set(entity.id, { kind: entity.kind, name: entity.name, drafted: true });
  for (const r of draft.relationships) {
    add(r.from);
    add(r.to);
    for (const c of r.citations) {
      add(c.assertedBy);
      add(c.via);
    }
  }
  return known;
}

/** Ids the text names that the draft does not describe (names of the graph used only in passing). */
export function unexplained(draft, known) {
  return [...new Set(draft.mentions.map((m) => m.entity).filter((id) => id && !known.has(id)))];
}

/** Mentions that do not overlap, the narrowest kept: a sentence-long citation loses to the names inside it. */
function separate(mentions) {
  const chosen = [];
  const byWidth = [...mentions].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  for (const m of byWidth) if (!chosen.some((c) => c.start < m.end && m.start < c.end)) chosen.push(m);
  return chosen.sort((a, b) => a.start - b.start);
}

function mark(mention, words, known) {
  const entity = mention.entity ? known.get(mention.entity) : null;
  const kind = entity?.kind && KINDS[entity.kind] ? entity.kind : null;
  const where = entity ? (entity.drafted ? 'proposed in this draft' : 'in the graph') : 'not resolved';
  const title = kind ? `${KINDS[kind].label}: ${entity.name} (${where})` : `Unresolved name (${where})`;
  return el('mark', { class: `mention kind-${kind ?? 'unknown'}`, title, 'data-kind': kind ?? '', 'data-entity': mention.entity ?? '' }, words);
}

/**
 * Fills `container` with the text: mentions as <mark> elements, the sentences in `highlight`
 * ([{start, end}]) wrapped in <span class="evidence">. Returns the first such span.
 */
export function renderText(container, draft, known, highlight = []) {
  const { text } = draft;
  const mentions = separate(draft.mentions.filter((m) => m.end > m.start && m.end <= text.length));
  const sentences = highlight.filter((s) => s.end > s.start && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...[...mentions, ...sentences].flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const out = [];
  let wrapper = null;
  let first = null;
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const words = text.slice(a, b);
    const mention = mentions.find((m) => m.start <= a && b <= m.end);
    const sentence = sentences.find((s) => s.start <= a && b <= s.end);
    const node = mention ? mark(mention, words, known) : document.createTextNode(words);
    if (!sentence) {
      wrapper = null;
      out.push(node);
      continue;
    }
    if (wrapper?.sentence !== sentence) {
      wrapper = { sentence, element: el('span', { class: 'evidence' }) };
      first ??= wrapper.element;
      out.push(wrapper.element);
    }
    wrapper.element.append(node);
  }
  fill(container, out);
  return first;
}

/** The legend of the marks: each kind's colour and underline, as it shows in the text. */
export function mentionLegend() {
  return [
    Object.entries(KINDS).map(([kind, k]) => el('li', {}, el('mark', { class: `mention kind-${kind}` }, k.label))),
    el('li', {}, el('mark', { class: 'mention kind-unknown' }, 'Unresolved')),
    el('li', {}, el('span', { class: 'evidence' }, 'Selected item’s sentence')),
  ];
}
