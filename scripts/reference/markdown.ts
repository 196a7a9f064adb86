// A small Markdown renderer for the site's reference and guides: the subset the README, the doc
// sections and the doc comments use (headings, paragraphs, fenced code, tables, lists, quotes,
// inline code, bold, italics with *, links). No dependency; everything is escaped.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** How a link target is written in the page: `href` as given unless the caller rewrites it. */
export type LinkResolver = (href: string) => string;

/** A heading's anchor: lower case, words joined by `-`, as GitHub writes them. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** Inline Markdown of one line or paragraph: code spans first (their text is literal, kept aside as placeholders), then links, bold and italics (which may hold code spans). */
function inline(text: string, resolve: LinkResolver = (href) => href): string {
  const spans: string[] = [];
  const withoutCode = text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => {
    spans.push(`<code>${escapeHtml(code.trim() === '' ? code : code.replace(/^ (.*) $/s, '$1'))}</code>`);
    return `\uE000${spans.length - 1}\uE000`;
  });
  return escapeHtml(withoutCode)
    .replace(
      /\[([^\]]+)\]\(([^)\s]+)\)/g,
      (_, label: string, href: string) => `<a href="${escapeHtml(resolve(href.replaceAll('&amp;', '&')))}">${label}</a>`,
    )
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/\uE000(\d+)\uE000/g, (_, index: string) => spans[Number(index)] as string);
}

const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replaceAll('\\|', '|'));

/** Renders a table from its lines (header, `---` rule, rows). */
function table(lines: readonly string[], resolve: LinkResolver): string {
  const [head = '', , ...rows] = lines;
  const th = cells(head)
    .map((cell) => `<th scope="col">${inline(cell, resolve)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${cells(row)
          .map((cell) => `<td>${inline(cell, resolve)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<div class="table-wrap"><table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/** Renders a list from its lines; an item's indented lines continue it (a nested list inside is rendered too). */
function list(lines: readonly string[], resolve: LinkResolver): string {
  const ordered = /^\s*\d+\.\s/.test(lines[0] ?? '');
  const items: string[][] = [];
  for (const line of lines) {
    if (/^(\d+\.|[-*])\s/.test(line)) items.push([line.replace(/^(\d+\.|[-*])\s+/, '')]);
    else items.at(-1)?.push(line.replace(/^ {1,4}/, ''));
  }
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>\n${items.map((item) => `<li>${renderMarkdown(item.join('\n'), resolve, true)}</li>`).join('\n')}\n</${tag}>`;
}

/**
 * Renders Markdown as HTML. Headings get GitHub's anchors; `shiftHeadings` moves every heading down
 * (a README `###` under a page's `<h1>` becomes `<h2>` with −1). A lone paragraph inside a list
 * item is rendered without `<p>` (`tight`).
 */
export function renderMarkdown(text: string, resolve: LinkResolver = (href) => href, tight = false, shiftHeadings = 0): string {
  const lines = text.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: string[] = [];
  let i = 0;
  const take = (test: (line: string) => boolean): string[] => {
    const block: string[] = [];
    while (i < lines.length && test(lines[i] as string)) block.push(lines[i++] as string);
    return block;
  };
  while (i < lines.length) {
    const line = lines[i] as string;
    const fence = /^\s*```(\w*)/.exec(line);
    if (fence) {
      i++;
      const code = take((l) => !/^\s*```/.test(l));
      i++;
      const lang = fence[1] ? ` class="language-${fence[1]}"` : '';
      out.push(`<pre><code${lang}>${escapeHtml(code.join('\n'))}</code></pre>`);
    } else if (/^#{1,6}\s/.test(line)) {
      i++;
      const level = Math.min(6, Math.max(1, (line.match(/^#+/)?.[0].length ?? 1) + shiftHeadings));
      const title = line.replace(/^#+\s+/, '');
      out.push(`<h${level} id="${slug(title)}">${inline(title, resolve)}</h${level}>`);
    } else if (/^\s*\|/.test(line))
      out.push(
        table(
          take((l) => /^\s*\|/.test(l)),
          resolve,
        ),
      );
    else if (/^(\d+\.|[-*])\s/.test(line))
      out.push(
        list(
          take((l) => /^(\d+\.|[-*])\s/.test(l) || /^\s+\S/.test(l)),
          resolve,
        ),
      );
    else if (/^>/.test(line))
      out.push(
        `<blockquote>${renderMarkdown(
          take((l) => /^>/.test(l))
            .map((l) => l.replace(/^>\s?/, ''))
            .join('\n'),
          resolve,
        )}</blockquote>`,
      );
    else if (line.trim() === '') i++;
    else {
      const paragraph = take((l) => l.trim() !== '' && !/^(\s*```|#{1,6}\s|\s*\||>|(\d+\.|[-*])\s)/.test(l));
      const html = inline(paragraph.join('\n'), resolve);
      out.push(tight && out.length === 0 && i >= lines.length ? html : `<p>${html}</p>`);
    }
  }
  return out.join('\n');
}
