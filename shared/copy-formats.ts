import type { CardStrings } from '@/locales/card-en';

/** The ways Steady copies helpline details: one list for the setting, the menus and "More ways to copy". */
export const COPY_FORMATS = ['short', 'full', 'message'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/** One way to copy a thing, offered beside the user's default. */
export interface CopyChoice {
  /** Button text, e.g. "Copy short". */
  label: string;
  /** The format in a few words for the confirmation ("short", "as a message"). */
  name: string;
  text: string;
}

/** The formats other than the user's default, as copy choices, for the "More ways to copy" list. */
export function otherFormatChoices(defaultFormat: CopyFormat, format: (f: CopyFormat) => string, t: CardStrings['copy']): CopyChoice[] {
  return COPY_FORMATS.filter((f) => f !== defaultFormat).map((f) => ({ label: t.choices[f], name: t.formatNames[f], text: format(f) }));
}
