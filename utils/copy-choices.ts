import type { CopyChoice } from '../components/CopyButton';
import type { CopyFormat } from './format-helpline';
import type { UiStrings } from './i18n/ui-strings';

const FORMATS: readonly CopyFormat[] = ['short', 'full', 'message'];

/** The formats other than the user's default, as copy choices, for the "More ways to copy" list. */
export function otherFormatChoices(defaultFormat: CopyFormat, format: (f: CopyFormat) => string, t: UiStrings['copy']): CopyChoice[] {
  return FORMATS.filter((f) => f !== defaultFormat).map((f) => ({ label: t.choices[f], name: t.formatNames[f], text: format(f) }));
}
