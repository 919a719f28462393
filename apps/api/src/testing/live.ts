import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveResult<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One subscription over graphql-ws, read result by result. */
export interface Live<T> {
  /** The next result, or an error after `timeoutMs`. */
  next(timeoutMs?: number): Promise<LiveResult<T>>;
  /** Results received and not read yet. */
  readonly pending: number;
  close(): Promise<void>;
}

/** A graphql-ws client of the API at `httpUrl`, signed in with `token` when given. */
export function liveClient(httpUrl: string, token?: string): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and buffers every result, so none is missed between two reads. */
export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Live<T> {
  const received: LiveResult<T>[] = [];
  const waiting: ((result: LiveResult<T>) => void)[] = [];
  let failure: unknown = null;
  const deliver = (result: LiveResult<T>) => {
    const reader = waiting.shift();
    if (reader) reader(result);
    else received.push(result);
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => deliver(result as LiveResult<T>),
      error: (error) => {
        failure = error;
        deliver({ errors: Array.isArray(error) ? error : [{ message: String(error) }] });
      },
      complete: () => undefined,
    },
  );
  return {
    get pending() {
      return received.length;
    },
    next(timeoutMs = 5_000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(reader), 1);
          reject(new Error(`no result within ${timeoutMs} ms${failure ? `: ${String(failure)}` : ''}`));
        }, timeoutMs);
        const reader = (result: LiveResult<T>) => {
          clearTimeout(timer);
          resolve(result);
        };
        waiting.push(reader);
      });
    },
    async close() {
      dispose();
    },
  };
}

/** Waits until `condition` holds, asking every 20 ms (a subscription takes a moment to reach the bus). */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
