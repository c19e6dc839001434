import { describe, expect, it } from 'vitest';
import type { DiaryEntry } from '@/shared/diary/diary-entry';
import {
  DiaryImportError,
  diaryFileName,
  diaryToCsv,
  diaryToJson,
  MAX_IMPORT_CHARS,
  mergeImported,
  parseCsv,
  parseDiaryFile,
} from '@/shared/diary/diary-transfer';

const TODAY = '2026-12-02';
const DIARY: DiaryEntry[] = [
  { day: '2026-11-30', overall: 1, symptoms: { sleep: 3, anxiety: 2 }, doseChanged: true, redFlags: [], note: 'Cut today, as planned.' },
  {
    day: '2026-12-01',
    overall: 0,
    symptoms: { sleep: 2, 'feeling-unreal': 1 },
    doseChanged: false,
    redFlags: ['confusion', 'suicide'],
    note: 'Said "no", then: a list, with commas\nand a second line',
  },
  { day: '2026-12-02', overall: 3, symptoms: {}, doseChanged: false, redFlags: [], note: '=HYPERLINK("http://x")' },
];

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DiaryImportError ? error.problem : `not a DiaryImportError: ${String(error)}`;
  }
  return 'no error';
};

describe('export and import', () => {
  it('JSON: export then import gives back the same diary', () => {
    const json = diaryToJson(DIARY, TODAY);
    expect(JSON.parse(json)).toMatchObject({ format: 'steady-taper-diary', version: 1, exported: TODAY });
    expect(parseDiaryFile(json, TODAY)).toEqual({ entries: DIARY, skipped: 0 });
  });

  it('CSV: one row a day with a header; export then import gives back the same diary, notes and all', () => {
    const csv = diaryToCsv(DIARY);
    expect(csv.split('\r\n')[0]).toBe(
      'day,overall,sleep,anxiety,low-mood,racing-heart,shaking,trouble-focusing,feeling-unreal,senses,dose_changed,red_flags,note',
    );
    expect(csv.split('\r\n')[1]).toBe('2026-11-30,1,3,2,,,,,,,yes,,"Cut today, as planned."');
    expect(parseDiaryFile(csv, TODAY)).toEqual({ entries: DIARY, skipped: 0 });
  });

  it('CSV: a note a spreadsheet would run as a formula is written so it cannot', () => {
    const lastRow = diaryToCsv(DIARY).trimEnd().split('\r\n').at(-1)!;
    expect(lastRow.endsWith(`,"'=HYPERLINK(""http://x"")"`)).toBe(true);
  });

  it('reads quoted CSV cells with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e""",f\r\n"g\nh",,i\n')).toEqual([
      ['a', 'b,c', 'd "e"', 'f'],
      ['g\nh', '', 'i'],
    ]);
  });

  it('skips and counts rows it cannot keep: the future, no "how was today", a day that does not exist', () => {
    const csv = [
      'day,overall,sleep,anxiety,low-mood,racing-heart,shaking,trouble-focusing,feeling-unreal,senses,dose_changed,red_flags,note',
      '2026-12-01,2,,,,,,,,,no,,fine',
      '2027-01-01,2,,,,,,,,,no,,future',
      '2026-11-30,,1,,,,,,,,no,,no overall',
      '2026-02-30,2,,,,,,,,,no,,no such day',
    ].join('\n');
    const { entries, skipped } = parseDiaryFile(csv, TODAY);
    expect(entries.map((e) => e.note)).toEqual(['fine']);
    expect(skipped).toBe(3);
  });

  it('refuses, with a reason, a file that is no diary, one from a newer Steady, and one too large', () => {
    expect(problemOf(() => parseDiaryFile('hello', TODAY))).toBe('not-a-diary');
    expect(problemOf(() => parseDiaryFile('{"format":"other","entries":[]}', TODAY))).toBe('not-a-diary');
    expect(problemOf(() => parseDiaryFile('{ not json', TODAY))).toBe('not-a-diary');
    expect(problemOf(() => parseDiaryFile('day,overall\n2026-12-01,2', TODAY))).toBe('not-a-diary');
    expect(problemOf(() => parseDiaryFile('{"format":"steady-taper-diary","version":2,"entries":[]}', TODAY))).toBe('newer-version');
    expect(problemOf(() => parseDiaryFile(' '.repeat(MAX_IMPORT_CHARS + 1), TODAY))).toBe('too-large');
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseDiaryFile(`\uFEFF${diaryToCsv(DIARY)}`, TODAY).entries).toEqual(DIARY);
  });

  it('merging an import adds its days, and its entry wins on a day both have', () => {
    const mine: DiaryEntry[] = [
      { ...DIARY[0]!, day: '2026-11-01', note: 'only mine' },
      { ...DIARY[1]!, note: 'mine' },
    ];
    const merged = mergeImported(mine, DIARY, TODAY);
    expect(merged.map((e) => [e.day, e.note])).toEqual([
      ['2026-11-01', 'only mine'],
      ['2026-11-30', 'Cut today, as planned.'],
      ['2026-12-01', DIARY[1]!.note],
      ['2026-12-02', '=HYPERLINK("http://x")'],
    ]);
  });
});

describe('the saved copy’s name', () => {
  it('says what it is and the day it was saved, with the kind of file', () => {
    expect(diaryFileName('2026-12-02', 'json')).toBe('steady-taper-diary-2026-12-02.json');
    expect(diaryFileName('2026-12-02', 'csv')).toBe('steady-taper-diary-2026-12-02.csv');
  });

  it('is read back with the byte-order mark a spreadsheet copy starts with', () => {
    const csv = `\uFEFF${diaryToCsv([{ day: '2026-12-01', overall: 2, symptoms: {}, doseChanged: false, redFlags: [], note: 'ñ' }])}`;
    expect(parseDiaryFile(csv, '2026-12-02').entries).toEqual([
      { day: '2026-12-01', overall: 2, symptoms: {}, doseChanged: false, redFlags: [], note: 'ñ' },
    ]);
  });
});
