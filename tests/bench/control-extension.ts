/**
 * The floor page loads are read against (issue 16): an extension that does nothing, loaded into the same browser
 * build with the same flags. Its content script is empty and runs on every page at the moment Steady's detector
 * would. What Steady costs is what it adds over this, not over no extension. (The popup's floor is an empty page
 * added to a copy of Steady's own build: see popup-first-paint.ts.)
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PAGE_ORIGINS } from '../../shared/manifest';

export const CONTROL_CONTENT_SCRIPT = 'empty-content-script.js';

/** Writes the control extension to a new temporary folder and returns the folder. */
export function writeControlExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'steady-bench-control-'));
  const manifest = {
    manifest_version: 3,
    name: 'Benchmark control (does nothing)',
    version: '1.0.0',
    // Steady registers its detector for these origins at document_idle, in the top frame only.
    content_scripts: [{ matches: [...PAGE_ORIGINS], js: [CONTROL_CONTENT_SCRIPT], run_at: 'document_idle', all_frames: false }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, CONTROL_CONTENT_SCRIPT), 'void 0;\n');
  return dir;
}
