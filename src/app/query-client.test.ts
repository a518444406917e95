import { describe, expect, it } from 'vitest';
import { retryDelay, shouldRetry } from '../api/retry';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  it('retries with the API’s policy and waits what retryDelay says (Retry-After included)', () => {
    const queries = createQueryClient().getDefaultOptions().queries;
    expect(queries?.retry).toBe(shouldRetry);
    expect(queries?.retryDelay).toBe(retryDelay);
  });
});
