import { describe, expect, it } from 'vitest';
import { backedBy } from '@/help-content/backed-by';
import type { ChecklistItem } from '@/help-content/types';
import { formatChecklist } from '@/shared/format-checklist';

const base = { ...backedBy('pocketGuideSharedDecision') };
const items: ChecklistItem[] = [
  { id: 'a', group: 'ask', text: 'Question one?', ...base },
  { id: 'b', group: 'ask', text: 'Question two?', ...base },
  { id: 'c', group: 'bring', text: 'A list.', ...base },
];

describe('formatChecklist', () => {
  it('lists both groups with ticked items marked', () => {
    expect(formatChecklist(items, new Set(['b', 'c']), 'en')).toBe(
      'Questions to ask:\n[ ] Question one?\n[x] Question two?\n\nThings to bring:\n[x] A list.',
    );
  });
  it('marks nothing when nothing is ticked', () => {
    expect(formatChecklist(items, new Set(), 'en')).not.toContain('[x]');
  });
});
