import type { Quote } from '../../schema/index.ts';
import * as zh from '../lang/zh.ts';
import { alternation } from '../model/text.ts';
import type { Segmented, TextBlock } from '../model/types.ts';
import { findQuoteSpans, quoteMask, type QuoteSpan } from './quote-spans.ts';
import {
  attributeToOrg,
  attributeToPerson,
  addAlias,
  findBySurname,
  findPerson,
  notePerson,
  type PersonEntry,
  type SpeakerBook,
} from './speaker-book.ts';
import {
  COREFERENCE_AT_START,
  ORG_SUFFIX_AT_END,
  orgStart,
  personEndingAt,
  scanTitleNameMentions,
  surnameOf,
  type OrgCoreference,
  type PersonMention,
} from './zh-mentions.ts';

/**
 * Chinese quote attribution. For each paragraph: find quotations and attribution cues (a speech verb
 * outside quotes, or a colon before a quotation), read the subject clause before each cue right to left
 * (org + titles + name, name + title, pronoun, organisation), then give the cue its statements: the
 * quotation just before the clause (“……”张文师表示), the quotation or reported speech after the verb,
 * or both (“……”吉孝云说：“……” = two statements).
 */

/** Any speech verb, longest first (补充道 before 补充). */
const SPEECH_VERB = new RegExp(alternation(zh.SPEECH_VERBS), 'gu');
/** A speech verb at the start of a string (for verb chains: 回答称 = one cue). */
const SPEECH_VERB_AT_START = new RegExp(`^道?(?:${alternation(zh.SPEECH_VERBS.filter((v) => !(zh.SPEECH_VERBS_AFTER_ZAI as readonly string[]).includes(v)))})`, 'u');
/** A speech verb right before a colon (说：/表示： — the verb cue takes the quotation, not the colon). */
const SPEECH_VERB_BEFORE_COLON = new RegExp(`(?:${alternation(zh.SPEECH_VERBS)})道?\\s*$`, 'u');
/** Adverbs and phrases between a speaker and the verb, at the end of the subject clause. */
const SUBJECT_TRAILER_AT_END = new RegExp(
  `(?:${alternation(zh.SUBJECT_TRAILERS)}|(?:对|向)[^，。,]{0,8}?(?:记者|媒体|笔者)|在[^，。,]{1,12}?(?:时|上|中|里))$`,
  'u',
);
/** Connectors a subject clause may open with (同时，此外，据…). */
const SUBJECT_LEADER_AT_START = new RegExp(`^(?:${alternation(zh.SUBJECT_LEADERS)})`, 'u');
/** The listener after 告诉/对 (告诉记者，…), skipped before the statement. */
const LISTENER_AT_START = new RegExp(`^(?:${alternation(zh.LISTENERS)})`, 'u');
/** Punctuation and space between a verb and its statement. */
const AFTER_VERB_GAP = /^[道着]?[\s，,：:]*/u;
/** Characters that end a clause: the subject of a cue never reaches back across them. */
const CLAUSE_BOUNDARY = new Set('，,。！？!?；;：:\n“”「」『』"…—');
/** Sentence terminators (a quotation separated from a cue by one is not that cue's). */
const TERMINATOR = /[。！？!?]/u;

const HAN_CHAR = /\p{Script=Han}/u;
const AFTER_ZAI: ReadonlySet<string> = new Set(zh.SPEECH_VERBS_AFTER_ZAI);
const PRONOUNS: ReadonlySet<string> = new Set(zh.PRONOUNS);
const NOT_PERSON: ReadonlySet<string> = new Set(zh.NOT_PERSON_WORDS);

/** For each speech verb, the non-speech words that contain it and where (据说 → 说 at 1). */
const NOT_SPEECH_BY_VERB = new Map<string, Array<{ word: string; offset: number }>>();
for (const word of zh.NOT_SPEECH_WORDS) {
  for (const verb of zh.SPEECH_VERBS) {
    for (let offset = word.indexOf(verb); offset >= 0; offset = word.indexOf(verb, offset + 1)) {
      const list = NOT_SPEECH_BY_VERB.get(verb) ?? [];
      list.push({ word, offset });
      NOT_SPEECH_BY_VERB.set(verb, list);
    }
  }
}

