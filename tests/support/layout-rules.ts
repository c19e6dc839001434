import path from 'node:path';
import ts from 'typescript';
import { LOCALES } from '../../locales/locale';
import { compilerOptions, type ImportEdge, roomOf } from './import-graph';

/**
 * The house rules: which room may import which, from the top floor down. A room may import itself and the rooms
 * listed for it, never one above it. Packages are listed per room too: a package not listed is a violation.
 */
export interface RoomRule {
  rooms: readonly string[];
  packages: readonly string[];
}

const PREACT = ['preact', 'preact/hooks'];
const DATA = ['locales', 'help-content'];
const PAGE_ROOMS = ['page/runtime', 'page/detector', 'page/help-card'];
const SCREENS = ['components/popup', 'components/side-panel', 'components/options', 'components/welcome'];
/** A feature more than one screen shows (the diary: its check-in in the popup and the side panel). */
const FEATURES = ['components/diary'];

export const ROOM_RULES: Record<string, RoomRule> = {
  entrypoints: {
    rooms: ['background', 'offscreen', ...PAGE_ROOMS, ...SCREENS, ...FEATURES, 'components/common', 'ui', 'browser-api', 'shared', ...DATA],
    packages: [...PREACT, 'wxt/browser', 'wxt/utils/define-background', 'wxt/utils/define-unlisted-script'],
  },
  // The service worker (Chrome) or event page (Firefox): no UI.
  background: { rooms: ['browser-api', 'shared', ...DATA], packages: ['wxt/browser'] },
  // Chrome's hidden clipboard page.
  offscreen: { rooms: ['shared'], packages: ['wxt/browser'] },
  // Inside web pages: the browser's own APIs only (page/runtime), never the polyfill or the storage library, and
  // no UI library: the card builds its few elements itself.
  'page/help-card': { rooms: [...PAGE_ROOMS, 'ui', 'shared', ...DATA], packages: [] },
  'page/detector': { rooms: ['page/runtime', 'shared', ...DATA], packages: [] },
  'page/runtime': { rooms: ['shared', ...DATA], packages: [] },
  // Screens use what all screens share, never each other.
  ...Object.fromEntries(
    SCREENS.map((screen) => [
      screen,
      { rooms: [...FEATURES, 'components/common', 'ui', 'browser-api', 'shared', ...DATA], packages: PREACT },
    ]),
  ),
  // A feature's components use what all screens share, never a screen.
  ...Object.fromEntries(
    // 'assets': its stylesheet, which comes with it when a screen loads it late (the popup's check-in).
    FEATURES.map((feature) => [
      feature,
      { rooms: ['components/common', 'ui', 'browser-api', 'shared', 'assets', ...DATA], packages: PREACT },
    ]),
  ),
  'components/common': { rooms: ['ui', 'browser-api', 'shared', ...DATA], packages: PREACT },
  // Hooks and DOM helpers for components: never components themselves.
  ui: { rooms: ['browser-api', 'shared', ...DATA], packages: PREACT },
  // Wrappers of browser.* for Steady's own pages and background.
  'browser-api': { rooms: ['shared', ...DATA], packages: ['wxt/browser', 'wxt/utils/storage'] },
  // Plain code, safe in every context: no packages, no extension APIs, no DOM.
  shared: { rooms: DATA, packages: [] },
  locales: { rooms: ['help-content'], packages: [] },
  'help-content': { rooms: [], packages: [] },
};

/** Every import that breaks the room rules, as "from -> to". */
export function roomViolations(edges: readonly ImportEdge[], rules: Record<string, RoomRule> = ROOM_RULES): string[] {
  return edges.flatMap((edge) => {
    const from = roomOf(edge.from);
    const rule = rules[from];
    if (!rule) return [`${edge.from} is in no room`];
    if (edge.external) return rule.packages.includes(edge.to) ? [] : [`${edge.from} -> package ${edge.to}`];
    const to = roomOf(edge.to);
    return to === from || rule.rooms.includes(to) ? [] : [`${edge.from} -> ${edge.to}`];
  });
}

/** What a bundle may never hold, whatever path brings it in. */
export interface BundleRule {
  entry: string;
  why: string;
  /** Path prefixes of project files that must not be in the bundle... */
  forbiddenFiles: readonly string[];
  /** ...but for these files. */
  exceptFiles?: readonly string[];
  /** Packages the bundle may hold: anything else is a violation. */
  allowedPackages: readonly string[];
}

const EXTENSION_ONLY = ['background/', 'offscreen/', 'browser-api/', 'entrypoints/background', 'tests/', 'tasks/'];
/** What holds every language's words, or every helpline with its sources: the card carries its own language's card words and lines instead. */
const ALL_LANGUAGES = [
  'locales/en.ts',
  'locales/es.ts',
  'locales/ui-strings.ts',
  'ui/use-i18n.ts',
  'shared/format-helpline.ts',
  'shared/localized-helplines.ts',
  'shared/card-lines.ts',
  'help-content/helplines.ts',
  'help-content/es/',
  'help-content/sources.ts',
  'help-content/evidence.ts',
];

