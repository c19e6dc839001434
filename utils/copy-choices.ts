import type { CopyChoice } from '../components/CopyButton';
import type { CopyFormat } from './format-helpline';

const CHOICE_LABELS: Record<CopyFormat, string> = {
  short: 'Copy short',
  full: 'Copy full',
  message: 'Copy as a message',
};

/** The formats other than the user's default, as copy choices, for the "More ways to copy" list. */
export function otherFormatChoices(defaultFormat: CopyFormat, format: (f: CopyFormat) => string): CopyChoice[] {
  return (Object.keys(CHOICE_LABELS) as CopyFormat[]).filter((f) => f !== defaultFormat).map((f) => ({ label: CHOICE_LABELS[f], text: format(f) }));
}
