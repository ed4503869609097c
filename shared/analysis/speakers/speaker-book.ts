import type { OrgSpeaker, Quote, Speaker } from '../../schema/index.ts';
import { foldName } from '../model/text.ts';

/** A person the article names, with what we know of them and what they said. */
export interface PersonEntry {
  name: string;
  aliases: string[];
  role: string | null;
  org: string | null;
  quotes: Quote[];
  /** Surname used to match later short references (汪处长, Mr. Kerry). */
  surname: string;
}

/** What one mention tells about a person; missing facts stay null. */
export interface PersonFacts {
  name: string;
  surname: string;
  role?: string | null;
  org?: string | null;
  alias?: string | null;
}

/**
 * The people and organisations of one article as attribution finds them: merges repeated mentions
 * (full name, name + title, surname + title) into one entry, keeps the first stated role/organisation,
 * remembers the last speaker for pronouns, and never stores the same quote twice.
 */
export interface SpeakerBook {
  people: PersonEntry[];
  orgs: Map<string, OrgSpeaker>;
  /** The last person a statement was attributed to (for 他说 / he said). */
  lastSpeaker: PersonEntry | null;
  /** The person mentioned last in the paragraphs read so far (for pronouns at the start of a paragraph). */
  lastMentioned: PersonEntry | null;
  /** Quotes already attributed: block id → start → ends (numbers, not a `blockId:start:end` string built per quote). */
  taken: Map<string, Map<number, Set<number>>>;
  /** Folded names and aliases → person, so lookups do not re-fold every entry. */
  byName: Map<string, PersonEntry>;
  /**
   * Folded surnames → the people with that surname, in book order: a surname reference (汪处长, Mr. Kerry)
   * looks at the people it can mean, not at everyone (a page naming thousands stays linear).
   */
  bySurname: Map<string, PersonEntry[]>;
  /** Names already folded for this article: attribution looks the same few names up at every cue. */
  folded: Map<string, string>;
}

export function createSpeakerBook(): SpeakerBook {
  return { people: [], orgs: new Map(), lastSpeaker: null, lastMentioned: null, taken: new Map(), byName: new Map(), bySurname: new Map(), folded: new Map() };
}

/** `foldName`, remembered for the article (never across articles: the book lives for one analysis). */
function fold(book: SpeakerBook, name: string): string {
  let folded = book.folded.get(name);
  if (folded === undefined) book.folded.set(name, (folded = foldName(name)));
  return folded;
}

/** The entry for a full name (or one of its aliases), if the article has named this person before. */
export function findPerson(book: SpeakerBook, name: string): PersonEntry | undefined {
  return book.byName.get(fold(book, name));
}

/** The most recent person with this surname (for 汪处长 / Mr. Kerry), preferring one who has spoken. */
export function findBySurname(book: SpeakerBook, surname: string): PersonEntry | undefined {
  let found: PersonEntry | undefined;
  for (const person of book.bySurname.get(fold(book, surname)) ?? []) {
    if (person.name === surname) continue;
    if (!found || person.quotes.length > 0 || found.quotes.length === 0) found = person;
  }
  return found;
}

/** People looked through for a reference by post, newest first: such a reference means someone named recently. */
const RECENT_PEOPLE = 30;

/**
 * The one person among the RECENT_PEOPLE named last whose post `holds` (the mayor, 这位校长), or null when
 * none or several are: a reference by post names no one when it could mean two people.
 */
export function onlyRecentWithPost(book: SpeakerBook, holds: (role: string) => boolean): PersonEntry | null {
  let found: PersonEntry | null = null;
  for (let index = book.people.length - 1; index >= 0 && index >= book.people.length - RECENT_PEOPLE; index--) {
    const person = book.people[index];
    if (!person?.role || !holds(person.role)) continue;
    if (found && found !== person) return null;
    found = person;
  }
  return found;
}

