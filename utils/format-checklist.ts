import type { ChecklistItem } from './content/types';

const GROUP_TITLES: Record<ChecklistItem['group'], string> = {
  ask: 'Questions to ask',
  bring: 'Things to bring',
};

/** The prescriber checklist as plain text, ticked items marked [x], ready to paste into notes or a message. */
export function formatChecklist(items: readonly ChecklistItem[], ticked: ReadonlySet<string>): string {
  return (Object.keys(GROUP_TITLES) as ChecklistItem['group'][])
    .map((group) => {
      const lines = items.filter((item) => item.group === group).map((item) => `[${ticked.has(item.id) ? 'x' : ' '}] ${item.text}`);
      return [`${GROUP_TITLES[group]}:`, ...lines].join('\n');
    })
    .join('\n\n');
}

export { GROUP_TITLES as CHECKLIST_GROUP_TITLES };
