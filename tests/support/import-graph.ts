import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The project's imports as the compiler resolves them (the `@/` alias included), each marked as a value import
 * (it ships in the bundle) or a type import (erased at build). Read from the source text, nothing is run.
 */
export interface ImportEdge {
  /** The importing file, relative to the project root, e.g. `page/detector/page-watch.ts`. */
  from: string;
  /** A project file (relative path) or a package specifier such as `wxt/browser`. */
  to: string;
  external: boolean;
  typeOnly: boolean;
}

/** Every folder whose code is built into the extension: the rooms of the house. */
export const SOURCE_ROOMS = [
  'entrypoints',
  'background',
  'offscreen',
  'page',
  'components',
  'ui',
  'browser-api',
  'shared',
  'locales',
  'help-content',
] as const;

const ROOT = process.cwd();
const SOURCE_FILE = /\.(ts|tsx)$/;

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT, undefined, configPath).options;
}

const options = compilerOptions();

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : SOURCE_FILE.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** All source files of the extension, relative to the root. */
export function sourceFiles(): string[] {
  return SOURCE_ROOMS.flatMap((room) => filesUnder(room)).map((file) => path.relative(ROOT, path.resolve(file)));
}

/** True when an import brings in no value: `import type`, or only `type` names. */
function isTypeOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    if (statement.isTypeOnly) return true;
    const exported = statement.exportClause;
    return (
      !!exported && ts.isNamedExports(exported) && exported.elements.length > 0 && exported.elements.every((element) => element.isTypeOnly)
    );
  }
  const clause = statement.importClause;
  if (!clause) return false; // A side-effect import always runs.
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)
  );
}

function resolve(specifier: string, from: string): { to: string; external: boolean } {
  const [bare] = specifier.split('?');
  // Assets imported with a query (`help-card.css?inline`) are files the compiler does not resolve.
  if (!/\.(ts|tsx)$/.test(bare!) && /\.\w+$/.test(bare!) && (bare!.startsWith('.') || bare!.startsWith('@/'))) {
    const full = bare!.startsWith('@/') ? path.join(ROOT, bare!.slice(2)) : path.resolve(path.dirname(path.join(ROOT, from)), bare!);
    return { to: path.relative(ROOT, full), external: false };
  }
  const resolved = ts.resolveModuleName(bare!, path.join(ROOT, from), options, ts.sys).resolvedModule;
  if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.includes('/node_modules/'))
    return { to: bare!, external: true };
  const to = path.relative(ROOT, resolved.resolvedFileName);
  // WXT's generated `.wxt` types stand for packages; anything outside the project is a package.
  return to.startsWith('..') || to.startsWith('.wxt') ? { to: bare!, external: true } : { to, external: false };
}

const edgeCache = new Map<string, ImportEdge[]>();

/** The imports of one file: static imports, re-exports and `import()` calls. */
export function importsOf(file: string): ImportEdge[] {
  const cached = edgeCache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean) => edges.push({ from: file, ...resolve(specifier, file), typeOnly });
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node.moduleSpecifier.text, isTypeOnly(node));
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      ts.isStringLiteral(node.arguments[0]!)
    ) {
      add((node.arguments[0] as ts.StringLiteral).text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edgeCache.set(file, edges);
  return edges;
}

/**
 * Everything a file brings into its bundle: project files and packages reached through value imports, the file
 * itself included. Type imports are left out, since the build erases them.
 */
export function bundleOf(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const edge of importsOf(file)) {
      if (edge.typeOnly) continue;
      if (edge.external) packages.add(edge.to);
      else if (SOURCE_FILE.test(edge.to)) visit(edge.to);
      else files.add(edge.to);
    }
  };
  visit(entry);
  return { files, packages };
}

/** The room a project file belongs to: its first folder, or `components/<screen>` for components. */
export function roomOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'components' || parts[0] === 'page' ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

export { compilerOptions };
