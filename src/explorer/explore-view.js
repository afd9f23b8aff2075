// The explorer's view as an address: centre, depth, date, filters, what is expanded and what is
// selected live in the query string, so a view can be shared, bookmarked and reopened as it was.
// `/explore?entity=<slug>` (what the review page links to) is the simplest such address. A
// malformed part is set aside with a reason, never sent to the server.

const CONFIDENCES = ['REPORTED_FACT', 'CLAIM', 'ASSESSMENT'];
const list = (value) =>
  value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

/** Whether `iso` is a day the calendar has (2022-13-45 matches the pattern but is none). */
export function isDay(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso ?? '')) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Whether `text` is a moment (an ISO date-time, or a day: its start) the browser can read. */
const isMoment = (text) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text) && !Number.isNaN(Date.parse(text));

/**
 * The view an address describes; anything malformed falls back to the default, and `problems`
 * says what was set aside (shown to the reader, so a bad link explains itself).
 */
export function readView(search) {
  const params = new URLSearchParams(search);
  const problems = [];
  const take = (name, valid, fallback, why) => {
    const value = params.get(name);
    if (value === null || value === '') return fallback;
    if (valid(value)) return value;
    problems.push(`${why} ("${value}")`);
    return fallback;
  };
  const depth = Number(take('depth', (v) => ['1', '2', '3'].includes(v), '2', 'depth must be 1, 2 or 3'));
  const hide = list(params.get('hide'));
  const badTypes = hide.filter((type) => !/^[A-Z_]+$/.test(type));
  if (badTypes.length) problems.push(`no relationship type is called ${badTypes.map((t) => `"${t}"`).join(', ')}`);
  const view = {
    focus: params.get('entity') || null,
    depth,
    asOf: take('asOf', isDay, null, 'asOf is not a day of the calendar'),
    asKnownAt: take('asKnownAt', isMoment, null, 'asKnownAt is not a date or a date-time'),
    hidden: new Set(hide.filter((type) => /^[A-Z_]+$/.test(type))),
    minConfidence: take('minConfidence', (v) => CONFIDENCES.includes(v), null, `minConfidence must be one of ${CONFIDENCES.join(', ')}`),
    expanded: new Set(list(params.get('expand'))),
    selected: params.get('select') || null,
    map: params.get('show') === 'map',
  };
  return { view, problems };
}

/** The address of a view (only what differs from the default). */
export function addressOf(view) {
  const params = new URLSearchParams();
  if (view.focus) params.set('entity', view.focus);
  if (view.focus && view.depth !== 2) params.set('depth', String(view.depth));
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.asKnownAt) params.set('asKnownAt', view.asKnownAt);
  if (view.hidden.size) params.set('hide', [...view.hidden].sort().join(','));
  if (view.minConfidence) params.set('minConfidence', view.minConfidence);
  if (view.focus && view.expanded.size) params.set('expand', [...view.expanded].join(','));
  if (view.selected) params.set('select', view.selected);
  if (view.map) params.set('show', 'map');
  const query = params.toString();
  return `/explore${query ? `?${query}` : ''}`;
}

/** Records the view in the address: a new history entry when the centre moved, else in place. */
export function writeView(view, { push = false } = {}) {
  const address = addressOf(view);
  if (address === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', address);
  else history.replaceState(null, '', address);
}

/** The relationship types to ask for: every known type but the hidden ones (null: all of them). */
export function shownTypes(view, knownTypes) {
  if (!view.hidden.size) return null;
  return knownTypes.filter((type) => !view.hidden.has(type));
}

/** An export's query string for what is on screen: the same centre, depth, date and filters (`types`: null for all). */
export function exportQuery(view, types) {
  const params = new URLSearchParams();
  if (view.focus) {
    params.set('entity', view.focus);
    params.set('depth', String(view.depth));
    if (view.expanded.size) params.set('expand', [...view.expanded].join(','));
  }
  if (view.asOf) params.set('asOf', view.asOf);
  if (types) params.set('types', types.join(','));
  if (view.minConfidence) params.set('minConfidence', view.minConfidence);
  return params.toString();
}
