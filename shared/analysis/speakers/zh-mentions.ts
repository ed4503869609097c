import { NAME_INTERPUNCTS } from '../lang/common.ts';
import * as zh from '../lang/zh.ts';
import { alternation, escapeRegExp } from '../model/text.ts';
import { WordSet } from '../model/word-set.ts';
import { BACKGROUND } from '../terms/word-classes.ts';

/**
 * Reading Chinese person mentions: "org + title(s) + name" chains (青海省工业和信息化厅信息发展处处长汪凤英),
 * "name + title" (习近平总书记), "surname + title/honorific" (汪处长, 温先生) and transliterated names
 * (迈克尔•布兰德). Pure functions over a block's text and positions.
 */

// Single characters as UTF-16 units (all of them are one unit): testing a character of a Chinese text
// by its code allocates nothing, where text[i] makes a new one-character string each time.
const SURNAMES = unitsOf(zh.SURNAMES);
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(zh.COMPOUND_SURNAMES);
/** Compound surnames as pairs of units (first unit → second units), tested without slicing. */
const COMPOUND_SURNAME_PAIRS = new Map<number, Set<number>>();
for (const surname of zh.COMPOUND_SURNAMES) {
  const seconds = COMPOUND_SURNAME_PAIRS.get(surname.charCodeAt(0)) ?? new Set<number>();
  seconds.add(surname.charCodeAt(1));
  COMPOUND_SURNAME_PAIRS.set(surname.charCodeAt(0), seconds);
}
const NOT_PERSON: ReadonlySet<string> = new Set(zh.NOT_PERSON_WORDS);
const NOT_NAME_CHARS = unitsOf(zh.NOT_NAME_CHARS);
/** NOT_NAME_CHARS without zh.GIVEN_NAME_FUNCTION_CHARS: what a name right after a title cannot hold. */
const NOT_NAME_CHARS_AFTER_TITLE: ReadonlySet<number> = new Set([...NOT_NAME_CHARS].filter((code) => !zh.GIVEN_NAME_FUNCTION_CHARS.includes(String.fromCharCode(code))));
const COLLECTIVE_ENDINGS = unitsOf(zh.COLLECTIVE_ENDINGS);
const REPORTER_TITLES: ReadonlySet<string> = new Set(zh.REPORTER_TITLES);
const TITLE_JOINERS: ReadonlySet<string> = new Set(zh.TITLE_JOINERS);
const SUBJECT_LEADERS: ReadonlySet<string> = new Set(zh.SUBJECT_LEADERS);

// Word lists read at a position (model/word-set.ts): the longest word ending or starting exactly there,
// by a few Set lookups. The alternation regexes they replace were run on a slice and tried at every
// position of it, on every cue and every title of a paragraph.

/** Posts and who someone is in the story (常务副州长, 首席执行官, 学生): a person's role. */
const PERSON_TITLES: readonly string[] = [...zh.TITLES, ...zh.IDENTITY_TITLES];
const IDENTITY_TITLES: ReadonlySet<string> = new Set(zh.IDENTITY_TITLES);
/** Job titles: "prefix? 副? title word" (常务副州长, 首席执行官), read by titleEndingAt / titleStartingAt. */
const TITLES = new WordSet(PERSON_TITLES);
/** Title prefixes other than 副 (optional on its own, after them) and 总 (part of the titles that take it: 总经理). */
const TITLE_PREFIX_WORDS = zh.TITLE_PREFIXES.filter((p) => p !== '副' && p !== '总');
const TITLE_PREFIXES = new WordSet(TITLE_PREFIX_WORDS);
/** The prefixes in the order a regex alternation tries them (longest first), for reading a title forwards. */
const TITLE_PREFIX_ORDER = alternation(TITLE_PREFIX_WORDS).split('|');
const DEPUTY = '副';
/** The dictionary's frequent words (the key-term statistics' table): where words are, names are not. */
const ZH_WORDS: ReadonlyMap<string, unknown> = BACKGROUND.zh;
/** 任 "to serve as" between two titles (副市长任组长); also a surname. */
const SERVE_AS = '任';
/** A title is read within this many characters (the longest prefix + 副 + the longest title word fit). */
const TITLE_WINDOW = 12;
/** Honorifics that turn a surname into a person reference (温先生, 李女士). 老 and 老师 make aliases only. */
const HONORIFICS = new WordSet(zh.HONORIFICS);
/** Organisation name endings (厅, 局, 公司, 政府…). */
const ORG_SUFFIXES = new WordSet(zh.ORG_SUFFIXES);
/** Role modifiers (国家一级, 著名, 研究…) at the end of a would-be organisation: they belong to the title. */
const ROLE_DESCRIPTORS = new WordSet(zh.ROLE_DESCRIPTORS);
const DEED_VERBS = new WordSet(zh.DEED_VERBS);
/** A demonstrative after the first character: the phrase points back at something (负责此案, 参与该项目). */
const POINTS_BACK = /^.+[此该]/u;
/** A kinship word right before a name (潘振声女儿|马莉): apposition, not a title. */
const KINSHIP_WORDS = new WordSet(zh.KINSHIP_WORDS);
/** Verbs and particles at which an organisation phrase read backwards stops. */
const ORG_STOPS = new WordSet(zh.ORG_STOP_WORDS);
/** Adverbs and phrases a reporter puts between a name and the verb (also what opens a predicate). */
const SUBJECT_TRAILERS = new WordSet(zh.SUBJECT_TRAILERS);

/**
 * What may follow a name (so its end is certain): punctuation or space, the end of the text, a speech
 * verb, a word a reporter puts between name and verb, another title, an honorific, or a common particle
 * — within the six characters after it.
 */
