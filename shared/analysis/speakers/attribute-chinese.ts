import type { Quote } from '../../schema/index.ts';
import * as zh from '../lang/zh.ts';
import { alternation, isSpaceAt } from '../model/text.ts';
import { WordSet } from '../model/word-set.ts';
import type { Segmented, TextBlock } from '../model/types.ts';
import { findQuoteSpans, quoteMask, type QuoteSpan } from './quote-spans.ts';
import {
  attributeToOrg,
  attributeToPerson,
  addAlias,
  findBySurname,
  findPerson,
  onlyRecentWithPost,
  notePerson,
  type PersonEntry,
  type SpeakerBook,
} from './speaker-book.ts';
import {
  beforePseudonymMark,
  chineseNameEndingAt,
  coreferenceDeterminer,
  isChineseName,
  hasOrgSuffix,
  orgStart,
  personEndingAt,
  personStartingAt,
  postReader,
  scanTitleNameMentions,
  surnameOf,
  titleEndingAt,
  type OrgCoreference,
  type PersonMention,
  type PostReader,
} from './zh-mentions.ts';

/**
 * Chinese quote attribution. For each paragraph: find quotations and attribution cues (a speech verb
 * outside quotes, or a colon before a quotation), read the subject clause before each cue right to left
 * (org + titles + name, name + title, pronoun, organisation), then give the cue its statements: the
 * quotation just before the clause (“……”张文师表示), the quotation or reported speech after the verb,
 * or both (“……”吉孝云说：“……” = two statements).
 */

/** Any speech verb, longest first (补充道 before 补充). */
/** Every cue verb: the speech verbs, and those that count only before a pause (BEFORE_PAUSE). */
const CUE_VERBS = [...zh.SPEECH_VERBS, ...zh.SPEECH_VERBS_BEFORE_PAUSE];
const SPEECH_VERB = new RegExp(alternation(CUE_VERBS), 'gu');
const BEFORE_PAUSE: ReadonlySet<string> = new Set(zh.SPEECH_VERBS_BEFORE_PAUSE);
/** What must follow a BEFORE_PAUSE verb for it to report words. */
const PAUSE = /[，,：:]/u;
/** Speech verbs that may continue a verb chain (回答称, 分析称 = one cue): all but those that only count after 在. */
const CHAINED_VERBS = new WordSet(CUE_VERBS.filter((v) => !(zh.SPEECH_VERBS_AFTER_ZAI as readonly string[]).includes(v)));
/** A verb chain is read within this many characters after a verb (道 + the longest verb that matters). */
const CHAIN_WINDOW = 4;
/** A speech verb right before a colon (说：/表示： — the verb cue takes the quotation, not the colon). */
const SPEECH_VERB_BEFORE_COLON = new RegExp(`(?:${alternation(CUE_VERBS)})道?\\s*$`, 'u');
/** Adverbs and phrases between a speaker and the verb, at the end of the subject clause (also the day: 潘功胜10日表示). */
const SUBJECT_TRAILER_AT_END = new RegExp(
  `(?:${alternation(zh.SUBJECT_TRAILERS)}|(?:对|向)[^，。,]{0,8}?(?:记者|媒体|笔者)|在[^，。,]{1,12}?(?:时|上|中|里)|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号])$`,
  'u',
);
/**
 * The characters SUBJECT_TRAILER_AT_END can end with. The regex is tried at every position of its window,
 * so it runs only when the clause ends in one of them (a clause ending in a name never does).
 */
const TRAILER_LAST_UNITS = unitsOf([...zh.SUBJECT_TRAILERS.map((trailer) => trailer.slice(-1)), '者', '体', '时', '上', '中', '里', '日', '号'].join(''));
/** Manner adverbs: stripped before the verb like trailers, and never a subject on their own. */
const MANNER_ADVERBS: ReadonlySet<string> = new Set(zh.MANNER_ADVERBS);
/** The trailers themselves: one alone before the verb (，接着说) is no subject either. */
const TRAILER_WORDS: ReadonlySet<string> = new Set(zh.SUBJECT_TRAILERS);
/** Connectors a subject clause may open with (同时，此外，据…). */
const SUBJECT_LEADERS = new WordSet(zh.SUBJECT_LEADERS);
/** 正如/如 … 所 + verb: "as X said". */
const AS_SAID_LEADERS = new WordSet(zh.AS_SAID_LEADERS);
/** The listener after 告诉/对 (告诉记者，…), skipped before the statement. */
const LISTENERS = new WordSet(zh.LISTENERS);
/** Punctuation and space between a verb and its statement (as units): the regex `^[道着]?[\s，,：:]*`, read by code unit. */
const AFTER_VERB_PARTICLES = unitsOf('道着');
const AFTER_VERB_MARKS = unitsOf('，,：:');
/** The gap after a verb is read within this many units. */
const AFTER_VERB_WINDOW = 12;

/** Length of the gap between a verb ending at `at` and its statement: 道/着, then spaces, commas and colons. */
function gapAfterVerb(text: string, at: number): number {
  const to = Math.min(text.length, at + AFTER_VERB_WINDOW);
  let end = at;
  if (end < to && AFTER_VERB_PARTICLES.has(text.charCodeAt(end))) end++;
  while (end < to && (AFTER_VERB_MARKS.has(text.charCodeAt(end)) || isSpaceAt(text, end))) end++;
  return end - at;
}
/** Characters that end a clause: the subject of a cue never reaches back across them (UTF-16 units: read per character). */
const CLAUSE_BOUNDARY = unitsOf('，,。！？!?；;：:\n“”「」『』"…—');
/** Sentence terminators (a quotation separated from a cue by one is not that cue's). */
const TERMINATOR = /[。！？!?]/u;
const TERMINATOR_UNITS = unitsOf('。！？!?');
const QUESTION_MARK = '?'.charCodeAt(0);

function unitsOf(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((character) => character.charCodeAt(0)));
}

function isClauseBoundary(text: string, at: number): boolean {
  return CLAUSE_BOUNDARY.has(text.charCodeAt(at));
}

const HAN_CHAR = /\p{Script=Han}/u;
const HAN_NAME = /^\p{Script=Han}+$/u;
const AFTER_ZAI: ReadonlySet<string> = new Set(zh.SPEECH_VERBS_AFTER_ZAI);
const PRONOUNS: ReadonlySet<string> = new Set(zh.PRONOUNS);
const NOT_PERSON: ReadonlySet<string> = new Set(zh.NOT_PERSON_WORDS);
const SPEAKER_SIDE: ReadonlySet<string> = new Set(zh.SPEAKER_SIDE_SUBJECTS);

/**
 * For each speech verb, the non-speech words that contain it (据说, 说明, 称为…), indexed by where the verb
 * sits in the word and by the word's first two UTF-16 units: at a verb hit, only words whose first two
 * characters are actually there are compared (据说 → offset 1, 据 then 说; 说明 → offset 0, 说 then 明).
 * Every such word is at least two units long.
 */
