import { describe, expect, it } from 'vitest';
import { describeListenError, serverUrl } from './listen-errors.ts';

function systemError(code: string): Error {
  return Object.assign(new Error(`listen ${code}`), { code });
}

describe('describeListenError', () => {
  it('explains a busy port in one line', () => {
    expect(describeListenError(systemError('EADDRINUSE'), '127.0.0.1', 4173)).toBe(
      'Port 4173 is already in use on 127.0.0.1; set PORT to another port.',
    );
  });

  it('explains a missing permission and falls back to the error message', () => {
    expect(describeListenError(systemError('EACCES'), '0.0.0.0', 80)).toMatch(/No permission .*0\.0\.0\.0:80/);
    expect(describeListenError(new Error('boom'), 'localhost', 1)).toBe('Cannot listen on localhost:1: boom');
  });
});

describe('serverUrl', () => {
  it('brackets IPv6 hosts', () => {
    expect(serverUrl('127.0.0.1', 4173)).toBe('http://127.0.0.1:4173');
    expect(serverUrl('::1', 4173)).toBe('http://[::1]:4173');
  });
});
