/**
 * The scoring rules of ../shared/corpus/README.md ("Scoring conventions"), one function per rule, so
 * the evaluation and its unit tests share exactly one reading of them.
 */

/**
 * Characters removed by `fold`: every kind of whitespace, and the interpuncts that join transliterated
 * names (迈克尔•布兰德 / 迈克尔·布兰德 / 迈克尔・布兰德 are one name; pages mix them freely).
 * U+00B7 middle dot, U+2022 bullet, U+2027 hyphenation point, U+2219 bullet operator, U+22C5 dot
 * operator, U+30FB katakana middle dot (NFKC also maps the half-width U+FF65 to it).
 */
const FOLDED_AWAY = /[\s\u00B7\u2022\u2027\u2219\u22C5\u30FB]+/gu;

/**
 * The README's "NFKC, case and whitespace/interpunct folding". Whitespace is removed rather than
 * collapsed: Chinese pages put stray spaces inside names and headings (习近平 总书记), and removing
 * them on both sides of a comparison can only merge, never split, a match.
 *
 * @example fold('Mr.  Obama') === 'mr.obama'; fold('迈克尔•布兰德') === fold('迈克尔·布兰德')
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(FOLDED_AWAY, '');
}

/** A name written only in Latin script (letters plus spaces, dots, hyphens, apostrophes). */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.'’‘\-]+$/u;
/** At least one Latin letter (so "..." is not a Latin name). */
const HAS_LATIN_LETTER = /\p{Script=Latin}/u;
/** Generational suffixes that follow, not form, a surname: "Martin Luther King Jr." → king. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Punctuation trimmed off a name token before comparing ("Jr.," → "jr"). */
const TOKEN_EDGE_PUNCTUATION = /^[.'’‘,\-]+|[.'’‘,\-]+$/gu;

/** The surname of a Latin-script name (its last token that is not a suffix), or undefined for other scripts. */
export function latinSurname(name: string): string | undefined {
  const normalized = name.normalize('NFKC').trim();
  if (!LATIN_NAME.test(normalized) || !HAS_LATIN_LETTER.test(normalized)) return undefined;
  const tokens = normalized
    .split(/\s+/u)
    .map((token) => token.replace(TOKEN_EDGE_PUNCTUATION, '').toLowerCase())
    .filter((token) => token.length > 0 && !NAME_SUFFIXES.has(token));
  return tokens.at(-1);
}

export interface NamedSpeaker {
  name: string;
  aliases: readonly string[];
}

/** How a predicted speaker matched a gold one; `null` = no match. */
export type SpeakerMatch = 'name' | 'surname' | null;

/**
 * README: "predicted name or alias equals the gold name or an alias (after folding), or, for
 * Latin-script names, the same surname". The surname rule compares the two main names.
 *
 * @example matchSpeaker({ name: 'Mr. Kerry', aliases: [] }, { name: 'John Kerry', aliases: [] }) === 'surname'
 */
export function matchSpeaker(predicted: NamedSpeaker, gold: NamedSpeaker): SpeakerMatch {
  const goldForms = new Set([gold.name, ...gold.aliases].map(fold).filter((form) => form.length > 0));
  for (const form of [predicted.name, ...predicted.aliases]) {
    if (goldForms.has(fold(form))) return 'name';
  }
  const predictedSurname = latinSurname(predicted.name);
  if (predictedSurname !== undefined && predictedSurname === latinSurname(gold.name)) return 'surname';
  return null;
}

/**
 * Pairs predicted with gold speakers one to one: exact name/alias matches first, then surname
 * matches, each in list order. One-to-one so that two predicted entries for one person count as one
 * hit and one false positive (the analysis must merge aliases itself).
 */
export function pairSpeakers<P extends NamedSpeaker, G extends NamedSpeaker>(predicted: readonly P[], gold: readonly G[]): Array<[P, G]> {
  const pairs: Array<[P, G]> = [];
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  for (const wanted of ['name', 'surname'] as const) {
    predicted.forEach((p, pi) => {
      if (usedPredicted.has(pi)) return;
      const gi = gold.findIndex((g, index) => !usedGold.has(index) && matchSpeaker(p, g) === wanted);
      const g = gold[gi];
      if (g === undefined) return;
      usedPredicted.add(pi);
      usedGold.add(gi);
      pairs.push([p, g]);
    });
  }
  return pairs;
}

/** README: the shorter of two strings that contain one another must be at least this share of the longer. */
export const CONTAINMENT_MIN_SHARE = 0.6;