const NOT_SPEECH_BY_VERB = new Map<string, Array<{ offset: number; byOpening: Map<number, Map<number, string[]>> }>>();
for (const verb of zh.SPEECH_VERBS) {
  const byOffset = new Map<number, Map<number, Map<number, string[]>>>();
  for (const word of zh.NOT_SPEECH_WORDS) {
    for (let offset = word.indexOf(verb); offset >= 0; offset = word.indexOf(verb, offset + 1)) {
      const byOpening = byOffset.get(offset) ?? new Map<number, Map<number, string[]>>();
      const bySecond = byOpening.get(word.charCodeAt(0)) ?? new Map<number, string[]>();
      bySecond.set(word.charCodeAt(1), [...(bySecond.get(word.charCodeAt(1)) ?? []), word]);
      byOpening.set(word.charCodeAt(0), bySecond);
      byOffset.set(offset, byOpening);
    }
  }
  NOT_SPEECH_BY_VERB.set(verb, [...byOffset].map(([offset, byOpening]) => ({ offset, byOpening })));
}

/** Does another speech verb (after an optional 道) follow the verb ending at `end`? Then that one is the cue. */
function continuesVerbChain(text: string, end: number): boolean {
  const to = Math.min(text.length, end + CHAIN_WINDOW);
  if (text[end] === '道' && CHAINED_VERBS.longestStartingAt(text, end + 1, to) > 0) return true;
  return CHAINED_VERBS.longestStartingAt(text, end, to) > 0;
}

function isNotSpeech(text: string, at: number, verb: string): boolean {
  for (const { offset, byOpening } of NOT_SPEECH_BY_VERB.get(verb) ?? []) {
    if (at - offset < 0) continue;
    const words = byOpening.get(text.charCodeAt(at - offset))?.get(text.charCodeAt(at - offset + 1));
    if (words) for (const word of words) if (text.startsWith(word, at - offset)) return true;
  }
  return false;
}

type Subject =
  | { type: 'person'; mention: PersonMention }
  | { type: 'pronoun' }
  | { type: 'org'; name: string }
  | { type: 'none' };

interface Cue {
  /** `[start, end)` of the verb (or the colon). */
  start: number;
  end: number;
  clauseStart: number;
  /** Where the subject ends: the verb, or the first verb of a chain (中国驻英国大使馆发言人|回应称). */
  subjectEnd: number;
  subject: Subject;
  /** The subject is the speaker's own side (我们认为, 中方表示): the cue stands inside another's words. */
  insideWords: boolean;
}

/**
 * Whether the subject before a cue, though no one could be named from it, is someone: a short run of Han
 * characters that opens the clause (拉布, 专家, 一位村民), or a longer one that ends in a post with no name
 * (中国驻英国大使馆发言人) — not an empty subject, a pronoun's clause going on, or a long phrase.
 */
function namesSomeone(text: string, clauseStart: number, verbStart: number): boolean {
  const [start, end] = trimSubject(text, clauseStart, verbStart);
  if (end - start < 2 || !HAN_NAME.test(text.slice(start, end))) return false;
  return end - start <= MAX_UNNAMED_SUBJECT || titleEndingAt(text, start, end) >= 0;
}
const MAX_UNNAMED_SUBJECT = 8;

/** A "?" between two Han characters is a mis-decoded interpunct inside a name (迈克尔?布兰德), not a question mark. */
function isNameInterpunct(text: string, at: number): boolean {
  return text[at] === '?' && HAN_CHAR.test(text[at - 1] ?? '') && HAN_CHAR.test(text[at + 1] ?? '');
}

/**
 * A subject clause never runs longer than this (the longest org + titles + name chain in the corpus is
 * about 45 characters). The bound also keeps attribution linear on text without punctuation.
 */
const MAX_CLAUSE = 80;

function clauseStartOf(text: string, mask: Uint8Array, position: number): number {
  let i = position;
  const floor = Math.max(0, position - MAX_CLAUSE);
  while (i > floor) {
    const code = text.charCodeAt(i - 1);
    if (mask[i - 1] === 1 || (CLAUSE_BOUNDARY.has(code) && !(code === QUESTION_MARK && isNameInterpunct(text, i - 1)))) break;
    i--;
  }
  return i;
}

/**
 * A block's token boundaries (1 where a segmenter token starts or ends), marked from its own tokens the
 * first time they are asked for: only a name whose end no following word settles needs them, so most
 * blocks never read their tokens at all.
 */
function tokenBoundaries(doc: Segmented, block: TextBlock): () => Uint8Array {
  let marks: Uint8Array | undefined;
  return () => {
    if (!marks) {
      marks = new Uint8Array(block.text.length + 2);
      const tokens = doc.tokens;
      for (let at = tokens.firstOfBlock(block.index); at < tokens.length && tokens.block[at] === block.index; at++) {
        marks[tokens.start[at] ?? 0] = 1;
        marks[tokens.end[at] ?? 0] = 1;
      }
    }
    return marks;
  };
}

/** Endings of a document's title (《通知》, 《政府工作报告》, 《实施意见》): the document is not an organisation. */
const DOCUMENT_ENDINGS = new WordSet(zh.DOCUMENT_ENDINGS);
/** Kinship words after a name (小花奶奶, 小刚爷爷): the relative is meant. */
const KINSHIP_AFTER = new WordSet(zh.KINSHIP_WORDS);
/** "Pseudonym", in brackets after a name the article made up (小刚（化名）, 李亮（化名）). */
const PSEUDONYM_MARK = '化名';
/** Characters that open a made-up two-character name (小花, 老王, 阿强). */
const NICKNAME_OPENERS = new Set(['小', '老', '阿']);

/** The name before a （化名） whose 化 is at `at`: 小X/老X/阿X, else a 3- or 2-character Chinese name; or null. */
function pseudonymBefore(text: string, at: number): string | null {
  const open = text[at - 1];
  if ((open !== '（' && open !== '(') || !/^[)）]/u.test(text.slice(at + 2, at + 3))) return null;
  const end = at - 1;
  if (NICKNAME_OPENERS.has(text[end - 2] ?? '') && /^\p{Script=Han}$/u.test(text[end - 1] ?? '')) return text.slice(end - 2, end);
  for (const length of [3, 2]) {
    const name = text.slice(Math.max(0, end - length), end);
    if (name.length === length && isChineseName(name)) return name;
  }
  return null;
}

/** An organisation phrase is never longer than this (longer clauses are not names). */
const MAX_ORG_PHRASE = 40;

/** Subject phrases ending in a stem, per block and stem, in text order: found once, then looked up. */
type PhraseIndex = Map<number, Map<string, Array<{ at: number; phrase: string }>>>;

/**
 * The organisation phrase that ends with the stem at `at` and is the subject of its clause (the clause
 * start, after a connector such as 同时/据, up to the stem), or null: too short (the stem alone), too
 * long, itself a reference (该…), or containing a verb or particle. The clause start is looked for no
 * further back than a phrase can reach: a longer clause is no name anyway.
 */