const AFTER_NAME_WORDS = new WordSet([...zh.SPEECH_VERBS, ...zh.SPEECH_VERBS_BEFORE_PAUSE, ...zh.SUBJECT_TRAILERS, ...PERSON_TITLES, ...zh.HONORIFICS]);
/** Their lengths, shortest first: whether any of them follows a name is settled by the first that does. */
const AFTER_NAME_LENGTHS = [...AFTER_NAME_WORDS.lengths].reverse();
const AFTER_NAME_PARTICLES = unitsOf('等在的对和与为是将从向到亲并');
const PUNCTUATION_OR_SPACE_AT_START = /^[\p{P}\s]/u;
const AFTER_NAME_WINDOW = 6;
/** What opens the predicate right after a subject's name: an adverb (SUBJECT_TRAILERS) or one of these prepositions. */
const PREDICATE_OPENERS = unitsOf('在对向从到为将把被给跟');
/** Whom a speaker tells (记者, 南都记者, 我们): after a preposition, the start of a predicate (…向|南都记者介绍). */
const LISTENERS = new WordSet(zh.LISTENERS);

const TITLE_WORDS = alternation(PERSON_TITLES);
const TITLE_PREFIX = `(?:${alternation(TITLE_PREFIX_WORDS)})?副?`;
/**
 * The first two UTF-16 units of every possible title ("prefix? 副? word"), as first unit → second units:
 * a block is scanned for titles by testing the pair at each position (small integers, no allocation)
 * and reading a title only where one can start.
 */
const TITLE_OPENINGS = new Map<number, Set<number>>();
/** The first units of TITLE_OPENINGS as a table (one read per character of a block). */
const TITLE_FIRST_UNITS = new Uint8Array(0x10000);
for (const prefix of ['', ...TITLE_PREFIX_WORDS]) {
  for (const deputy of ['', DEPUTY]) {
    for (const word of PERSON_TITLES) {
      const title = prefix + deputy + word;
      const seconds = TITLE_OPENINGS.get(title.charCodeAt(0)) ?? new Set<number>();
      seconds.add(title.charCodeAt(1));
      TITLE_OPENINGS.set(title.charCodeAt(0), seconds);
      TITLE_FIRST_UNITS[title.charCodeAt(0)] = 1;
    }
  }
}
/** A title followed by 兼 inside a would-be organisation (摩根大通|首席投资官兼全球固定收益|主管): the role starts there. */
const TITLE_THEN_JOINER = new RegExp(`${TITLE_PREFIX}(?:${TITLE_WORDS})兼`, 'u');
/** A coreferring determiner at the start of an organisation phrase (该项目部, 这家公司). */
const COREFERENCE_AT_START = new RegExp(`^(?:${alternation(zh.COREFERENCE_DETERMINERS)})(?=\\p{Script=Han})`, 'u');
/** A connector glued to the front of an organisation (但华为 → 华为). */
const ORG_LEADING_CONNECTOR = new RegExp(`^(?:${alternation(zh.SUBJECT_LEADERS)})(?=\\p{Script=Han}{2})`, 'u');

