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
  it('adds the reader’s own questions and notes after both groups, in the reader’s language', () => {
    expect(formatChecklist(items, new Set(['a']), 'en', 'Why do I wake at 3 a.m.?\nAsk about the pharmacy.')).toBe(
      'Questions to ask:\n[x] Question one?\n[ ] Question two?\n\nThings to bring:\n[ ] A list.\n\nYour own questions and notes:\nWhy do I wake at 3 a.m.?\nAsk about the pharmacy.',
    );
    expect(formatChecklist(items, new Set(), 'es', '¿Por qué me despierto?')).toContain(
      '\n\nTus propias preguntas y notas:\n¿Por qué me despierto?',
    );
  });
  it('leaves out empty or blank notes, and trims the ends', () => {
    expect(formatChecklist(items, new Set(), 'en', '  \n ')).toBe(formatChecklist(items, new Set(), 'en'));
    expect(formatChecklist(items, new Set(), 'en', '\n  Ask this.  \n').endsWith('notes:\nAsk this.')).toBe(true);
  });
});