function isNotSpeech(text: string, at: number, verb: string): boolean {
  for (const { word, offset } of NOT_SPEECH_BY_VERB.get(verb) ?? []) {
    if (at - offset >= 0 && text.startsWith(word, at - offset)) return true;
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
  subject: Subject;
}

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
    const c = text[i - 1] ?? '';
    if (mask[i - 1] === 1 || (CLAUSE_BOUNDARY.has(c) && !isNameInterpunct(text, i - 1))) break;
    i--;
  }
  return i;
}

/** Token boundaries of every block (1 where a segmenter token starts or ends), in one pass over the tokens. */
function boundariesByBlock(doc: Segmented): Map<number, Uint8Array> {
  const byBlock = new Map<number, Uint8Array>();
  for (const token of doc.tokens) {
    let marks = byBlock.get(token.block);
    if (!marks) {
      marks = new Uint8Array((doc.blocks[token.block]?.text.length ?? 0) + 2);
      byBlock.set(token.block, marks);
    }
    marks[token.start] = 1;
    marks[token.end] = 1;
  }
  return byBlock;
}

/**
 * Resolves 该项目部/这家公司: the most recent phrase ending in the head noun (项目部, or 项目 + 部) that is
 * the subject of its clause, in this block before `before` or in the three blocks before it.
 * "X项目，是Y项目，该项目部…" → X项目部: Y項目 is a predicate (after 是), not a subject.
 */
function organisationReference(doc: Segmented, blockIndex: number): OrgCoreference {
  return (head, before) => {
    const minimum = head.length === 1 ? 1 : 2;
    for (let keep = head.length; keep >= minimum; keep--) {
      const stem = head.slice(0, keep);
      for (let b = blockIndex; b >= 0 && b >= blockIndex - 3; b--) {
        const block = doc.blocks[b];
        if (!block || block.role !== 'body') continue;
        const text = block.text;
        let searchFrom = b === blockIndex ? before - stem.length : text.length;
        for (let at = text.lastIndexOf(stem, searchFrom); at >= 0; at = text.lastIndexOf(stem, at - 1)) {
          const end = at + stem.length;
          let start = at;
          while (start > 0 && !CLAUSE_BOUNDARY.has(text[start - 1] ?? '')) start--;
          const leader = SUBJECT_LEADER_AT_START.exec(text.slice(start, end));
          if (leader) start += leader[0].length;
          const phrase = text.slice(start, end);
          if (phrase.length <= stem.length || phrase.length > 40 || COREFERENCE_AT_START.test(phrase)) continue;
          if (orgStart(text, start, end) !== start) continue; // a verb or particle inside: not a name
          return phrase + head.slice(keep);
        }
        searchFrom = -1;
      }
    }
    return null;
  };
}

/** Strips adverbs at the end and connectors at the start of a subject clause: `[start, end)` of what is left. */
function trimSubject(text: string, from: number, to: number): [number, number] {
  let end = to;
  for (let guard = 0; guard < 6; guard++) {
    // Trailers are short (在接受采访时 is the longest form): look at the last 16 characters only.
    const windowStart = Math.max(from, end - 16);
    const match = SUBJECT_TRAILER_AT_END.exec(text.slice(windowStart, end));
    if (!match || match[0].length === 0 || windowStart + match.index === from) break;
    end -= match[0].length;
  }
  let start = from;
  for (let guard = 0; guard < 3; guard++) {
    const match = SUBJECT_LEADER_AT_START.exec(text.slice(start, Math.min(end, start + 12)));
    if (!match || match[0].length === 0 || start + match[0].length >= end) break;
    start += match[0].length;
  }
  return [start, end];
}