function subjectPhraseAt(text: string, at: number, stemLength: number): string | null {
  const end = at + stemLength;
  const floor = Math.max(0, end - MAX_ORG_PHRASE - SUBJECT_LEADERS.maxLength);
  let start = at;
  while (start > floor && !isClauseBoundary(text, start - 1)) start--;
  if (start > 0 && !isClauseBoundary(text, start - 1)) return null;
  start += SUBJECT_LEADERS.longestStartingAt(text, start, end);
  // 如专家所(言): "as the experts said", not an institute (研究所) that 该所 could refer back to.
  if (text[end - 1] === '所' && AS_SAID_LEADERS.longestStartingAt(text, start, end) > 0) return null;
  const phrase = text.slice(start, end);
  if (phrase.length <= stemLength || phrase.length > MAX_ORG_PHRASE || coreferenceDeterminer(phrase) > 0) return null;
  if (orgStart(text, start, end) !== start) return null; // a verb or particle inside: not a name
  return phrase;
}

/**
 * Resolves 该项目部/这家公司: the most recent phrase ending in the head noun (项目部, or 项目 + 部) that is
 * the subject of its clause, in this block before `before` or in the three blocks before it.
 * "X项目，是Y项目，该项目部…" → X项目部: Y項目 is a predicate (after 是), not a subject.
 * Each block's phrases for a stem are found once (`index`): a page that says 该项目部 at every turn costs
 * a lookup per reference, not a scan of every earlier occurrence.
 */
function organisationReference(doc: Segmented, blockIndex: number, index: PhraseIndex): OrgCoreference {
  const phrasesOf = (b: number, text: string, stem: string): Array<{ at: number; phrase: string }> => {
    let byStem = index.get(b);
    if (!byStem) index.set(b, (byStem = new Map()));
    let phrases = byStem.get(stem);
    if (!phrases) {
      phrases = [];
      for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
        const phrase = subjectPhraseAt(text, at, stem.length);
        if (phrase !== null) phrases.push({ at, phrase });
      }
      byStem.set(stem, phrases);
    }
    return phrases;
  };
  return (head, before) => {
    const minimum = head.length === 1 ? 1 : 2;
    for (let keep = head.length; keep >= minimum; keep--) {
      const stem = head.slice(0, keep);
      for (let b = blockIndex; b >= 0 && b >= blockIndex - 3; b--) {
        const block = doc.blocks[b];
        if (!block || block.role !== 'body') continue;
        const phrases = phrasesOf(b, block.text, stem);
        // In the cue's own block, only a stem that starts before the reference (at most before − stem length).
        const last = b === blockIndex ? lastAtMost(phrases, Math.max(0, before - stem.length)) : phrases.length - 1;
        const found = entryAt(phrases, last);
        if (found) return found.phrase + head.slice(keep);
      }
    }
    return null;
  };
}

