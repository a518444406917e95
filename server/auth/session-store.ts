/** A signed-in person as the server remembers them; only `id` ever leaves the server, in the cookie. */
export interface Session {
  id: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  groups: string[];
  /** Whether an allow rule matched at sign-in. */
  allowed: boolean;
  createdAt: number;
  lastSeenAt: number;
  /** Server-side only, for the provider's end_session id_token_hint. */
  idToken?: string;
}

/**
 * Where sessions live. Implementations may throw when their backend is down; the server then
 * answers 503 rather than treating the person as signed out.
 */
export interface SessionStore {
  get(id: string): Promise<Session | null>;
  /** Stores or replaces; the store may forget the session after `ttlSeconds`. */
  set(session: Session, ttlSeconds: number): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Sessions in this process: the default. A restart signs everyone out. */
export class MemorySessionStore implements SessionStore {
  readonly #sessions = new Map<string, { session: Session; expiresAt: number }>();
  readonly #now: () => number;
  #writes = 0;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  get(id: string): Promise<Session | null> {
    const entry = this.#sessions.get(id);
    if (entry === undefined) return Promise.resolve(null);
    if (entry.expiresAt <= this.#now()) {
      this.#sessions.delete(id);
      return Promise.resolve(null);
    }
    // A copy, as a networked store would give: callers cannot change the stored session in place.
    return Promise.resolve(structuredClone(entry.session));
  }

  set(session: Session, ttlSeconds: number): Promise<void> {
    this.#sessions.set(session.id, { session: structuredClone(session), expiresAt: this.#now() + ttlSeconds * 1000 });
    // Abandoned sessions are swept now and then, so memory stays bounded by the live ones.
    if (++this.#writes % 1000 === 0) this.#sweep();
    return Promise.resolve();
  }

  delete(id: string): Promise<void> {
    this.#sessions.delete(id);
    return Promise.resolve();
  }

  get size(): number {
    return this.#sessions.size;
  }

  #sweep(): void {
    const now = this.#now();
    for (const [id, entry] of this.#sessions) if (entry.expiresAt <= now) this.#sessions.delete(id);
  }
}
