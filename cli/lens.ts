#!/usr/bin/env node
/**
 * lens — Article Lens on the command line: the same detection, extraction and analysis code as the
 * extension and the Worker, on saved pages (.html, .html.gz) or URLs. Run by Node 24 (type stripping).
 *
 *   npx lens analyze [--json] FILE|URL...
 *   npx lens detect  [--json] FILE|URL...
 */
import { parseArgs, USAGE } from './args.ts';
import { formatAnalyzeReport, formatDetectReport } from './report.ts';
import { analyzeInput, detectInput } from './run-input.ts';

async function main(argv: readonly string[]): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    console.log(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (command.kind === 'usage-error') {
    console.error(`lens: ${command.message}\n\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  // Inputs run one after another so output order is input order and memory stays flat.
  for (const input of command.inputs) {
    if (command.command === 'detect') {
      const outcome = await detectInput(input);
      if (outcome.error) {
        failed += 1;
        console.error(`lens: ${outcome.error.message}`);
      }
      if (command.json) {
        const line = outcome.detection ? { input, ...outcome.detection } : { input, isArticle: null, score: null, reasons: [], error: outcome.error };
        console.log(JSON.stringify(line));
      } else if (outcome.detection) {
        console.log(formatDetectReport(outcome));
      }
    } else {
      const outcome = await analyzeInput(input);
      if (outcome.error) {
        failed += 1;
        console.error(`lens: ${outcome.error.message}`);
      }
      if (command.json) {
        const { warnings: _warnings, ...line } = outcome;
        console.log(JSON.stringify(line));
      } else if (outcome.analysis || outcome.detection) {
        console.log(formatAnalyzeReport(outcome) + '\n');
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
