import { Command } from 'commander';
import { readdirSync } from 'node:fs';

/**
 * Builds the `chithi` command line. Each file in scripts/commands/ adds its subcommands through
 * the functions it exports as `register…(program)`, so a new command is a new file, not an edit here.
 */
export async function buildProgram(): Promise<Command> {
  const program = new Command('chithi')
    .description('Covid-19 directives of Vietnam’s provinces: parse, index, search, compare')
    .showHelpAfterError();
  const dir = new URL('./commands/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const file of files) {
    const module = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (name.startsWith('register') && typeof value === 'function') (value as (p: Command) => void)(program);
    }
  }
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = await buildProgram();
  await program.parseAsync(argv);
}