/** Index of the last phrase starting at or before `position` (phrases are in text order), or -1. */
function lastAtMost(phrases: ReadonlyArray<{ at: number }>, position: number): number {
  let low = 0;
  let high = phrases.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((phrases[middle]?.at ?? Infinity) <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * Whether `[start, end)`, a clause's whole subject before 是 + a post, can only be a name the lists do
 * not know (拉布, 玛丽亚): two to four Han characters that are no pronoun, demonstrative, collective,
 * title, relative or organisation.
 */
function isUnknownName(text: string, start: number, end: number): boolean {
  const subject = text.slice(start, end);
  if (!HAN_NAME.test(subject) || subject.length < 2 || subject.length > 4) return false;
  if (PRONOUNS.has(subject.slice(0, 1)) || DEMONSTRATIVE_START.test(subject) || NOT_PERSON.has(subject) || isSpeakerSide(subject)) return false;
  return titleEndingAt(text, start, end) < 0 && KINSHIP_AFTER.longestEndingAt(text, start, end) === 0 && !hasOrgSuffix(subject);
}
/**
 * Whether `[start, end)`, a clause's whole subject, describes a person without naming them: a title or
 * an identity alone (患者, 医生), a relative (母亲), or a pointer at someone (这位, 该男子).
 */
function describesSomeone(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 6 || !HAN_NAME.test(text.slice(start, end))) return false;
  return titleEndingAt(text, start, end) === start || KINSHIP_AFTER.longestStartingAt(text, start, end) === end - start || (DEMONSTRATIVE_START.test(text.slice(start, end)) && SOMEONE_ENDING.test(text.slice(start, end)));
}
/** How a pointer at someone ends (这位, 该男子, 那名女士). */
const SOMEONE_ENDING = /(?:位|名|人|男子|女子|女士|先生|老人|孩子)$/u;

/** Words that point at someone rather than name them (这位, 该男子, 其, 每个). */
const DEMONSTRATIVE_START = /^[这那该此本其各每某另]/u;

/** Most characters after a speaker-side word in its subject (中方对此, 我们也一致). */
const MAX_SIDE_ADVERBIAL = 4;

/** Whether a subject is the speaker's own side, with at most a short adverbial after it (中方对此表示). */
function isSpeakerSide(subject: string): boolean {
  for (let length = Math.min(2, subject.length); length >= 1; length--) {
    if (SPEAKER_SIDE.has(subject.slice(0, length)) && subject.length - length <= MAX_SIDE_ADVERBIAL) return true;
  }
  return false;
}

/** "While" in 一边…一边说 (doing one thing while saying another). */
const WHILE = '一边';

/** Strips adverbs at the end and connectors at the start of a subject clause: `[start, end)` of what is left. */
function trimSubject(text: string, from: number, to: number): [number, number] {
  let end = to;
  for (let guard = 0; guard < 6; guard++) {
    // 小丽（化名）向记者称: the pseudonym mark stands between the name and its verb.
    const beforeMark = beforePseudonymMark(text, end);
    if (beforeMark > from && beforeMark < end) {
      end = beforeMark;
      continue;
    }
    // Trailers are short (在接受采访时 is the longest form): look at the last 16 characters only.
    const windowStart = Math.max(from, end - 16);
    if (end <= windowStart || !TRAILER_LAST_UNITS.has(text.charCodeAt(end - 1))) break;
    const match = SUBJECT_TRAILER_AT_END.exec(text.slice(windowStart, end));
    if (!match || match[0].length === 0 || windowStart + match.index === from) break;
    end -= match[0].length;
  }
  // 吴军一边整理文件一边说: the first 一边 ends the subject.
  if (end - from > 4 && text.startsWith(WHILE, end - WHILE.length)) {
    const first = text.indexOf(WHILE, from);
    if (first > from && first < end - WHILE.length) end = first;
  }
  // 马建军一边带着记者参观，一边介绍: the second 一边 opens a clause that goes on with the first one's subject.
  if (end - from === WHILE.length && text.startsWith(WHILE, from)) return [end, end];
  let start = from;
  for (let guard = 0; guard < 3; guard++) {
    const leader = SUBJECT_LEADERS.longestStartingAt(text, start, Math.min(end, start + 12));
    if (leader === 0 || start + leader >= end) break;
    start += leader;
  }
  // 正如习近平总书记所说 / 如专家所言: the speaker is what stands between the opener and 所.
  const asSaid = AS_SAID_LEADERS.longestStartingAt(text, start, Math.min(end, start + 2));
  if (asSaid > 0 && text[end - 1] === '所' && end - 1 > start + asSaid) return [start + asSaid, end - 1];
  return [start, end];
}

/** How far before a comma a clause describing an unnamed person is read (当时给小花检查的禹州光明医院医生). */
const UNNAMED_WINDOW = 40;

/** Whether the clause before the comma at `comma` ends with a title that no name precedes (…的医院医生，): someone unnamed. */
function describesUnnamed(text: string, comma: number): boolean {
  const floor = Math.max(0, comma - UNNAMED_WINDOW);
  const titleStart = titleEndingAt(text, floor, comma);
  return titleStart >= 0 && chineseNameEndingAt(text, floor, titleStart) < 0;
}

function readSubject(
  text: string,
  from: number,
  to: number,
  coreference: OrgCoreference,
  postsBefore: PostReader,
  known: (name: string) => boolean,
  boundaries: () => Uint8Array,
  byPost: (post: string) => PersonEntry | null,
): Subject {
  const [start, end] = trimSubject(text, from, to);
  // A verb right after a comma continues the previous clause's subject (他对…表示感谢，表示此次…) —
  // unless that clause names no one but describes them (当时接诊的医院医生，表示…): an unnamed speaker.
  if (end - start < 1) return from > 0 && /[，,]/u.test(text[from - 1] ?? '') && !describesUnnamed(text, from - 1) ? { type: 'pronoun' } : { type: 'none' };
  const subject = text.slice(start, end);
  if (PRONOUNS.has(subject)) return { type: 'pronoun' };
  // 简单说 / ，全面回答 / ，接着说: the adverb alone is no subject; after a comma the clause goes on with the previous one's.
  if (MANNER_ADVERBS.has(subject) || TRAILER_WORDS.has(subject)) return from > 0 && /[，,]/u.test(text[from - 1] ?? '') ? { type: 'pronoun' } : { type: 'none' };
  if (NOT_PERSON.has(subject)) return { type: 'none' };
  const mention = personEndingAt(text, start, end, postsBefore, known) ?? personBeforeManner(text, start, end, postsBefore, known, boundaries);
  if (mention) return { type: 'person', mention };
  // An organisation speaking as a body (外交部, 公安部治安管理局, 《日本经济新闻》).
  const booked = subject.startsWith('《') ? /^《([^》]{2,20})》$/u.exec(subject) : null;
  // 《通知》强调 / 《报告》指出: a document, not a publication, says it.
  if (booked?.[1]) return DOCUMENT_ENDINGS.endsIn(booked[1]) ? { type: 'none' } : { type: 'org', name: booked[1] };
  if (subject.length >= 2 && subject.length <= 20 && hasOrgSuffix(subject) && orgStart(text, start, end) === start) {
    const determiner = coreferenceDeterminer(subject);
    if (determiner > 0) {
      const resolved = coreference(subject.slice(determiner), start);
      return resolved ? { type: 'org', name: resolved } : { type: 'none' };
    }
    if (subject.length > 2 || !zh.ORG_SUFFIXES.includes(subject as never)) return { type: 'org', name: subject };
  }
  // The subject at the start of a longer clause: 董又霖在社交平台上发文道歉称, 陈校长走过来拍着他的肩说.
  const first = personStartingAt(text, start, end, known);
  if (first) return { type: 'person', mention: first };
  // 校长说 / 这位校长表示: a post alone, or pointed at, means the one person recently given it.
  const pointer = POST_POINTER.exec(subject)?.[0].length ?? 0;
  if (titleEndingAt(text, start + pointer, end) === start + pointer) {
    const person = byPost(subject.slice(pointer));
    if (person) return { type: 'person', mention: { name: person.name, start, end, role: null, org: null, alias: null, surnameOnly: false, reporter: false } };
  }
  return { type: 'none' };
}
/** Whether `role` is the post `post` names: it ends with it, and not as a deputy's (副校长 is no 校长). */
function holdsPost(role: string, post: string): boolean {
  return role.endsWith(post) && (post.startsWith(DEPUTY) || !role.endsWith(DEPUTY + post));
}
const DEPUTY = '副';

/** Words pointing at someone already introduced (这位校长, 该负责人). */
const POST_POINTER = /^(?:这位|这名|那位|该名|该)/u;
/** The one person among those named recently whose post ends with `post` (校长 → 大涧学校校长王尚普), or null. */
function personByPost(book: SpeakerBook, post: string): PersonEntry | null {
  // Any of several posts (党组书记、局长) may be the one a later reference uses; a deputy's (副校长) is not the post.
  return onlyRecentWithPost(book, (roles) => roles.split('、').some((role) => holdsPost(role, post)));
}

/** Words after a speaker's name that put the verb in the future (将于11日宣布, 拟发表, 即将发布). */
const FUTURE_AFTER_NAME = /^(?:将|拟|即将|计划|准备|打算)/u;

/** The perfective particle: after a speech verb it makes the verb's object a summary (介绍了…进展). */
const PERFECTIVE = '了';

/** 地 closing a manner adverbial before the verb (信心满满地说). */
const MANNER_MARK = '地';
/** Lengths of the adverbial before 地 that are tried, shortest first (高兴地, 不无感慨地, 信心满满地). */
const MANNER_LENGTHS = [2, 3, 4];

/**
 * The person named before a manner adverbial closed by 地 (总经理刘伟信心满满地说, 张晓明高兴地说): the
 * adverbial starts where the segmenter starts a word, and the name ends there. (Common adverbials are
 * listed trailers; this reads the others.)
 */
function personBeforeManner(
  text: string,
  start: number,
  end: number,
  postsBefore: PostReader,
  known: (name: string) => boolean,
  boundaries: () => Uint8Array,
): PersonMention | null {
  if (text[end - 1] !== MANNER_MARK) return null;
  for (const length of MANNER_LENGTHS) {
    const mannerStart = end - 1 - length;
    if (mannerStart - start < 2) break;
    if (boundaries()[mannerStart] !== 1) continue;
    const mention = personEndingAt(text, start, mannerStart, postsBefore, known);
    if (mention) return mention;
  }
  return null;
}

/** A mention of someone the article does not name (小花奶奶): he/she after it refers to them, not to anyone named. */
const SOMEONE_UNNAMED = Symbol('someone unnamed');

/** The person a subject names, creating or enriching their entry; null for reporters and unknown references. */
function personOf(book: SpeakerBook, subject: Subject, lastMentioned: PersonEntry | typeof SOMEONE_UNNAMED | null): PersonEntry | null {
  if (subject.type === 'pronoun') return lastMentioned === SOMEONE_UNNAMED ? null : (lastMentioned ?? book.lastSpeaker);
  if (subject.type !== 'person') return null;
  const mention = subject.mention;
  if (mention.reporter) return null;
  if (mention.surnameOnly) {
    const person = findBySurname(book, mention.name);
    if (person) {
      if (mention.alias) addAlias(book, person, mention.alias);
      return person;
    }
    return null; // 班主任 is not a Mr 班: a surname + title only refers back to someone already named
  }
  return notePerson(book, {
    name: mention.name,
    surname: surnameOf(mention.name),
    role: mention.role,
    org: mention.org,
    alias: mention.alias,
  });
}

function makeQuote(block: TextBlock, start: number, end: number, direct: boolean): Quote | null {
  const text = block.text;
  while (start < end && /[\s，,：:。]/u.test(text[start] ?? '')) start++;
  // 市场将回暖，但一位业内人士表示…: the comma before the next speaker is not part of the statement.
  while (end > start && /[\s，,、；;：:]/u.test(text[end - 1] ?? '')) end--;
  if (end - start < 2) return null;
  return { text: text.slice(start, end), blockId: block.id, start, end, direct };
}

/**
 * What a paragraph leaves for the next one: the last speaker of the paragraph, and whether their words
 * run on — an opening “ with no closing mark (Chinese quotes spanning paragraphs close only in the last
 * one), a cue with nothing after it (…拍着他的肩说，), or a statement that ends the paragraph.
 */
interface Carry {
  person: PersonEntry;
  /** The last statement is a quotation left open at the end of the paragraph. */
  open: boolean;
  /** The last cue had no statement: its words are the next paragraph. */
  pending: boolean;
  /** The last statement reaches the end of the paragraph. */
  atEnd: boolean;
}

/** Attributes the quotations and reported speech of every Chinese body paragraph into `book`. */
export function attributeChinese(doc: Segmented, book: SpeakerBook): void {
  const phraseIndex: PhraseIndex = new Map();
  let carry: Carry | null = null;
  for (const block of doc.blocks) {
    if (block.role !== 'body') {
      if (block.role === 'heading') carry = null; // a new section: nobody's words run across a heading
      continue;
    }
    carry = attributeBlock(doc, block, book, carry, phraseIndex);
  }
}

/** The entry at `index`, or undefined for -1 ("none"): reading list[-1] would look up a property named "-1", slowly. */
function entryAt<T>(list: readonly T[], index: number): T | undefined {
  return index >= 0 ? list[index] : undefined;
}

/** Index of the last entry with `end <= position` in a list sorted by `end`, or -1 (binary search). */
function lastEndingBy<T extends { end: number }>(list: readonly T[], position: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.end ?? 0) <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** A name form of a known person to look for in a paragraph; `rank` orders forms as the book lists them. */
interface NameForm {
  form: string;
  person: PersonEntry;
  rank: number;
}

/**
 * Up to this many name forms are looked for one by one (indexOf is fast); beyond it (a page naming
 * hundreds of people) the paragraph is read once with the forms indexed by their first two characters,
 * so the cost no longer grows with people × paragraphs × paragraph length.
 */
const MAX_FORMS_ONE_BY_ONE = 64;

/** The forms by which the book's people are named: name, aliases, and 姓 + their own title (汪处长 for the 处长 汪凤英). */
function nameForms(book: SpeakerBook): NameForm[] {
  const forms: NameForm[] = [];
  const add = (form: string, person: PersonEntry): void => {
    if (form.length >= 2) forms.push({ form, person, rank: forms.length });
  };
  for (const person of book.people) {
    add(person.name, person);
    for (const alias of person.aliases) add(alias, person);
    // Once they have been introduced, surname + their title refers to them.
    const role = person.role;
    if (role && person.surname.length === 1) {
      const title = role.slice(role.lastIndexOf('、') + 1);
      if (title && HAN_NAME.test(person.name)) add(person.surname + title, person);
    }
  }
  return forms;
}

/** An occurrence of a name form in a paragraph, with everyone the form names (usually one person), in book order. */
interface KnownMention {
  start: number;
  end: number;
  people: Array<{ person: PersonEntry; rank: number }>;
}

/**
 * Where the people of the book are named in a paragraph (name, alias, or surname + their own title:
 * 陈校长): every occurrence of each form, not overlapping the previous occurrence of the same form,
 * ordered by where it ends, then by the book's order of forms. A form several people share (two 王处长)
 * is one occurrence naming all of them, so a page of thousands of namesakes stays linear.
 */
function knownMentions(text: string, book: SpeakerBook): KnownMention[] {
  const forms = nameForms(book);
  const found: Array<KnownMention & { rank: number }> = [];
  if (forms.length <= MAX_FORMS_ONE_BY_ONE) {
    for (const { form, person, rank } of forms) {
      // One list of people per form, shared by its occurrences (as the indexed reading below does).
      const people = [{ person, rank }];
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        found.push({ start: at, end: at + form.length, people, rank });
      }
    }
  } else {
    // Forms by their first two characters; people sharing a form string are read together.
    const byOpening = new Map<number, Map<number, Map<string, Array<{ person: PersonEntry; rank: number }>>>>();
    for (const { form, person, rank } of forms) {
      const first = form.charCodeAt(0);
      const second = form.charCodeAt(1);
      let seconds = byOpening.get(first);
      if (!seconds) byOpening.set(first, (seconds = new Map()));
      let byForm = seconds.get(second);
      if (!byForm) seconds.set(second, (byForm = new Map()));
      byForm.set(form, [...(byForm.get(form) ?? []), { person, rank }]);
    }
    /** Where each form's last occurrence ended: occurrences of one form do not overlap. */
    const nextFrom = new Map<string, number>();
    for (let at = 0; at + 1 < text.length; at++) {
      const candidates = byOpening.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
      if (!candidates) continue;
      for (const [form, people] of candidates) {
        if (at < (nextFrom.get(form) ?? 0) || !text.startsWith(form, at)) continue;
        found.push({ start: at, end: at + form.length, people, rank: people[people.length - 1]?.rank ?? 0 });
        nextFrom.set(form, at + form.length);
      }
    }
  }
  // By end, then by the last rank among the people named (which person a later 他 means), then by start.
  return found.sort((a, b) => a.end - b.end || a.rank - b.rank || a.start - b.start);
}

