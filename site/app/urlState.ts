// A page's inputs in its URL (after #, as a query string), so a scenario can be sent as a link.
// Only values that differ from the page's defaults are written; the keys are the inputs' ids.
import { byId } from './dom.js';

type Field = HTMLInputElement | HTMLSelectElement;

/** The state of the inputs with these ids, as written in the page (their defaults). */
function defaultsOf(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, byId<Field>(id).value]));
}

/**
 * Sets the inputs from the URL's hash (or its query string), ignoring keys the page does not have;
 * an input the link leaves out takes its default (a link followed in an open page is its scenario).
 */
function loadState(ids: readonly string[], defaults: ReadonlyMap<string, string>): void {
  const text = location.hash.length > 1 ? location.hash.slice(1) : location.search.slice(1);
  const params = new URLSearchParams(text);
  for (const id of ids) byId<Field>(id).value = params.get(id) ?? defaults.get(id) ?? '';
}

/** The link to the current state (the page's address with the changed inputs after #). */
function stateLink(ids: readonly string[], defaults: ReadonlyMap<string, string>): string {
  const params = new URLSearchParams();
  for (const id of ids) {
    const value = byId<Field>(id).value;
    if (value !== defaults.get(id)) params.set(id, value);
  }
  const hash = params.toString();
  return `${location.href.replace(/#.*$/, '')}${hash === '' ? '' : `#${hash}`}`;
}

/** Writes the state into the address bar without a new history entry. */
function saveState(link: string): void {
  if (link !== location.href) history.replaceState(null, '', link);
}

/**
 * Runs a form page: its inputs from the URL, then `compute` on every input (synchronously, so the
 * answer is on screen in the same frame) with the state written back to the URL and to the page's
 * `#share-link`; a changed hash (a link followed) loads again.
 */
export function bindForm(formId: string, ids: readonly string[], compute: () => void): void {
  const defaults = defaultsOf(ids);
  const update = (): void => {
    compute();
    const link = stateLink(ids, defaults);
    byId<HTMLAnchorElement>('share-link').href = link;
    saveState(link);
  };
  loadState(ids, defaults);
  byId(formId).addEventListener('input', update);
  byId(formId).addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('hashchange', () => {
    loadState(ids, defaults);
    update();
  });
  update();
}
