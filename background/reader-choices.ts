import { loadSettings } from '@/browser-api/settings';
import type { ReaderCard } from '@/browser-api/page-scripts';
import { resolveLocale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import { cardLinesFor } from '@/shared/card-lines';
import { helplinesIn } from '@/shared/localized-helplines';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';

/** The user's settings, region, language, and that language's lines and words, read fresh for each action. */
export async function readerChoices() {
  const settings = await loadSettings();
  const region = resolveRegion(settings.region, deviceSignals(navigator.languages)).region;
  const locale = resolveLocale(settings.language, navigator.languages);
  const lines = helplinesIn(locale);
  return { settings, region, locale, lines, t: uiStrings(locale).background };
}

/** The card one reader gets: their language, and their region's three lines in it. */
export async function readerCard(): Promise<ReaderCard> {
  const { region, locale, lines } = await readerChoices();
  return { locale, lines: cardLinesFor(region, lines) };
}