/** A transliterated name: Han runs joined by interpuncts (迈克尔•布兰德, 斯蒂芬妮·席尔霍尔茨, 迈克尔?布兰德). */
const INTERPUNCT = `[${escapeRegExp(NAME_INTERPUNCTS)}]`;
const TRANSLITERATED_AT_END = new RegExp(`\\p{Script=Han}{1,8}(?:${INTERPUNCT}\\p{Script=Han}{1,10})+$`, 'u');
const TRANSLITERATED_AT_START = new RegExp(`^\\p{Script=Han}{1,8}(?:${INTERPUNCT}\\p{Script=Han}{1,10})+`, 'u');
const INTERPUNCT_SPLIT = new RegExp(INTERPUNCT, 'u');
/** The regexes above only run where an interpunct is close enough to matter (they are tried at every position). */
const INTERPUNCT_UNITS = unitsOf(NAME_INTERPUNCTS);
/** Han characters may be astral (two UTF-16 units): n characters span up to 2n units. */
const UNITS_PER_CHAR = 2;
/** A Latin-script name at the end of a clause, also right after a Han title (Rick Rieder表示, 首席投资官Rick Rieder表示). */
const LATIN_NAME_AT_END = /(?:^|[^\p{Script=Latin}'’-])(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})$/u;
/** What LATIN_NAME_AT_END ends with (never a Han character): checked before running it. */
const LATIN_NAME_LAST = /^[\p{Ll}'’-]$/u;

const HAN = /^\p{Script=Han}+$/u;
/** Characters an organisation phrase is made of (orgStart reads back over them, one UTF-16 unit at a time). */
const ORG_CHAR = /[\p{L}\p{N}（）()&·]/u;
const ASCII_ORG_CHAR = new Uint8Array(128).map((_, code) => (ORG_CHAR.test(String.fromCharCode(code)) ? 1 : 0));
const CLOSE_PAREN = ')'.charCodeAt(0);
const CLOSE_PAREN_WIDE = '）'.charCodeAt(0);
const OPEN_PAREN = '('.charCodeAt(0);
const OPEN_PAREN_WIDE = '（'.charCodeAt(0);
/** A noise parenthesis skipped inside an organisation is at most this long, brackets included. */
const MAX_NOISE_PARENTHETICAL = 42;

/** Function characters that never occur inside an organisation name without an org ending (这些歌曲都出自…). */
const FUNCTION_CHAR = /[的了是都就也还这那些们把被将让使]/u;
/** A parenthesis without Han text inside an organisation: page furniture such as injected stock quotes, "贝莱德(431.2, 7.37, 1.74%)". */
const NOISE_PARENTHETICAL = /[（(][^（）()\p{Script=Han}]{0,40}[)）]/gu;
/** NOISE_PARENTHETICAL only runs on an organisation that has an opening bracket. */
const OPENING_BRACKET = /[（(]/u;
/** A Latin-script firm name followed by a Han field descriptor (M&G固定收益|副主管): the descriptor is part of the role. */
const LATIN_ORG_THEN_FIELD = /^(.*[\p{Script=Latin}\d&])(\p{Script=Han}{2,})$/u;
/** LATIN_ORG_THEN_FIELD needs one of these (its backtracking is skipped on all-Han organisations). */
const LATIN_DIGIT_OR_AMPERSAND = /[\p{Script=Latin}\d&]/u;

/** ORG_CHAR for the unit at `at` (CJK ideographs and ASCII by code; anything else by the regex). */
function isOrgChar(text: string, at: number, code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 128) return ASCII_ORG_CHAR[code] === 1;
  return ORG_CHAR.test(text[at] ?? '');
}

/** The nearest opening bracket, ( or （, among the units `[from, before)` reading back, or -1. */
function openerBefore(text: string, from: number, before: number): number {
  for (let at = before - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (code === OPEN_PAREN || code === OPEN_PAREN_WIDE) return at;
  }
  return -1;
}

function unitsOf(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((character) => character.charCodeAt(0)));
}

/** CJK Unified Ideographs: a name made only of these has no Latin letter and no interpunct. */
function isCommonHanOnly(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  return true;
}

/** Is there an interpunct among the units `[from, to)`? */
function hasInterpunct(text: string, from: number, to: number): boolean {
  for (let at = Math.max(0, from); at < to; at++) if (INTERPUNCT_UNITS.has(text.charCodeAt(at))) return true;
  return false;
}

/** Can what follows `end` not continue a name? (See AFTER_NAME_WORDS.) */
function endsName(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const to = Math.min(text.length, end + AFTER_NAME_WINDOW);
  if (AFTER_NAME_PARTICLES.has(text.charCodeAt(end)) || afterNameWordAt(text, end, to)) return true;
  return PUNCTUATION_OR_SPACE_AT_START.test(text.slice(end, to));
}

/** Does one of AFTER_NAME_WORDS start at `start` and end by `to`? (Any will do: the shortest are tried first.) */
function afterNameWordAt(text: string, start: number, to: number): boolean {
  if (start >= to || !AFTER_NAME_WORDS.mayStartWith(text.charCodeAt(start))) return false;
  for (const length of AFTER_NAME_LENGTHS) {
    if (start + length > to) return false;
    if (AFTER_NAME_WORDS.has(text.slice(start, start + length))) return true;
  }
  return false;
}

/** Does the text end with an organisation ending (厅, 局, 公司…)? */
export function hasOrgSuffix(text: string): boolean {
  return ORG_SUFFIXES.endsIn(text);
}

/** The length of a coreferring determiner (该, 这家…) opening `text` before a Han character, or 0. */
export function coreferenceDeterminer(text: string): number {
  return COREFERENCE_AT_START.exec(text)?.[0].length ?? 0;
}

/** Is this 2–4 character string a plausible Chinese personal name? */
export function isChineseName(candidate: string): boolean {
  return isChineseNameWithout(candidate, NOT_NAME_CHARS);
}

/** isChineseName with `notName` as the characters a given name cannot hold. */
function isChineseNameWithout(candidate: string, notName: ReadonlySet<number>): boolean {
  const length = candidate.length;
  if (length < 2 || length > 4) return false;
  if (length === 2 && FAMILIAR_PREFIX.has(candidate.charCodeAt(0))) return isFamiliarName(candidate);
  // The same conditions as ever, cheapest first: a surname, no particle, no collective ending, then the script.
  const compound = COMPOUND_SURNAME_PAIRS.get(candidate.charCodeAt(0))?.has(candidate.charCodeAt(1)) === true;
  if (length === 4 && !compound) return false;
  if (!compound && !SURNAMES.has(candidate.charCodeAt(0))) return false;
  for (let i = 1; i < length; i++) if (notName.has(candidate.charCodeAt(i))) return false;
  if (length === 3 && COLLECTIVE_ENDINGS.has(candidate.charCodeAt(2))) return false;
  if (NOT_PERSON.has(candidate)) return false;
  return HAN.test(candidate);
}

/** 老/小 + surname (老张, 小王): the familiar name features give ordinary people. */
function isFamiliarName(candidate: string): boolean {
  return SURNAMES.has(candidate.charCodeAt(1)) && !NOT_FAMILIAR_NAMES.has(candidate);
}
const FAMILIAR_PREFIX = unitsOf(zh.FAMILIAR_NAME_PREFIXES.join(''));
const NOT_FAMILIAR_NAMES: ReadonlySet<string> = new Set(zh.NOT_FAMILIAR_NAMES);

/** The surname of a name: compound surname, the given name's first part for transliterations, else its first character. */
export function surnameOf(name: string): string {
  if (name.length === 2 && FAMILIAR_PREFIX.has(name.charCodeAt(0)) && isFamiliarName(name)) return name.slice(1);
  if (isCommonHanOnly(name)) return COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length >= 3 ? name.slice(0, 2) : name.slice(0, 1);
  if (/[\p{Script=Latin}]/u.test(name)) return name.split(/\s+/u).pop() ?? name;
  const parts = name.split(INTERPUNCT_SPLIT);
  if (parts.length > 1) return parts[parts.length - 1] ?? name;
  return COMPOUND_SURNAMES.has(name.slice(0, 2)) && name.length >= 3 ? name.slice(0, 2) : name.slice(0, 1);
}

/**
 * Start of a title that ends exactly at `end` (reading no further back than `from`, nor more than 12
 * characters), or -1: the earliest start of "prefix? 副? title" over every title word ending there.
 */
export function titleEndingAt(text: string, from: number, end: number): number {
  const floor = Math.max(from, end - TITLE_WINDOW);
  if (end <= floor || !TITLES.mayEndWith(text.charCodeAt(end - 1))) return -1;
  let best = -1;
  for (const length of TITLES.lengths) {
    const wordStart = end - length;
    if (wordStart < floor || !TITLES.has(text.slice(wordStart, end))) continue;
    // The earliest start of "prefix? 副? word" for this word: with the longest prefix that fits.
    let start = wordStart - TITLE_PREFIXES.longestEndingAt(text, floor, wordStart);
    if (wordStart - 1 >= floor && text[wordStart - 1] === DEPUTY) {
      start = Math.min(start, wordStart - 1 - TITLE_PREFIXES.longestEndingAt(text, floor, wordStart - 1));
    }
    if (best < 0 || start < best) best = start;
  }
  return best;
}

/**
 * End of a title that starts exactly at `start` (reading no further than `to`, nor more than 12
 * characters), or -1. Tried as the regex alternation would: each prefix (longest first), then none; 副
 * if present, then not; then the longest title word.
 */
export function titleStartingAt(text: string, start: number, to: number): number {
  return titleAt(text, start, Math.min(to, start + TITLE_WINDOW));
}

/** End of "prefix? 副? title word" starting exactly at `start` and ending by `limit`, or -1. */
function titleAt(text: string, start: number, limit: number): number {
  if (start >= limit) return -1;
  for (const prefix of TITLE_PREFIX_ORDER) {
    if (!text.startsWith(prefix, start) || start + prefix.length > limit) continue;
    const end = titleWordAfter(text, start + prefix.length, limit);
    if (end >= 0) return end;
  }
  return titleWordAfter(text, start, limit);
}

/** End of "副? title word" starting at `at` within `limit`, or -1. */
function titleWordAfter(text: string, at: number, limit: number): number {
  if (text[at] === DEPUTY && at + 1 <= limit) {
    const length = TITLES.longestStartingAt(text, at + 1, limit);
    if (length > 0) return at + 1 + length;
  }
  const length = TITLES.longestStartingAt(text, at, limit);
  return length > 0 ? at + length : -1;
}

/** Is the title a reporter's (记者, 编辑…)? Reporters are never speakers. */
export function isReporterTitle(title: string): boolean {
  for (const reporter of REPORTER_TITLES) if (title.endsWith(reporter)) return true;
  return false;
}

/**
 * A transliterated or Latin name ending at `end`, not reaching back past `from` or into a title that
 * precedes it (国务卿迈克·蓬佩奥 → 迈克·蓬佩奥). Returns its start, or -1.
 */
export function foreignNameEndingAt(text: string, from: number, end: number): number {
  if (end <= from) return -1;
  // A transliteration ends in "interpunct + 1–10 Han characters": without an interpunct there, none ends here.
  const translit = hasInterpunct(text, Math.max(from, end - 1 - 10 * UNITS_PER_CHAR), end - 1) ? TRANSLITERATED_AT_END.exec(text.slice(from, end)) : null;
  if (translit && isTransliteration(translit[0])) {
    let start = from + translit.index;
    const firstPartEnd = start + (translit[0].search(INTERPUNCT_SPLIT) || 0);
    // A title or a particle glued to the first part belongs before the name.
    for (let k = firstPartEnd - 1; k > start; k--) {
      if (titleEndingAt(text, from, k) >= 0 || NOT_NAME_CHARS.has(text.charCodeAt(k - 1))) {
        start = k;
        break;
      }
    }
    return firstPartEnd - start >= 1 ? start : -1;
  }
  // A Latin name ends in a lower-case letter, an apostrophe or a hyphen (never in a Han character: the
  // usual end of a Chinese clause is ruled out by its code, without the regex).
  const last = text.charCodeAt(end - 1);
  if ((last >= 0x4e00 && last <= 0x9fff) || !LATIN_NAME_LAST.test(lastCharacter(text, from, end))) return -1;
  const latin = LATIN_NAME_AT_END.exec(text.slice(from, end));
  if (latin?.[1]) return end - latin[1].length;
  return -1;
}

const TRANSLITERATION = unitsOf(zh.TRANSLITERATION_CHARS);
/** Characters of a transliterated name written without an interpunct (古特雷斯, 泽连斯基): two to five. */
const MIN_BARE_TRANSLIT = 2;
const MAX_BARE_TRANSLIT = 5;

/**
 * The end of a transliterated name without an interpunct starting at `start` (right after a title): the
 * longest run of transliteration characters, two to five of them, after which a speech verb, a trailer,
 * a title, a particle or punctuation follows at once; -1 when there is none.
 */
function transliterationStartingAt(text: string, start: number, to: number): number {
  let end = start;
  while (end < to && end - start < MAX_BARE_TRANSLIT && TRANSLITERATION.has(text.charCodeAt(end))) end++;
  for (; end - start >= MIN_BARE_TRANSLIT; end--) if (endsName(text, end)) return end;
  return -1;
}

/** The start of a transliterated name without an interpunct ending at `end` right after a title (总统普京|表示), or -1. */
function transliterationEndingAt(text: string, from: number, end: number): number {
  let start = end;
  while (start > from && end - start < MAX_BARE_TRANSLIT && TRANSLITERATION.has(text.charCodeAt(start - 1))) start--;
  for (; end - start >= MIN_BARE_TRANSLIT; start++) if (titleEndingAt(text, from, start) >= 0) return start;
  return -1;
}

/**
 * Whether interpunct-joined Han runs can be a transliterated name: no part ends like an organisation or
 * a title (中国青年报·中国青年网记者 is a paper and its reporter, not a name).
 */
function isTransliteration(candidate: string): boolean {
  return candidate.split(INTERPUNCT_SPLIT).every((part) => !ORG_SUFFIXES.endsIn(part) && titleEndingAt(part, 0, part.length) < 0);
}

/** The code point that ends at `end` (a surrogate pair whole when both halves are within `[from, end)`). */
function lastCharacter(text: string, from: number, end: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= from) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text[end - 1] ?? '';
}

/** A Chinese name ending at `end` (2–4 characters, not before `from`): returns its start or -1. Prefers 3 characters. */
export function chineseNameEndingAt(text: string, from: number, end: number): number {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < from) continue;
    if (isChineseName(text.slice(start, end)) && !startsMidWord(text, from, start)) return start;
  }
  return -1;
}

