import type { AllowRules } from './auth-config.ts';

export interface Person {
  email: string | null;
  emailVerified: boolean;
  groups: readonly string[];
}

export interface AllowDecision {
  allowed: boolean;
  /** For the log line: which rule matched, or why none did. */
  reason: string;
}

/** Any matching list lets a person in; with every list empty, anyone the provider signs in may enter. */
export function decideAccess(rules: AllowRules, person: Person): AllowDecision {
  const { emails, domains, groups } = rules;
  if (emails.length === 0 && domains.length === 0 && groups.length === 0) {
    return { allowed: true, reason: 'no allow-list set' };
  }
  const email = person.email?.toLowerCase() ?? null;
  if (email !== null && emails.includes(email)) return { allowed: true, reason: 'email allowed' };
  const domain = email?.slice(email.lastIndexOf('@') + 1) ?? null;
  if (domain !== null && domains.includes(domain)) {
    if (person.emailVerified) return { allowed: true, reason: `domain ${domain} allowed` };
  }
  const group = person.groups.find((name) => groups.includes(name));
  if (group !== undefined) return { allowed: true, reason: `group ${group} allowed` };
  if (email === null) return { allowed: false, reason: 'no email and no allowed group' };
  if (domain !== null && domains.includes(domain)) return { allowed: false, reason: 'email not verified' };
  return { allowed: false, reason: 'matches no allow rule' };
}
