/**
 * Encodes text in a legacy double-byte charset (gb18030/gbk, big5) for test fixtures. Node has
 * decoders for these but no encoders, so we invert the decoder over the two-byte code space.
 */
const tables = new Map<string, Map<string, number[]>>();

function tableFor(charset: string): Map<string, number[]> {
  const cached = tables.get(charset);
  if (cached) return cached;
  const decoder = new TextDecoder(charset, { fatal: true });
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...text].length === 1 && !table.has(text)) table.set(text, [lead, trail]);
    }
  }
  tables.set(charset, table);
  return table;
}

export function encodeLegacy(text: string, charset: 'gb18030' | 'big5'): Uint8Array {
  const table = tableFor(charset);
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`cannot encode ${ch} (U+${code.toString(16)}) in ${charset}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
