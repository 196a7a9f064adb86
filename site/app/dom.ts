// Small DOM helpers shared by the site's pages (no framework: the pages are a few inputs and outputs).

/** The element with this id; throws when the page lacks it (a page and its script disagree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no element #${id}`);
  return element as T;
}

/** The value of an input, trimmed ('' when empty). */
export function inputText(id: string): string {
  return byId<HTMLInputElement | HTMLSelectElement>(id).value.trim();
}

/** The number in an input: undefined when it is empty, NaN when it is not a number. */
export function inputNumber(id: string): number | undefined {
  const text = inputText(id);
  return text === '' ? undefined : Number(text);
}

/**
 * The number in an input the answer needs: an empty one (or one the browser cannot read as a
 * number, which it empties) is refused with the input's id, so its label names it.
 */
export function requiredNumber(id: string): number {
  const value = inputNumber(id);
  if (value === undefined) throw Object.assign(new Error('give a number'), { field: id });
  return value;
}

/**
 * Shows an output: `text` for people, and the exact number (full precision, `Infinity` as
 * written by `String`) in `data-value` for a test or a copy; no value: the attribute is removed.
 */
export function show(id: string, text: string, value?: number | string): void {
  const element = byId(id);
  element.textContent = text;
  if (value === undefined) element.removeAttribute('data-value');
  else element.dataset.value = String(value);
}

/** A table of text cells (textContent, so a call type read from a file can never be markup). */
export function renderTable(table: HTMLTableElement, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const header of headers) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = header;
    headRow.append(cell);
  }
  const body = document.createElement('tbody');
  for (const row of rows) {
    const line = body.insertRow();
    row.forEach((text, i) => {
      const cell = i === 0 ? document.createElement('th') : line.insertCell();
      if (i === 0) {
        (cell as HTMLTableCellElement).scope = 'row';
        line.append(cell);
      }
      cell.textContent = text;
    });
  }
  table.replaceChildren(head, body);
}

/** Offers text as a file to save (a blob URL: nothing leaves the page). */
export function download(name: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The message of an error for people (the library's errors name the parameter, value and expectation). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shows a library error in the page's error line, prefixed by the label of the input it is about
 * (its `field`, from {@link requiredNumber}, or found through `fieldOf`: parameter name → input
 * id), and marks that input `aria-invalid`.
 */
export function showInputError(errorId: string, error: unknown, fieldOf: Readonly<Record<string, string>>): void {
  const { parameter, field: named } = (error ?? {}) as { parameter?: unknown; field?: string };
  const field = named ?? (typeof parameter === 'string' ? fieldOf[parameter] : undefined);
  if (field !== undefined) byId(field).setAttribute('aria-invalid', 'true');
  const label = field === undefined ? undefined : document.querySelector(`label[for="${field}"]`)?.firstChild?.textContent?.trim();
  const line = byId(errorId);
  line.textContent = `${label === undefined ? '' : `${label}: `}${messageOf(error)}`;
  line.hidden = false;
}

/** Hides the error line and clears every input's `aria-invalid`. */
export function clearInputError(errorId: string, ids: readonly string[]): void {
  for (const id of ids) byId(id).removeAttribute('aria-invalid');
  const line = byId(errorId);
  line.hidden = true;
  line.textContent = '';
}
