import type { CardStrings } from '@/locales/card-en';

/** What a Copy button copies, for its label and confirmation: a line's details, or the advice for a line with no number. */
export function copyWhat(line: { name: string; call?: unknown; text?: unknown; kind?: string }, t: CardStrings['copy']): string {
  return line.call || line.text || line.kind === 'directory' ? t.details(line.name) : t.adviceWhat;
}
