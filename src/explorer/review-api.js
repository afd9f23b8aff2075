// The review page's state and its talk with the server: the editor token (this tab only), the
// draft being reviewed, and every change sent with the revision it was made on.

import { $, gql } from '/explore/shared.js';
import { DOCUMENTS } from './review-queries.js';

const TOKEN_KEY = 'conflict-graph.review.token';

export const state = {
  /** The draft as last read (the `DraftFields` fragment). */
  draft: null,
  /** The selected item's id. */
  selected: null,
  /** The import format's fields (from /review/model.json). */
  model: null,
  /** What the last import wrote, while the draft is the same. */
  lastImport: null,
};

const listeners = [];

/** Calls `render(draft)` whenever the draft changes. */
export function onDraft(render) {
  listeners.push(render);
}

export function setDraft(draft) {
  state.draft = draft;
  if (draft && state.selected && !itemById(state.selected)) state.selected = null;
  for (const render of listeners) render(draft);
}

export const itemById = (id) => [...(state.draft?.entities ?? []), ...(state.draft?.relationships ?? [])].find((item) => item.id === id);

export const token = () => sessionStorage.getItem(TOKEN_KEY);

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function status(text, kind = '') {
  $('status').textContent = text;
  $('status').className = kind;
}

/** Why a request was refused, in the reviewer's terms, for UNAUTHENTICATED and FORBIDDEN. */
function explainRefusal(error) {
  if (error.code === 'UNAUTHENTICATED') {
    // The server's own words tell "this server has no keys" from "unknown key".
    return token() ? `The server does not accept this token: ${error.message}` : 'Sign in with an editor token to draft and review reports.';
  }
  if (error.code === 'FORBIDDEN') return 'This token may not review drafts: an editor token is needed.';
  return null;
}

/** Runs an operation with the token. A refused token is forgotten; the error's `refusal` says why, in the reviewer's terms. */
export async function call(query, variables = {}) {
  try {
    return await gql(query, variables, { token: token() });
  } catch (error) {
    // Said while the token is still there, so a refused token reads differently from none.
    error.refusal = explainRefusal(error);
    if (error.refusal) {
      setToken(null);
      document.dispatchEvent(new CustomEvent('review:signed-out', { detail: error.refusal }));
    }
    throw error;
  }
}

export async function loadDraft(id) {
  const { draft } = await call(DOCUMENTS.draft, { id });
  return draft;
}

/**
 * Sends a review change (`review`, `edit`, `link`) with the revision it was made on. Returns
 * `{ ok: true }` with the draft updated, or `{ problems }` for a ValidationError (for the form to
 * show), or `{ message }` when nothing changed for another reason. On a ConflictError a colleague
 * changed the draft meanwhile: it is read again and the reviewer told.
 */
export async function change(name, variables) {
  const draft = state.draft;
  let result;
  try {
    const data = await call(DOCUMENTS[name], { draft: draft.id, revision: draft.revision, ...variables });
    result = Object.values(data)[0];
  } catch (error) {
    status(error.message, 'error');
    return { message: error.message };
  }
  if (result.__typename === 'Draft') {
    setDraft(result);
    return { ok: true };
  }
  if (result.__typename === 'ConflictError') {
    const fresh = await loadDraft(draft.id);
    if (fresh) setDraft(fresh);
    if (fresh?.status === 'DISCARDED') status('This draft was set aside: nothing more can change in it.', 'error');
    else
      status(
        `A colleague changed this draft while you were reviewing it: it has been reloaded with their changes. Check the item and try again. (${result.message})`,
        'error',
      );
    return { message: result.message, conflict: true };
  }
  if (result.__typename === 'ValidationError') {
    status(`Not saved: ${result.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, 'error');
    return { problems: result.problems, message: result.message };
  }
  status(result.message, 'error');
  return { message: result.message };
}

/** The import format's fields, read once. */
export async function model() {
  if (!state.model) {
    const response = await fetch('/review/model.json');
    state.model = await response.json();
  }
  return state.model;
}
