import type { ChecklistItem } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';

const GROUPS: readonly ChecklistItem['group'][] = ['ask', 'bring'];

/** The prescriber checklist as plain text, ticked items marked [x], ready to paste into notes or a message. */
export function formatChecklist(items: readonly ChecklistItem[], ticked: ReadonlySet<string>, locale: Locale): string {
  const titles = uiStrings(locale).checklist.groups;
  return GROUPS.map((group) => {
    const lines = items.filter((item) => item.group === group).map((item) => `[${ticked.has(item.id) ? 'x' : ' '}] ${item.text}`);
    return [`${titles[group]}:`, ...lines].join('\n');
  }).join('\n\n');
}

export { GROUPS as CHECKLIST_GROUPS };
