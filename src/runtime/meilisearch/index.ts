/**
 * The project's Meilisearch process: found, started, watched and stopped here. src/lib/search never
 * imports this folder: scripts/ (and tests) get a connection from resolveServer() and hand it to
 * src/lib/search, whose adminClient() (meili-client.ts) makes the client; scripts/commands/meili.ts
 * drives the rest.
 */
export { PINNED_MEILISEARCH, resolveBinary, type ResolvedBinary, type BinarySource } from './binary.ts';
export {
  adminClient,
  checkAdminKey,
  isHealthy,
  type KeyCheck,
  type MeiliConnection,
} from '../../lib/search/meili-client.ts';
export { MeiliServerError } from '../../lib/search/meili-server-error.ts';
export { defaultDataDir, repoRoot, serverPaths, type ServerPaths } from './paths.ts';
export { resolveServer, type ResolveOptions } from './resolve.ts';
export { startServer, type MeiliEnv, type StartedServer, type StartOptions } from './start.ts';
export { serverStatus, type ServerStatus } from './status.ts';
export { stopServer, type StopOptions, type StopResult } from './stop.ts';
