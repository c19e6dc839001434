import type { ChecklistItem } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';

const GROUPS: readonly ChecklistItem['group'][] = ['ask', 'bring'];

/**
 * The prescriber checklist as plain text, ticked items marked [x], then the reader's own questions and notes if
 * there are any, ready to paste into notes or a message.
 */
export function formatChecklist(items: readonly ChecklistItem[], ticked: ReadonlySet<string>, locale: Locale, notes = ''): string {
  const t = uiStrings(locale).checklist;
  const groups = GROUPS.map((group) => {
    const lines = items.filter((item) => item.group === group).map((item) => `[${ticked.has(item.id) ? 'x' : ' '}] ${item.text}`);
    return [`${t.groups[group]}:`, ...lines].join('\n');
  });
  const own = notes.trim();
  return (own ? [...groups, `${t.notes}:\n${own}`] : groups).join('\n\n');
}

export { GROUPS as CHECKLIST_GROUPS };
