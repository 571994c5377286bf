#!/usr/bin/env node
// The `chithi` command. The CLI is TypeScript; tsx compiles it on the fly so that a fresh clone
// needs no build step before `npx chithi …` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
await main(process.argv);
