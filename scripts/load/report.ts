import type { CreateResult, ReadBackResult } from './durability.ts';
import type { LatencySummary } from './latency-stats.ts';
import type { LimiterResult } from './measure-limiter.ts';
import type { MixResult } from './run-mix.ts';

/** Everything one `npm run load` measured; `--json` prints it as one line. */
export interface LoadReport {
  date: string;
  /** `loadAverage`: the machine's 1/5/15-minute load averages when the run started and ended — other work on
   * the same cores slows the Worker, so figures from a busy machine say so. */
  machine: { cpus: number; cpuModel: string; node: string; loadAverage: { start: number[]; end?: number[] } };
  /** CPU seconds this load client used (user + system): it shares the cores with the Worker it measures. */
  clientCpuSeconds?: number;
  worker: { origin: string; env: string | null; started: boolean };
  pages?: { name: string; file: string; requestBytes: number; blocks: number }[];
  mix?: MixResult;
  durability?: {
    count: number;
    create: Omit<CreateResult, 'shares'>;
    readBack: ReadBackResult;
    /** The same reads after wrangler dev was stopped and started again on the same KV directory. */
    afterRestart?: ReadBackResult;
    lost: number;
    mismatched: number;
  };
  limiter?: LimiterResult;
  ok: boolean;
}

const formatLoad = (averages: readonly number[]) => averages.map((average) => average.toFixed(2)).join(' / ');

/** Fixed-width columns; the first is left-aligned, the rest right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const latencyCells = (summary: LatencySummary) => [String(summary.count), String(summary.errors), summary.perSecond.toFixed(1), summary.p50Ms.toFixed(1), summary.p99Ms.toFixed(1), summary.maxMs.toFixed(1)];
const LATENCY_HEADER = ['requests', 'errors', 'req/s', 'p50 ms', 'p99 ms', 'max ms'];

function errorLines(samples: Record<string, number>): string[] {
  return Object.entries(samples).map(([message, count]) => `  ✖ ${count}× ${message}`);
}

/** The human summary: what ran where, one table per phase, and the verdict. */
export function formatReport(report: LoadReport): string {
  const out: string[] = [
    `Article Lens load — ${report.date} — ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}`,
    `Load average (1/5/15 min): ${formatLoad(report.machine.loadAverage.start)} at the start, ${report.machine.loadAverage.end ? formatLoad(report.machine.loadAverage.end) : '?'} at the end`,
    `Load client CPU: ${report.clientCpuSeconds?.toFixed(1) ?? '?'} s (it shares the cores with the Worker)`,
    `Worker: ${report.worker.origin} (${report.worker.started ? `wrangler dev started by this run, ${report.worker.env ? `--env ${report.worker.env}` : 'production settings'}` : 'already running, with its own settings'})`,
  ];
  for (const page of report.pages ?? []) out.push(`  page ${page.name}: ${page.blocks} blocks, ${page.requestBytes} bytes of request (${page.file})`);
  if (report.mix) {
    const mix = report.mix;
    out.push('', `Mix: ${mix.seconds} s at ${mix.connections} connections — ${mix.requests} requests, ${mix.perSecond} req/s, ${mix.errors} errors`);
    out.push(table(['kind', ...LATENCY_HEADER], mix.rows.map((row) => [row.label, ...latencyCells(row)])));
    out.push(...errorLines(mix.errorSamples));
  }
  if (report.durability) {
    const durability = report.durability;
    out.push('', `Durability: ${durability.count} shares created, read back, compared deep-equal`);
    const rows: string[][] = [['create', ...latencyCells(durability.create.latency), '', '']];
    const readRow = (label: string, result: ReadBackResult) => [label, ...latencyCells(result.latency), String(result.lost), String(result.mismatched)];
    rows.push(readRow('read back', durability.readBack));
    if (durability.afterRestart) rows.push(readRow('read after restart', durability.afterRestart));
    out.push(table(['step', ...LATENCY_HEADER, 'lost', 'mismatched'], rows));
    out.push(...errorLines({ ...durability.create.errorSamples, ...durability.readBack.errorSamples, ...durability.afterRestart?.errorSamples }));
    out.push(`  lost ${durability.lost}, mismatched ${durability.mismatched}`);
  }
  if (report.limiter) {
    out.push('', 'Rate limiter (production limits from wrangler.toml, one client, one request at a time):');
    out.push(
      table(
        ['route', 'allowed', 'then', 'Retry-After', 'code', 'ms'],
        report.limiter.routes.map((route) => [route.route, String(route.allowed), String(route.refusedStatus ?? 'never'), route.retryAfter ?? '—', route.errorCode ?? '—', String(route.ms)]),
      ),
    );
    out.push(`  GET /v1/shares/:id while share creation is limited: ${report.limiter.readWhileLimited ?? 'not tried'}`);
  }
  out.push('', report.ok ? '✔ OK' : '✖ FAILED (see above)');
  return out.join('\n');
}
