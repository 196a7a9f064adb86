// The guides: the README's guides by role (planner, backend, IVR) as one page per role, its
// definitions, and the longer doc sections (docs/sections/*.md), with links rewritten to the site's
// pages. The README's ```ts blocks are run by test/docs/readme.test.ts, so the code shown ran.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LinkResolver, renderMarkdown, slug } from './markdown.js';
import { page } from './page.js';

/** One role's guide page: file name, title, who it is for, and the README guides that belong to it. */
interface Role {
  file: string;
  title: string;
  who: string;
  /** README `###` headings under "Guides by role" that belong to this role (the first role that matches takes a guide). */
  matches: RegExp;
  /** The doc sections (docs/sections/NAME.md) that go deeper for this role. */
  sections: readonly string[];
}

/** The roles, in the order a README guide is matched against them (the first page lists them in reverse: planners first). */
const ROLES: readonly Role[] = [
  {
    file: 'ivr',
    title: 'IVR and announcements',
    who: 'what to say to a caller on hold: the wait in words, in the caller’s language, and when to offer a call-back',
    matches: /\bIVR\b/,
    sections: ['realtime'],
  },
  {
    file: 'backend',
    title: 'Telephony backends',
    who: 'the live queue: each caller’s wait from the queue’s own events, alerts for the interval under way',
    matches: /backend|going live|predictor/i,
    sections: ['realtime'],
  },
  {
    file: 'planner',
    title: 'Workforce planners',
    who: 'forecast, plan, schedule: agents for a target, a day or week of intervals, shifts, from your own call log',
    matches: /planner|call log|simulation/i,
    sections: ['staffing', 'call-log', 'cli', 'sim'],
  },
];

/** The README's `## NAME` section, without its heading. */
function readmeSection(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const body = readme.slice(readme.indexOf('\n', start + 1) + 1);
  const end = body.search(/^## /m);
  return end < 0 ? body : body.slice(0, end);
}

/** The `###` guides of the README's "Guides by role", each with its title. */
function readmeGuides(readme: string): { title: string; markdown: string }[] {
  return readmeSection(readme, 'Guides by role')
    .split(/^(?=### )/m)
    .filter((chunk) => chunk.startsWith('### '))
    .map((chunk) => ({ title: chunk.slice(4, chunk.indexOf('\n')).trim(), markdown: chunk }));
}

/** A resolver of the README's and doc sections' links: doc sections become guide pages, the rest points at the repository. */
function linkResolver(repository: string, anchors: ReadonlySet<string>): LinkResolver {
  return (href) => {
    const section = /(?:^|\/)docs\/sections\/([\w-]+)\.md(#.*)?$|^([\w-]+)\.md(#.*)?$/.exec(href);
    if (section) return `${section[1] ?? section[3]}.html${section[2] ?? section[4] ?? ''}`;
    if (href.startsWith('#')) return anchors.has(href.slice(1)) ? href : `${repository}${href}`;
    if (/^[a-z]+:/.test(href)) return href;
    return `${repository}/blob/main/${href.replace(/^(\.\.\/)+/, '').replace(/^README\.md/, '')}`.replace('/blob/main/#', '#');
  };
}

/** Every heading anchor a Markdown text will have. */
const anchorsOf = (markdown: string): Set<string> => new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] as string)));

/** The guide pages, by file name under `guides/`. */
export function guidePages(root: string, repository: string): Map<string, string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const pages = new Map<string, string>();
  const render = (markdown: string, shift: number): string =>
    renderMarkdown(markdown, linkResolver(repository, anchorsOf(markdown)), false, shift);
  const guides = readmeGuides(readme);
  const byRole = new Map<Role, string[]>(ROLES.map((role) => [role, []]));
  for (const guide of guides) {
    const role = ROLES.find((candidate) => candidate.matches.test(guide.title));
    if (role === undefined)
      throw new Error(`README guide "${guide.title}" belongs to no role: add it to ROLES in scripts/reference/guidePages.ts`);
    byRole.get(role)?.push(guide.markdown);
  }
  const sectionTitle = (name: string): string => {
    const first = readFileSync(join(root, 'docs', 'sections', `${name}.md`), 'utf8').split('\n')[0] ?? name;
    return first.replace(/^#+\s*/, '');
  };
  for (const role of ROLES) {
    const deeper = role.sections.map((name) => `<li><a href="${name}.html">${sectionTitle(name)}</a></li>`).join('\n');
    const body = `<p class="lead">For ${role.who}. Every code block here runs in the test suite.</p>\n${render((byRole.get(role) ?? []).join('\n'), -1)}\n<h2 id="more">More</h2>\n<ul>\n${deeper}\n<li><a href="../reference/index.html">the reference, by who uses it and by layer</a></li>\n</ul>`;
    pages.set(`${role.file}.html`, page(role.title, body, 'guides/index.html', `queuecast for ${role.title.toLowerCase()}`));
  }
  for (const name of new Set(ROLES.flatMap((role) => role.sections))) {
    const path = join(root, 'docs', 'sections', `${name}.md`);
    if (!existsSync(path)) throw new Error(`${path} is missing (named in ROLES)`);
    const text = readFileSync(path, 'utf8');
    const body = text.slice(text.indexOf('\n') + 1);
    const shift = text.startsWith('## ') ? -1 : 0;
    pages.set(`${name}.html`, page(sectionTitle(name), render(body, shift), 'guides/index.html', sectionTitle(name)));
  }
  const definitions = readmeSection(readme, 'Definitions');
  pages.set('definitions.html', page('Definitions', render(definitions, 0), 'guides/index.html', 'What each metric of queuecast means'));
  const roles = [...ROLES]
    .reverse()
    .map((role) => `<li><a href="${role.file}.html">${role.title}</a>: ${role.who}</li>`)
    .join('\n');
  const start = render(readmeSection(readme, 'Start here'), 0);
  const index = `<h2 id="by-role">By who you are</h2>\n<ul class="roles">\n${roles}\n</ul>\n<p><a href="definitions.html">Definitions</a>: what each metric means (five kinds of service level).</p>\n<h2 id="start-here">Start here</h2>\n${start}`;
  pages.set('index.html', page('Guides', index, 'guides/index.html', 'Guides to queuecast by role: planners, backends, IVR'));
  return pages;
}
