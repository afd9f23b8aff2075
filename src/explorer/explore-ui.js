// The page's furniture, apart from what it shows: the status line and the loading state, menus
// that close on Escape or a click outside, and on a narrow screen the sidebar as a drawer over the
// bottom of the graph (opened by its button, closed by Escape or its button again).

import { $ } from './shared.js';

/** Says `text` in the status line (as an error, in red, when `isError`: on a phone the drawer opens to show it). */
export function status(text, isError = false) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
  if (isError) setDrawer(true);
}

let loads = 0;
/**
 * Runs `work` with the loading state shown (a bar over the graph, the graph marked busy) and
 * returns what it returns; overlapping loads keep the state until the last ends.
 */
export async function loading(work) {
  loads++;
  $('loading').hidden = false;
  $('graph-area').setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    if (--loads === 0) {
      $('loading').hidden = true;
      $('graph-area').setAttribute('aria-busy', 'false');
    }
  }
}

/** Opens or closes the drawer (the sidebar on a narrow screen). */
export function setDrawer(open) {
  document.body.classList.toggle('drawer-open', open);
  $('drawer-toggle').setAttribute('aria-expanded', String(open));
}

/**
 * Menus close on Escape and on a click outside them: the export menu (a <details>) and the search
 * suggestions; Escape also closes the drawer when no menu was open.
 */
export function closeMenusOnEscapeAndOutside() {
  const menus = () => [...document.querySelectorAll('details.menu[open]')];
  const suggestions = $('search-results');
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = menus();
    if (open.length || suggestions.children.length) {
      for (const menu of open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
      suggestions.replaceChildren();
    } else if (document.body.classList.contains('drawer-open')) setDrawer(false);
  });
  document.addEventListener('click', (event) => {
    // A click the page makes itself (a download's link) is no reader clicking away.
    if (!event.isTrusted) return;
    for (const menu of menus()) if (!menu.contains(event.target)) menu.open = false;
    if (!$('search-form').contains(event.target)) suggestions.replaceChildren();
  });
  $('drawer-toggle').addEventListener('click', () => setDrawer(!document.body.classList.contains('drawer-open')));
}