/**
 * Does a would-be name at `start` begin inside a word: the character before it and its first one form
 * a dictionary word (了解情|况后民警: 情况)? A name follows a word boundary.
 */
function startsMidWord(text: string, from: number, start: number): boolean {
  return start > from && ZH_WORDS.has(text.slice(start - 1, start + 1));
}

/**
 * A name starting at `start` right after a title (处长|汪凤英表示): its end, or -1. The name's end must be
 * followed by something that cannot continue a name, or (for three characters) fall on a word boundary
 * of the segmenter before a two-character word (负责人|晁|守成|深感). `boundaries` gives the block's token
 * boundaries (1 where a segmenter token starts or ends); it is only called when that last test is needed.
 */
export function nameStartingAt(text: string, start: number, to: number, boundaries: () => Uint8Array): number {
  const limit = Math.min(to, start + 30);
  // A transliteration has an interpunct after its first 1–8 Han characters.
  if (hasInterpunct(text, start + 1, Math.min(limit, start + 1 + 8 * UNITS_PER_CHAR))) {
    const translit = TRANSLITERATED_AT_START.exec(text.slice(start, limit));
    if (translit && isTransliteration(translit[0])) return start + translit[0].length;
  }
  for (const length of [3, 2, 4]) {
    const end = start + length;
    if (end > to || !isChineseName(text.slice(start, end))) continue;
    // 副市长|任组长: a surname and a title (组长) is a reference or a verb phrase, not a given name.
    if (titleEndingAt(text, start + 1, end) >= 0) continue;
    if (endsName(text, end)) return end;
    // ICU keeps unknown given names apart from the next word: a word boundary right after 3 characters.
    if (length === 3) {
      const marks = boundaries();
      if (marks[start] === 1 && marks[end] === 1) return end;
    }
  }
  // 总统普京表示, 秘书长古特雷斯呼吁: a transliteration written without an interpunct, right after a title.
  const foreign = transliterationStartingAt(text, start, limit);
  if (foreign >= 0) return foreign;
  // 教授薛其坤认为: after a title, a given name may hold 之/其/为… when a speech verb, a trailer, another
  // title or punctuation follows it at once.
  for (const length of [3, 2]) {
    const end = start + length;
    if (end > to || !isChineseNameWithout(text.slice(start, end), NOT_NAME_CHARS_AFTER_TITLE)) continue;
    if (titleEndingAt(text, start + 1, end) >= 0) continue;
    if (end >= text.length || afterNameWordAt(text, end, Math.min(text.length, end + AFTER_NAME_WINDOW)) || PUNCTUATION_OR_SPACE_AT_START.test(text.slice(end, end + 1))) return end;
  }
  return -1;
}