function readSubject(
  text: string,
  from: number,
  to: number,
  coreference: OrgCoreference,
  known: (name: string) => boolean,
): Subject {
  const [start, end] = trimSubject(text, from, to);
  // A verb right after a comma continues the previous clause's subject (他对…表示感谢，表示此次…).
  if (end - start < 1) return from > 0 && /[，,]/u.test(text[from - 1] ?? '') ? { type: 'pronoun' } : { type: 'none' };
  const subject = text.slice(start, end);
  if (PRONOUNS.has(subject)) return { type: 'pronoun' };
  if (NOT_PERSON.has(subject)) return { type: 'none' };
  const mention = personEndingAt(text, start, end, coreference, known);
  if (mention) return { type: 'person', mention };
  // An organisation speaking as a body (外交部, 公安部治安管理局, 《日本经济新闻》).
  const booked = /^《([^》]{2,20})》$/u.exec(subject);
  if (booked?.[1]) return { type: 'org', name: booked[1] };
  if (subject.length >= 2 && subject.length <= 20 && ORG_SUFFIX_AT_END.test(subject) && orgStart(text, start, end) === start) {
    const determiner = COREFERENCE_AT_START.exec(subject);
    if (determiner) {
      const resolved = coreference(subject.slice(determiner[0].length), start);
      return resolved ? { type: 'org', name: resolved } : { type: 'none' };
    }
    if (subject.length > 2 || !zh.ORG_SUFFIXES.includes(subject as never)) return { type: 'org', name: subject };
  }
  return { type: 'none' };
}

/** The person a subject names, creating or enriching their entry; null for reporters and unknown references. */
function personOf(book: SpeakerBook, subject: Subject, lastMentioned: PersonEntry | null): PersonEntry | null {
  if (subject.type === 'pronoun') return lastMentioned ?? book.lastSpeaker;
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
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end - start < 2) return null;
  return { text: text.slice(start, end), blockId: block.id, start, end, direct };
}

/** Attributes the quotations and reported speech of every Chinese body paragraph into `book`. */
export function attributeChinese(doc: Segmented, book: SpeakerBook): void {
  const boundaries = boundariesByBlock(doc);
  for (const block of doc.blocks) {
    if (block.role !== 'body') continue;
    attributeBlock(doc, block, book, boundaries.get(block.index) ?? new Uint8Array(block.text.length + 2));
  }
}

