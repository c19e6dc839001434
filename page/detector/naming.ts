import { NAMING_SOURCES } from '@/page/detector/naming-patterns';

/**
 * What must be on a page before anything else on it can matter, and the only question asked of most pages: a
 * benzo's name, or a street name with a stopping word near it. The first look asks it of every page; the close
 * reader's accumulator asks it too, and keeps the text unscored until the answer is yes.
 */
const NAMING = new RegExp(NAMING_SOURCES.naming, 'g');
const STOPPING_WORD = new RegExp(NAMING_SOURCES.stoppingWord, 'g');
/** Characters either side of a street name searched for a stopping word: the pairing window plus the longest term. */
const STREET_NAME_WINDOW = 200;

/** Where every stopping word in `text` starts, in order: one pass, however many street names need it. */
function stoppingWordStarts(text: string): number[] {
  const starts: number[] = [];
  STOPPING_WORD.lastIndex = 0;
  for (let m = STOPPING_WORD.exec(text); m; m = STOPPING_WORD.exec(text)) starts.push(m.index);
  return starts;
}

/** True when `text` could make a page about benzos: a name, or a street name beside a stopping word. */
export function mayNameABenzo(text: string): boolean {
  let stops: number[] | undefined;
  let next = 0;
  NAMING.lastIndex = 0;
  for (let m = NAMING.exec(text); m; m = NAMING.exec(text)) {
    if (m[1] !== undefined) return true;
    stops ??= stoppingWordStarts(text);
    while (next < stops.length && stops[next]! < m.index - STREET_NAME_WINDOW) next++;
    if (next < stops.length && stops[next]! <= m.index + m[0].length + STREET_NAME_WINDOW) return true;
  }
  return false;
}
