import { performance } from 'node:perf_hooks';
import { AnalyzeResponse } from '../../shared/schema/index.ts';
import { describeFailure, type Exchange, type LoadClient } from './http-client.ts';
import { summarize, type LatencySummary } from './latency-stats.ts';
import { underUniqueUrl, type LoadPage } from './payloads.ts';
import { createdId, createShare, shareBody } from './share-requests.ts';

/** The Worker's header saying whether an analysis came from its cache (worker/cache/analysis-cache.ts). */
const CACHE_HEADER = 'x-lens-cache';
/** How many distinct error messages a report keeps (the counts are always complete). */
const ERROR_SAMPLES = 10;

/**
 * One step of the mix. Analyze alternates between the same request again (`cached`: answered from the
 * Worker's cache, what a reader reopening an article costs) and the same article under a new URL
 * (`fresh`: a cache miss, so the analysis really runs — what new articles cost). Shares are created and
 * read back in equal numbers. Eight steps, repeated by every connection from a different starting point.
 */
type Step =
  | { kind: 'analyze'; page: number; fresh: boolean }
  | { kind: 'share-create' }
  | { kind: 'share-read' };

const SCHEDULE: readonly Step[] = [
  { kind: 'analyze', page: 0, fresh: true },
  { kind: 'share-create' },
  { kind: 'analyze', page: 1, fresh: false },
  { kind: 'share-read' },
  { kind: 'analyze', page: 0, fresh: false },
  { kind: 'share-read' },
  { kind: 'analyze', page: 1, fresh: true },
  { kind: 'share-create' },
];

export interface MixRow extends LatencySummary {
  /** "analyze seed · miss", "share create", … (analyze rows are split by the cache header received). */
  label: string;
}

export interface MixResult {
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  perSecond: number;
  rows: MixRow[];
  /** Error counts by message: status and route, or the connection failure. */
  errorSamples: Record<string, number>;
}

interface Tally {
  latencies: number[];
  errors: number;
}

/**
 * `seconds` of load at `connections` concurrent connections: each connection sends its next request as
 * soon as the previous one is answered. Every answer is checked — status, JSON, schema or identity — and
 * anything unexpected (a 429 included) is an error. Requests already sent when time is up still count.
 * `analyses` (from warmUp) are what the shares carry.
 */
