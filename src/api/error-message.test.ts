import { describe, expect, it } from 'vitest';
import { looksLikeHtml, messageFromBody } from './error-message';

describe('messageFromBody', () => {
  it('reads detail, then message, error_description, error', () => {
    expect(messageFromBody({ detail: 'Invalid token.', error: 'x' })).toBe('Invalid token.');
    expect(messageFromBody({ message: 'Slow down' })).toBe('Slow down');
    expect(messageFromBody({ error_description: 'Expired', error: 'invalid_grant' })).toBe('Expired');
    expect(messageFromBody({ error: 'boom' })).toBe('boom');
  });

  it('joins a field map into "field: message" lines', () => {
    expect(
      messageFromBody({ start_date: ['This field is required.'], end_date: ['Bad date.', 'Too late.'] }),
    ).toBe('start_date: This field is required.\nend_date: Bad date. Too late.');
    expect(messageFromBody({ non_field_errors: ['start_date must be on or before end_date.'] })).toBe(
      'start_date must be on or before end_date.',
    );
  });

  it('gives up on bodies that say nothing usable', () => {
    expect(messageFromBody({})).toBeNull();
    expect(messageFromBody(null)).toBeNull();
    expect(messageFromBody('<!doctype html><h1>502</h1>')).toBeNull();
    expect(messageFromBody({ detail: 42 })).toBeNull();
  });

  it('keeps a short plain-text body', () => {
    expect(messageFromBody('upstream timed out')).toBe('upstream timed out');
    expect(messageFromBody(['a', 'b'])).toBe('a b');
  });
});

describe('long messages', () => {
  it('quotes at most 300 characters, never cutting one in half', () => {
    expect(messageFromBody({ detail: 'x'.repeat(1000) })).toBe(`${'x'.repeat(300)}…`);
    expect(messageFromBody('😀'.repeat(400))).toBe(`${'😀'.repeat(300)}…`);
    expect(messageFromBody({ detail: 'short' })).toBe('short');
  });
});

describe('looksLikeHtml', () => {
  it('spots a page, not a message', () => {
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('Bad gateway <b>')).toBe(false);
  });
});
