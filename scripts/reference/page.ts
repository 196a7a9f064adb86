// The frame of every reference and guide page: the app pages' frame (site/app/frame.html: head,
// style sheets, the site's header and footer), one folder down (reference/…, guides/…, so its links
// go through `../`), without a script, with the documentation's own style sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../apiLayers.js';
import { escapeHtml } from './markdown.js';

/** The site's frame, read once. */
const FRAME = readFileSync(join(ROOT, 'site', 'app', 'frame.html'), 'utf8');

/** A whole HTML page: `title` in the tab and the heading, `body` already HTML; `current` is the navigation link to mark (`reference/index.html`). */
export function page(title: string, body: string, current: string, description: string): string {
  const values: Record<string, string> = {
    title: escapeHtml(title),
    description: escapeHtml(description),
    main: `  <main id="main">\n<h1>${escapeHtml(title)}</h1>\n${body}\n  </main>\n`,
  };
  return FRAME.replace(/^<!-- The frame[^\n]*\n/m, '')
    .replace(/^\s*<script src="\{\{script\}\}"[^\n]*\n/m, '')
    .replace(/(href)="(?![a-z]+:|#|\.\.\/)([^"]+)"/g, '$1="../$2"')
    .replace('<link rel="stylesheet" href="../app.css">', '<link rel="stylesheet" href="../reference/reference.css">')
    .replace('<body>', '<body class="docs">')
    .replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '')
    .replace(`<a href="../${current}">`, `<a href="../${current}" aria-current="page">`);
}
