/**
 * One JSON text per value, whatever order its keys were written in: object keys sorted (by UTF-16
 * code units), `undefined` members dropped, no whitespace. Two requests that mean the same thing give
 * the same text, so they share a cache entry.
 *
 * Strings go through JSON.stringify, which escapes lone surrogates (`"\ud800"`) instead of emitting
 * them: the text is always well-formed Unicode, so hashing its UTF-8 never merges a lone surrogate
 * with U+FFFD (TextEncoder would).
 *
 * @example canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] }) // '{"a":[true,{"c":"x","d":null}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const member: unknown = (value as Record<string, unknown>)[key];
        return member === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
      });
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