/** Adds what a mention says about a person, creating the entry on first sight. */
export function notePerson(book: SpeakerBook, facts: PersonFacts): PersonEntry {
  let person = findPerson(book, facts.name);
  if (!person) {
    person = { name: facts.name, aliases: [], role: null, org: null, quotes: [], surname: facts.surname };
    book.people.push(person);
    book.byName.set(fold(book, facts.name), person);
    withSurname(book, facts.surname).push(person);
  }
  // A mention that states both role and organisation is the fullest introduction: it wins over a bare title.
  if (facts.role && facts.org && !person.org) {
    person.role = facts.role;
    person.org = facts.org;
  } else {
    if (facts.role && !person.role) person.role = facts.role;
    if (facts.org && !person.org) person.org = facts.org;
  }
  if (facts.alias) addAlias(book, person, facts.alias);
  return person;
}

function withSurname(book: SpeakerBook, surname: string): PersonEntry[] {
  const folded = fold(book, surname);
  let people = book.bySurname.get(folded);
  if (!people) book.bySurname.set(folded, (people = []));
  return people;
}

/**
 * Gives a person a fuller name ("Fiona" quoted first, "Fiona Parry" named later): the old name becomes an
 * alias and the surname index follows.
 */
export function renamePerson(book: SpeakerBook, person: PersonEntry, name: string, surname: string): void {
  person.aliases.push(person.name);
  person.name = name;
  book.byName.set(fold(book, name), person);
  if (fold(book, surname) !== fold(book, person.surname)) {
    const before = withSurname(book, person.surname);
    before.splice(before.indexOf(person), 1);
    // Keep book order among the people with the new surname.
    const order = book.people.indexOf(person);
    const after = withSurname(book, surname);
    const at = after.findIndex((other) => book.people.indexOf(other) > order);
    after.splice(at < 0 ? after.length : at, 0, person);
  }
  person.surname = surname;
}

/** Makes `alias` another name of `person`. */
export function addAlias(book: SpeakerBook, person: PersonEntry, alias: string): void {
  if (alias === person.name || person.aliases.includes(alias)) return;
  person.aliases.push(alias);
  const folded = fold(book, alias);
  if (!book.byName.has(folded)) book.byName.set(folded, person);
}

/** Marks a quote as attributed; false when it already was (the same block, start and end). */
function take(book: SpeakerBook, quote: Quote): boolean {
  let starts = book.taken.get(quote.blockId);
  if (!starts) book.taken.set(quote.blockId, (starts = new Map()));
  let ends = starts.get(quote.start);
  if (!ends) starts.set(quote.start, (ends = new Set()));
  if (ends.has(quote.end)) return false;
  ends.add(quote.end);
  return true;
}

/** Attributes a quote to a person (once per quote) and makes them the last speaker. */
export function attributeToPerson(book: SpeakerBook, person: PersonEntry, quote: Quote): void {
  if (quote.end <= quote.start || !take(book, quote)) return;
  person.quotes.push(quote);
  book.lastSpeaker = person;
  book.lastMentioned = person;
}

/** Attributes a quote to an organisation speaking as a body (外交部, the Pentagon). */
export function attributeToOrg(book: SpeakerBook, name: string, quote: Quote): void {
  if (quote.end <= quote.start || !take(book, quote)) return;
  const folded = fold(book, name);
  let org = book.orgs.get(folded);
  if (!org) {
    org = { name, quotes: [] };
    book.orgs.set(folded, org);
  }
  org.quotes.push(quote);
}

/** The book as response fragments: people who said something, in order of their first statement. */
export function speakersOf(book: SpeakerBook): { speakers: Speaker[]; orgSpeakers: OrgSpeaker[] } {
  const speakers = book.people
    .filter((person) => person.quotes.length > 0)
    .map((person) => ({
      name: person.name,
      aliases: [...person.aliases],
      role: person.role,
      org: person.org,
      quotes: [...person.quotes],
    }));
  return { speakers, orgSpeakers: [...book.orgs.values()].filter((org) => org.quotes.length > 0) };
}
