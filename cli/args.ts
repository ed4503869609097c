/** What the user asked for on the command line. */
export type Command =
  | { kind: 'help' }
  | { kind: 'run'; command: 'analyze' | 'detect'; json: boolean; inputs: string[] }
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: lens <command> [--json] FILE|URL...

Commands:
  analyze   detect, extract and analyse each page: summary, outline, speakers, terms
  detect    say whether each page is an article, with a score and reasons

Inputs: .html or .html.gz files, or http(s) URLs. Legacy charsets (GBK, GB2312, GB18030, Big5)
are decoded, also when the page declares the wrong one.

Options:
  --json    one JSON line per input, in input order
  -h, --help  show this help

Exit status: 0 when every input succeeded, 1 when any input failed, 2 on a usage error.`;

/** Parses argv (without the node and script paths). Flags may appear anywhere; "--" ends them. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze' && command !== 'detect') return { kind: 'usage-error', message: `unknown command: ${command}` };
  let json = false;
  const inputs: string[] = [];
  let flagsDone = false;
  for (const arg of rest) {
    if (!flagsDone && arg === '--') flagsDone = true;
    else if (!flagsDone && arg === '--json') json = true;
    else if (!flagsDone && arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `unknown option: ${arg}` };
    else inputs.push(arg);
  }
  if (inputs.length === 0) return { kind: 'usage-error', message: `${command}: give at least one FILE or URL` };
  return { kind: 'run', command, json, inputs };
}
