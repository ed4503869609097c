/**
 * The Worker's recent answers, so reopening the sidebar on a page already analysed (after a reload, in
 * another tab) shows the same analysis without sending the article again (issue 6 item 4). Bounded in
 * count (the least recently used entry goes first) and in time (an entry expires an hour after it was
 * stored, however often it is read). Only the Worker's own analyses are kept — never a local fallback
 * (the next open should try the Worker again) and never an error.
 *
 * Where the entries live is injected: the background hands it the `session:` storage item, which
 * outlives the MV3 service worker being stopped and is cleared when the browser closes; tests hand it an
 * object. Whatever is read back is checked: an entry that is not what this code wrote (another version,
 * a corrupt value) is a miss and is dropped. A storage failure is a miss or a skipped write: the cache
 * can make an answer faster, never make it fail.
 *
 * @example
 *   const recent = new RecentAnalyses(sessionStore);
 *   const hit = await recent.get(key);           // AnalyzeResponse | null
 *   if (!hit) await recent.put(key, fromWorker);
 */
import * as z from 'zod';
import { AnalyzeResponse } from '../../shared/schema/index.ts';

/** A reader has a handful of articles open at a time; twenty covers them and their reloads. */
export const RECENT_ANALYSES_MAX = 20;
/** An hour: long enough for a reading session, short enough that a page's later edits are not hidden for long. */
export const RECENT_ANALYSES_TTL_MS = 60 * 60 * 1000;

/**
 * One remembered answer as stored. `analysis` is an AnalyzeResponse when this code wrote it, but is
 * checked against the contract again when it is a hit.
 */
export interface RecentAnalysis {
  key: string;
  /** `Date.now()` when the Worker's answer was stored. */
  storedAt: number;
  analysis: unknown;
}

/** Where the list lives: read gives back whatever was last written (or nothing). */
export interface RecentAnalysesStore {
  read(): Promise<unknown>;
  write(entries: RecentAnalysis[]): Promise<void>;
}

export interface RecentAnalysesOptions {
  max?: number;
  ttlMs?: number;
  /** Injected in tests; Date.now otherwise. */
  now?: () => number;
}

/**
 * The shape of an entry as read back; the analysis itself is checked against the contract only when it
 * is a hit, so a read does not validate twenty analyses to use one.
 */
const StoredEntry = z.object({ key: z.string().min(1), storedAt: z.number(), analysis: z.unknown() });

export class RecentAnalyses {
  readonly #store: RecentAnalysesStore;
  readonly #max: number;
  readonly #ttlMs: number;
  readonly #now: () => number;
  /** Every read-modify-write runs after the previous one, so two tabs opening at once lose no entry. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: RecentAnalysesStore, options: RecentAnalysesOptions = {}) {
    this.#store = store;
    this.#max = options.max ?? RECENT_ANALYSES_MAX;
    this.#ttlMs = options.ttlMs ?? RECENT_ANALYSES_TTL_MS;
    this.#now = options.now ?? Date.now;
  }

  /** The Worker's analysis stored under this key, fresh and valid, or null. A hit becomes the most recent. */
  get(key: string): Promise<AnalyzeResponse | null> {
    return this.#serially(async () => {
      const { entries, pruned } = await this.#readFresh();
      const at = entries.findIndex((entry) => entry.key === key);
      const entry = at < 0 ? undefined : entries.splice(at, 1)[0];
      if (!entry) {
        if (pruned) await this.#write(entries);
        return null;
      }
      const analysis = AnalyzeResponse.safeParse(entry.analysis);
      // A hit moves to the end (most recent); an entry that fails the contract is dropped.
      if (analysis.success) entries.push({ ...entry, analysis: analysis.data });
      await this.#write(entries);
      return analysis.success ? analysis.data : null;
    }, null);
  }

  /** Remembers the Worker's analysis under this key, as the most recent; the least recent go past `max`. */
  put(key: string, analysis: AnalyzeResponse): Promise<void> {
    return this.#serially(async () => {
      const entries = (await this.#readFresh()).entries.filter((entry) => entry.key !== key);
      entries.push({ key, storedAt: this.#now(), analysis });
      await this.#write(entries.slice(-this.#max));
    }, undefined);
  }

  /** Entries that are well formed and not expired, least recently used first; `pruned` if any were not. */
  async #readFresh(): Promise<{ entries: RecentAnalysis[]; pruned: boolean }> {
    const stored = await this.#store.read();
    const list: unknown[] = Array.isArray(stored) ? stored : [];
    const now = this.#now();
    const entries: RecentAnalysis[] = [];
    for (const item of list) {
      const entry = StoredEntry.safeParse(item);
      // A storedAt in the future (the clock went back) cannot be trusted to expire: drop it.
      if (entry.success && entry.data.storedAt <= now && now - entry.data.storedAt < this.#ttlMs) entries.push(entry.data);
    }
    return { entries, pruned: entries.length !== list.length };
  }

  /**
   * Writes the list; if the storage area refuses it (its quota: 10 MB in Chrome since 112, 1 MB before),
   * keeps only the most recent entry rather than nothing.
   */
  async #write(entries: RecentAnalysis[]): Promise<void> {
    try {
      await this.#store.write(entries);
    } catch {
      await this.#store.write(entries.slice(-1));
    }
  }

  #serially<T>(task: () => Promise<T>, onFailure: T): Promise<T> {
    const run = this.#queue.then(task).catch(() => onFailure);
    this.#queue = run;
    return run;
  }
}
