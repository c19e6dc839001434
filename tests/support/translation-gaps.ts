/**
 * Where two languages' catalogs differ in shape: a key in one and not the other, an empty string, a list of a
 * different length, or a string where the other has a function. An empty result means every string exists in both.
 */
export function translationGaps(reference: unknown, translation: unknown, path = ''): string[] {
  const here = path || '(root)';
  if (typeof reference === 'string') {
    if (typeof translation !== 'string') return [`${here}: a string in one language only`];
    return reference.trim() && translation.trim() ? [] : [`${here}: empty`];
  }
  if (typeof reference === 'function') {
    if (typeof translation !== 'function') return [`${here}: a function in one language only`];
    const sample = Array.from({ length: reference.length }, () => 'X');
    const out = String((translation as (...args: unknown[]) => unknown)(...sample));
    return out.trim() ? [] : [`${here}: gives empty text`];
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(translation)) return [`${here}: a list in one language only`];
    if (reference.length !== translation.length) return [`${here}: ${reference.length} entries vs ${translation.length}`];
    return reference.flatMap((item, i) => translationGaps(item, translation[i], `${path}[${i}]`));
  }
  if (reference && typeof reference === 'object') {
    if (!translation || typeof translation !== 'object') return [`${here}: an object in one language only`];
    const keys = new Set([...Object.keys(reference), ...Object.keys(translation)]);
    return [...keys].flatMap((key) => {
      const a = (reference as Record<string, unknown>)[key];
      const b = (translation as Record<string, unknown>)[key];
      const at = path ? `${path}.${key}` : key;
      if (a === undefined) return [`${at}: only in the translation`];
      if (b === undefined) return [`${at}: missing from the translation`];
      return translationGaps(a, b, at);
    });
  }
  return reference === translation ? [] : [`${here}: differs`];
}
