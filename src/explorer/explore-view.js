// The explorer's view as an address: centre, depth, date, filters, what is expanded and what is
// selected live in the query string, so a view can be shared, bookmarked and reopened as it was.
// `/explore?entity=<slug>` (what the review page links to) is the simplest such address.

const CONFIDENCES = ['REPORTED_FACT', 'CLAIM', 'ASSESSMENT'];
const list = (value) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);

/** The view an address describes; anything malformed falls back to the default. */
export function readView(search) {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth'));
  const asOf = params.get('asOf');
  const minConfidence = params.get('minConfidence');
  return {
    focus: params.get('entity') || null,
    depth: [1, 2, 3].includes(depth) ? depth : 2,
    asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '') ? asOf : null,
    hidden: new Set(list(params.get('hide')).filter((type) => /^[A-Z_]+$/.test(type))),
    minConfidence: CONFIDENCES.includes(minConfidence) ? minConfidence : null,
    expanded: new Set(list(params.get('expand'))),
    selected: params.get('select') || null,
  };
}

/** The address of a view (only what differs from the default). */
export function addressOf(view) {
  const params = new URLSearchParams();
  if (view.focus) params.set('entity', view.focus);
  if (view.focus && view.depth !== 2) params.set('depth', String(view.depth));
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.hidden.size) params.set('hide', [...view.hidden].sort().join(','));
  if (view.minConfidence) params.set('minConfidence', view.minConfidence);
  if (view.focus && view.expanded.size) params.set('expand', [...view.expanded].join(','));
  if (view.selected) params.set('select', view.selected);
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

/** An export's query string for what is on screen: the same centre, depth, date and filters. */
export function exportQuery(view, knownTypes) {
  const params = new URLSearchParams();
  if (view.focus) {
    params.set('entity', view.focus);
    params.set('depth', String(view.depth));
    if (view.expanded.size) params.set('expand', [...view.expanded].join(','));
  }
  if (view.asOf) params.set('asOf', view.asOf);
  const types = shownTypes(view, knownTypes);
  if (types) params.set('types', types.join(','));
  if (view.minConfidence) params.set('minConfidence', view.minConfidence);
  return params.toString();
}
