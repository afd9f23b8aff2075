// What the words selected in the report's text say, for adding what the draft missed
// (review-add.js): where they are in the text, the sentence they are in, the names in that
// sentence the draft did not mark (looked up in the graph), and the entities to offer as ends.

import { call } from './review-api.js';
import { DOCUMENTS } from './review-queries.js';

/** The selection's offsets in the report's text (the container's text is the report's, character for character), trimmed; null when it is not in the text. */
export function selectionIn(container, text) {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** The sentence the words are in: one the extractor read, when one holds them, else the text between sentence ends and line breaks. */
export function sentenceAround(draft, { start, end }) {
  const read = [...draft.entities, ...draft.relationships]
    .flatMap((item) => item.evidence.map((e) => e.sentence))
    .find((s) => s.start <= start && end <= s.end);
  if (read) return read;
  const { text } = draft;
  let from = 0;
  let to = text.length;
  for (const boundary of text.matchAll(/[.!?]["”’)]*\s+|\n+/g)) {
    const after = boundary.index + boundary[0].length;
    if (after <= start) from = after;
    else if (boundary.index >= end) {
      to = boundary.index + boundary[0].trimEnd().length;
      break;
    }
  }
  return { start: from, end: to, text: text.slice(from, to) };
}

const fold = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[–—-]/g, ' ');

/** Whether a name is the capitalised words, or in them ("Prime Minister Nikol Pashinyan"), or they are its adjective ("Armenian"). */
function names(run, name) {
  const [r, n] = [fold(run), fold(name)];
  return ` ${r} `.includes(` ${n} `) || (!r.includes(' ') && r.startsWith(n) && r.length - n.length <= 2);
}

/** The sentence's capitalised names the draft did not mark, looked up in the graph: `[{ start, end, entity }]`. */
export async function unmarkedNames(draft, sentence) {
  const marked = (start, end) => draft.mentions.some((m) => m.entity && m.start < end && start < m.end);
  const runs = [...sentence.text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)]
    .map((m) => ({ text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }))
    .filter((run) => !marked(run.start, run.end))
    .slice(0, MAX_NAME_LOOKUPS);
  const lookUp = (text) =>
    call(DOCUMENTS.search, { text }).then(
      ({ search }) => search.map((r) => r.entity).find((e) => names(text, e.name)),
      () => undefined,
    );
  // A search wants every word: a title before a name ("Prime Minister Nikol Pashinyan") is tried without it too.
  const found = await Promise.all(
    runs.map(async (run) => {
      const words = run.text.split(/\s+/);
      return (await lookUp(run.text)) ?? (words.length > 2 ? lookUp(words.slice(-2).join(' ')) : undefined);
    }),
  );
  return runs.flatMap((run, i) => (found[i] ? [{ start: run.start, end: run.end, entity: found[i] }] : []));
}

/** At most this many of a sentence's unmarked names are looked up. */
const MAX_NAME_LOOKUPS = 8;

/**
 * Entities to offer as ends, `{ id, name, kind, drafted, inSentence, inSelection, uses }`: the
 * sentence's names in text order, then the rest, those the draft's relationships use most first.
 */
export function candidates(draft, known, sentence, words, looked) {
  const uses = new Map();
  for (const r of draft.relationships) for (const id of [r.from.id, r.to.id]) uses.set(id, (uses.get(id) ?? 0) + 1);
  const found = new Map();
  const add = (id, info, extra = {}) => {
    if (!info || found.has(id)) return;
    found.set(id, { id, name: info.name, kind: info.kind, drafted: info.drafted, uses: uses.get(id) ?? 0, ...extra });
  };
  const inSentence = [
    ...draft.mentions.filter((m) => m.entity && m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ ...m, info: known.get(m.entity) })),
    ...looked.map((m) => ({ ...m, entity: m.entity.slug, info: { name: m.entity.name, kind: m.entity.kind, drafted: false } })),
  ].sort((a, b) => a.start - b.start);
  for (const m of inSentence) add(m.entity, m.info, { inSentence: true, inSelection: m.start >= words.start && m.end <= words.end });
  for (const id of [...known.keys()].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0))) add(id, known.get(id));
  return [...found.values()];
}
