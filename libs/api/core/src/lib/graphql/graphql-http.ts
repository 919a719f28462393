import type { NextFunction, Request, Response } from 'express';

/** Largest request body the API reads; GraphQL documents and their variables fit well under it. */
export const MAX_BODY = '1mb';

function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * One operation per request: a batch (a JSON array) is refused with a GraphQL error rather than run,
 * since each operation of a batch would bring its own cost past the per-request limits.
 */
export function refuseBatches(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && Array.isArray(req.body)) {
    refuse(res, 400, 'Send one operation per request; batches are not accepted', {
      code: 'BATCHING_NOT_SUPPORTED',
    });
    return;
  }
  next();
}

/** Body-parser failures answered in GraphQL's shape: too large (413) or not JSON (400). */
export function bodyErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const failure = error as { type?: string; status?: number; limit?: number };
  if (failure?.type === 'entity.too.large') {
    refuse(res, 413, `The request body is larger than ${MAX_BODY}`, {
      code: 'PAYLOAD_TOO_LARGE',
      limitBytes: failure.limit,
    });
    return;
  }
  if (failure?.type === 'entity.parse.failed' || failure?.type === 'encoding.unsupported') {
    refuse(res, 400, 'The request body is not valid JSON', { code: 'BAD_REQUEST' });
    return;
  }
  next(error);
}
