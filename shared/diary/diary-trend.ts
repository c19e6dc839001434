import { addDays, type DayKey, type DiaryEntry, daysBetween, SYMPTOMS, type SymptomId } from '@/shared/diary/diary-entry';

/** What a trend is taken of: "how was today", or one symptom. */
export type Measure = 'overall' | SymptomId;
export const MEASURES: readonly Measure[] = ['overall', ...SYMPTOMS];

/** better: fewer symptoms, or better days; worse: the opposite; same: no clear change; too-few: too few answers. */
export type Direction = 'better' | 'worse' | 'same' | 'too-few';

export interface Trend {
  measure: Measure;
  /** Days in the period with an answer for this measure. */
  answered: number;
  /** Their mean on the 0–3 scale, or null when none. */
  average: number | null;
  /**
   * The change on the 0–3 scale from the first answered day of the period to the last, along a straight line
   * through the answers (least squares): never stretched over days with no answers.
   */
  change: number;
  direction: Direction;
}

/** The periods the chart and the summary offer, in weeks. */
export const PERIOD_WEEKS = [2, 4, 12] as const;
export type PeriodWeeks = (typeof PERIOD_WEEKS)[number];

/** Fewer answers than this say nothing about a direction. */
export const MIN_ANSWERS_FOR_TREND = 4;
/** Half a step on the 0–3 scale across the period counts as a change; less is "about the same". */
export const CHANGE_THRESHOLD = 0.5;

export interface Period {
  from: DayKey;
  to: DayKey;
}

/** The last `weeks` weeks up to and including `today`. */
export function periodEnding(today: DayKey, weeks: number): Period {
  return { from: addDays(today, -(weeks * 7 - 1)), to: today };
}

/** The entries of a period, oldest first. */
export function entriesIn(diary: readonly DiaryEntry[], { from, to }: Period): DiaryEntry[] {
  return diary.filter((entry) => entry.day >= from && entry.day <= to);
}

/** A day's answer for a measure, or undefined when it was not answered. */
export function answerFor(entry: DiaryEntry, measure: Measure): number | undefined {
  return measure === 'overall' ? entry.overall : entry.symptoms[measure];
}

/** The trend of one measure over a period. */
export function trendOf(diary: readonly DiaryEntry[], measure: Measure, period: Period): Trend {
  const points = entriesIn(diary, period).flatMap((entry) => {
    const value = answerFor(entry, measure);
    return value === undefined ? [] : [{ x: daysBetween(period.from, entry.day), y: value }];
  });
  const answered = points.length;
  const average = answered ? points.reduce((sum, p) => sum + p.y, 0) / answered : null;
  if (answered < MIN_ANSWERS_FOR_TREND || average === null) return { measure, answered, average, change: 0, direction: 'too-few' };
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / answered;
  const spread = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const slope = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - average), 0) / spread;
  const change = slope * (points.at(-1)!.x - points[0]!.x);
  // Higher is better for "how was today", lower is better for a symptom.
  const improvement = measure === 'overall' ? change : -change;
  const direction: Direction = improvement >= CHANGE_THRESHOLD ? 'better' : improvement <= -CHANGE_THRESHOLD ? 'worse' : 'same';
  return { measure, answered, average, change, direction };
}

/** Everything the prescriber summary shows for a period, as data. */
export interface DiarySummary extends Period {
  checkIns: number;
  trends: Trend[];
  doseChangeDays: DayKey[];
  redFlagDays: DayKey[];
  notes: { day: DayKey; note: string }[];
}

export function summarize(diary: readonly DiaryEntry[], period: Period): DiarySummary {
  const entries = entriesIn(diary, period);
  return {
    ...period,
    checkIns: entries.length,
    trends: MEASURES.map((measure) => trendOf(diary, measure, period)),
    doseChangeDays: entries.filter((entry) => entry.doseChanged).map((entry) => entry.day),
    redFlagDays: entries.filter((entry) => entry.redFlags.length > 0).map((entry) => entry.day),
    notes: entries.filter((entry) => entry.note !== '').map(({ day, note }) => ({ day, note })),
  };
}
