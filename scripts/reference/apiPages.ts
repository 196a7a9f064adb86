// The reference pages from the doc comments (typedoc's model of src/index.ts): one page per layer
// with every export (signature, contract, parameters, fields with defaults, throws, the executed
// example) and a first page grouping the functions by who calls them (docs/api-users.md).
import {
  type Comment,
  type CommentDisplayPart,
  type DeclarationReflection,
  type ProjectReflection,
  Reflection,
  ReflectionKind,
  type SignatureReflection,
} from 'typedoc';
import { escapeHtml, renderMarkdown } from './markdown.js';

/** Where each export is documented: its layer's page. */
export type ExportPages = ReadonlyMap<string, string>;

/** The name a link points to: the export that holds the target (`QueueTracker` for `QueueTracker.estimate`). */
function exportName(part: CommentDisplayPart & { kind: 'inline-tag' }): string {
  let target = part.target;
  if (target instanceof Reflection) {
    while (target.parent !== undefined && !target.parent.isProject()) target = target.parent;
    return target.name;
  }
  return part.text.split(/[.#\s|]/)[0] ?? part.text;
}

/** A placeholder for a link to an export, put in the Markdown and replaced after rendering (code spans would swallow a Markdown link). */
const LINK = /⟦([^|⟧]+)\|([^⟧]*)⟧/g;

/** Replaces link placeholders with links to the export's page (or plain text when it is not an export); labels in `<code>` unless `inCode`. */
function resolveLinks(html: string, pages: ExportPages, from: string, inCode = false): string {
  return html.replace(LINK, (_, name: string, label: string) => {
    const text = inCode ? label : `<code>${label}</code>`;
    const pageOf = pages.get(name);
    return pageOf === undefined ? text : `<a href="${pageOf === from ? '' : pageOf}#${name}">${text}</a>`;
  });
}

/** Comment parts as Markdown (with link placeholders), then HTML. */
export function partsHtml(parts: readonly CommentDisplayPart[], pages: ExportPages, from: string, tight = false): string {
  const markdown = parts.map((part) => (part.kind === 'inline-tag' ? `⟦${exportName(part)}|${part.text}⟧` : part.text)).join('');
  return resolveLinks(renderMarkdown(markdown, undefined, tight), pages, from);
}

/** A type as text, with the names of exports linked. */
function typeHtml(text: string, pages: ExportPages, from: string): string {
  const names = [...pages.keys()].sort((x, y) => y.length - x.length);
  const pattern = new RegExp(`\\b(${names.join('|')})\\b`, 'g');
  return resolveLinks(
    escapeHtml(text).replace(pattern, (name) => `⟦${name}|${name}⟧`),
    pages,
    from,
    true,
  );
}

/** One call signature: `name<T>(a: A, b?: B): R`. */
function signatureText(sig: SignatureReflection): string {
  const typeParameters = sig.typeParameters?.length ? `<${sig.typeParameters.map((t) => t.name).join(', ')}>` : '';
  const parameters = (sig.parameters ?? [])
    .map(
      (p) =>
        `${p.flags.isRest ? '...' : ''}${p.name}${p.flags.isOptional || p.defaultValue !== undefined ? '?' : ''}: ${p.type?.toString() ?? 'unknown'}`,
    )
    .join(', ');
  const name = sig.kind === ReflectionKind.ConstructorSignature ? `new ${sig.parent.parent?.name ?? ''}` : sig.name;
  return `${name}${typeParameters}(${parameters}): ${sig.type?.toString() ?? 'void'}`;
}

/** The names of the block tags as the pages print them; `@example` is shown apart. */
const TAG_LABELS: Readonly<Record<string, string>> = {
  '@returns': 'Returns',
  '@throws': 'Throws',
  '@defaultValue': 'Default',
  '@deprecated': 'Deprecated',
  '@remarks': 'Remarks',
  '@see': 'See',
};

/** A comment's summary, or its block tags and examples (`tags`), as HTML. */
function commentHtml(comment: Comment | undefined, pages: ExportPages, from: string, tags = false): string {
  if (comment === undefined) return '';
  if (!tags) return partsHtml(comment.summary, pages, from);
  const out: string[] = [];
  for (const tag of comment.blockTags) {
    if (tag.tag === '@example') {
      const text = tag.content.map((part) => part.text).join('');
      const code = text.includes('```') ? text : `\`\`\`ts\n${text}\n\`\`\``;
      out.push(
        `<div class="example"><p class="example-label">Example</p>\n${partsHtml([{ kind: 'text', text: code }], pages, from)}</div>`,
      );
    } else {
      const label = TAG_LABELS[tag.tag] ?? tag.tag.slice(1);
      out.push(`<div class="tag tag-${tag.tag.slice(1)}"><strong>${label}:</strong> ${partsHtml(tag.content, pages, from, true)}</div>`);
    }
  }
  return out.join('\n');
}

/** A comment in full: summary, then (for a signature) its parameters, then block tags and examples. */
function fullCommentHtml(comment: Comment | undefined, pages: ExportPages, from: string, parameters = ''): string {
  return [commentHtml(comment, pages, from), parameters, commentHtml(comment, pages, from, true)].filter((part) => part !== '').join('\n');
}

/** The parameters of a signature as a table (name, type, meaning). */
function parametersHtml(sig: SignatureReflection, pages: ExportPages, from: string): string {
  const parameters = sig.parameters ?? [];
  if (parameters.length === 0) return '';
  const rows = parameters.map((p) => {
    const optional = p.flags.isOptional || p.defaultValue !== undefined ? ' <span class="optional">optional</span>' : '';
    const meaning = p.comment ? partsHtml(p.comment.summary, pages, from, true) : '';
    return `<tr><td><code>${escapeHtml(p.name)}</code>${optional}</td><td><code>${typeHtml(p.type?.toString() ?? 'unknown', pages, from)}</code></td><td>${meaning}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="parameters">\n<caption>Parameters</caption>\n<thead><tr><th scope="col">name</th><th scope="col">type</th><th scope="col">meaning</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}

/** The fields and methods of an interface or class as a table (name, type, default, meaning). */
function membersHtml(entry: DeclarationReflection, pages: ExportPages, from: string): string {
  const members = (entry.children ?? []).filter(
    (child) =>
      !child.flags.isPrivate && !child.flags.isProtected && child.kind !== ReflectionKind.Constructor && child.inheritedFrom === undefined,
  );
  if (members.length === 0) return '';
  const rows = members.map((member) => {
    const sig = member.signatures?.[0];
    const comment = sig?.comment ?? member.comment;
    const type = sig
      ? signatureText(sig)
      : (member.type?.toString() ?? (member.getSignature ? (member.getSignature.type?.toString() ?? '') : ''));
    const fallback = member.defaultValue !== undefined ? `<code>${escapeHtml(member.defaultValue)}</code>` : '';
    const defaultTag = comment?.getTag('@defaultValue');
    const defaultValue = defaultTag ? partsHtml(defaultTag.content, pages, from, true) : fallback;
    const optional = member.flags.isOptional ? '?' : '';
    const readonly = member.flags.isReadonly ? '<span class="optional">readonly</span> ' : '';
    const meaning = comment ? fullCommentHtml(withoutTag(comment, '@defaultValue'), pages, from) : '';
    return `<tr id="${escapeHtml(entry.name)}.${escapeHtml(member.name)}"><td>${readonly}<code>${escapeHtml(member.name)}${optional}</code></td><td><code>${typeHtml(type, pages, from)}</code></td><td>${defaultValue}</td><td>${meaning}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="members">\n<caption>Fields${members.some((member) => member.signatures !== undefined) ? ' and methods' : ''}</caption>\n<thead><tr><th scope="col">name</th><th scope="col">type</th><th scope="col">default</th><th scope="col">meaning</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></div>`;
}

/** A copy of a comment without one block tag (shown in its own column). */
function withoutTag(comment: Comment, tag: `@${string}`): Comment {
  const copy = comment.clone();
  copy.removeTags(tag);
  return copy;
}

/** What kind of export an entry is, in words. */
function kindLabel(entry: DeclarationReflection): string {
  return ReflectionKind.singularString(entry.kind).toLowerCase();
}

/** One export's section of its layer's page. */
export function entryHtml(entry: DeclarationReflection, pages: ExportPages, from: string): string {
  const id = escapeHtml(entry.name);
  const parts = [`<section class="entry" id="${id}">`, `<h2><a href="#${id}">${id}</a> <span class="kind">${kindLabel(entry)}</span></h2>`];
  const signatures = [
    ...(entry.signatures ?? []),
    ...(entry.kind === ReflectionKind.Class ? (entry.children?.find((c) => c.kind === ReflectionKind.Constructor)?.signatures ?? []) : []),
  ];
  if (entry.kind === ReflectionKind.TypeAlias)
    parts.push(`<pre class="signature"><code>type ${id} = ${typeHtml(entry.type?.toString() ?? '', pages, from)}</code></pre>`);
  if (entry.kind === ReflectionKind.Variable)
    parts.push(`<pre class="signature"><code>const ${id}: ${typeHtml(entry.type?.toString() ?? '', pages, from)}</code></pre>`);
  for (const sig of signatures) parts.push(`<pre class="signature"><code>${typeHtml(signatureText(sig), pages, from)}</code></pre>`);
  parts.push(fullCommentHtml(entry.comment, pages, from));
  // Overloads that share one comment show it (and the first one's parameters) once.
  signatures.forEach((sig, index) => {
    const previous = signatures[index - 1]?.comment;
    if (index > 0 && sig.comment !== undefined && previous !== undefined && sig.comment.similarTo(previous)) return;
    parts.push(fullCommentHtml(sig.comment, pages, from, parametersHtml(sig, pages, from)));
  });
  if (entry.kind === ReflectionKind.Interface || entry.kind === ReflectionKind.Class) {
    parts.push(membersHtml(entry, pages, from));
  }
  parts.push('</section>');
  return parts.filter((part) => part !== '').join('\n');
}

/** The exports of a project by name. */
export function exportsByName(project: ProjectReflection): Map<string, DeclarationReflection> {
  return new Map((project.children ?? []).map((child) => [child.name, child]));
}
