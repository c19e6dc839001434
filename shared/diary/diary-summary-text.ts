import type { IsoDate } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import { daysBetween } from '@/shared/diary/diary-entry';
import type { DiarySummary, Trend } from '@/shared/diary/diary-trend';
import { DIARY_WORDS } from '@/shared/diary/diary-words';
import { formatReviewDate } from '@/shared/format-review-date';

/** "Trouble sleeping: better over the last 2 weeks." The one sentence a screen reader hears for a chart. */
export function trendSentence(trend: Trend, weeks: number, locale: Locale): string {
  const words = DIARY_WORDS[locale];
  const how =
    trend.direction === 'too-few' ? words.directions['too-few'] : `${words.directions[trend.direction]} ${words.overWeeks(weeks)}`;
  return `${words.measures[trend.measure]}: ${how}.`;
}

/** An average as people write it in each language: one decimal, with a comma in Spanish. */
function formatAverage(value: number, locale: Locale): string {
  const fixed = value.toFixed(1);
  return locale === 'es' ? fixed.replace('.', ',') : fixed;
}

/**
 * The one-page summary for the prescriber, as plain text: the period, how many days have a check-in, each
 * measure's average and direction, the days the dose changed, the days with a warning sign, and the person's
 * notes only if they choose to include them. It names no dose: the diary never records one.
 */
export function summaryText(summary: DiarySummary, locale: Locale, includeNotes: boolean): string {
  const words = DIARY_WORDS[locale];
  // Days in a summary are held to real YYYY-MM-DD days by sanitizeDiary.
  const date = (day: string) => formatReviewDate(day as IsoDate, locale);
  const days = daysBetween(summary.from, summary.to) + 1;
  const measureLine = ({ measure, average, direction }: Trend) =>
    average === null
      ? // "not answered", never "none": a prescriber could read "Shaking: none" as no shaking.
        `- ${words.measures[measure]}: ${words.ui.unanswered}`
      : `- ${words.measures[measure]}: ${words.average(formatAverage(average, locale))}, ${words.directions[direction]}`;
  const dayList = (list: readonly string[]) => (list.length ? list.map(date).join(', ') : words.none);
  const lines = [
    `${words.summaryTitle}: ${words.period(date(summary.from), date(summary.to), days)}`,
    words.checkIns(summary.checkIns, days),
    '',
    words.scale,
    ...summary.trends.map(measureLine),
    '',
    `${words.doseChangeDays}: ${dayList(summary.doseChangeDays)}`,
    `${words.redFlagDays}: ${dayList(summary.redFlagDays)}`,
  ];
  if (includeNotes && summary.notes.length) {
    lines.push('', `${words.notes}:`, ...summary.notes.map(({ day, note }) => `- ${date(day)}: ${note.replace(/\n+/g, ' ')}`));
  }
  lines.push('', words.footer);
  return lines.join('\n');
}