function attributeBlock(doc: Segmented, block: TextBlock, book: SpeakerBook, boundaries: Uint8Array): void {
  const text = block.text;
  const spans = findQuoteSpans(text, 'zh');
  const mask = quoteMask(text.length, spans);
  const coreference = organisationReference(doc, block.index);
  const clauseStart = (position: number): number => clauseStartOf(text, mask, position);
  const known = (name: string): boolean => findPerson(book, name) !== undefined;

  // 1. Register every "org + title + name" mention: the article states a role once and reuses the name.
  const mentions = scanTitleNameMentions(text, clauseStart, boundaries, coreference);
  const mentioned: Array<{ end: number; person: PersonEntry }> = [];
  for (const mention of mentions) {
    if (mention.reporter) continue;
    const person = notePerson(book, { name: mention.name, surname: surnameOf(mention.name), role: mention.role, org: mention.org });
    mentioned.push({ end: mention.end, person });
  }
  // 他/她 refer to the person mentioned last: in this paragraph before the cue, else before this paragraph.
  const carried = book.lastMentioned;
  const lastMentionedBefore = (position: number): PersonEntry | null => {
    let found: PersonEntry | null = null;
    for (const entry of mentioned) if (entry.end <= position) found = entry.person;
    return found ?? carried;
  };

  // 2. Cues: speech verbs outside quotations…
  const cues: Cue[] = [];
  SPEECH_VERB.lastIndex = 0;
  for (let match = SPEECH_VERB.exec(text); match; match = SPEECH_VERB.exec(text)) {
    const verb = match[0];
    const start = match.index;
    const end = start + verb.length;
    if (mask[start] === 1 || isNotSpeech(text, start, verb)) continue;
    if (SPEECH_VERB_AT_START.test(text.slice(end, end + 4))) continue; // 回答称: the last verb of a chain is the cue
    let from = clauseStart(start);
    if (AFTER_ZAI.has(verb)) {
      const [trimmedFrom] = trimSubject(text, from, start);
      if (text[trimmedFrom] !== '在') continue;
      from = trimmedFrom + 1;
    }
    cues.push({ start, end, clauseStart: from, subject: readSubject(text, from, start, coreference, known) });
  }
  // …and colons before a quotation with no verb (晁守成深感振奋：“……”).
  for (const span of spans) {
    let colon = span.open - 1;
    while (colon >= 0 && /\s/u.test(text[colon] ?? '')) colon--;
    if (colon < 1 || (text[colon] !== '：' && text[colon] !== ':') || mask[colon] === 1) continue;
    if (SPEECH_VERB_BEFORE_COLON.test(text.slice(Math.max(0, colon - 6), colon))) continue;
    const from = clauseStart(colon);
    const inClause = mentions.filter((mention) => mention.start >= from && mention.end <= colon && !mention.reporter);
    const last = inClause[inClause.length - 1];
    let subject: Subject = last ? { type: 'person', mention: last } : readSubject(text, from, colon, coreference, known);
    if (subject.type === 'pronoun' || subject.type === 'org') subject = { type: 'none' }; // "他坚信一句话：" is not a statement
    if (subject.type === 'none') continue;
    cues.push({ start: colon, end: colon + 1, clauseStart: from, subject });
  }
  cues.sort((a, b) => a.start - b.start);

  // 3. Statements for each cue.
  const used = new Set<QuoteSpan>();
  const spanOpeningAt = new Map(spans.map((span) => [span.open, span]));
  const beforeQuoteOf = (cue: Cue, earliest: number): QuoteSpan | undefined => {
    let candidate: QuoteSpan | undefined;
    for (const span of spans) {
      if (!span.closed || span.close >= cue.clauseStart || span.open < earliest) continue;
      candidate = span;
    }
    if (!candidate || used.has(candidate)) return undefined;
    for (let i = candidate.close + 1; i < cue.clauseStart; i++) if (mask[i] !== 1 && TERMINATOR.test(text[i] ?? '')) return undefined;
    return candidate;
  };
  let previousEnd = 0;
  cues.forEach((cue, index) => {
    const next = cues[index + 1];
    const nextBefore = next ? beforeQuoteOf(next, cue.end) : undefined;
    const limit = next ? Math.min(next.clauseStart, nextBefore?.open ?? Infinity) : text.length;
    const person = personOf(book, cue.subject, lastMentionedBefore(cue.clauseStart));
    const org = cue.subject.type === 'org' ? cue.subject.name : null;
    const before = person || org ? beforeQuoteOf(cue, previousEnd) : undefined;
    previousEnd = cue.end;
    if (!person && !org) return;

    let after = cue.end + (AFTER_VERB_GAP.exec(text.slice(cue.end, cue.end + 12))?.[0].length ?? 0);
    const listener = LISTENER_AT_START.exec(text.slice(after, after + 6));
    if (listener && /^(?:告诉|回应|回答)$/u.test(text.slice(cue.start, cue.end))) {
      after += listener[0].length;
      after += AFTER_VERB_GAP.exec(text.slice(after, after + 12))?.[0].length ?? 0;
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
    if (opening && !used.has(opening)) {
      used.add(opening);
      const rest = text.slice(Math.min(text.length, opening.close + 1), limit).trim();
      if (!rest || TERMINATOR.test(rest[0] ?? '') || !opening.closed) add(makeQuote(block, opening.innerStart, opening.innerEnd, true));
      else if (!before) add(makeQuote(block, after, limit, false)); // “…”，and the statement goes on
    } else if (!before && after < limit && !TERMINATOR.test(text[after] ?? '')) {
      add(makeQuote(block, after, limit, false));
    }
    for (const quote of statements) {
      if (person) attributeToPerson(book, person, quote);
      else if (org) attributeToOrg(book, org, quote);
    }
    if (person) mentioned.push({ end: cue.end, person });
  });
  mentioned.sort((a, b) => a.end - b.end);
  book.lastMentioned = mentioned[mentioned.length - 1]?.person ?? carried;
}
