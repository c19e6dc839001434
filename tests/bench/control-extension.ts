/**
 * The floor every benchmark figure is read against (issue 16): an extension that does nothing, loaded into the same
 * browser build with the same flags. Its content script is empty and runs on every page at the moment Steady's
 * detector would; its popup is a blank page. What Steady costs is what it adds over this, not over no extension.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PAGE_ORIGINS } from '../../shared/manifest';

export const CONTROL_POPUP = 'blank-popup.html';
export const CONTROL_CONTENT_SCRIPT = 'empty-content-script.js';

/** Writes the control extension to a new temporary folder and returns the folder. */
export function writeControlExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'steady-bench-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Benchmark control (does nothing)',
    version: '1.0.0',
    action: { default_popup: CONTROL_POPUP },
    // Steady registers its detector for these origins at document_idle, in the top frame only.
    content_scripts: [{ matches: [...PAGE_ORIGINS], js: [CONTROL_CONTENT_SCRIPT], run_at: 'document_idle', all_frames: false }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, CONTROL_CONTENT_SCRIPT), 'void 0;\n');
  writeFileSync(path.join(dir, CONTROL_POPUP), '<!doctype html><html lang="en"><title>blank</title><p>Blank popup</p></html>\n');
  return dir;
}
