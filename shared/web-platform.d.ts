// Browsers and Node both provide these WHATWG globals, but the ES library does not declare
// them and shared/ has neither DOM nor Node types: only what shared/ uses is declared here.
declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
  getAll(name: string): string[];
  set(name: string, value: string): void;
  toString(): string;
}
