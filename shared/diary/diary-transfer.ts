import { DIARY_RED_FLAGS, type DayKey, type DiaryEntry, type Level, sanitizeDiary, SYMPTOMS } from '@/shared/diary/diary-entry';

/**
 * The diary as a file the person keeps or moves to another browser: JSON (everything, for importing again) or
 * CSV (for a spreadsheet). Both are made and read in the browser; nothing goes over the network.
 */

export const DIARY_FILE_FORMAT = 'steady-taper-diary';
/** The version of the file's shape. A file from a newer Steady is refused rather than half read. */
export const DIARY_FILE_VERSION = 1;
/** Far larger than ten years of full check-ins: a bigger file is not a diary. */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface DiaryFile {
  format: typeof DIARY_FILE_FORMAT;
  version: number;
  exported: DayKey;
  entries: DiaryEntry[];
}

export type DiaryFileKind = 'json' | 'csv';

/** "steady-taper-diary-2026-12-02.csv": what it is and when it was saved, in any language. */
export function diaryFileName(today: DayKey, kind: DiaryFileKind): string {
  return `steady-taper-diary-${today}.${kind}`;
}

export function diaryToJson(diary: readonly DiaryEntry[], today: DayKey): string {
  const file: DiaryFile = { format: DIARY_FILE_FORMAT, version: DIARY_FILE_VERSION, exported: today, entries: [...diary] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const CSV_COLUMNS = ['day', 'overall', ...SYMPTOMS, 'dose_changed', 'red_flags', 'note'] as const;

/** A CSV cell: quoted when it must be, and never read by a spreadsheet as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function diaryToCsv(diary: readonly DiaryEntry[]): string {
  const rows = diary.map((entry) =>
    [
      entry.day,
      String(entry.overall),
      ...SYMPTOMS.map((id) => (entry.symptoms[id] === undefined ? '' : String(entry.symptoms[id]))),
      entry.doseChanged ? 'yes' : 'no',
      entry.redFlags.join(' '),
      entry.note,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Rows of cells from CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((c) => c !== ''));
}

function csvToEntries(text: string): unknown[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) throw new DiaryImportError('not-a-diary');
  const level = (cell: string | undefined): Level | undefined =>
    cell !== undefined && /^[0-3]$/.test(cell) ? (Number(cell) as Level) : undefined;
  return rows.map((cells) => {
    const at = (column: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(column)];
    const note = at('note') ?? '';
    return {
      day: at('day'),
      overall: level(at('overall')),
      symptoms: Object.fromEntries(SYMPTOMS.map((id) => [id, level(at(id))])),
      doseChanged: at('dose_changed') === 'yes',
      redFlags: (at('red_flags') ?? '').split(' ').filter((flag) => (DIARY_RED_FLAGS as readonly string[]).includes(flag)),
      // Undo the formula guard written on export.
      note: /^'[=+\-@\t\r]/.test(note) ? note.slice(1) : note,
    };
  });
}

export type DiaryImportProblem = 'too-large' | 'not-a-diary' | 'newer-version';

/** Why a file could not be read as a diary; the screens say it in the reader's words. */
export class DiaryImportError extends Error {
  constructor(readonly problem: DiaryImportProblem) {
    super(problem);
  }
}

export interface DiaryImport {
  entries: DiaryEntry[];
  /** Rows or entries that could not be kept (a day in the future, no answer to "how was today", …). */
  skipped: number;
}

/**
 * Reads a diary file, JSON or CSV, made by `diaryToJson` or `diaryToCsv` (or edited by hand). Entries that cannot
 * be kept are skipped and counted; a file that is no diary at all, too large, or from a newer Steady throws
 * `DiaryImportError`.
 */
export function parseDiaryFile(text: string, today: DayKey): DiaryImport {
  if (text.length > MAX_IMPORT_CHARS) throw new DiaryImportError('too-large');
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let raw: unknown[];
  if (trimmed.startsWith('{')) {
    let file: Partial<DiaryFile>;
    try {
      file = JSON.parse(trimmed);
    } catch {
      throw new DiaryImportError('not-a-diary');
    }
    if (file?.format !== DIARY_FILE_FORMAT || !Array.isArray(file.entries)) throw new DiaryImportError('not-a-diary');
    if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) throw new DiaryImportError('not-a-diary');
    if (file.version > DIARY_FILE_VERSION) throw new DiaryImportError('newer-version');
    raw = file.entries;
  } else raw = csvToEntries(trimmed);
  const entries = sanitizeDiary(raw, today);
  return { entries, skipped: raw.length - entries.length };
}

/** The diary after importing: the file's days added, a day in both taking the file's entry. */
export function mergeImported(diary: readonly DiaryEntry[], imported: readonly DiaryEntry[], today: DayKey): DiaryEntry[] {
  return sanitizeDiary([...diary, ...imported], today);
}
