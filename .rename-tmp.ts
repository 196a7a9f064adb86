// usage: tsx rename.ts spec.txt   (lines: file old new)
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
const spec = readFileSync(process.argv[2] as string, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));
const configPath = ts.findConfigFile('.', ts.sys.fileExists, 'tsconfig.json') as string;
const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} }) as ts.ParsedCommandLine;
const files = new Map<string, { text: string; version: number }>();
for (const f of parsed.fileNames) files.set(f, { text: readFileSync(f, 'utf8'), version: 0 });
const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => [...files.keys()],
  getScriptVersion: (f) => String(files.get(f)?.version ?? 0),
  getScriptSnapshot: (f) => { const e = files.get(f); const t = e ? e.text : ts.sys.readFile(f); return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t); },
  getCurrentDirectory: () => process.cwd(),
  getCompilationSettings: () => parsed.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory,
};
const ls = ts.createLanguageService(host);
const touched = new Set<string>();
for (const [rel, oldName, newName] of spec) {
  const file = [...files.keys()].find((f) => f.endsWith('/' + rel)) as string;
  if (!file) { console.error('no file', rel); continue; }
  let count = 0;
  for (let guard = 0; guard < 50; guard++) {
    const text = (files.get(file) as { text: string }).text;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    let pos = -1;
    const visit = (n: ts.Node): void => {
      if (pos >= 0) return;
      const nm = (n as { name?: ts.Node }).name;
      const isDecl = ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n) || ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isPropertySignature(n) || ts.isPropertyDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isTypeParameterDeclaration(n);
      if (isDecl && nm && ts.isIdentifier(nm) && nm.text === oldName) pos = nm.getStart();
      ts.forEachChild(n, visit);
    };
    visit(sf);
    if (pos < 0) break;
    const locs = ls.findRenameLocations(file, pos, false, false, { providePrefixAndSuffixTextForRename: true }) ?? [];
    if (locs.length === 0) { console.error('cannot rename', rel, oldName); break; }
    const byFile = new Map<string, ts.RenameLocation[]>();
    for (const l of locs) { const a = byFile.get(l.fileName) ?? []; a.push(l); byFile.set(l.fileName, a); }
    for (const [f, ls2] of byFile) {
      const e = files.get(f) as { text: string; version: number };
      let t = e.text;
      for (const l of ls2.sort((x, y) => y.textSpan.start - x.textSpan.start)) {
        t = t.slice(0, l.textSpan.start) + (l.prefixText ?? '') + newName + (l.suffixText ?? '') + t.slice(l.textSpan.start + l.textSpan.length);
      }
      e.text = t; e.version++; touched.add(f);
    }
    count++;
  }
  console.log(rel, oldName, '->', newName, count, 'declarations');
}
for (const f of touched) writeFileSync(f, (files.get(f) as { text: string }).text);
