// The review page: sign in with an editor token (or take the one `npm start` puts in the address's
// fragment), draft a report, open a draft or a draft file (its id in the address, so a reload or a
// shared link reopens it), review the proposed items against the text, import what was accepted
// and see it in the graph. It talks only to the GraphQL API.

import { $, el, fill } from '/explore/shared.js';
import { call, loadDraft, model, onDraft, setDraft, setToken, state, status, token } from './review-api.js';
import { DOCUMENTS, MAX_LOOKUPS, mentionedEntities } from './review-queries.js';
import { directory, mentionLegend, renderText, unexplained } from './review-text.js';
import { acceptShown, renderItems } from './review-items.js';
import { drawImported, importDraft, renderHistory, resetImport } from './review-import.js';
import { resetAdd, watchSelection } from './review-add.js';

// For tests and for the curious in the browser console.
window.review = { state, cy: null };

/** Kinds and names of graph entities the text names but the draft does not describe, by id. */
const looked = new Map();
let known = new Map();

function showSignedIn() {
  const signedIn = Boolean(token());
  $('sign-in').hidden = signedIn;
  $('signed-in').hidden = !signedIn;
  $('token-help').hidden = signedIn;
}

/** A token handed over in the address's fragment (`#token=…`, as `npm start` prints it): kept for this tab, then taken out of the address. */
function tokenFromAddress() {
  const given = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!given) return false;
  setToken(given);
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  return true;
}

function show(view) {
  $('start').hidden = view !== 'start';
  $('review').hidden = view !== 'review';
}

/* Starting: the drafts to pick up, and a new report to draft. */

async function listDrafts() {
  if (!token()) {
    fill($('draft-list'), el('li', {}, 'Sign in to see the drafts.'));
    return;
  }
  try {
    const { drafts } = await call(DOCUMENTS.drafts, { status: $('drafts-status').value || null });
    fill(
      $('draft-list'),
      drafts.length
        ? drafts.map((d) =>
            el(
              'li',
              {},
              el('a', { href: `/review?draft=${encodeURIComponent(d.id)}` }, d.title),
              el(
                'small',
                {},
                ` ${d.status.toLowerCase()}, revision ${d.revision}, drafted by ${d.createdBy}, last changed ${new Date(d.updatedAt).toLocaleString('en-GB')} by ${d.updatedBy}`,
              ),
            ),
          )
        : el('li', {}, 'No drafts here yet.'),
    );
  } catch (error) {
    fill($('draft-list'), el('li', {}, error.refusal ?? error.message));
  }
}

async function draftReport(event) {
  event.preventDefault();
  const error = $('draft-error');
  error.textContent = '';
  if (!token()) return (error.textContent = 'Sign in with an editor token first.');
  if (!$('published').value) {
    $('published').focus();
    return (error.textContent = 'Give the date the report was published: relative dates (“on Wednesday”) are read against it.');
  }
  const optional = (id) => $(id).value.trim() || null;
  const input = {
    text: $('report-text').value,
    published: $('published').value,
    title: optional('title'),
    publisher: optional('publisher'),
    url: optional('url'),
    useGraph: $('use-graph').checked,
  };
  status('Drafting…');
  try {
    const { draftReport: result } = await call(DOCUMENTS.draftReport, { input });
    if (result.__typename === 'ExtractionError') {
      error.textContent = `Could not draft it: ${result.message}`;
      error.dataset.code = result.code;
      status('Nothing was drafted.', 'error');
      return;
    }
    history.pushState(null, '', `/review?draft=${encodeURIComponent(result.id)}`);
    await route();
  } catch (failure) {
    error.textContent = failure.refusal ?? failure.message;
    status('Nothing was drafted.', 'error');
  }
}

/** Opens a draft file (as `npm run extract -- --out` writes it): the server keeps it as a draft of its own. */
async function openDraftFile() {
  const input = $('draft-file');
  const error = $('file-error');
  const file = input.files[0];
  error.textContent = '';
  if (!file) return;
  if (!token()) return (error.textContent = 'Sign in with an editor token first.');
  status(`Opening ${file.name}…`);
  try {
    const { openDraft: result } = await call(DOCUMENTS.openDraft, { document: await file.text() });
    if (result.__typename === 'Draft') {
      input.value = '';
      history.pushState(null, '', `/review?draft=${encodeURIComponent(result.id)}`);
      return route();
    }
    const problems = (result.problems ?? []).map((p) => `${p.line ? `line ${p.line}, ` : ''}${p.path}: ${p.message}`);
    error.textContent = `${file.name} cannot be opened: ${[result.message, ...problems].join('; ')}`;
    status('Nothing was opened.', 'error');
  } catch (failure) {
    error.textContent = failure.refusal ?? failure.message;
    status('Nothing was opened.', 'error');
  }
}

/* Reviewing a draft. */