export async function runMix(
  client: LoadClient,
  pages: readonly LoadPage[],
  analyses: readonly string[],
  options: { seconds: number; connections: number; log: (line: string) => void },
): Promise<MixResult> {
  // Shares read during the mix: every one created, starting with one per page so reads never wait.
  const shared: { id: string; url: string }[] = [];
  for (const [index, analysis] of analyses.entries()) {
    const created = await createShare(client, `https://load.invalid/share/warm-${index}`, analysis);
    if (!created.id) throw new Error(`warm-up share create failed: ${created.error}`);
    shared.push({ id: created.id, url: `https://load.invalid/share/warm-${index}` });
  }

  const tallies = new Map<string, Tally>();
  const errorSamples: Record<string, number> = {};
  const record = (label: string, exchange: Exchange, error: string | null) => {
    const tally = tallies.get(label) ?? { latencies: [], errors: 0 };
    tallies.set(label, tally);
    tally.latencies.push(exchange.ms);
    if (error !== null) {
      tally.errors += 1;
      if (error in errorSamples || Object.keys(errorSamples).length < ERROR_SAMPLES) errorSamples[error] = (errorSamples[error] ?? 0) + 1;
    }
  };

  let serial = 0;
  let sent = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1_000;
  const progress = setInterval(() => options.log(`  ${Math.round((performance.now() - started) / 1_000)} s: ${sent} requests, ${failed} errors`), 10_000);

  const connection = async (offset: number) => {
    for (let turn = offset; performance.now() < deadline; turn += 1) {
      const step = SCHEDULE[turn % SCHEDULE.length] as Step;
      serial += 1;
      const mine = serial;
      sent += 1;
      let outcome: { label: string; exchange: Exchange; error: string | null };
      if (step.kind === 'analyze') {
        const page = pages[step.page] as LoadPage;
        const request = step.fresh ? underUniqueUrl(page.request, page.name, mine) : page.request;
        const exchange = await client.request('POST', '/v1/analyze', JSON.stringify(request));
        // Rows by what the Worker said: hit or miss; a refused request has no cache status.
        const cache = exchange.status === 200 ? String(exchange.headers[CACHE_HEADER] ?? 'no cache header') : 'failed';
        outcome = { label: `analyze ${page.name} · ${cache}`, exchange, error: checkAnalysis(exchange) };
      } else if (step.kind === 'share-create') {
        const url = `https://load.invalid/share/${mine}`;
        const body = shareBody(url, analyses[mine % analyses.length] as string);
        const exchange = await client.request('POST', '/v1/shares', body);
        const id = createdId(exchange);
        if (id) shared.push({ id, url });
        outcome = { label: 'share create', exchange, error: id ? null : describeFailure('POST /v1/shares', exchange, 201) };
      } else {
        const target = shared[mine % shared.length] as { id: string; url: string };
        const exchange = await client.request('GET', `/v1/shares/${target.id}`);
        outcome = { label: 'share read', exchange, error: checkShareRead(exchange, target) };
      }
      if (outcome.error !== null) failed += 1;
      record(outcome.label, outcome.exchange, outcome.error);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => connection(index)));
  clearInterval(progress);

  const seconds = (performance.now() - started) / 1_000;
  const rows = [...tallies.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, tally]) => ({ label, ...summarize(tally.latencies, tally.errors, seconds) }));
  const requests = rows.reduce((sum, row) => sum + row.count, 0);
  return {
    seconds: Math.round(seconds * 10) / 10,
    connections: options.connections,
    requests,
    errors: rows.reduce((sum, row) => sum + row.errors, 0),
    perSecond: Math.round((requests / seconds) * 10) / 10,
    rows,
    errorSamples,
  };
}

/**
 * Before the clock starts: each page analysed once (a miss, which fills the cache, so the `cached`
 * steps are hits from the first) and once more to check the hit. Returns each page's analysis JSON,
 * the payload of the shares. Throws when the Worker cannot do this much: a load run would be meaningless.
 */
export async function warmUp(client: LoadClient, pages: readonly LoadPage[]): Promise<string[]> {
  const analyses: string[] = [];
  for (const page of pages) {
    const body = JSON.stringify(page.request);
    const first = await client.request('POST', '/v1/analyze', body);
    const problem = checkAnalysis(first);
    if (problem) throw new Error(`warm-up analyze of ${page.name} failed: ${problem}`);
    const again = await client.request('POST', '/v1/analyze', body);
    if (again.headers[CACHE_HEADER] !== 'hit' || again.body !== first.body) {
      throw new Error(`warm-up: the second identical analyze of ${page.name} was not answered from the cache (${CACHE_HEADER}: ${String(again.headers[CACHE_HEADER])})`);
    }
    analyses.push(first.body);
  }
  return analyses;
}

/** null when the exchange is a 200 whose body is a valid AnalyzeResponse; otherwise what is wrong. */
function checkAnalysis(exchange: Exchange): string | null {
  if (exchange.status !== 200) return describeFailure('POST /v1/analyze', exchange, 200);
  try {
    return AnalyzeResponse.safeParse(JSON.parse(exchange.body)).success ? null : 'POST /v1/analyze: 200 but the body is not an AnalyzeResponse';
  } catch {
    return 'POST /v1/analyze: 200 but the body is not JSON';
  }
}

/** null when GET /v1/shares/:id answered 200 with that share (its id and article URL); otherwise what is wrong. */
function checkShareRead(exchange: Exchange, expected: { id: string; url: string }): string | null {
  if (exchange.status !== 200) return describeFailure('GET /v1/shares/:id', exchange, 200);
  try {
    const record = JSON.parse(exchange.body) as { id?: unknown; url?: unknown };
    return record.id === expected.id && record.url === expected.url ? null : 'GET /v1/shares/:id: 200 but another share came back';
  } catch {
    return 'GET /v1/shares/:id: 200 but the body is not JSON';
  }
}