/** Where an organisation phrase ending at `end` starts, reading back to `from` and stopping at verbs/particles. */
export function orgStart(text: string, from: number, end: number): number {
  let start = end;
  while (start > from) {
    const code = text.charCodeAt(start - 1);
    if (code === CLOSE_PAREN || code === CLOSE_PAREN_WIDE) {
      // Skip a parenthesis of numbers and Latin text (injected stock quotes) as if it were not there.
      const opener = openerBefore(text, Math.max(from, start - MAX_NOISE_PARENTHETICAL), start - 1);
      if (opener >= 0 && !/\p{Script=Han}/u.test(text.slice(opener, start))) {
        start = opener;
        continue;
      }
    }
    if (!isOrgChar(text, start - 1, code)) break;
    if (ORG_STOPS.longestEndingAt(text, from, start) > 0) break;
    start--;
    if (end - start > 40) break;
  }
  return start;
}

/** A resolver for 该项目部-style references: given the determiner's head (项目部) and a position, the full name or null. */
export type OrgCoreference = (head: string, before: number) => string | null;

export interface PostChain {
  /** Titles as written (党组书记、局长), posts at different organisations joined by 、. */
  role: string | null;
  org: string | null;
  /** Where the chain starts in the text. */
  start: number;
  /** True when the only title is a reporter's. */
  reporter: boolean;
}

/**
 * Reads "org + titles" backwards from `end` (where a name starts, or where a name-first mention's title
 * ends): 互助县工业和信息化局|党组书记、局长 → role 党组书记、局长, org 互助县工业和信息化局. Several posts
 * joined by 、 are all read (中国半导体行业协会副理事长、清华大学微电子所所长).
 */
export function readPostsBefore(text: string, from: number, end: number, coreference: OrgCoreference): PostChain {
  const roles: string[] = [];
  const orgs: string[] = [];
  let position = end;
  let reporter = false;
  let chainStart = end;
  for (let post = 0; post < 4; post++) {
    let titleStart = titleEndingAt(text, from, position);
    if (titleStart < 0) break;
    const titleEnd = position;
    // Titles joined directly (党组书记、局长 / 首席执行官兼总裁) belong to one post.
    while (titleStart > from && TITLE_JOINERS.has(text[titleStart - 1] ?? '')) {
      const previous = titleEndingAt(text, from, titleStart - 1);
      if (previous < 0) break;
      titleStart = previous;
    }
    // Titles written together are one title: 副主任|医师, 院长|助理.
    for (let previous = titleEndingAt(text, from, titleStart); previous >= 0 && previous < titleStart; previous = titleEndingAt(text, from, titleStart)) {
      titleStart = previous;
    }
    let title = text.slice(titleStart, titleEnd);
    if (isReporterTitle(title)) reporter = true;
    position = titleStart;
    chainStart = position;
    // The organisation of this post, possibly after "的" (未来论坛理事会的轮值主席).
    let orgEnd = position;
    if (text[orgEnd - 1] === '的') orgEnd--;
    let start = orgStart(text, from, orgEnd);
    let org = text.slice(start, orgEnd);
    // 参与救援的|民警, 负责此案的|检察官: a clause before 的 that opens with a verb or points back at
    // something says what the person did in the story. It is part of the role, not an organisation.
    if (orgEnd < position && isDeedClause(org)) {
      title = text.slice(start, titleEnd);
      position = start;
      chainStart = start;
      org = '';
    }
    // 正在田间忙碌的|农民: a clause after 在 says where the person was, not who employs them.
    if (orgEnd < position && org && text[start - 1] === '在' && !ORG_SUFFIXES.endsIn(org)) org = '';
    // "来电科技的高级市场总监": words after 的 without an organisation ending describe the post, and the
    // organisation is the one before 的.
    if (org && orgEnd === position && text[start - 1] === '的' && start - 1 > from && !ORG_SUFFIXES.endsIn(org)) {
      const ownerStart = orgStart(text, from, start - 1);
      const owner = text.slice(ownerStart, start - 1);
      if (owner.length >= 2 && owner.length <= 10 && !FUNCTION_CHAR.test(owner)) {
        title = org + title;
        position = start;
        org = owner;
        start = ownerStart;
      }
    }
    if (OPENING_BRACKET.test(org)) org = org.replace(NOISE_PARENTHETICAL, '');
    const connector = ORG_LEADING_CONNECTOR.exec(org);
    if (connector) org = org.slice(connector[0].length);
    const determiner = COREFERENCE_AT_START.exec(org);
    if (determiner) org = coreference(org.slice(determiner[0].length), start) ?? '';
    const titleLength = title.length;
    [org, title] = splitRoleFromOrg(org, title);
    // 村党支部书记, 镇党委书记: the level of a local post, alone before it, is part of the post.
    if (org.length === 1 && LOCAL_LEVELS.has(org)) [org, title] = ['', org + title];
    // Without an organisation ending, only a short name with no function word is an organisation
    // (华坚, 南艺, 海新科技), not "这些歌曲都出自".
    if (!ORG_SUFFIXES.endsIn(org) && HAN.test(org) && (org.length > 10 || FUNCTION_CHAR.test(org))) org = '';
    if (SUBJECT_LEADERS.has(org)) org = ''; // 随后|艺人董又霖: a connector, not an organisation
    roles.unshift(title);
    // Words moved from the organisation into the title (国家一级|作曲家) are part of the chain already read.
    position -= title.length - titleLength;
    chainStart = position;
    if (org.length >= 2 && !/^\p{N}+$/u.test(org)) {
      orgs.unshift(org);
      position = start;
      chainStart = start;
    }
    if (text[position - 1] === '、' && position - 1 > from) position--;
    else break;
  }
  return {
    role: roles.length ? roles.join('、') : null,
    org: orgs.length ? orgs.join('、') : null,
    start: chainStart,
    reporter,
  };
}

