import { describe, expect, it } from 'vitest';
import { encodeBytes, loginPathFor, rawQueryParam, safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it.each([
    ['//evil.example'],
    ['///evil.example'],
    ['https://evil.example'],
    ['javascript:alert(1)'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['%2F%2Fevil.example'],
    ['/%2Fevil.example'],
    ['/%5Cevil.example'],
    ['%5C%5Cevil.example'],
    ['/\t/evil.example'],
    ['/%09/evil.example'],
    ['/%0a/evil.example'],
    ['evil.example'],
    [''],
  ])('turns %j into /', (attempt) => {
    expect(safeNextPath(attempt)).toBe('/');
  });

  it.each([
    ['/'],
    ['/?period=30d'],
    ['/?mentor=a+b%20c&q=%22x%22&e=%C3%A9'],
    ["/?n='y'&q=\"x\""],
    ['/?next=//evil.example'],
    ['/?u=https://elsewhere.example/'],
    ['/reports/%E2%82%AC'],
    ['/%zz'],
  ])('keeps %j as it is', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });
});

describe('the next parameter', () => {
  it('decodes once to bytes and leaves + alone', () => {
    expect(rawQueryParam('/auth/login?next=%2F%3Fa%3Db+c%26d%3D%2520', 'next')).toBe('/?a=b+c&d=%20');
    expect(rawQueryParam('/auth/login?x=1', 'next')).toBeNull();
    expect(rawQueryParam('/auth/login?next=%C3%A9', 'next')).toBe('\u00c3\u00a9');
  });

  it('round-trips any target through loginPathFor', () => {
    const target = "/?a=b+c&d=%20&q=\"x\"&n='y'&e=%C3%A9";
    expect(rawQueryParam(loginPathFor(target), 'next')).toBe(target);
    expect(encodeBytes('\u00c3\u00a9')).toBe('%C3%A9');
  });
});
