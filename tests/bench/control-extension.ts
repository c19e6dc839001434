/**
 * The floors page loads are read against (issue 16), each an extension loaded into the same browser build with the
 * same flags, its content script running on every page at the moment Steady's detector would:
 * - `empty`: a script that does nothing. What Steady costs is what it adds over this, not over no extension.
 * - `touches-page`: a script that only looks up `document.body`: the first touch of the page from an extension's
 *   world, before any text is read.
 * - `reads-text`: a script that does the least any reader of a page's words must do: it walks the body's text
 *   nodes once, natively filtered, joins them and runs one bare RegExp. It keeps no slices, caps or hidden-part
 *   checks, so it is a floor for reading the page from an extension's world, not a detector.
 * - `reads-natively`: the body's whole text in one native call (`textContent`, which also takes in scripts and
 *   styles and joins text nodes with no space) and one bare RegExp: the cheapest read there is, right or not.
 * (The popup's floor is an empty page added to a copy of Steady's own build: see popup-first-paint.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PAGE_ORIGINS } from '../../shared/manifest';

export const CONTROL_CONTENT_SCRIPT = 'empty-content-script.js';

export type ControlKind = 'empty' | 'touches-page' | 'reads-text' | 'reads-natively';

const CONTENT_SCRIPTS: Record<ControlKind, string> = {
  empty: 'void 0;\n',
  'touches-page': 'void document.body;\n',
  'reads-text': [
    '{',
    'const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);',
    "let text = '';",
    "for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.substringData(0, 4000) + ' ';",
    '/clonazepam/.test(text.toLowerCase());',
    '}',
    '',
  ].join('\n'),
  'reads-natively': '/clonazepam/.test(document.body.textContent.toLowerCase());\n',
};

/** Writes a control extension to a new temporary folder and returns the folder. */
export function writeControlExtension(kind: ControlKind = 'empty'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'steady-bench-control-'));
  const manifest = {
    manifest_version: 3,
    name: `Benchmark control (${kind})`,
    version: '1.0.0',
    // Steady registers its detector for these origins at document_idle, in the top frame only.
    content_scripts: [{ matches: [...PAGE_ORIGINS], js: [CONTROL_CONTENT_SCRIPT], run_at: 'document_idle', all_frames: false }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, CONTROL_CONTENT_SCRIPT), CONTENT_SCRIPTS[kind]);
  return dir;
}