const LOCAL_LEVELS: ReadonlySet<string> = new Set(zh.LOCAL_LEVELS);

/** A would-be organisation that is a clause about what someone did (see DEED_VERBS, POINTS_BACK). */
function isDeedClause(org: string): boolean {
  if (org.length < 2 || ORG_SUFFIXES.endsIn(org)) return false;
  return DEED_VERBS.longestStartingAt(org, 0, org.length) > 0 || POINTS_BACK.test(org);
}

/** `readPostsBefore` over one block's text, by `[from, end)`: the reader a block's mention scan and cues share. */
export type PostReader = (from: number, end: number) => PostChain;

/**
 * `readPostsBefore` for one block's text, remembered by position: the mention scan reads the chain before
 * each title + name (…处处长|汪凤英), and the cue whose subject that name is reads the same chain again
 * (…处处长汪凤英|表示); the second read is a lookup. `coreference` must be the block's own resolver.
 * One chain is kept per end position (the last read there), in an array made on the first read.
 */
export function postReader(text: string, coreference: OrgCoreference): PostReader {
  let byEnd: Array<{ from: number; chain: PostChain } | undefined> | undefined;
  return (from, end) => {
    byEnd ??= new Array<{ from: number; chain: PostChain } | undefined>(text.length + 1);
    const read = byEnd[end];
    if (read?.from === from) return read.chain;
    const chain = readPostsBefore(text, from, end, coreference);
    byEnd[end] = { from, chain };
    return chain;
  };
}

/**
 * Moves the parts of a would-be organisation that describe the post back into the title:
 * 国家一级|作曲家 (a rank), 摩根大通|首席投资官兼全球固定收益|主管 (a second title), M&G|固定收益|副主管
 * (a field after a Latin firm name), 肺癌|患者 (a description of who someone is). Returns [org, title];
 * an org of one character is dropped by the caller.
 */
function splitRoleFromOrg(org: string, title: string): [string, string] {
  const joined = org.includes('兼') ? TITLE_THEN_JOINER.exec(org) : null;
  if (joined && joined.index > 0) return [org.slice(0, joined.index), org.slice(joined.index) + title];
  // 肺癌患者, 出租车司机, 高铁乘客: before who someone is, words after the last organisation ending (or
  // all of them, without one) describe the person: 大涧学校|二年级学生; 清华大学学生 keeps its organisation.
  if (IDENTITY_TITLES.has(title) && !ORG_SUFFIXES.endsIn(org)) {
    for (let at = org.length - 1; at >= 2; at--) if (ORG_SUFFIXES.longestEndingAt(org, 0, at) > 0) return [org.slice(0, at), org.slice(at) + title];
    return ['', org + title];
  }
  for (let guard = 0; guard < 2; guard++) {
    const descriptor = ROLE_DESCRIPTORS.longestEndingAt(org, 0, org.length);
    if (descriptor === 0 || ORG_SUFFIXES.endsIn(org)) break;
    title = org.slice(org.length - descriptor) + title;
    org = org.slice(0, org.length - descriptor);
  }
  // 中国天气网|首席气象|分析师: a descriptor after an organisation's ending opens the post.
  if (!ORG_SUFFIXES.endsIn(org)) {
    for (let at = 2; at < org.length - 1; at++) {
      if (ROLE_DESCRIPTORS.longestStartingAt(org, at, org.length) > 0 && ORG_SUFFIXES.longestEndingAt(org, 0, at) > 0) {
        return [org.slice(0, at), org.slice(at) + title];
      }
    }
  }
  const field = LATIN_DIGIT_OR_AMPERSAND.test(org) ? LATIN_ORG_THEN_FIELD.exec(org) : null;
  if (field?.[1] && field[2] && !ORG_SUFFIXES.endsIn(field[2])) return [field[1], field[2] + title];
  return [org, title];
}

/** One person mention found in a block. */
export interface PersonMention {
  /** The name as written (汪凤英, 温先生, 迈克尔•布兰德), or a surname for surname + title references. */
  name: string;
  /** `[start, end)` of the whole mention (org + titles + name + trailing title). */
  start: number;
  end: number;
  role: string | null;
  org: string | null;
  /** The name + title form (习近平总书记, 汪处长), recorded as an alias. */
  alias: string | null;
  /** Only a surname is known (汪处长): the mention must be matched to a full name. */
  surnameOnly: boolean;
  reporter: boolean;
}

/**
 * The person mention that ends exactly at `end`, reading no further back than `from` (a clause start):
 * "…处处长汪凤英", "习近平总书记", "温先生", "陈校长", a bare name filling the clause, or a name the
 * article has already introduced (`known`).
 */
