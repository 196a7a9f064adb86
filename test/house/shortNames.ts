import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { LANGUAGE_CODE, SUBSCRIPT, SYMBOLS, WORDS } from './shortNameGlossary.js';

/** One declared name of three characters or fewer. */
export interface ShortName {
  name: string;
  line: number;
}

/**
 * The names a source file declares (variables, destructured bindings, parameters, functions,
 * methods, classes, interfaces, type aliases, type parameters, properties of classes and
 * interfaces) that have three characters or fewer. Keys of object literals are data, not declarations.
 */
export function shortNamesOf(fileName: string, text: string): ShortName[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: ShortName[] = [];
  const add = (id: ts.Identifier): void => {
    if (id.text.length <= 3) found.push({ name: id.text, line: source.getLineAndCharacterOfPosition(id.getStart()).line + 1 });
  };
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) add(name);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node)) bind(node.name);
    else if (
      (ts.isFunctionDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isPropertySignature(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isTypeParameterDeclaration(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    )
      add(node.name);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether the house rule allows a short name in the file at `path` (see CONTRIBUTING.md, "Names"). */
export function allowed(name: string, path: string): boolean {
  if (name.startsWith('_')) return true; // unused on purpose
  if (name in SYMBOLS || name in WORDS) return true;
  const subscripted = SUBSCRIPT.exec(name)?.groups?.symbol;
  if (subscripted !== undefined && subscripted in SYMBOLS) return true;
  return path.replaceAll('\\', '/').includes('src/realtime/locales/') && LANGUAGE_CODE.test(name);
}

/** Every .ts file below `dir`, as paths joined to it, sorted. */
export function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
  return files.sort();
}

/** The short names a file declares that the rule does not allow, sorted and without repeats. */
export function violations(path: string): string[] {
  const names = shortNamesOf(path, readFileSync(path, 'utf8'))
    .map((s) => s.name)
    .filter((name) => !allowed(name, path));
  return [...new Set(names)].sort();
}
