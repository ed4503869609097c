import * as z from 'zod';
import { ShareId, ShareRecord, type ShareCreateRequest } from '../../shared/schema/index.ts';
import { ApiError } from '../api-error.ts';
import { deleteTokenMatches, hashDeleteToken } from './delete-token.ts';
import { randomBase64url } from './random-base64url.ts';
import { shareTtlSeconds } from './share-ttl.ts';

/** 128 bits: unguessable (issue 5), 22 base64url characters. */
const ID_BYTES = 16;
/** 256 bits: the token is the only thing that authorises a delete. */
const DELETE_TOKEN_BYTES = 32;
/** Keys carry a prefix so the namespace can hold other kinds of record later without collisions. */
const KEY_PREFIX = 'share:';

/** A SHA-256 digest (32 bytes) in unpadded base64url: 43 characters. */
const SHA256_BASE64URL = /^[A-Za-z0-9_-]{43}$/;

/**
 * What KV holds: the public record plus the SHA-256 of the delete token (never the token). Validated
 * on every read — a record written by an older version, or corrupted, reads as missing, not as a 500.
 */
const StoredShare = ShareRecord.extend({ deleteTokenHash: z.string().regex(SHA256_BASE64URL) });
type StoredShare = z.infer<typeof StoredShare>;

/**
 * The part of a KV namespace the store uses. A real `KVNamespace` fits; so does a small fake in a
 * test that needs storage to fail.
 */
export interface ShareNamespace {
  get(key: string, type: 'text'): Promise<string | null>;
  put(key: string, value: string, options: { expirationTtl: number }): Promise<void>;
  delete(key: string): Promise<void>;
}

export type DeleteOutcome = 'deleted' | 'not_found' | 'forbidden';

/**
 * Shares in KV. Every storage failure surfaces as `ApiError(503, 'unavailable')`, which the Worker's
 * one error mapper sends as the shared error JSON; nothing else about KV leaks to the routes.
 *
 * @example
 * const store = new ShareStore(env.SHARES);
 * const { record, deleteToken } = await store.create({ url, analysis });
 * await store.get(record.id); // the record, or null
 */
export class ShareStore {
  readonly #namespace: ShareNamespace;
  readonly #ttlSeconds: number;
  readonly #now: () => Date;

  constructor(namespace: ShareNamespace, options: { ttlSeconds?: number; now?: () => Date } = {}) {
    this.#namespace = namespace;
    this.#ttlSeconds = options.ttlSeconds ?? shareTtlSeconds(undefined);
    this.#now = options.now ?? (() => new Date());
  }

  /** Stores a new share under a fresh random id; returns it with the delete token (shown only here). */
  async create(request: ShareCreateRequest): Promise<{ record: ShareRecord; deleteToken: string }> {
    const id = randomBase64url(ID_BYTES);
    const deleteToken = randomBase64url(DELETE_TOKEN_BYTES);
    const created = this.#now();
    const record: ShareRecord = {
      id,
      url: request.url,
      analysis: request.analysis,
      createdAt: created.toISOString(),
      expiresAt: new Date(created.getTime() + this.#ttlSeconds * 1000).toISOString(),
    };
    const stored: StoredShare = { ...record, deleteTokenHash: await hashDeleteToken(deleteToken) };
    // KV itself forgets the key after the TTL; expiresAt only tells readers when.
    await this.#storage(() => this.#namespace.put(KEY_PREFIX + id, JSON.stringify(stored), { expirationTtl: this.#ttlSeconds }));
    return { record, deleteToken };
  }

  /** The share with this id, or null when there is none (unknown, malformed, expired or unreadable id). */
  async get(id: string): Promise<ShareRecord | null> {
    const stored = await this.#read(id);
    if (!stored) return null;
    const { deleteTokenHash: _hidden, ...record } = stored;
    return record;
  }

  /** Deletes the share if `deleteToken` is the one `create` returned for it. */
  async delete(id: string, deleteToken: string): Promise<DeleteOutcome> {
    const stored = await this.#read(id);
    if (!stored) return 'not_found';
    if (!(await deleteTokenMatches(deleteToken, stored.deleteTokenHash))) return 'forbidden';
    await this.#storage(() => this.#namespace.delete(KEY_PREFIX + id));
    return 'deleted';
  }

  async #read(id: string): Promise<StoredShare | null> {
    // The id's shape is checked before KV is asked: a malformed id costs no read.
    if (!ShareId.safeParse(id).success) return null;
    const text = await this.#storage(() => this.#namespace.get(KEY_PREFIX + id, 'text'));
    if (text === null) return null;
    const parsed = StoredShare.safeParse(parseJson(text));
    if (!parsed.success || parsed.data.id !== id) {
      console.error(`share ${id}: stored record is unreadable; answering not found`);
      return null;
    }
    // KV drops expired keys lazily (up to a minute late); the record says exactly when it ended.
    if (Date.parse(parsed.data.expiresAt) <= this.#now().getTime()) return null;
    return parsed.data;
  }

  async #storage<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      // The message only: KV errors never contain share content, but the stack is noise here.
      console.error('share storage failed:', error instanceof Error ? error.message : String(error));
      throw new ApiError(503, 'unavailable', 'Share storage is unavailable right now; try again shortly.');
    }
  }
}

/** JSON.parse that answers undefined for text that is not JSON (which the schema then rejects). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The store for a request's bindings: the SHARES namespace and the SHARE_TTL_DAYS variable if set
 * (wrangler.toml [vars]; optional here so the Worker runs without it).
 */
export function shareStoreFor(env: Pick<Env, 'SHARES'> & { SHARE_TTL_DAYS?: string }): ShareStore {
  return new ShareStore(env.SHARES, { ttlSeconds: shareTtlSeconds(env.SHARE_TTL_DAYS) });
}