const COPULA = '是';
/** He or she, then a speech verb in the same sentence (她说, 他笑着表示). */
const PRONOUN_SPEAKS = new RegExp(`[他她][^。！？“”]{0,10}?(?:${alternation(CUE_VERBS)})`, 'gu');

/** How far into the next paragraph a he/she that speaks counts as opening it (a quotation may come first). */
const NEXT_OPENING = 80;
const PRONOUN_SPEAKS_ONCE = new RegExp(PRONOUN_SPEAKS.source, 'u');

/** Whether the body paragraph after `block` opens with he/she speaking (“……”他接着说 / 她说，…). */
function pronounSpeaksNext(doc: Segmented, block: TextBlock): boolean {
  const next = doc.blocks[block.index + 1];
  return next?.role === 'body' && PRONOUN_SPEAKS_ONCE.test(next.text.slice(0, NEXT_OPENING));
}

/** Start of the last match of the global `pattern` in `text` (one pass), or -1. */
function lastMatchStart(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}
/** How far after 是 a post is looked for (马莉是南艺老师). */
const POST_AFTER_COPULA_WINDOW = 30;

/** Where the clause from `from` ends (its boundary, or POST_AFTER_COPULA_WINDOW on), and whether a title ends it. */
function clauseAfterCopula(text: string, from: number): { end: number; post: boolean } {
  let end = from;
  while (end < text.length && end - from < POST_AFTER_COPULA_WINDOW - 1 && !isClauseBoundary(text, end)) end++;
  return { end, post: titleEndingAt(text, from, end) >= 0 };
}

