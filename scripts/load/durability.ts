import { isDeepStrictEqual } from 'node:util';
import { ShareRecord } from '../../shared/schema/index.ts';
import { describeFailure, type LoadClient } from './http-client.ts';
import { summarize, type LatencySummary } from './latency-stats.ts';
import { createShare } from './share-requests.ts';

/** A share as created: what was sent, and what the Worker answered. */
export interface CreatedShare {
  id: string;
  url: string;
  /** The analysis exactly as sent (parsed from the JSON that was posted). */
  analysis: unknown;
  expiresAt: string;
}

export interface CreateResult {
  shares: CreatedShare[];
  errors: number;
  errorSamples: Record<string, number>;
  latency: LatencySummary;
}

export interface ReadBackResult {
  read: number;
  /** 404: the share is gone. */
  lost: number;
  /** 200, but not the share that was created (id, article URL, analysis or expiry differ, or an invalid record). */
  mismatched: number;
  /** Any other answer (5xx, no answer): neither confirmed nor lost. */
  errors: number;
  errorSamples: Record<string, number>;
  latency: LatencySummary;
}

/**
 * Creates `count` shares, `connections` at a time, each under its own article URL and alternating
 * between the analyses given, so a share read back under the wrong id can never compare equal.
 */
export async function createShares(client: LoadClient, count: number, analysesJson: readonly string[], connections: number): Promise<CreateResult> {
  const shares: CreatedShare[] = [];
  const latencies: number[] = [];
  const errorSamples: Record<string, number> = {};
  let errors = 0;
  // Parsed once per analysis: a thousand copies of the large page's analysis would only cost memory.
  const analyses = analysesJson.map((json) => JSON.parse(json) as unknown);
  const started = Date.now();
  await inParallel(count, connections, async (index) => {
    const url = `https://load.invalid/durability/${index}`;
    const analysisJson = analysesJson[index % analysesJson.length] as string;
    const created = await createShare(client, url, analysisJson);
    latencies.push(created.ms);
    if (!created.id || !created.expiresAt) {
      errors += 1;
      const message = created.error ?? 'POST /v1/shares: 201 without expiresAt';
      errorSamples[message] = (errorSamples[message] ?? 0) + 1;
      return;
    }
    shares.push({ id: created.id, url, analysis: analyses[index % analyses.length], expiresAt: created.expiresAt });
  });
  return { shares, errors, errorSamples, latency: summarize(latencies, errors, (Date.now() - started) / 1_000) };
}

/**
 * Reads every share back with GET /v1/shares/:id and compares it deep-equal with what was created:
 * the record must pass the shared ShareRecord schema (as the extension would check it) and carry the
 * same id, article URL, analysis and expiry.
 */
export async function readBack(client: LoadClient, shares: readonly CreatedShare[], connections: number): Promise<ReadBackResult> {
  const latencies: number[] = [];
  const errorSamples: Record<string, number> = {};
  const result = { read: 0, lost: 0, mismatched: 0, errors: 0 };
  const started = Date.now();
  await inParallel(shares.length, connections, async (index) => {
    const share = shares[index] as CreatedShare;
    const exchange = await client.request('GET', `/v1/shares/${share.id}`);
    latencies.push(exchange.ms);
    if (exchange.status === 404) {
      result.lost += 1;
      return;
    }
    if (exchange.status !== 200) {
      result.errors += 1;
      const message = describeFailure('GET /v1/shares/:id', exchange, 200);
      errorSamples[message] = (errorSamples[message] ?? 0) + 1;
      return;
    }
    result.read += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(exchange.body);
    } catch {
      result.mismatched += 1;
      return;
    }
    const record = ShareRecord.safeParse(parsed);
    const same =
      record.success &&
      record.data.id === share.id &&
      record.data.url === share.url &&
      record.data.expiresAt === share.expiresAt &&
      // The raw JSON, not zod's copy: a field the schema would strip must not hide a difference.
      isDeepStrictEqual((parsed as { analysis?: unknown }).analysis, share.analysis);
    if (!same) result.mismatched += 1;
  });
  return { ...result, errorSamples, latency: summarize(latencies, result.errors, (Date.now() - started) / 1_000) };
}

/** Runs `task(0 … count-1)` with at most `width` running at once. */
async function inParallel(count: number, width: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, lane));
}
