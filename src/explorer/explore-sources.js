// The sources panel of an event: every report that speaks of it as a column, every topic (a figure,
// an accusation, a statement and its dates) as a row, each cell what that report says there with
// its quote; rows where the reports conflict come first and are marked.

import { el, gql } from './shared.js';

const SOURCES = `query EventSources($id: ID!, $asOf: Date) {
  entity(id: $id) {
    ... on Event {
      sources(asOf: $asOf) {
        conflicts
        reports { source { slug title publisher publishedFrom } mentions { quote } }
        comparisons { kind topic agreement claims { source { slug } says when quotes } }
      }
    }
  }
}`;

const AGREEMENT = { CONFLICT: 'Conflict', AGREE: 'Agree', SINGLE_SOURCE: 'One source' };

/** The panel for an event, or null when no report speaks of it. */
export async function sourcesPanel(slug, asOf) {
  const { entity } = await gql(SOURCES, { id: slug, asOf });
  const view = entity?.sources;
  if (!view || !view.reports.length) return null;
  const reports = view.reports.map((r) => r.source);
  const summary = `${reports.length} report${reports.length === 1 ? '' : 's'}; ${view.conflicts} conflict${view.conflicts === 1 ? '' : 's'}.`;
  return el(
    'section',
    { class: 'sources-view', 'aria-labelledby': 'sources-view-title' },
    el('h3', { id: 'sources-view-title' }, 'Sources side by side'),
    el('p', {}, summary),
    el(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Sources side by side (scrolls sideways)' },
      el(
        'table',
        {},
        el('caption', {}, 'What each report says about this event, topic by topic'),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Topic'),
            reports.map((s) => el('th', { scope: 'col' }, s.title, s.publishedFrom ? el('small', {}, ` (${s.publishedFrom})`) : null)),
          ),
        ),
        el(
          'tbody',
          {},
          view.comparisons.map((comparison) =>
            el(
              'tr',
              { class: comparison.agreement.toLowerCase().replace('_', '-') },
              el('th', { scope: 'row' }, comparison.topic, el('span', { class: 'agreement' }, AGREEMENT[comparison.agreement])),
              reports.map((source) => {
                const claims = comparison.claims.filter((claim) => claim.source.slug === source.slug);
                return el(
                  'td',
                  {},
                  claims.map((claim) =>
                    el(
                      'div',
                      {},
                      claim.says,
                      claim.when ? el('small', {}, ` (${claim.when})`) : null,
                      claim.quotes.map((quote) => el('q', {}, quote)),
                    ),
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