export function personEndingAt(
  text: string,
  from: number,
  end: number,
  postsBefore: PostReader,
  known: (name: string) => boolean,
): PersonMention | null {
  if (end - from < 2) return null;
  // Name + title (习近平总书记, 汪处长, 方创琳研究员) or name + honorific (温先生).
  const honorific = HONORIFICS.longestEndingAt(text, Math.max(from, end - 2), end);
  const trailingTitle = titleEndingAt(text, from, end);
  const titleStart = trailingTitle >= 0 ? trailingTitle : honorific > 0 ? end - honorific : -1;
  if (titleStart > from) {
    const title = text.slice(titleStart, end);
    const nameStart = Math.max(chineseNameEndingAt(text, from, titleStart), foreignNameEndingAt(text, from, titleStart));
    if (nameStart >= 0) {
      const name = text.slice(nameStart, titleStart);
      const posts = postsBefore(from, nameStart);
      const honorificOnly = trailingTitle < 0;
      return {
        name,
        start: posts.start,
        end,
        role: posts.role ?? (honorificOnly ? null : title),
        org: posts.org,
        alias: text.slice(nameStart, end),
        surnameOnly: false,
        reporter: posts.reporter || isReporterTitle(title),
      };
    }
    const surname = text[titleStart - 1] ?? '';
    const beforeSurname = text[titleStart - 2];
    // 副市长任组长: after a title, 任 is the verb "to serve as", not the surname 任.
    if (surname === SERVE_AS && titleEndingAt(text, from, titleStart - 1) >= 0) return null;
    if (SURNAMES.has(text.charCodeAt(titleStart - 1)) && (titleStart - 1 === from || !/\p{Script=Han}/u.test(beforeSurname ?? '') || trailingTitle < 0 || titleEndingAt(text, from, titleStart - 1) >= 0 || ORG_SUFFIXES.longestEndingAt(text, from, titleStart - 1) > 0)) {
      const honorificName = trailingTitle < 0 && /^(?:先生|女士|小姐)$/u.test(title);
      const posts = postsBefore(from, titleStart - 1);
      return {
        name: honorificName ? surname + title : surname,
        start: posts.start,
        end,
        role: honorificName ? null : posts.role ?? title,
        org: posts.org,
        alias: surname + title,
        surnameOnly: !honorificName,
        reporter: isReporterTitle(title),
      };
    }
    return null;
  }
  // Org + title(s) + name (…处处长汪凤英), a foreign name, or a bare name.
  const foreign = foreignNameEndingAt(text, from, end);
  const candidates = foreign >= 0 ? [foreign] : [];
  // 俄罗斯总统普京: a transliteration without an interpunct counts only right after a title.
  const bare = foreign < 0 ? transliterationEndingAt(text, from, end) : -1;
  if (bare >= 0) candidates.push(bare);
  for (const length of [3, 2, 4]) {
    if (end - length < from) continue;
    const name = text.slice(end - length, end);
    // A name the article has introduced counts whatever its characters (小刚（化名）).
    if (isChineseName(name) || (known(name) && !NOT_PERSON.has(name))) candidates.push(end - length);
  }
  for (const nameStart of candidates) {
    if (titleEndingAt(text, from, nameStart) < 0) continue;
    const posts = postsBefore(from, nameStart);
    return { name: text.slice(nameStart, end), start: posts.start, end, role: posts.role, org: posts.org, alias: null, surnameOnly: false, reporter: posts.reporter };
  }
  for (const nameStart of candidates) {
    const name = text.slice(nameStart, end);
    // 潘振声女儿马莉: a kinship word in apposition marks what follows as a person's name.
    const kinship = KINSHIP_WORDS.longestEndingAt(text, Math.max(from, nameStart - 2), nameStart) > 0;
    // 82岁的王秀英 / 来自北京的王秀英: a description closed by 的 before a name.
    const described = text[nameStart - 1] === '的' && nameStart - 1 > from;
    if (nameStart === from || known(name) || kinship || described) {
      return { name, start: nameStart, end, role: null, org: null, alias: null, surnameOnly: false, reporter: false };
    }
  }
  return null;
}

/** Does a predicate open at `at` (an adverb or a preposition), reading no further than `to`? */
function opensPredicate(text: string, at: number, to: number): boolean {
  if (at >= to) return false;
  return PREDICATE_OPENERS.has(text.charCodeAt(at)) || SUBJECT_TRAILERS.longestStartingAt(text, at, to) > 0 || text.startsWith(WHILE, at);
}
/** "While" in 一边…一边说: after a name it opens the predicate (马建军一边带着记者参观). */
const WHILE = '一边';
/** Where the text goes on after a name: past a （化名） "pseudonym" mark right after it. */
function afterPseudonymMark(text: string, at: number): number {
  return PSEUDONYM_MARK.test(text.slice(at, at + 4)) ? at + 4 : at;
}
/** Where a （化名） "pseudonym" mark that ends at `at` starts, or `at` when none does. */
export function beforePseudonymMark(text: string, at: number): number {
  return at >= 4 && text.charCodeAt(at - 3) === 0x5316 /* 化 */ && PSEUDONYM_MARK.test(text.slice(at - 4, at)) ? at - 4 : at;
}
const PSEUDONYM_MARK = /^[（(]化名[)）]$/u;

/** What cannot follow a subject's name: a possessive, a plural or a list (陈立群的母亲, 张三、李四). */
const NOT_SUBJECT_AFTER_NAME = /^[的之们、和与及等]/u;

/**
 * The subject named at the start of a clause whose verb comes later (董又霖在社交平台上发文道歉称,
 * 陈校长走过来拍着他的肩说): a name the article already knows, a new name followed by an adverb or a
 * preposition, or surname + title (陈校长), which only refers back to someone already named. Clauses
 * longer than `maxPredicate` after the name are not read (the subject would be too far from its verb).
 */
