/**
 * A `fetch` over node:http with a keep-alive agent, installed for the search benchmarks only.
 *
 * Why: on this machine, Node 20's built-in fetch (undici 6) waits ~40 ms on every keep-alive
 * request whose response is more than a few KB — Meilisearch sends the headers and body as two
 * writes, and undici's socket is ACKed late (the classic Nagle / delayed-ACK stall). curl and
 * node:http take ~2 ms for the same search. Left in, the stall would be ~90% of every figure, for
 * the project's query and plain Meilisearch alike; with this, the benchmark measures search.
 */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

async function nodeHttpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  const body = typeof init.body === 'string' ? init.body : undefined;
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? 'GET', headers, agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (typeof value === 'string') responseHeaders.set(name, value);
        }
        resolve(new Response(Buffer.concat(chunks), { status: response.statusCode ?? 0, headers: responseHeaders }));
      });
      response.on('error', reject);
    });
    const abort = () => request.destroy(new Error('aborted'));
    init.signal?.addEventListener('abort', abort, { once: true });
    request.on('close', () => init.signal?.removeEventListener('abort', abort));
    request.on('error', reject);
    request.end(body);
  });
}

/** Replaces the global fetch until the returned function is called. */
export function useNodeHttpFetch(): () => void {
  const original = globalThis.fetch;
  globalThis.fetch = nodeHttpFetch as typeof fetch;
  return () => {
    globalThis.fetch = original;
    agent.destroy();
  };
}
