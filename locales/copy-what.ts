import type { UiStrings } from '@/locales/ui-strings';

/** What a Copy button copies, for its label and confirmation: a line's details, or the advice for a line with no number. */
export function copyWhat(line: { name: string; call?: unknown; text?: unknown; kind?: string }, t: UiStrings['copy']): string {
  return line.call || line.text || line.kind === 'directory' ? t.details(line.name) : t.adviceWhat;
}