/** "马莉是南艺老师": a known person followed by 是 + organisation + title states their post. */
function notePostAfterCopula(text: string, book: SpeakerBook, mention: { end: number; person: PersonEntry }, postsBefore: PostReader): void {
  if (text[mention.end] !== COPULA || mention.person.role) return;
  const { end: clauseEnd, post } = clauseAfterCopula(text, mention.end + 1);
  if (!post) return;
  // 是一名(法国)工程师: the measure word counts, it is part of neither the post nor its organisation.
  const from = mention.end + 1 + (MEASURE_BEFORE_POST.exec(text.slice(mention.end + 1, mention.end + 3))?.[0].length ?? 0);
  const posts = postsBefore(from, clauseEnd);
  if (posts.reporter || posts.start !== from) return;
  notePerson(book, { name: mention.person.name, surname: mention.person.surname, role: posts.role, org: posts.org });
}
const MEASURE_BEFORE_POST = /^(?:一名|一位|一个)/u;

/** Whether the quotation opening at `open` starts a sentence: nothing but space before it since a sentence end or a closing quote. */
function opensSentence(text: string, open: number): boolean {
  let at = open - 1;
  while (at >= 0 && /\s/u.test(text[at] ?? '')) at--;
  return at < 0 || TERMINATOR_UNITS.has(text.charCodeAt(at)) || text[at] === '”';
}

/** Non-space content bounds of a text. */
function contentBounds(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s。.！!？?…]/u.test(text[end - 1] ?? '')) end--;
  return [start, end];
}

/** A before-quote is read only this close to its cue (“……”张文师表示 / “……”，认真记录下…，吉孝云说). */
const MAX_BEFORE_QUOTE_GAP = 80;

