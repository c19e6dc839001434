import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleOf, filesUnder, importsOf, sourceFiles, type ImportEdge } from '@/tests/support/import-graph';
import { BUNDLE_RULES, bundleViolations, globalUses, ROOM_RULES, roomViolations } from '@/tests/support/layout-rules';

// Where code runs decides what it may import: the README's "Layout" section says the same in words.
describe('the layout by where code runs', () => {
  const files = sourceFiles();
  const edges = files.flatMap((file) => importsOf(file));

  it('reads the whole house', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
    // Every room the rules name has files, so a renamed folder cannot leave a rule guarding nothing.
    for (const room of Object.keys(ROOM_RULES))
      expect(
        files.some((file) => file.startsWith(`${room}/`)),
        room,
      ).toBe(true);
  });

  it('has no import from a room to one above it, or to a package the room may not use', () => {
    expect(roomViolations(edges)).toEqual([]);
  });

  it.each(BUNDLE_RULES.map((rule) => [rule.entry, rule] as const))('%s bundles only what it may', (_, rule) => {
    const bundle = bundleOf(rule.entry);
    expect(bundle.files.size).toBeGreaterThan(1);
    expect(bundleViolations(rule, bundle)).toEqual([]);
  });

  // Type-checks the plain folders, which takes a few seconds, and more on a busy machine.
  it('keeps shared code, locales and help content free of the DOM, Node and extension APIs', { timeout: 60_000 }, () => {
    const plain = ['shared', 'locales', 'help-content'].flatMap((room) => filesUnder(room));
    expect(plain.length).toBeGreaterThan(30);
    expect(globalUses(plain)).toEqual([]);
  });
});

// Each guard must catch a planted fault, or it guards nothing.
describe('the layout guards catch planted faults', () => {
  const edge = (from: string, to: string, external = false, typeOnly = false): ImportEdge => ({ from, to, external, typeOnly });

  it('an import up the floors, across screens, or of a package a room may not use', () => {
    expect(
      roomViolations([
        edge('shared/format-helpline.ts', 'browser-api/settings.ts', false, true),
        edge('ui/use-i18n.ts', 'components/common/CopyButton.tsx'),
        edge('components/popup/PopupApp.tsx', 'components/side-panel/GuideView.tsx'),
        edge('background/handlers.ts', 'components/common/AppHeader.tsx'),
        edge('page/runtime/page-settings.ts', 'wxt/utils/storage', true),
        edge('shared/site-rules.ts', 'wxt/browser', true),
        edge('stray/file.ts', 'shared/messages.ts'),
      ]),
    ).toEqual([
      'shared/format-helpline.ts -> browser-api/settings.ts',
      'ui/use-i18n.ts -> components/common/CopyButton.tsx',
      'components/popup/PopupApp.tsx -> components/side-panel/GuideView.tsx',
      'background/handlers.ts -> components/common/AppHeader.tsx',
      'page/runtime/page-settings.ts -> package wxt/utils/storage',
      'shared/site-rules.ts -> package wxt/browser',
      'stray/file.ts is in no room',
    ]);
  });

  it('a dropped `type` that would carry the storage library into the card', () => {
    const card = BUNDLE_RULES.find((rule) => rule.entry === 'entrypoints/help-card-en.ts')!;
    const bundle = bundleOf(card.entry);
    const planted = {
      files: new Set([...bundle.files, 'browser-api/settings.ts']),
      packages: new Set([...bundle.packages, 'wxt/utils/storage']),
    };
    expect(bundleViolations(card, planted)).toEqual([
      'entrypoints/help-card-en.ts bundles browser-api/settings.ts',
      'entrypoints/help-card-en.ts bundles package wxt/utils/storage',
    ]);
  });

  it('a UI library in the card, which builds its few elements itself', () => {
    const card = BUNDLE_RULES.find((rule) => rule.entry === 'entrypoints/help-card-en.ts')!;
    const bundle = bundleOf(card.entry);
    expect(bundle.packages.has('preact')).toBe(false);
    const planted = {
      files: new Set([...bundle.files, 'components/common/CopyButton.tsx']),
      packages: new Set([...bundle.packages, 'preact', 'preact/hooks']),
    };
    expect(bundleViolations(card, planted)).toEqual([
      'entrypoints/help-card-en.ts bundles components/common/CopyButton.tsx',
      'entrypoints/help-card-en.ts bundles package preact',
      'entrypoints/help-card-en.ts bundles package preact/hooks',
    ]);
  });

  it("the other language, or every language, in one language's card", () => {
    const card = BUNDLE_RULES.find((rule) => rule.entry === 'entrypoints/help-card-en.ts')!;
    const bundle = bundleOf(card.entry);
    const planted = {
      files: new Set([...bundle.files, 'locales/card-es.ts', 'help-content/helplines.ts', 'locales/ui-strings.ts']),
      packages: bundle.packages,
    };
    expect(bundleViolations(card, planted)).toEqual([
      'entrypoints/help-card-en.ts bundles locales/card-es.ts',
      'entrypoints/help-card-en.ts bundles help-content/helplines.ts',
      'entrypoints/help-card-en.ts bundles locales/ui-strings.ts',
    ]);
  });

  it('a global from the DOM, Node or the extension APIs in plain code, but not standard ECMAScript or a type', { timeout: 60_000 }, () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'steady-layout-')), 'planted.ts');
    writeFileSync(
      file,
      [
        'const element: HTMLElement | null = null;',
        'export const uses = [navigator.languages, document.title, setTimeout, console, chrome, globalThis, element];',
        "export const fine = [Math.max(1, 2), Intl.DateTimeFormat, Symbol.for('steady'), Date.now(), JSON.stringify({ document: 1 })];",
      ].join('\n'),
    );
    expect(globalUses([file]).map((use) => use.split(' ')[1])).toEqual([
      'navigator',
      'document',
      'setTimeout',
      'console',
      'chrome',
      'globalThis',
    ]);
  });
});
