// A page's inputs in its URL (after #, as a query string), so a scenario can be sent as a link.
// Only values that differ from the page's defaults are written; the keys are the inputs' ids.
import { byId } from './dom.js';

type Field = HTMLInputElement | HTMLSelectElement;

/** The state of the inputs with these ids, as written in the page (their defaults). */
export function defaultsOf(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id) => [id, byId<Field>(id).value]));
}

/** Sets the inputs from the URL's hash (or its query string), ignoring keys the page does not have. */
export function loadState(ids: readonly string[]): void {
  const text = location.hash.length > 1 ? location.hash.slice(1) : location.search.slice(1);
  const params = new URLSearchParams(text);
  for (const id of ids) {
    const value = params.get(id);
    if (value !== null) byId<Field>(id).value = value;
  }
}

/** The link to the current state (the page's address with the changed inputs after #). */
export function stateLink(ids: readonly string[], defaults: ReadonlyMap<string, string>): string {
  const params = new URLSearchParams();
  for (const id of ids) {
    const value = byId<Field>(id).value;
    if (value !== defaults.get(id)) params.set(id, value);
  }
  const hash = params.toString();
  return `${location.href.replace(/#.*$/, '')}${hash === '' ? '' : `#${hash}`}`;
}

/** Writes the state into the address bar without a new history entry. */
export function saveState(link: string): void {
  if (link !== location.href) history.replaceState(null, '', link);
}
