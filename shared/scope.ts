/** Whose data: the tenant and the requesting admin. */
export interface Scope {
  org: string;
  userId: string;
}

/** The server's configured tenant and admin, which a URL may override. */
export type Defaults = Scope;

/** The scope a view asks for: the URL's org and user where it names them, else the defaults. */
export function scopeOf(view: { org: string | null; user: string | null }, defaults: Defaults): Scope {
  return { org: view.org ?? defaults.org, userId: view.user ?? defaults.userId };
}
