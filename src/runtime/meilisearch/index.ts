/**
 * Running and reaching Meilisearch. The rest of src/lib/search gets its connection from
 * resolveServer() and its client from adminClient(); scripts/commands/meili.ts drives the rest.
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
