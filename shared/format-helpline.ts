import type { CopyFormat } from '@/shared/copy-formats';
import type { CardLine } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import type { Locale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import { helplinesText, helplineText } from '@/shared/helpline-text';

/** `helplineText` for code that has every language at hand (background, options); the popup and card pass their words. */
export function formatHelpline(line: CardLine, format: CopyFormat, locale: Locale): string {
  return helplineText(line, format, locale, uiStrings(locale));
}

/** All of a region's lines in one block, in one format. */
export function formatHelplines(lines: readonly CardLine[], format: CopyFormat, region: RegionCode, locale: Locale): string {
  return helplinesText(lines, format, region, { locale, t: uiStrings(locale) });
}