export const BUNDLE_RULES: readonly BundleRule[] = [
  {
    entry: 'entrypoints/page-detector.ts',
    why: 'runs in every web page once help is on: no UI, no polyfill, no storage library',
    forbiddenFiles: [...EXTENSION_ONLY, 'components/', 'ui/', 'page/help-card/', 'help-content/', 'locales/'],
    // The region codes, which the settings schema checks a stored region against.
    exceptFiles: ['help-content/regions.ts'],
    allowedPackages: ['wxt/utils/define-unlisted-script'],
  },
  ...LOCALES.map(
    (locale): BundleRule => ({
      entry: `entrypoints/help-card-${locale}.ts`,
      why: 'put into a web page after a match: the card and its words in one language, no extension APIs but the page runtime',
      forbiddenFiles: [
        ...EXTENSION_ONLY,
        // Steady's own pages' components, Preact with them: the card builds its few elements itself.
        'components/',
        ...ALL_LANGUAGES,
        ...LOCALES.filter((other) => other !== locale).map((other) => `locales/card-${other}.ts`),
      ],
      allowedPackages: ['wxt/utils/define-unlisted-script'],
    }),
  ),
  {
    entry: 'entrypoints/background.ts',
    why: 'the service worker: no UI',
    forbiddenFiles: ['components/', 'ui/', 'page/', 'offscreen/', 'tests/', 'tasks/'],
    allowedPackages: ['wxt/browser', 'wxt/utils/define-background', 'wxt/utils/storage'],
  },
  {
    entry: 'entrypoints/offscreen/main.ts',
    why: 'a hidden page that only copies text',
    forbiddenFiles: ['components/', 'ui/', 'page/', 'background/', 'browser-api/', 'help-content/', 'locales/', 'tests/', 'tasks/'],
    allowedPackages: ['wxt/browser'],
  },
];

export function bundleViolations(rule: BundleRule, bundle: { files: Set<string>; packages: Set<string> }): string[] {
  return [
    ...[...bundle.files]
      .filter((file) => rule.forbiddenFiles.some((prefix) => file.startsWith(prefix)) && !rule.exceptFiles?.includes(file))
      .map((file) => `${rule.entry} bundles ${file}`),
    ...[...bundle.packages].filter((name) => !rule.allowedPackages.includes(name)).map((name) => `${rule.entry} bundles package ${name}`),
  ];
}

/** Globals shared code must never touch, even where the compiler would allow them. */
const FORBIDDEN_GLOBAL_NAMES = new Set(['globalThis', 'window', 'self', 'document', 'browser', 'chrome', 'navigator', 'location']);
/** Standard ECMAScript is allowed everywhere (Math, Intl, Symbol, Date...); the DOM, Node and extension APIs are not. */
const ECMASCRIPT_LIB = /[\\/]typescript[\\/]lib[\\/]lib\.(es\d+|esnext|decorators)[\w.]*\.d\.ts$|[\\/]typescript[\\/]lib[\\/]lib\.d\.ts$/;

/**
 * Every value-position name in the given files that refers to a global from outside standard ECMAScript:
 * the DOM, Node, the extension APIs. Type positions are fine: a type costs nothing at run time.
 */
export function globalUses(files: readonly string[]): string[] {
  const program = ts.createProgram(
    files.map((file) => path.resolve(file)),
    { ...compilerOptions(), noEmit: true },
  );
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(path.resolve(file));
    if (!source) throw new Error(`not in the program: ${file}`);
    const visit = (node: ts.Node): void => {
      if (
        ts.isTypeNode(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isImportDeclaration(node) ||
        ts.isExportDeclaration(node)
      )
        return;
      if (ts.isIdentifier(node) && isFreeName(node)) {
        const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`;
        const symbol = checker.getSymbolAtLocation(node);
        const declarations = symbol?.declarations ?? [];
        if (FORBIDDEN_GLOBAL_NAMES.has(node.text) && declarations.every((d) => d.getSourceFile().isDeclarationFile)) found.push(where);
        else if (declarations.length > 0 && declarations.every((d) => isOutsideStandard(d.getSourceFile().fileName))) found.push(where);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function isOutsideStandard(fileName: string): boolean {
  return (fileName.includes('/node_modules/') || fileName.endsWith('.d.ts')) && !ECMASCRIPT_LIB.test(fileName);
}

/** A name that refers to something by itself: not `a.name`, not a declared name, not a property in a literal. */
function isFreeName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && (parent as { name?: ts.Node }).name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isBindingElement(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    (parent as { name?: ts.Node }).name === node
  )
    return false;
  if (ts.isMetaProperty(parent)) return false;
  return true;
}
