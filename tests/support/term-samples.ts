/**
 * Concrete words for a vocabulary fragment, for fuzzing the matcher. Understands only the syntax the vocabulary
 * uses: literals, `[...]` classes with ranges, `(?:a|b)`, and the quantifiers `?`, `*`, `+` and `{m,n}`.
 */

export type Pick = 'first' | 'last';

function classChars(body: string): string[] {
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const from = body[i]!;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2]!;
      for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) chars.push(String.fromCharCode(c));
      i += 2;
    } else chars.push(from);
  }
  return chars;
}

function closing(term: string, open: number): number {
  let depth = 0;
  for (let i = open; i < term.length; i++) {
    if (term[i] === '\\') i++;
    else if (term[i] === '(') depth++;
    else if (term[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced group in ${term}`);
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '(' || body[i] === '[') depth++;
    else if (body[i] === ')' || body[i] === ']') depth--;
    else if (body[i] === '|' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/**
 * One word the fragment matches. 'last' takes the last choice of every class and alternation (the accented
 * letters, in this vocabulary) and the most repetitions allowed (20 for an open-ended one); 'first' takes the
 * first choice and the fewest.
 */
export function sampleTerm(term: string, pick: Pick): string {
  const choose = <T>(options: T[]): T => (pick === 'first' ? options[0]! : options[options.length - 1]!);
  let out = '';
  for (let i = 0; i < term.length; ) {
    let atom: () => string;
    if (term.startsWith('(?:', i)) {
      const end = closing(term, i);
      const chosen = choose(splitTopLevel(term.slice(i + 3, end)));
      atom = () => sampleTerm(chosen, pick);
      i = end + 1;
    } else if (term[i] === '[') {
      const end = term.indexOf(']', i + 1);
      const chars = classChars(term.slice(i + 1, end));
      atom = () => choose(chars);
      i = end + 1;
    } else if (term[i] === '\\') {
      const char = term[i + 1]!;
      atom = () => char;
      i += 2;
    } else {
      const char = term[i]!;
      atom = () => char;
      i += 1;
    }
    let [min, max] = [1, 1];
    const bounds = /^\{(\d+),(\d*)\}/.exec(term.slice(i));
    if (term[i] === '?') [min, max, i] = [0, 1, i + 1];
    else if (term[i] === '*') [min, max, i] = [0, 20, i + 1];
    else if (term[i] === '+') [min, max, i] = [1, 20, i + 1];
    else if (bounds) {
      [min, max] = [Number(bounds[1]), bounds[2] ? Number(bounds[2]) : 20];
      i += bounds[0].length;
    }
    const times = pick === 'first' ? min : max;
    for (let n = 0; n < times; n++) out += atom();
  }
  return out;
}
