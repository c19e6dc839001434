/** `npm run content:review`: writes docs/content-review.md, the sheet a clinician reviews all content from. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reviewSheet } from './review-sheet';

export const REVIEW_SHEET_PATH = fileURLToPath(new URL('../docs/content-review.md', import.meta.url));

writeFileSync(REVIEW_SHEET_PATH, reviewSheet());
console.log(`Wrote ${REVIEW_SHEET_PATH}`);
