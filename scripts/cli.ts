import { Command } from 'commander';
import { registerParse } from './commands/parse.ts';
import { registerIngest } from './commands/ingest.ts';

/** Builds the `chithi` command line; each subcommand lives in scripts/commands/. */
export function buildProgram(): Command {
  const program = new Command('chithi')
    .description('Covid-19 directives of Vietnam’s provinces: parse, index, search, compare')
    .showHelpAfterError();
  registerParse(program);
  registerIngest(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
