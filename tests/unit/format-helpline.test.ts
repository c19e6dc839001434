import { describe, expect, it } from 'vitest';
import { HELPLINES } from '../../utils/content/helplines';
import { formatHelplineForCopy } from '../../utils/format-helpline';

const byId = (id: string) => {
  const line = HELPLINES.find((l) => l.id === id);
  if (!line) throw new Error(id);
  return line;
};

describe('formatHelplineForCopy', () => {
  it('gives 988 with call, text, chat, hours and the official site', () => {
    expect(formatHelplineForCopy(byId('us-988'))).toBe(
      [
        '988 Suicide & Crisis Lifeline',
        'Call: 988 (Press 1 for the Veterans Crisis Line. Press 2 for Spanish.)',
        'Text 988',
        'Chat: https://988lifeline.org',
        'Hours: 24 hours a day, 7 days a week',
        'Official site: https://988lifeline.org',
      ].join('\n'),
    );
  });

  it('gives SAMHSA with its TTY number', () => {
    expect(formatHelplineForCopy(byId('us-samhsa'))).toBe(
      [
        'SAMHSA National Helpline',
        'Call: 1-800-662-4357',
        'TTY: 1-800-487-4889',
        'Hours: 24 hours a day, 365 days a year',
        'Official site: https://www.samhsa.gov/find-help/national-helpline',
      ].join('\n'),
    );
  });

  it('gives a text-only line with its keyword', () => {
    expect(formatHelplineForCopy(byId('us-crisis-text-line'))).toBe(
      ['Crisis Text Line', 'Text HOME to 741741', 'Hours: 24 hours a day, 7 days a week', 'Official site: https://www.crisistextline.org/'].join('\n'),
    );
  });

  it('is plain text: no markup, no blank lines', () => {
    for (const line of HELPLINES) {
      const text = formatHelplineForCopy(line);
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/\n\n/);
      expect(text.startsWith(line.name)).toBe(true);
    }
  });
});