/**
 * README heading rule (also used for key terms): equal after folding, or one contains the other and
 * the shorter is ≥ 60 % of the longer (lengths in code points, after folding).
 *
 * @example matchHeading('高质量发展', '高质量发展之路') === true; matchHeading('发展', '高质量发展') === false
 */
export function matchHeading(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  const [shorter, longer] = [...x].length <= [...y].length ? [x, y] : [y, x];
  return longer.includes(shorter) && [...shorter].length >= CONTAINMENT_MIN_SHARE * [...longer].length;
}

/**
 * Pairs predicted with gold strings one to one under `matchHeading`, predicted in rank order,
 * preferring an exact (folded) gold match over a containment one. One-to-one so that nested
 * duplicates (高质量 and 高质量发展) cannot both score on one gold term. Returns, for each predicted
 * string, the index of its gold partner or -1.
 */
export function pairHeadings(predicted: readonly string[], gold: readonly string[]): number[] {
  const usedGold = new Set<number>();
  return predicted.map((p) => {
    const exact = gold.findIndex((g, index) => !usedGold.has(index) && fold(p).length > 0 && fold(g) === fold(p));
    const index = exact >= 0 ? exact : gold.findIndex((g, i) => !usedGold.has(i) && matchHeading(p, g));
    if (index >= 0) usedGold.add(index);
    return index;
  });
}

/** How many predicted strings `pairHeadings` pairs with a gold one. */
export function countHeadingMatches(predicted: readonly string[], gold: readonly string[]): number {
  return pairHeadings(predicted, gold).filter((index) => index >= 0).length;
}

/** README role/org rule: one contains the other after folding; an empty prediction is never right. */
export function matchAttribute(predicted: string | null | undefined, gold: string): boolean {
  const p = fold(predicted ?? '');
  const g = fold(gold);
  if (p.length === 0 || g.length === 0) return false;
  return p.includes(g) || g.includes(p);
}

/** The set of character bigrams of the folded text. */
export function characterBigrams(text: string): Set<string> {
  const chars = [...fold(text)];
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) bigrams.add(`${chars[i]}${chars[i + 1]}`);
  return bigrams;
}

/**
 * Shared character bigrams as a share of the smaller bigram set, in [0, 1]; 0 when either side has
 * no bigram. README: a summary sentence matches a key sentence at ≥ 0.7.
 */
export function bigramOverlap(a: string, b: string): number {
  const x = characterBigrams(a);
  const y = characterBigrams(b);
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const bigram of small) if (large.has(bigram)) shared += 1;
  return shared / smaller;
}

/** README: the overlap at which a summary sentence counts as a key sentence. */
export const SUMMARY_MATCH_MIN_OVERLAP = 0.7;

/**
 * Summary sentence matching: `predictedHits` = summary sentences that match some key sentence
 * (precision's numerator), `goldHits` = key sentences matched by some summary sentence (recall's).
 */
export function countSentenceMatches(predicted: readonly string[], gold: readonly string[]): { predictedHits: number; goldHits: number } {
  const matches = (p: string, g: string) => bigramOverlap(p, g) >= SUMMARY_MATCH_MIN_OVERLAP;
  return {
    predictedHits: predicted.filter((p) => gold.some((g) => matches(p, g))).length,
    goldHits: gold.filter((g) => predicted.some((p) => matches(p, g))).length,
  };
}

export interface PrecisionRecall {
  /** null when nothing was predicted (undefined precision). */
  precision: number | null;
  /** null when there was nothing to find. */
  recall: number | null;
  /** 2·hits / (predicted + gold); null only when both are empty. */
  f1: number | null;
}

/**
 * Precision, recall and F1 from counts. F1 is the harmonic mean written as 2·tp/(predicted + gold),
 * which stays defined (0) when one side is empty, so a page that predicts nothing where gold has
 * items scores F1 0, not "undefined".
 *
 * @example prf(3, 4, 6) → { precision: 0.75, recall: 0.5, f1: 0.6 }
 */
export function prf(truePositives: number, predicted: number, gold: number): PrecisionRecall {
  return {
    precision: predicted === 0 ? null : truePositives / predicted,
    recall: gold === 0 ? null : truePositives / gold,
    f1: predicted + gold === 0 ? null : (2 * truePositives) / (predicted + gold),
  };
}

/**
 * For summaries precision and recall count different things (summary sentences that hit, key
 * sentences that are hit), so F1 is the harmonic mean of the two rates.
 */
export function prfFromRates(predictedHits: number, predicted: number, goldHits: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? null : predictedHits / predicted;
  const recall = gold === 0 ? null : goldHits / gold;
  if (precision === null && recall === null) return { precision, recall, f1: null };
  const p = precision ?? 0;
  const r = recall ?? 0;
  return { precision, recall, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
