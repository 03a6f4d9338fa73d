/**
 * A load generator in its own thread (so it does not share the api's event loop): `connections` clients call `url`
 * for `seconds`, and the latency of every answer (ms) is posted back with the count of non-2xx answers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

export interface LoadRequest {
  url: string;
  token: string;
  connections: number;
  seconds: number;
  /** Paths each client calls in turn (on `url`'s host), instead of `url` alone. */
  paths?: string[];
}

export interface LoadResult {
  latencies: number[];
  non2xx: number;
  errors: number;
}

const { url, token, connections, seconds, paths } = workerData as LoadRequest;
const latencies: number[] = [];
const instance = autocannon(
  {
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    ...(paths ? { requests: paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
  },
  (error, result) => {
    if (error) throw error;
    parentPort!.postMessage({ latencies, non2xx: result.non2xx, errors: result.errors } satisfies LoadResult);
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