function attributeBlock(
  doc: Segmented,
  block: TextBlock,
  book: SpeakerBook,
  carry: Carry | null,
  phraseIndex: PhraseIndex,
): Carry | null {
  const text = block.text;
  const spans = findQuoteSpans(text, 'zh');
  const mask = quoteMask(text.length, spans);
  const coreference = organisationReference(doc, block.index, phraseIndex);
  const postsBefore = postReader(text, coreference);
  const clauseStart = (position: number): number => clauseStartOf(text, mask, position);
  const known = (name: string): boolean => findPerson(book, name) !== undefined;
  const byPost = (post: string): PersonEntry | null => personByPost(book, post);
  // A name the article marks as a pseudonym (小刚（化名）) is a person from then on, whatever its characters.
  for (let at = text.indexOf(PSEUDONYM_MARK); at >= 0; at = text.indexOf(PSEUDONYM_MARK, at + 1)) {
    const name = pseudonymBefore(text, at);
    if (name && !known(name)) notePerson(book, { name, surname: name });
  }

  // 今年35岁的李娜是一名护士，她说: a name opening its clause (or after a description closed by 的) as the
  // subject of 是 + a post, with he/she speaking later in the paragraph, is a person from then on: that
  // 他/她 means them, not the last speaker. (Without a pronoun that speaks, such a name is left alone: a
  // name known for no words of its own would draw the he/she of later paragraphs.)
  // The same holds when the next paragraph opens with he/she speaking (张伟是本村的党支部书记。|“……”他顿了顿，接着说).
  // (Where the last he/she that speaks starts, found once: a copula must come before it.)
  const lastPronounSpeaks = !text.includes(COPULA) ? -1 : pronounSpeaksNext(doc, block) ? text.length : lastMatchStart(PRONOUN_SPEAKS, text);
  // Where someone described but not named (患者是一名教师, 母亲是一名护士) is the subject of 是 + a post:
  // the he/she that speaks after it is that person, not anyone named before.
  const unnamedSubjects: number[] = [];
  for (let at = text.indexOf(COPULA); at > 0 && at < lastPronounSpeaks; at = text.indexOf(COPULA, at + 1)) {
    if (mask[at] === 1 || !clauseAfterCopula(text, at + 1).post) continue;
    let named = false;
    for (const length of [3, 2]) {
      const start = at - length;
      if (start < 0 || !isChineseName(text.slice(start, at))) continue;
      if (start > 0 && text[start - 1] !== '的' && clauseStart(start) !== start) continue;
      const name = text.slice(start, at);
      if (!known(name)) notePerson(book, { name, surname: surnameOf(name) });
      named = true;
      break;
    }
    if (named) continue;
    // 拉布是一名工程师，…他说: a foreign name without an interpunct, the whole subject of its clause.
    const start = clauseStart(at);
    const name = text.slice(start, at);
    if (isUnknownName(text, start, at)) {
      if (!known(name)) notePerson(book, { name, surname: name });
    } else if (describesSomeone(text, start, at)) unnamedSubjects.push(at);
  }

  // 1. Register every "org + title + name" mention: the article states a role once and reuses the name.
  //    People already known are tracked wherever they are named, for 他/她 later on.
  const boundaries = tokenBoundaries(doc, block);
  const mentions = scanTitleNameMentions(text, clauseStart, boundaries, postsBefore);
  // Named people at the start of a clause, and (person null) relatives named through them (小花奶奶).
  const mentioned: Array<{ end: number; person: PersonEntry | null }> = [];
  const namedHere = knownMentions(text, book);
  // "马莉是南艺老师": each person named right before 是, in the order of their mentions, then of the book's forms.
  const beforeCopula = namedHere
    .filter((mention) => text[mention.end] === '是')
    .flatMap((mention) => mention.people.map(({ person, rank }) => ({ start: mention.start, end: mention.end, person, rank })))
    .sort((a, b) => a.end - b.end || a.rank - b.rank || a.start - b.start);
  for (const mention of beforeCopula) notePostAfterCopula(text, book, mention, postsBefore);
  // For 他/她, the person named last at each position: of several namesakes, the last in the book.
  // Only a name that opens its clause is a subject he/she can refer back to (拉小花手，他说: 他 is not 小花).
  for (const mention of namedHere) {
    const last = mention.people[mention.people.length - 1];
    // (Or one after a description closed by 的: 今年35岁的李娜是一名护士，她说.)
    if (!last || (trimSubject(text, clauseStart(mention.start), mention.end)[0] !== mention.start && text[mention.start - 1] !== '的')) continue;
    // 小花奶奶…她说: the relative is the subject, not the person named.
    const relative = KINSHIP_AFTER.longestStartingAt(text, mention.end, Math.min(text.length, mention.end + 2)) > 0;
    mentioned.push({ end: mention.end, person: relative ? null : last.person });
  }
  for (const end of unnamedSubjects) mentioned.push({ end, person: null });
  for (const mention of mentions) {
    if (mention.reporter) continue;
    const person = notePerson(book, { name: mention.name, surname: surnameOf(mention.name), role: mention.role, org: mention.org });
    mentioned.push({ end: mention.end, person });
  }
  mentioned.sort((a, b) => a.end - b.end);
  // 他/她 refer to the person mentioned last: in this paragraph before the cue, else before this paragraph.
  // Speakers of this paragraph's cues, in cue order (ends increase): kept apart from `mentioned` so that
  // recording a speaker is an append, not an insertion into the middle of a long list.
  const spoke: Array<{ end: number; person: PersonEntry }> = [];
  const carried = book.lastMentioned;
  // Cues of this paragraph whose speaker could not be named (拉布在接受采访时表示, 专家表示), by end: a
  // 他/她 after one of them means that speaker, not anyone named before.
  const unnamedSpoke: Array<{ end: number }> = [];
  const lastMentionedBefore = (position: number): PersonEntry | typeof SOMEONE_UNNAMED | null => {
    const byName = entryAt(mentioned, lastEndingBy(mentioned, position));
    const bySpeech = entryAt(spoke, lastEndingBy(spoke, position));
    const latest = !byName ? bySpeech : !bySpeech ? byName : bySpeech.end >= byName.end ? bySpeech : byName;
    const unnamed = entryAt(unnamedSpoke, lastEndingBy(unnamedSpoke, position));
    if (unnamed && unnamed.end > (latest?.end ?? -1)) return SOMEONE_UNNAMED;
    if (!latest) return carried;
    return latest.person ?? SOMEONE_UNNAMED;
  };
  const mentionsByEnd = mentions.filter((mention) => !mention.reporter);

  // 2. Cues: speech verbs outside quotations…
  const cues: Cue[] = [];
  SPEECH_VERB.lastIndex = 0;
  for (let match = SPEECH_VERB.exec(text); match; match = SPEECH_VERB.exec(text)) {
    const verb = match[0];
    const start = match.index;
    const end = start + verb.length;
    if (mask[start] === 1 || isNotSpeech(text, start, verb)) continue;
    if (BEFORE_PAUSE.has(verb) && !PAUSE.test(text[end] ?? '')) continue;
    if (continuesVerbChain(text, end)) continue; // 回答称: the last verb of a chain is the cue
    let from = clauseStart(start);
    if (AFTER_ZAI.has(verb)) {
      const [trimmedFrom] = trimSubject(text, from, start);
      if (text[trimmedFrom] !== '在') continue;
      from = trimmedFrom + 1;
    }
    // 孙伟回应称: the chain's earlier verbs stand between the subject and this one.
    let subjectEnd = start;
    for (let guard = 0; guard < 2; guard++) {
      const chained = CHAINED_VERBS.longestEndingAt(text, from, subjectEnd);
      if (chained === 0 || subjectEnd - chained <= from) break;
      subjectEnd -= chained;
    }
    const [subjectStart, trimmedEnd] = trimSubject(text, from, subjectEnd);
    let subject = readSubject(text, from, subjectEnd, coreference, postsBefore, known, boundaries, byPost);
    // 马建军一边带着记者参观，一边说 / 王芳来到现场，表示: a verb right after a comma goes on with the
    // subject of the clause before it, when that clause opens with a name.
    if (subject.type === 'pronoun' && trimmedEnd <= subjectStart && from > 0) {
      const previous = clauseStart(from - 1);
      const [namedStart, namedEnd] = trimSubject(text, previous, from - 1);
      const named = namedEnd - namedStart >= 2 ? personStartingAt(text, namedStart, namedEnd, known) : null;
      if (named) {
        subject = { type: 'person', mention: named };
        from = previous;
      }
    }
    // 总理菲利普将于11日宣布…: what someone will say later is no statement yet.
    if (subject.type === 'person' && FUTURE_AFTER_NAME.test(text.slice(subject.mention.end, subject.mention.end + 4))) continue;
    // 认真记录下重要要求，: a weaker cue verb after words that name no one is a noun, and no cue at all;
    // after a word for people or a notice it still is one (专家提醒，温馨提醒，).
    const subjectText = subject.type === 'none' ? text.slice(subjectStart, trimmedEnd) : '';
    if (subject.type === 'none' && BEFORE_PAUSE.has(verb) && !NOT_PERSON.has(subjectText)) continue;
    const insideWords = subject.type === 'none' && isSpeakerSide(subjectText);
    cues.push({ start, end, clauseStart: from, subjectEnd, subject, insideWords });
  }
  // …and colons before a quotation with no verb (晁守成深感振奋：“……”).
  const verbCues = cues.slice(); // in text order: their ends increase
  for (const span of spans) {
    let colon = span.open - 1;
    while (colon >= 0 && /\s/u.test(text[colon] ?? '')) colon--;
    if (colon < 1 || (text[colon] !== '：' && text[colon] !== ':') || mask[colon] === 1) continue;
    if (SPEECH_VERB_BEFORE_COLON.test(text.slice(Math.max(0, colon - 6), colon))) continue;
    const from = clauseStart(colon);
    // 王芳告诉记者：“……”: the clause's own speech verb introduces the quotation.
    const verbBefore = entryAt(verbCues, lastEndingBy(verbCues, colon));
    if (verbBefore && verbBefore.start >= from && verbBefore.subject.type !== 'none') continue;
    const lastIndex = lastEndingBy(mentionsByEnd, colon);
    const last = lastIndex >= 0 && (mentionsByEnd[lastIndex]?.start ?? -1) >= from ? mentionsByEnd[lastIndex] : undefined;
    let subject: Subject = last ? { type: 'person', mention: last } : readSubject(text, from, colon, coreference, postsBefore, known, boundaries, byPost);
    if (subject.type === 'pronoun' || subject.type === 'org') subject = { type: 'none' }; // "他坚信一句话：" is not a statement
    if (subject.type === 'none') continue;
    cues.push({ start: colon, end: colon + 1, clauseStart: from, subjectEnd: colon, subject, insideWords: false });
  }
  cues.sort((a, b) => a.start - b.start);

  // 3. Words running on from the previous paragraph.
  const used = new Set<QuoteSpan>();
  const [contentStart, contentEnd] = contentBounds(text);
  const firstSpan = spans[0]?.open === contentStart ? spans[0] : undefined;
  const firstCueStart = cues[0]?.clauseStart ?? text.length;
  let next: Carry | null = null;
  if (carry && firstSpan && (carry.open || carry.atEnd || carry.pending) && firstSpan.close >= Math.min(contentEnd, firstCueStart) - 1) {
    // “… (continued) or a paragraph that is one quotation, right after the same speaker's words.
    const quote = firstSpan.close < firstCueStart ? makeQuote(block, firstSpan.innerStart, firstSpan.innerEnd, true) : null;
    if (quote && (carry.open || cues.length === 0)) {
      used.add(firstSpan);
      attributeToPerson(book, carry.person, quote);
      next = { person: carry.person, open: !firstSpan.closed, pending: false, atEnd: firstSpan.close >= contentEnd - 1 };
    }
  } else if (carry?.pending && cues.length === 0 && contentEnd - contentStart >= 2) {
    // …拍着他的肩说，| 这个家没了，你在杭州还有一个家。
    const quote = makeQuote(block, contentStart, contentEnd, false);
    if (quote) attributeToPerson(book, carry.person, quote);
  }

  // 4. Statements for each cue.
  // Only a paragraph with cues looks its quotations up (a page of bare quote marks has thousands).
  const spanOpeningAt = new Map(cues.length > 0 ? spans.map((span) => [span.open, span]) : []);
  const spansByEnd = cues.length > 0 ? spans.map((span) => ({ span, end: span.close })) : [];
  const beforeQuoteOf = (cue: Cue, earliest: number): QuoteSpan | undefined => {
    const candidate = entryAt(spansByEnd, lastEndingBy(spansByEnd, cue.clauseStart - 1))?.span;
    if (!candidate || !candidate.closed || candidate.open < earliest || used.has(candidate)) return undefined;
    // 针对外媒“苹果公司违反中国劳动法”的报道，苹果公司表示: a quotation inside a phrase names what was said of someone.
    if (text[candidate.close + 1] === '的' || HAN_CHAR.test(text[candidate.open - 1] ?? '')) return undefined;
    if (cue.clauseStart - candidate.close > MAX_BEFORE_QUOTE_GAP) return undefined;
    for (let i = candidate.close + 1; i < cue.clauseStart; i++) if (mask[i] !== 1 && TERMINATOR_UNITS.has(text.charCodeAt(i))) return undefined;
    return candidate;
  };
  // The next cue that can end a statement, for each cue: one inside the speaker's words does not.
  const endingCue: Array<Cue | undefined> = new Array<Cue | undefined>(cues.length);
  for (let index = cues.length - 1, next: Cue | undefined; index >= 0; index--) {
    endingCue[index] = next;
    const cue = cues[index];
    if (cue && !cue.insideWords) next = cue;
  }
  let previousEnd = 0;
  /** The person the last cue quoted, and where their statements end; null after a cue quoting no one. */
  let lastQuoted: { person: PersonEntry; end: number } | null = null;
  for (const [index, cue] of cues.entries()) {
    const following = endingCue[index];
    const nextBefore = following ? beforeQuoteOf(following, cue.end) : undefined;
    const limit = following ? Math.min(following.clauseStart, nextBefore?.open ?? Infinity) : text.length;
    const person = personOf(book, cue.subject, lastMentionedBefore(cue.clauseStart));
    const org = cue.subject.type === 'org' ? cue.subject.name : null;
    const before = person || org ? beforeQuoteOf(cue, previousEnd) : undefined;
    previousEnd = cue.end;
    lastQuoted = null;
    if (!person && !org) {
      if (cue.subject.type === 'none' && !cue.insideWords && namesSomeone(text, cue.clauseStart, cue.subjectEnd)) unnamedSpoke.push({ end: cue.end });
      continue;
    }

    let after = cue.end + gapAfterVerb(text, cue.end);
    const listener = LISTENERS.longestStartingAt(text, after, Math.min(text.length, after + 6));
    if (listener > 0 && /^(?:告诉|回应|回答)$/u.test(text.slice(cue.start, cue.end))) {
      after += listener;
      after += gapAfterVerb(text, after);
    }
    const statements: Quote[] = [];
    const add = (quote: Quote | null): void => {
      if (quote) statements.push(quote);
    };
    if (before) {
      used.add(before);
      add(makeQuote(block, before.innerStart, before.innerEnd, true));
    }
    const opening = spanOpeningAt.get(after);
    let openEnd = false;
    if (opening && !used.has(opening)) {
      used.add(opening);
      const rest = text.slice(Math.min(text.length, opening.close + 1), limit).trim();
      // A quotation that ends the sentence is the statement; one that the sentence goes on from is
      // reported speech with a quotation inside (“…”，and it goes on) — unless a quotation before the
      // cue already is the statement (“……”马莉说，“……”, then the story goes on: two quotations).
      if (!rest || TERMINATOR.test(rest[0] ?? '') || !opening.closed || before) add(makeQuote(block, opening.innerStart, opening.innerEnd, true));
      else add(makeQuote(block, after, limit, false));
      openEnd = !opening.closed;
    } else if (!before && after < limit && !TERMINATOR.test(text[after] ?? '') && text[cue.end] !== PERFECTIVE) {
      // (介绍了今年的工程进展 / 指出了…的不足之处: a verb with 了 and an object summarises what was said, with no content of it.)
      add(makeQuote(block, after, limit, false));
    }
    for (const quote of statements) {
      if (person) attributeToPerson(book, person, quote);
      else if (org) attributeToOrg(book, org, quote);
    }
    if (person) {
      if ((spoke[spoke.length - 1]?.end ?? -1) <= cue.end) spoke.push({ end: cue.end, person });
      const lastEnd = statements[statements.length - 1]?.end ?? cue.end;
      if (statements.length > 0) lastQuoted = { person, end: Math.max(cue.end, lastEnd) };
      next = {
        person,
        open: openEnd,
        pending: statements.length === 0 && after >= contentEnd,
        atEnd: statements.length > 0 && lastEnd >= contentEnd - 1,
      };
    } else next = null;
  }
  // “……。”张伟说。“……。”: a quotation that is a sentence of its own after the paragraph's last cue,
  // claimed by no cue, goes on with the words of the person that cue quoted.
  const quoted = lastQuoted;
  if (quoted) {
    for (const span of spans) {
      if (span.open < quoted.end || used.has(span) || !span.closed || !opensSentence(text, span.open)) continue;
      let following = span.close + 1;
      while (following < text.length && /\s/u.test(text[following] ?? '')) following++;
      if (following < text.length && !TERMINATOR_UNITS.has(text.charCodeAt(following)) && text[following] !== '“') continue;
      const quote = makeQuote(block, span.innerStart, span.innerEnd, true);
      if (!quote) continue;
      used.add(span);
      attributeToPerson(book, quoted.person, quote);
      next = { person: quoted.person, open: false, pending: false, atEnd: span.close >= contentEnd - 1 };
    }
  }
  const lastByName = mentioned[mentioned.length - 1];
  const lastBySpeech = spoke[spoke.length - 1];
  book.lastMentioned = (lastBySpeech && (!lastByName || lastBySpeech.end >= lastByName.end) ? lastBySpeech : lastByName)?.person ?? carried;
  return next;
}
