// What the graph already holds of a drafted relationship, beside what the report says: the graph's
// answer and every source's statement with its quote, the fields where the report says otherwise
// marked, and the reviewer's choice for it (corroborate, contest, replace), explained in the words
// the API documents them with (/review/model.json).

import { el } from '/explore/shared.js';
import { change, state, status } from './review-api.js';

const CHOICE_LABELS = { CORROBORATE: 'Corroborate', CONTEST: 'Contest', REPLACE: 'Replace' };

/** The report's values under the names the graph's statements use (`confidence`, `validFrom`, `figure`, …). */
function reportValues(item) {
  return { confidence: item.confidence, validFrom: item.validFrom, validTo: item.validTo, ...JSON.parse(item.details || '{}') };
}

const shown = (value) => (value === undefined || value === null ? '—' : Array.isArray(value) ? value.join(', ') : String(value));

const differs = () => el('span', { class: 'tag differs' }, 'differs');

const sourceName = (statement) => `${statement.source.title}${statement.answers ? ' (the graph’s answer)' : ''}`;

/** The report's values and each source's, field by field; what differs is marked in words, not colour alone. */
function comparison(item) {
  const { statements } = item.inGraph;
  const ours = reportValues(item);
  const fields = [...new Set([...statements.flatMap((s) => s.values.map((v) => v.field)), ...item.differsFromGraph])];
  return el(
    'table',
    { class: 'compare' },
    el('caption', {}, 'What the graph already says, beside this report'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Field'),
        el('th', { scope: 'col' }, 'This report'),
        statements.map((s) => el('th', { scope: 'col' }, sourceName(s))),
      ),
    ),
    el(
      'tbody',
      {},
      fields.map((field) => {
        const different = item.differsFromGraph.includes(field);
        return el(
          'tr',
          { 'data-field': field, class: different ? 'differs' : null },
          el('th', { scope: 'row' }, field),
          el('td', {}, shown(ours[field]), different ? [' ', differs()] : null),
          statements.map((s) => {
            const value = s.values.find((v) => v.field === field);
            return el('td', {}, value ? value.value : '—', value?.differs ? [' ', differs()] : null);
          }),
        );
      }),
    ),
  );
}

function quotes(item) {
  return item.inGraph.statements.flatMap((s) =>
    s.citations.slice(0, 1).map((c) => el('blockquote', { class: 'quote graph-quote' }, el('p', {}, c.quote), el('footer', {}, sourceName(s)))),
  );
}

async function choose(item, choice, title) {
  const result = await change('choose', { items: [item.id], choice });
  if (result.ok) status(`${CHOICE_LABELS[choice]}: ${title}. It is accepted.`);
}

/** The choice for the item: what it was given, else the suggested one; each explained. */
function choices(item, title) {
  const current = item.choice ?? item.suggestedChoice;
  const name = `choice-${item.id}`;
  const descriptions = state.model?.reviewChoices ?? {};
  return el(
    'fieldset',
    { class: 'choice' },
    el('legend', {}, item.choice ? 'Your choice for it' : 'What to do with it (the suggested choice is selected)'),
    Object.entries(CHOICE_LABELS).map(([choice, label]) =>
      el(
        'label',
        {},
        el('input', {
          type: 'radio',
          name,
          value: choice,
          checked: choice === current,
          disabled: state.draft.status === 'DISCARDED',
          onchange: () => choose(item, choice, title),
        }),
        ` ${label}`,
        choice === item.suggestedChoice ? ' (suggested)' : '',
        descriptions[choice] ? el('small', {}, ` — ${descriptions[choice].replaceAll('`', '')}`) : null,
      ),
    ),
  );
}

/** The part of a card for a drafted relationship the graph already holds; null when it is new. */
export function inGraph(item, title) {
  if (!item.inGraph) return null;
  return el('section', { class: 'in-graph', 'aria-label': `In the graph already: ${title}` }, comparison(item), quotes(item), choices(item, title));
}
