import { describe, expect, it } from 'vitest';
import { DevToolsPipe } from './devtools-pipe.ts';

describe('DevToolsPipe', () => {
  it('fails with a message, not a hang, when Chromium cannot start', async () => {
    const chromium = DevToolsPipe.launch('/nonexistent/chromium', []);
    await expect(chromium.openPage()).rejects.toThrow(/Chromium could not run: spawn \/nonexistent\/chromium ENOENT/);
    await chromium.close();
  });
});
