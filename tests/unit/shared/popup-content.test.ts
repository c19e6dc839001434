import { describe, expect, it } from 'vitest';
import { HELPLINES_ES } from '@/help-content/es/helplines';
import { HELPLINE_FACTS, HELPLINES } from '@/help-content/helplines';
import { HELPLINE_WORDS } from '@/help-content/helpline-words';
import { LOCALES } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import { helpContent } from '@/shared/localized-content';
import { loadPopupLanguage } from '@/shared/popup-language';
import { loadPopupTopics } from '@/shared/popup-topics';
import { SPANISH_HELPLINES } from '@/shared/spanish-helplines';

const POPUP_SECTIONS = [
  'common',
  'copy',
  'copyText',
  'emergency',
  'helpline',
  'helplineKinds',
  'pageCheck',
  'popup',
  'regions',
  'shortcuts',
  'source',
  'symptoms',
];

// The popup loads one language's words and content on its own (issue 16): they must be what every other page shows.
describe.each(LOCALES)('the popup’s content in %s', (locale) => {
  it('has the same words and helplines as every other page', async () => {
    const language = await loadPopupLanguage(locale);
    expect(language.locale).toBe(locale);
    const every = uiStrings(locale);
    // Each section the popup has is the very one every other page has, and it has none of the other pages' own.
    for (const [section, words] of Object.entries(language.t)) expect(words, section).toBe(every[section as keyof typeof every]);
    expect(Object.keys(language.t).sort()).toEqual(POPUP_SECTIONS);
    expect(language.helplines).toEqual(helpContent(locale).helplines);
  });

  it('has the same signs, facts, symptoms and tips behind its other topics', async () => {
    const topics = await loadPopupTopics(locale);
    const content = helpContent(locale);
    expect(topics).toEqual({
      redFlags: content.redFlags,
      safetyFacts: content.safetyFacts,
      commonSymptoms: content.commonSymptoms,
      copingTips: content.copingTips,
      helpSomeoneTips: content.helpSomeoneTips,
    });
  });
});

describe('helplines, facts apart from words', () => {
  it('gives every line its English words, and no words to a line that does not exist', () => {
    expect(Object.keys(HELPLINE_WORDS).sort()).toEqual(HELPLINE_FACTS.map((line) => line.id).sort());
    for (const line of HELPLINES) expect([line.id, typeof line.name, typeof line.purpose]).toEqual([line.id, 'string', 'string']);
  });

  it('builds the Spanish lines from the facts alone, as if laid over the English lines: no English word is left', () => {
    const overEnglish = HELPLINES.map((line) => ({ ...line, ...HELPLINES_ES[line.id] }));
    expect([...SPANISH_HELPLINES].sort((a, b) => a.id.localeCompare(b.id))).toEqual(overEnglish.sort((a, b) => a.id.localeCompare(b.id)));
  });
});
