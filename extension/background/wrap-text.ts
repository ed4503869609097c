/**
 * Line breaking for text drawn on a canvas (which has no layout of its own). Latin text breaks between
 * words; Chinese, Japanese and Korean break between any two characters, except that closing
 * punctuation (。，」) never starts a line and opening punctuation (「《) never ends one — the basic
 * rules of CJK line breaking (kinsoku shori, W3C "Requirements for Chinese Text Layout" §3.1.7).
 * Pure: the caller passes how wide a string is, so tests measure with string length.
 *
 * @example
 *   wrapText('全国新型工业化推进大会在北京召开。', 8, (s) => s.length) // ['全国新型工业化推', '进大会在北京召开。']
 */

/** One unit that is never split: a CJK character, or a run of other non-space characters (a word). */
const UNIT = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]|\s+|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;
/** Characters that must not start a line (closing marks and sentence punctuation, CJK and Latin). */
const NO_LINE_START = /^[。，、；：？！」』）》〉】〕”’…—·,.;:?!)\]}%]/u;
/** Characters that must not end a line (opening marks). */
const NO_LINE_END = /[「『（《〈【〔“‘(\[{]$/u;
const SPACE_ONLY = /^\s+$/u;

export function wrapText(text: string, maxWidth: number, measure: (text: string) => number, maxLines = Infinity): string[] {
  const units = glueUnits(text.match(UNIT) ?? []);
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    if (line !== '' && measure((line + unit).trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = SPACE_ONLY.test(unit) ? '' : unit;
    } else {
      line = line === '' ? unit.trimStart() : line + unit;
    }
    // A single unit wider than the line (a long URL) is cut by character (code point, never inside a
    // surrogate pair).
    while (measure(line.trimEnd()) > maxWidth) {
      const chars = [...line.trimEnd()];
      if (chars.length <= 1) break;
      let cut = chars.length - 1;
      while (cut > 1 && measure(chars.slice(0, cut).join('')) > maxWidth) cut -= 1;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1] ?? '', maxWidth, measure);
  return kept;
}

/** Glues punctuation that must not start a line to the unit before it, and openers to the unit after. */
function glueUnits(raw: string[]): string[] {
  const units: string[] = [];
  for (const unit of raw) {
    const previous = units[units.length - 1];
    if (previous !== undefined && !SPACE_ONLY.test(previous) && (NO_LINE_START.test(unit) || NO_LINE_END.test(previous))) {
      units[units.length - 1] = previous + unit;
    } else {
      units.push(unit);
    }
  }
  return units;
}

function ellipsize(line: string, maxWidth: number, measure: (text: string) => number): string {
  let text = line;
  while (text.length > 0 && measure(`${text}…`) > maxWidth) text = text.slice(0, -1);
  return `${text.trimEnd()}…`;
}
