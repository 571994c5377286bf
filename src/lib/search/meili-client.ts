import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';

/**
 * How every part of src/lib/search reaches Meilisearch; made by resolveServer() (src/runtime/meilisearch/)
 * and passed in by its caller, so src/lib never imports the process manager.
 */
export interface MeiliConnection {
  /** e.g. "http://127.0.0.1:41237". */
  readonly host: string;
  /** The master key (or an admin key of an external server): never print or log it. */
  readonly masterKey: string;
  /** True for the project's own process in .chithi/meili/, false for MEILI_HOST. */
  readonly managed: boolean;
  /** What the reader should hear from starting it, e.g. that its usual port was taken. */
  readonly notes?: readonly string[];
}

/** A client with full rights, for indexing, settings and key management. */
export function adminClient(
  connection: Pick<MeiliConnection, 'host' | 'masterKey'>,
  options: { timeoutMs?: number } = {},
): Meilisearch {
  return new Meilisearch({
    host: connection.host,
    apiKey: connection.masterKey,
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
  });
}

/** `/health` answers without a key; a short timeout keeps a hung server from hanging us. */
export function isHealthy(host: string, timeoutMs = 1000): Promise<boolean> {
  return new Meilisearch({ host, timeout: timeoutMs }).isHealthy();
}

/** The outcome of trying `key` on an admin-only route (`GET /keys`). */
export type KeyCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'refused'; readonly status: number; readonly code: string }
  | { readonly ok: false; readonly reason: 'unreachable'; readonly detail: string };

/** Cheapest call that proves admin rights: one key, listed. */
export async function checkAdminKey(host: string, key: string, timeoutMs = 3000): Promise<KeyCheck> {
  try {
    await adminClient({ host, masterKey: key }, { timeoutMs }).getKeys({ limit: 1 });
    return { ok: true };
  } catch (error) {
    if (error instanceof MeilisearchApiError && [401, 403].includes(error.response.status)) {
      return { ok: false, reason: 'refused', status: error.response.status, code: error.cause?.code ?? '' };
    }
    if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
      return { ok: false, reason: 'unreachable', detail: describe(error) };
    }
    throw error;
  }
}

function describe(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const inner = cause instanceof Error ? cause.message : '';
  return [error instanceof Error ? error.message : String(error), inner].filter(Boolean).join(': ');
}
