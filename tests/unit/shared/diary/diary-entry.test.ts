import { describe, expect, it } from 'vitest';
import {
  addDays,
  type DiaryEntry,
  daysBetween,
  dayKeyOf,
  isDayKey,
  MAX_ENTRIES,
  MAX_NOTE_LENGTH,
  sanitizeDiary,
  sanitizeEntry,
  withEntry,
} from '@/shared/diary/diary-entry';

const TODAY = '2026-12-02';
const entry = (day: string, overall: 0 | 1 | 2 | 3 = 2, extra: Partial<DiaryEntry> = {}): DiaryEntry => ({
  day,
  overall,
  symptoms: {},
  doseChanged: false,
  redFlags: [],
  note: '',
  ...extra,
});

describe('days', () => {
  it('are real calendar days written as YYYY-MM-DD', () => {
    for (const day of ['2026-12-02', '2024-02-29', '2000-01-01']) expect(isDayKey(day), day).toBe(true);
    for (const day of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-12-2', '02-12-2026', '2026-12-02T00:00', '', 20261202, null])
      expect(isDayKey(day), String(day)).toBe(false);
  });

  it('count and move across months, years and daylight-saving changes', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1);
    expect(addDays('2026-12-02', -13)).toBe('2026-11-19');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(dayKeyOf(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
  });
});

describe('one entry, as stored or imported', () => {
  it('keeps a whole entry as it is', () => {
    const whole = entry('2026-12-01', 1, {
      symptoms: { sleep: 3, anxiety: 0 },
      doseChanged: true,
      redFlags: ['confusion'],
      note: 'Bad night.',
    });
    expect(sanitizeEntry(whole, TODAY)).toEqual(whole);
  });

  it('refuses what cannot be a day of the diary: wrong types, no real day, the future, before 2000, no answer to "how was today"', () => {
    for (const bad of [
      null,
      'entry',
      42,
      [entry('2026-12-01')],
      { ...entry('2026-12-01'), day: '2026-12-03' },
      { ...entry('2026-12-01'), day: '1999-12-31' },
      { ...entry('2026-12-01'), day: '2026-02-30' },
      { ...entry('2026-12-01'), overall: 4 },
      { ...entry('2026-12-01'), overall: '2' },
      { ...entry('2026-12-01'), overall: 1.5 },
      { day: '2026-12-01' },
    ])
      expect(sanitizeEntry(bad, TODAY), JSON.stringify(bad)).toBeNull();
  });

  it('leaves out unknown symptoms, levels out of range and unknown red flags, and keeps the rest', () => {
    const raw = {
      day: '2026-12-01',
      overall: 2,
      symptoms: { sleep: 2, anxiety: 7, shaking: -1, 'low-mood': '1', headache: 2, ['__proto__']: 3, senses: 1 },
      doseChanged: 'yes',
      redFlags: ['suicide', 'suicide', 'chest-pain', 42, 'seizure'],
      note: 42,
    };
    expect(sanitizeEntry(raw, TODAY)).toEqual({
      day: '2026-12-01',
      overall: 2,
      symptoms: { sleep: 2, senses: 1 },
      doseChanged: false,
      redFlags: ['seizure', 'suicide'],
      note: '',
    });
  });

  it('keeps a note as plain text: control and direction-override characters dropped, cut to its length', () => {
    const raw = { ...entry('2026-12-01'), note: `  Slept\u0000 badly\r\nagain \u202Etxt.exe ${'x'.repeat(2000)}` };
    const note = sanitizeEntry(raw, TODAY)!.note;
    expect(note.startsWith('Slept badly\nagain txt.exe ')).toBe(true);
    expect(note.length).toBe(MAX_NOTE_LENGTH);
  });
});

describe('the whole diary', () => {
  it('is empty for anything but an array', () => {
    for (const bad of [undefined, null, {}, 'diary', 1]) expect(sanitizeDiary(bad, TODAY)).toEqual([]);
  });

  it('keeps one entry per day, the last one given, oldest first', () => {
    const diary = sanitizeDiary([entry('2026-12-01', 1), entry('2026-11-20', 3), entry('2026-12-01', 2), 'junk'], TODAY);
    expect(diary.map((e) => [e.day, e.overall])).toEqual([
      ['2026-11-20', 3],
      ['2026-12-01', 2],
    ]);
  });

  it('holds 10,000 entries to the newest ten years, quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(addDays(TODAY, -i), (i % 4) as 0 | 1 | 2 | 3));
    const started = performance.now();
    const diary = sanitizeDiary(many, TODAY);
    const elapsed = performance.now() - started;
    expect(diary.length).toBe(MAX_ENTRIES);
    expect(diary.at(-1)!.day).toBe(TODAY);
    expect(diary[0]!.day).toBe(addDays(TODAY, -(MAX_ENTRIES - 1)));
    // A generous bound that only a quadratic or runaway read would break.
    expect(elapsed).toBeLessThan(1_000);
  });

  it('a second check-in the same day replaces the first', () => {
    const first = withEntry([], entry(TODAY, 1, { note: 'morning' }), TODAY);
    const second = withEntry(first, entry(TODAY, 3, { note: 'evening' }), TODAY);
    expect(second).toEqual([entry(TODAY, 3, { note: 'evening' })]);
  });
});
