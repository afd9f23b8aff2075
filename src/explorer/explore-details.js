// The details panel: what was picked (an entity or a relationship, on the graph, the map or a
// list) with its dates, its citations and, for an event, its reports side by side. Read as the graph
// stood at the view's asKnownAt when there is one; scrolled into view when filled, so on a phone the
// reader sees it without hunting for it.

import { $, KINDS, el, figureWords, fill, gql, words } from './shared.js';
import { sourcesPanel } from './explore-sources.js';
import { setDrawer } from './explore-ui.js';

const ENTITY = `query Entity($id: ID!, $asKnownAt: DateTime) {
  entity(id: $id, asKnownAt: $asKnownAt) {
    name kind description note aliases
    citations { quote source { title } }
    ... on Event { startDate startPrecision endDate endPrecision dateNote status latitude longitude coordinatesNote }
    ... on Region { latitude longitude coordinatesNote }
    ... on Leader { office }
  }
}`;

const RELATIONSHIP = `query Relationship($id: ID!, $asKnownAt: DateTime) {
  relationship(id: $id, asKnownAt: $asKnownAt) {
    slug type confidence validFrom validFromPrecision validTo validToPrecision timeNote note
    from { name } to { name }
    citations { quote note source { title publisher } assertedBy { name } via { name } }
    ... on Accusation { allegation }
    ... on FigureReport { figureText unit whose { name } }
    ... on Occupation { area areaUnit }
    ... on Leadership { office }
    ... on Support { forms }
  }
}`;

/** A moment GraphQL's DateTime takes: a day alone means the end of that day. */
export const knownAtMoment = (asKnownAt) => (asKnownAt && !asKnownAt.includes('T') ? `${asKnownAt}T23:59:59Z` : asKnownAt);

function period(from, fromPrecision, to, toPrecision) {
  const show = (date, precision) => (precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date);
  if (!from && !to) return 'not bounded by the source';
  return `${from ? show(from, fromPrecision) : '…'} to ${to ? show(to, toPrecision) : 'open'}`;
}

/** What a relationship says beyond its type: the allegation, the figure, the area, the office, the forms. */
function whatOf(r) {
  if (r.allegation) return r.allegation;
  if (r.figureText) return `${figureWords(r.figureText, r.unit)}${r.whose ? ` (${r.whose.name})` : ''}`;
  if (r.area) return `${r.area} ${r.areaUnit}`;
  return r.office ?? (r.forms?.length ? r.forms.join(', ').toLowerCase() : null);
}

/** Fills the panel; when `reveal`, brings it into view (the drawer opens on a phone). */
function show(reveal, ...children) {
  fill($('details'), ...children);
  if (!reveal) return;
  setDrawer(true);
  $('details').scrollIntoView({ block: 'nearest' });
}

/**
 * The panel's two readers (`reveal` false: filled without being brought into view, as when a view
 * opens). `view()` gives the current view; `select(id)` records the selection; `expand(slug)` is the
 * Expand button's action.
 */
export function detailsPanel({ view, select, expand }) {
  async function showEntity(slug, reveal = true) {
    select(slug);
    const { entity } = await gql(ENTITY, { id: slug, asKnownAt: knownAtMoment(view().asKnownAt) });
    if (!entity) {
      show(reveal, el('p', { class: 'error' }, `No entity "${slug}"${view().asKnownAt ? ' as the graph stood then' : ''}.`));
      return;
    }
    const when = entity.startDate ? `${entity.startDate} (${entity.startPrecision?.toLowerCase()})${entity.endDate ? ` to ${entity.endDate}` : ''}` : null;
    const where = entity.latitude !== undefined && entity.latitude !== null ? `${entity.latitude.toFixed(3)}, ${entity.longitude.toFixed(3)}` : null;
    show(
      reveal,
      el('h2', {}, entity.name),
      el(
        'dl',
        {},
        el('dt', {}, 'Kind'),
        el('dd', {}, KINDS[entity.kind]?.label ?? entity.kind),
        entity.office ? [el('dt', {}, 'Office'), el('dd', {}, entity.office)] : null,
        entity.aliases.length ? [el('dt', {}, 'Also'), el('dd', {}, entity.aliases.join(', '))] : null,
        when ? [el('dt', {}, 'When'), el('dd', {}, when)] : null,
        entity.status ? [el('dt', {}, 'Status'), el('dd', {}, entity.status.toLowerCase())] : null,
        where ? [el('dt', {}, 'Where'), el('dd', {}, where, entity.coordinatesNote ? el('small', {}, ` (${entity.coordinatesNote})`) : null)] : null,
      ),
      entity.description ? el('p', {}, entity.description) : null,
      entity.note ? el('p', {}, el('em', {}, entity.note)) : null,
      el('button', { type: 'button', onclick: () => expand(slug) }, 'Expand'),
    );
    if (entity.kind === 'EVENT') {
      const panel = await sourcesPanel(slug, view().asOf);
      if (panel && view().selected === slug) $('details').append(panel);
    }
  }

  async function showRelationship(globalId, reveal = true) {
    const { relationship: r } = await gql(RELATIONSHIP, { id: globalId, asKnownAt: knownAtMoment(view().asKnownAt) });
    if (!r) return;
    select(`r:${r.slug}`);
    const what = whatOf(r);
    show(
      reveal,
      el('h2', {}, `${r.from.name} ${words(r.type)} ${r.to.name}`),
      el(
        'dl',
        {},
        what ? [el('dt', {}, 'What'), el('dd', {}, what)] : null,
        el('dt', {}, 'Confidence'),
        el('dd', {}, words(r.confidence)),
        el('dt', {}, 'Holds'),
        el('dd', {}, period(r.validFrom, r.validFromPrecision, r.validTo, r.validToPrecision)),
      ),
      r.timeNote ? el('p', {}, el('small', {}, r.timeNote)) : null,
      r.note ? el('p', {}, el('em', {}, r.note)) : null,
      el('h3', {}, 'Sources'),
      r.citations.map((c) =>
        el(
          'blockquote',
          { class: 'citation' },
          el('p', {}, c.quote),
          el(
            'footer',
            {},
            c.assertedBy ? `Asserted by ${c.assertedBy.name}` : 'Stated by the source',
            c.via ? `, via ${c.via.name}` : '',
            ` — ${c.source.title}${c.source.publisher ? ` (${c.source.publisher})` : ''}`,
          ),
        ),
      ),
    );
  }

  return { showEntity, showRelationship };
}
