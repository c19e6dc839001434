import { en, type UiStrings } from '@/locales/en';
import { es } from '@/locales/es';
import type { Locale } from '@/locales/locale';

export type { UiStrings };

export const UI_STRINGS: Record<Locale, UiStrings> = { en, es };

export function uiStrings(locale: Locale): UiStrings {
  return UI_STRINGS[locale];
}

/** What a Copy button copies, for its label and confirmation: a line's details, or the advice for a line with no number. */
export function copyWhat(line: { name: string; call?: unknown; text?: unknown; kind?: string }, t: UiStrings['copy']): string {
  return line.call || line.text || line.kind === 'directory' ? t.details(line.name) : t.adviceWhat;
}
