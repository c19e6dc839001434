import type { CopyFormat } from '@/shared/copy-formats';
import type { Helpline, CardLine } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import type { Locale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import { helplineText } from '@/shared/helpline-text';

/**
 * Plain text for the clipboard, readable in any chat, email or note. Every copy action uses this, so pasted
 * details never drift from what Steady shows. The words follow the reader's language; the numbers never change.
 */
export function formatHelpline(line: CardLine, format: CopyFormat, locale: Locale): string {
  return helplineText(line, format, locale, uiStrings(locale));
}

/** All of a region's lines in one block, in one format. */
export function formatHelplines(lines: readonly Helpline[], format: CopyFormat, region: RegionCode, locale: Locale): string {
  const body = lines.map((line) => formatHelpline(line, format, locale));
  if (format === 'message') return body.join('\n\n');
  const heading = uiStrings(locale).copyText.heading(uiStrings(locale).regions[region]);
  return [heading, ...body].join(format === 'short' ? '\n' : '\n\n');
}
