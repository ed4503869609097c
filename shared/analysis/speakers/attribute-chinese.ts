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
  personStartingAt,
  readPostsBefore,
  scanTitleNameMentions,
  surnameOf,
  titleEndingAt,
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
  // The subject at the start of a longer clause: 董又霖在社交平台上发文道歉称, 陈校长走过来拍着他的肩说.
  const first = personStartingAt(text, start, end, known);
  if (first) return { type: 'person', mention: first };
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
  const boundaries = boundariesByBlock(doc);
  let carry: Carry | null = null;
  for (const block of doc.blocks) {
    if (block.role !== 'body') {
      if (block.role === 'heading') carry = null; // a new section: nobody's words run across a heading
      continue;
    }
    carry = attributeBlock(doc, block, book, boundaries.get(block.index) ?? new Uint8Array(block.text.length + 2), carry);
  }
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

/** Where the people of the book are named in a paragraph (name, alias, or surname + their own title: 陈校长). */
function knownMentions(text: string, book: SpeakerBook): Array<{ start: number; end: number; person: PersonEntry }> {
  const found: Array<{ start: number; end: number; person: PersonEntry }> = [];
  for (const person of book.people) {
    const forms = [person.name, ...person.aliases];
    // 姓 + the person's own title refers to them (汪处长 for the 处长 汪凤英) once they have been introduced.
    const title = person.role?.split('、').pop();
    if (title && person.surname.length === 1 && /^\p{Script=Han}+$/u.test(person.name)) forms.push(person.surname + title);
    for (const form of forms) {
      if (form.length < 2) continue;
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        found.push({ start: at, end: at + form.length, person });
      }
    }
  }
  return found.sort((a, b) => a.end - b.end);
}

/** "马莉是南艺老师": a known person followed by 是 + organisation + title states their post. */
function notePostAfterCopula(text: string, book: SpeakerBook, mention: { end: number; person: PersonEntry }, coreference: OrgCoreference): void {
  if (text[mention.end] !== '是' || mention.person.role) return;
  let clauseEnd = mention.end + 1;
  while (clauseEnd < text.length && clauseEnd - mention.end < 30 && !CLAUSE_BOUNDARY.has(text[clauseEnd] ?? '')) clauseEnd++;
  if (titleEndingAt(text, mention.end + 1, clauseEnd) < 0) return;
  const posts = readPostsBefore(text, mention.end + 1, clauseEnd, coreference);
  if (posts.reporter || posts.start !== mention.end + 1) return;
  notePerson(book, { name: mention.person.name, surname: mention.person.surname, role: posts.role, org: posts.org });
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

function attributeBlock(doc: Segmented, block: TextBlock, book: SpeakerBook, boundaries: Uint8Array, carry: Carry | null): Carry | null {
  const text = block.text;
  const spans = findQuoteSpans(text, 'zh');
  const mask = quoteMask(text.length, spans);
  const coreference = organisationReference(doc, block.index);
  const clauseStart = (position: number): number => clauseStartOf(text, mask, position);
  const known = (name: string): boolean => findPerson(book, name) !== undefined;

  // 1. Register every "org + title + name" mention: the article states a role once and reuses the name.
  //    People already known are tracked wherever they are named, for 他/她 later on.
  const mentions = scanTitleNameMentions(text, clauseStart, boundaries, coreference);
  const mentioned: Array<{ end: number; person: PersonEntry }> = [];
  for (const mention of knownMentions(text, book)) {
    notePostAfterCopula(text, book, mention, coreference);
    mentioned.push(mention);
  }
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
  const lastMentionedBefore = (position: number): PersonEntry | null => {
    const byName = mentioned[lastEndingBy(mentioned, position)];
    const bySpeech = spoke[lastEndingBy(spoke, position)];
    const latest = !byName ? bySpeech : !bySpeech ? byName : bySpeech.end >= byName.end ? bySpeech : byName;
    return latest?.person ?? carried;
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
    const lastIndex = lastEndingBy(mentionsByEnd, colon);
    const last = lastIndex >= 0 && (mentionsByEnd[lastIndex]?.start ?? -1) >= from ? mentionsByEnd[lastIndex] : undefined;
    let subject: Subject = last ? { type: 'person', mention: last } : readSubject(text, from, colon, coreference, known);
    if (subject.type === 'pronoun' || subject.type === 'org') subject = { type: 'none' }; // "他坚信一句话：" is not a statement
    if (subject.type === 'none') continue;
    cues.push({ start: colon, end: colon + 1, clauseStart: from, subject });
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
  const spanOpeningAt = new Map(spans.map((span) => [span.open, span]));
  const spansByEnd = spans.map((span) => ({ span, end: span.close }));
  const beforeQuoteOf = (cue: Cue, earliest: number): QuoteSpan | undefined => {
    const candidate = spansByEnd[lastEndingBy(spansByEnd, cue.clauseStart - 1)]?.span;
    if (!candidate || !candidate.closed || candidate.open < earliest || used.has(candidate)) return undefined;
    if (cue.clauseStart - candidate.close > MAX_BEFORE_QUOTE_GAP) return undefined;
    for (let i = candidate.close + 1; i < cue.clauseStart; i++) if (mask[i] !== 1 && TERMINATOR.test(text[i] ?? '')) return undefined;
    return candidate;
  };
  let previousEnd = 0;
  cues.forEach((cue, index) => {
    const following = cues[index + 1];
    const nextBefore = following ? beforeQuoteOf(following, cue.end) : undefined;
    const limit = following ? Math.min(following.clauseStart, nextBefore?.open ?? Infinity) : text.length;
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
    } else if (!before && after < limit && !TERMINATOR.test(text[after] ?? '')) {
      add(makeQuote(block, after, limit, false));
    }
    for (const quote of statements) {
      if (person) attributeToPerson(book, person, quote);
      else if (org) attributeToOrg(book, org, quote);
    }
    if (person) {
      if ((spoke[spoke.length - 1]?.end ?? -1) <= cue.end) spoke.push({ end: cue.end, person });
      const lastEnd = statements[statements.length - 1]?.end ?? cue.end;
      next = {
        person,
        open: openEnd,
        pending: statements.length === 0 && after >= contentEnd,
        atEnd: statements.length > 0 && lastEnd >= contentEnd - 1,
      };
    } else next = null;
  });
  const lastByName = mentioned[mentioned.length - 1];
  const lastBySpeech = spoke[spoke.length - 1];
  book.lastMentioned = (lastBySpeech && (!lastByName || lastBySpeech.end >= lastByName.end) ? lastBySpeech : lastByName)?.person ?? carried;
  return next;
}