function renderHead(draft) {
  const c = draft.counts;
  fill(
    $('draft-head'),
    el('h2', { id: 'draft-title' }, draft.title),
    el(
      'p',
      { class: 'meta' },
      el('span', { class: `badge draft-${draft.status}`, id: 'draft-status' }, draft.status),
      ` Published ${draft.published ?? 'on an unknown date'}`,
      draft.publisher ? ` by ${draft.publisher}` : '',
      draft.url ? [' — ', el('a', { href: draft.url, rel: 'noreferrer noopener' }, 'the original')] : '',
      `. Drafted by ${draft.createdBy}; revision ${draft.revision}, last changed by ${draft.updatedBy}.`,
      draft.resolvedAgainstGraph ? ' Names were matched against the graph.' : ' Drafted from the text alone.',
    ),
    el(
      'p',
      { class: 'counts', id: 'counts' },
      `${c.proposed} proposed, ${c.accepted} accepted, ${c.edited} edited, ${c.rejected} rejected`,
      draft.importedAt ? `; imported ${new Date(draft.importedAt).toLocaleString('en-GB')} by ${draft.importedBy}` : '',
      '.',
    ),
  );
  // A link alone is worth importing: it teaches the graph's entity the drafted names.
  const linked = draft.entities.some((e) => e.linkedTo);
  $('import-button').disabled = draft.status === 'DISCARDED' || (c.accepted + c.edited === 0 && !linked);
}

/** The selected item's sentences, highlighted in the text and scrolled to. */
function renderReport(scroll = false) {
  const item = [...state.draft.entities, ...state.draft.relationships].find((i) => i.id === state.selected);
  const first = renderText($('report'), state.draft, known, item ? item.evidence.map((e) => e.sentence) : []);
  if (scroll && first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Looks up, once, the graph entities the text names in passing, so their marks get a kind too. */
async function lookUpMentioned(draft) {
  const ids = unexplained(draft, known)
    .filter((id) => !looked.has(id))
    .slice(0, MAX_LOOKUPS);
  if (!ids.length) return;
  try {
    const data = await call(mentionedEntities(ids.length), Object.fromEntries(ids.map((id, i) => [`e${i}`, id])));
    ids.forEach((id, i) =>
      looked.set(id, data[`e${i}`] ? { kind: data[`e${i}`].kind, name: data[`e${i}`].name, drafted: false } : { kind: null, name: id, drafted: false }),
    );
    if (state.draft?.id === draft.id) {
      known = directory(state.draft, looked);
      renderReport();
    }
  } catch {
    // The marks stay unresolved: nothing to review is lost.
  }
}

onDraft((draft) => {
  known = directory(draft, looked);
  renderHead(draft);
  renderReport();
  renderItems(draft, known);
  renderHistory(draft);
  lookUpMentioned(draft);
});

async function openDraft(id) {
  if (!token()) {
    show('start');
    status('Sign in with an editor token to open this draft.', 'error');
    return;
  }
  status('Opening the draft…');
  try {
    // The review choices' explanations come with the model: read before the first card is drawn.
    await model();
    const draft = await loadDraft(id);
    if (!draft) {
      show('start');
      status(`No draft has the id “${id}”.`, 'error');
      return listDrafts();
    }
    if (state.draft?.id !== draft.id) {
      state.selected = null;
      state.lastImport = null;
      resetImport();
      resetAdd();
    }
    show('review');
    setDraft(draft);
    status(`Reviewing “${draft.title}”: select an item to see its sentence in the text.`);
    if (draft.importedAt && !state.lastImport) {
      const imported = draft.relationships.filter((r) => r.state === 'ACCEPTED' || r.state === 'EDITED').map((r) => r.id);
      await drawImported(draft, imported);
    }
  } catch (error) {
    show('start');
    status(error.refusal ?? error.message, 'error');
  }
}

async function route() {
  showSignedIn();
  const id = new URLSearchParams(location.search).get('draft');
  if (id) return openDraft(id);
  state.draft = null;
  show('start');
  status(token() ? 'Paste a report to draft it, or open a draft to go on reviewing it.' : 'Sign in with an editor token to draft and review reports.');
  await listDrafts();
}

/* Wiring. */

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = $('token').value.trim();
  if (!value) return status('Paste your editor token first.', 'error');
  setToken(value);
  $('token').value = '';
  try {
    await call(DOCUMENTS.drafts, { status: 'OPEN' });
  } catch (error) {
    showSignedIn();
    return status(error.refusal ?? error.message, 'error');
  }
  await route();
  status('Signed in.');
});
$('sign-out').addEventListener('click', () => {
  setToken(null);
  history.pushState(null, '', '/review');
  route();
});
document.addEventListener('review:signed-out', (event) => {
  showSignedIn();
  status(event.detail, 'error');
});
document.addEventListener('review:select', () => renderReport(true));
window.addEventListener('popstate', route);
window.addEventListener('hashchange', () => {
  if (tokenFromAddress()) route();
});

$('draft-form').addEventListener('submit', draftReport);
$('drafts-status').addEventListener('change', listDrafts);
$('draft-file').addEventListener('change', openDraftFile);
$('filter-state').addEventListener('change', () => renderItems(state.draft, known));
$('filter-kind').addEventListener('change', () => renderItems(state.draft, known));
$('accept-shown').addEventListener('click', acceptShown);
$('import-button').addEventListener('click', () => importDraft(known));
watchSelection(() => known);
fill($('mention-legend'), mentionLegend());

tokenFromAddress();
route();