export function personStartingAt(
  text: string,
  start: number,
  end: number,
  known: (name: string) => boolean,
  maxPredicate = 24,
): PersonMention | null {
  for (const length of [3, 2, 4]) {
    const nameEnd = start + length;
    if (nameEnd >= end || end - nameEnd > maxPredicate) continue;
    const name = text.slice(start, nameEnd);
    if (!isChineseName(name) || titleEndingAt(text, start + 1, nameEnd) >= 0) continue; // 曲局长 is surname + title
    const rest = afterPseudonymMark(text, nameEnd);
    const restEnd = Math.min(end, rest + 8);
    // 小花奶奶说: the name's relative speaks, not the person named.
    if (NOT_SUBJECT_AFTER_NAME.test(text.slice(rest, restEnd)) || titleStartingAt(text, rest, end) >= 0 || KINSHIP_WORDS.longestStartingAt(text, rest, restEnd) > 0) continue;
    if (known(name) || opensPredicate(text, rest, restEnd)) {
      return { name, start, end: nameEnd, role: null, org: null, alias: null, surnameOnly: false, reporter: false };
    }
  }
  // Title + name at the start (艺人董又霖在…称).
  const afterTitle = titleStartingAt(text, start, end);
  if (afterTitle > start) {
    for (const length of [3, 2, 4]) {
      const nameEnd = afterTitle + length;
      const name = text.slice(afterTitle, nameEnd);
      if (nameEnd >= end || end - nameEnd > maxPredicate || !(isChineseName(name) || known(name))) continue;
      const rest = afterPseudonymMark(text, nameEnd);
      if (!known(name) && !opensPredicate(text, rest, Math.min(text.length, rest + 8))) continue;
      const title = text.slice(start, afterTitle);
      if (isReporterTitle(title)) return null;
      return { name, start, end: nameEnd, role: title, org: null, alias: null, surnameOnly: false, reporter: false };
    }
  }
  // Surname + title (陈校长…说): resolved later against the people already named.
  const surname = text[start] ?? '';
  if (!SURNAMES.has(text.charCodeAt(start))) return null;
  const titleEnd = titleStartingAt(text, start + 1, end);
  if (titleEnd < 0 || end - titleEnd > maxPredicate || NOT_SUBJECT_AFTER_NAME.test(text.slice(titleEnd, titleEnd + 1))) return null;
  const title = text.slice(start + 1, titleEnd);
  if (isReporterTitle(title)) return null;
  return { name: surname, start, end: titleEnd, role: title, org: null, alias: surname + title, surnameOnly: true, reporter: false };
}

/**
 * Every "title + name" mention in a block (…处处长汪凤英表示, 负责人晁守成深感振奋), for the article's
 * register of people: their role and organisation are stated once and reused wherever they speak.
 */
export function scanTitleNameMentions(
  text: string,
  clauseStartOf: (position: number) => number,
  boundaries: () => Uint8Array,
  postsBefore: PostReader,
): PersonMention[] {
  const mentions: PersonMention[] = [];
  // Titles left to right (the leftmost match of a title anywhere): a title is read only where its first
  // two units can open one, and each title is read once.
  for (let at = 0; at + 1 < text.length; ) {
    const first = text.charCodeAt(at);
    if (TITLE_FIRST_UNITS[first] !== 1 || !TITLE_OPENINGS.get(first)?.has(text.charCodeAt(at + 1))) {
      at++;
      continue;
    }
    const titleStart = at;
    const titleEnd = titleAt(text, titleStart, text.length);
    if (titleEnd < 0) {
      at++;
      continue;
    }
    at = titleEnd;
    // 冯警官|向南都记者介绍: after a surname and its title (a whole reference), a preposition opens the
    // predicate; so does one followed by whom the speaker tells (工作人员|向南都记者介绍), after any title.
    if (PREDICATE_OPENERS.has(text.charCodeAt(titleEnd)) && (isSurnameBefore(text, titleStart) || LISTENERS.longestStartingAt(text, titleEnd + 1, text.length) > 0)) continue;
    const nameEnd = nameStartingAt(text, titleEnd, text.length, boundaries);
    if (nameEnd < 0) continue;
    // A second title after the name (魏少军教授) is part of the mention's alias, not of the name.
    const from = clauseStartOf(titleStart);
    const posts = postsBefore(from, titleEnd);
    mentions.push({
      name: text.slice(titleEnd, nameEnd),
      start: posts.start,
      end: nameEnd,
      role: posts.role,
      org: posts.org,
      alias: null,
      surnameOnly: false,
      reporter: posts.reporter,
    });
    at = nameEnd;
  }
  return mentions;
}

/**
 * Whether a surname stands right before the title at `titleStart` as its own word (冯警官 at the start of
 * a clause, after a non-Han character, or after an organisation's ending: 刑警大队|冯|警官).
 */
function isSurnameBefore(text: string, titleStart: number): boolean {
  const surname = titleStart - 1;
  if (surname < 0 || !SURNAMES.has(text.charCodeAt(surname))) return false;
  return surname === 0 || !/\p{Script=Han}/u.test(text[surname - 1] ?? '') || ORG_SUFFIXES.longestEndingAt(text, 0, surname) > 0;
}

/** A Latin-script personal name filling a string (Vincent Mortier, Bob Michele). */
const LATIN_FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
const TRANSLITERATED_FULL = new RegExp(`^\\p{Script=Han}{1,8}(?:${INTERPUNCT}\\p{Script=Han}{1,10})+$`, 'u');
/** Sentence punctuation: a speaker line introduces, it does not say anything. */
const SENTENCE_PUNCTUATION = /[。！？!?；;，,“”"]/u;

/**
 * A line that only introduces an interviewee: "AMUNDI副首席投资官：Vincent Mortier",
 * "清华大学教授：张三". The part before the colon must be a post (organisation + title); the part after it
 * a whole name. Returns the person's facts, or null for anything else (a reporter's line included).
 */
export function readSpeakerLine(line: string): { name: string; surname: string; role: string | null; org: string | null } | null {
  const text = line.trim().replace(NOISE_PARENTHETICAL, '');
  const colon = text.search(/[：:]/u);
  if (colon < 2 || SENTENCE_PUNCTUATION.test(text)) return null;
  const name = text.slice(colon + 1).trim();
  const chain = text.slice(0, colon).trim();
  if (!(LATIN_FULL_NAME.test(name) || TRANSLITERATED_FULL.test(name) || isChineseName(name))) return null;
  const posts = readPostsBefore(chain, 0, chain.length, () => null);
  if (!posts.role || posts.reporter) return null;
  // Whatever stands before the post on such a line is the organisation, even without an org ending.
  const org = posts.org ?? (chain.slice(0, chain.length - posts.role.length).trim() || null);
  return { name, surname: surnameOf(name), role: posts.role, org };
}
