import { Command } from 'commander';
import { reportError } from './commands/report-error.ts';
import { guardTerminal } from './commands/terminal.ts';

type Register = (program: Command) => void;

/**
 * Every `chithi` command and the module that defines it. Listed, not discovered: a command's
 * module (and what it imports — the comparison engine, the site builder) is loaded only when that
 * command runs, so `chithi search` starts without loading the comparison engine. `--help` and an
 * unknown command load them all, to list them.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  parse: async () => (await import('./commands/parse.ts')).registerParse,
  ingest: async () => (await import('./commands/ingest.ts')).registerIngest,
  meili: async () => (await import('./commands/meili.ts')).registerMeili,
  index: async () => (await import('./commands/index.ts')).registerIndex,
  search: async () => (await import('./commands/search.ts')).registerSearch,
  compare: async () => (await import('./commands/compare.ts')).registerCompare,
  precedent: async () => (await import('./commands/precedent.ts')).registerPrecedent,
  synthetic: async () => (await import('./commands/synthetic.ts')).registerSynthetic,
  start: async () => (await import('./commands/start.ts')).registerStart,
  dev: async () => (await import('./commands/dev.ts')).registerDev,
};

/** Builds the `chithi` command line with the commands named in argv (all of them for help). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('chithi')
    .description('Covid-19 directives of Vietnam’s provinces: parse, index, search, compare')
    .showHelpAfterError()
    .exitOverride();
  const named = argv[2];
  const wanted = named !== undefined && named in COMMANDS ? [named] : Object.keys(COMMANDS);
  for (const name of wanted) (await COMMANDS[name]!())(program);
  return program;
}

/** Runs the CLI; every error ends here, as one message and a non-zero exit status. */
export async function main(argv: string[]): Promise<void> {
  guardTerminal();
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}
