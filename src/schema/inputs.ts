/**
 * The inputs every write shares: a citation (source, verbatim quote, who asserts it) and a time
 * span, and how a citation input becomes one of the import format.
 */
import { withoutNulls } from '../model/values.js';
import { builder } from './builder.js';

export const CitationInputRef = builder.inputType('CitationInput', {
  description: 'A sentence of a source that states the fact, verbatim, and who asserts it.',
  fields: (t) => ({
    source: t.id({ required: true, description: 'The source’s id (slug), e.g. `armenia-azerbaijan-2022-09`.' }),
    quote: t.string({ required: true, description: 'The sentence, exactly as in the source’s text (checked).' }),
    assertedBy: t.id({ description: 'The entity the source quotes (slug); leave out when the source states it itself.' }),
    via: t.id({ description: 'The agency the source relays it through (slug), if any.' }),
    note: t.string({ description: 'A curation note on this citation.' }),
  }),
});

export const TimeSpanInputRef = builder.inputType('TimeSpanInput', {
  description: 'When something holds, as precisely as the source says: `2020`, `2020-11` or `2022-09-14`.',
  fields: (t) => ({
    from: t.string({ description: 'When it began to hold; leave out when the source does not say.' }),
    to: t.string({ description: 'When it stopped; leave out when open-ended.' }),
    note: t.string({ description: 'How the dates were worked out (e.g. "Wednesday" resolved to a date).' }),
  }),
});

export function citationsFrom(inputs: readonly (typeof CitationInputRef.$inferInput)[] | null | undefined) {
  return (inputs ?? []).map((citation) =>
    withoutNulls({
      ...citation,
      source: String(citation.source),
      assertedBy: citation.assertedBy ? String(citation.assertedBy) : null,
      via: citation.via ? String(citation.via) : null,
    }),
  );
}
