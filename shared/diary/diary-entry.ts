import { plainText } from '@/shared/plain-text';

/**
 * One day of the taper diary, and the rules every stored or imported entry is held to. The diary records how the
 * person felt, never a dose: "my prescriber changed my dose today" is a yes or no, with no amount.
 */

/** How strong a symptom was: 0 none, 1 mild, 2 moderate, 3 severe. "How was today" runs the other way: 3 good. */
export type Level = 0 | 1 | 2 | 3;
export const LEVELS: readonly Level[] = [0, 1, 2, 3];

/**
 * What a check-in asks about, from Steady's own list of common withdrawal symptoms (help-content/safety.ts
 * COMMON_SYMPTOMS): sleep and anxiety first, then six others people often name. Ids are stored: never rename one.
 */
export const SYMPTOMS = [
  'sleep',
  'anxiety',
  'low-mood',
  'racing-heart',
  'shaking',
  'trouble-focusing',
  'feeling-unreal',
  'senses',
] as const;
export type SymptomId = (typeof SYMPTOMS)[number];

/** The red flags a check-in asks about (a subset of RED_FLAGS' ids): any one shows the crisis route at once. */
export const DIARY_RED_FLAGS = ['seizure', 'confusion', 'hallucinations', 'suicide'] as const;
export type DiaryRedFlag = (typeof DIARY_RED_FLAGS)[number];

/** A day's date on the person's own calendar, as YYYY-MM-DD. */
export type DayKey = string;

export interface DiaryEntry {
  day: DayKey;
  /** How was today: 0 very hard, 1 hard, 2 all right, 3 good. */
  overall: Level;
  /** Each symptom asked about; one left out was not answered that day. */
  symptoms: Partial<Record<SymptomId, Level>>;
  /** The prescriber changed the dose today: yes or no, never an amount. */
  doseChanged: boolean;
  /** Red flags ticked that day. */
  redFlags: DiaryRedFlag[];
  /** The person's own words, optional. */
  note: string;
}

/** Room for a few sentences; a longer note is cut. */
export const MAX_NOTE_LENGTH = 500;
/** Ten years of days: more entries than that are not a diary, and only the newest are kept. */
export const MAX_ENTRIES = 3660;
/** The earliest day a check-in may carry: older dates are mistakes or corrupt data. */
export const EARLIEST_DAY: DayKey = '2000-01-01';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The person's calendar day of `date`, in their own time zone. */
export function dayKeyOf(date: Date): DayKey {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether `value` is a real calendar day written as YYYY-MM-DD (not 2026-02-30). */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  const utc = (day: DayKey) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: DayKey, days: number): DayKey {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days));
  return date.toISOString().slice(0, 10);
}

function isLevel(value: unknown): value is Level {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

/** The person's note as plain text, trimmed and cut to `MAX_NOTE_LENGTH`. */
export function sanitizeNote(value: unknown): string {
  return plainText(typeof value === 'string' ? value.trim() : value, MAX_NOTE_LENGTH);
}

/**
 * One entry as Steady keeps it, or null when `value` cannot be one: no real day, a day after `today` or before
 * `EARLIEST_DAY`, or no answer to "how was today". Unknown symptoms, levels out of range and unknown red flags are
 * left out; everything else about the entry is kept.
 */
export function sanitizeEntry(value: unknown, today: DayKey): DiaryEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  if (!isDayKey(raw.day) || raw.day > today || raw.day < EARLIEST_DAY) return null;
  if (!isLevel(raw.overall)) return null;
  const symptoms: Partial<Record<SymptomId, Level>> = {};
  const rawSymptoms = typeof raw.symptoms === 'object' && raw.symptoms !== null ? (raw.symptoms as Record<string, unknown>) : {};
  for (const id of SYMPTOMS) {
    const level = Object.hasOwn(rawSymptoms, id) ? rawSymptoms[id] : undefined;
    if (isLevel(level)) symptoms[id] = level;
  }
  const flags = Array.isArray(raw.redFlags) ? raw.redFlags.slice(0, 50) : [];
  return {
    day: raw.day,
    overall: raw.overall,
    symptoms,
    doseChanged: raw.doseChanged === true,
    redFlags: DIARY_RED_FLAGS.filter((flag) => flags.includes(flag)),
    note: sanitizeNote(raw.note),
  };
}

/**
 * The diary as Steady keeps it: valid entries only, one per day (the last one given for a day wins, as a second
 * check-in replaces the first), oldest first, and at most `MAX_ENTRIES` (the newest). Anything but an array is an
 * empty diary. A huge corrupt value is cut before it is read, so it costs no more than a full diary.
 */
export function sanitizeDiary(value: unknown, today: DayKey): DiaryEntry[] {
  if (!Array.isArray(value)) return [];
  const byDay = new Map<DayKey, DiaryEntry>();
  for (const item of value.slice(-MAX_ENTRIES * 3)) {
    const entry = sanitizeEntry(item, today);
    if (entry) byDay.set(entry.day, entry);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)).slice(-MAX_ENTRIES);
}

/** The diary with `entry` added, replacing any entry for the same day. */
export function withEntry(diary: readonly DiaryEntry[], entry: DiaryEntry, today: DayKey): DiaryEntry[] {
  return sanitizeDiary([...diary, entry], today);
}
