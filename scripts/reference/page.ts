// The frame of every reference and guide page: the site's shared style sheet, the navigation, one
// <main>. Pages live one folder down (reference/…, guides/…), so links to the site go through `../`.
import { escapeHtml } from './markdown.js';

/** The site's pages the navigation links to, relative to a page one folder down. */
const NAVIGATION: readonly (readonly [string, string])[] = [
  ['../index.html', 'Calculator'],
  ['../log.html', 'Your log'],
  ['../announce.html', 'What the caller hears'],
  ['../reference/index.html', 'Reference'],
  ['../guides/index.html', 'Guides'],
];

/** A whole HTML page: `title` in the tab and the heading, `body` already HTML; `current` is the navigation entry to mark. */
export function page(title: string, body: string, current: string, description: string): string {
  const nav = NAVIGATION.map(([href, label]) => `<a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a>`).join(
    '\n      ',
  );
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · queuecast</title>
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="stylesheet" href="../style.css">
  <link rel="stylesheet" href="../reference/reference.css">
</head>
<body class="docs">
  <a class="skip" href="#main">Skip to the content</a>
  <header class="site">
    <a class="brand" href="../index.html">queuecast</a>
    <nav aria-label="Site">
      ${nav}
    </nav>
  </header>
  <main id="main">
<h1>${escapeHtml(title)}</h1>
${body}
  </main>
  <footer class="site-footer"><p>queuecast · MIT licence · exact Erlang B, C and A in TypeScript</p></footer>
</body>
</html>
`;
}
