import { parseAsNativeArrayOf, parseAsString, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Scope } from '../api/client';
import { useAppConfig } from './app-config';
import {
  isCanonicalSearch,
  parseDashboardSearch,
  toRawParams,
  type DashboardState,
  type RawParams,
  type UrlKey,
} from './dashboard-url';
import { useToday } from './use-today';

// Every value of a key, not just the first: a link that repeats a key is corrected, not half-read.
const allValues = parseAsNativeArrayOf(parseAsString);
const urlParsers = {
  period: allValues,
  from: allValues,
  to: allValues,
  mentor: allValues,
  org: allValues,
  user: allValues,
  compare: allValues,
  budget: allValues,
} satisfies Record<UrlKey, typeof allValues>;

/** Canonical values as the URL adapter writes them: one value, or the key removed. */
function toUrlValues(raw: RawParams): Record<UrlKey, string[] | null> {
  return {
    period: one(raw.period),
    from: one(raw.from),
    to: one(raw.to),
    mentor: one(raw.mentor),
    org: one(raw.org),
    user: one(raw.user),
    compare: one(raw.compare),
    budget: one(raw.budget),
  };
}

function one(value: string | null): string[] | null {
  return value === null ? null : [value];
}

export interface DashboardController {
  state: DashboardState;
  scope: Scope;
  today: string;
  /** One user change = one history entry, so Back undoes it. */
  update: (change: (previous: DashboardState) => DashboardState) => void;
  notices: string[];
  dismissNotices: () => void;
}

/**
 * The URL is the only source of the dashboard's state. It is parsed once here; a URL that
 * needed correcting is replaced in place (not pushed), and what changed is kept as a notice.
 */
export function useDashboardState(): DashboardController {
  const config = useAppConfig();
  const today = useToday();
  const [values, setValues] = useQueryStates(urlParsers);
  const defaults = useMemo(() => ({ org: config.org, userId: config.userId }), [config.org, config.userId]);
  const parsed = useMemo(() => parseDashboardSearch(values, today, defaults), [values, today, defaults]);
  const canonical = useMemo(() => toRawParams(parsed.state), [parsed.state]);
  // Notices outlive the bad URL they describe: it is replaced right away, the notice stays until dismissed.
  const [notices, setNotices] = useState<string[]>([]);
  const noticeText = parsed.notices.join('\n');
  const [reported, setReported] = useState('');
  if (noticeText !== reported) {
    setReported(noticeText);
    if (noticeText) setNotices(parsed.notices);
  }

  const needsCorrection = !isCanonicalSearch(values, canonical);
  useEffect(() => {
    if (needsCorrection) void setValues(toUrlValues(canonical), { history: 'replace' });
  }, [needsCorrection, canonical, setValues]);

  const update = useCallback(
    (change: (previous: DashboardState) => DashboardState) => {
      void setValues(
        (previous) => toUrlValues(toRawParams(change(parseDashboardSearch(previous, today, defaults).state))),
        { history: 'push' },
      );
    },
    [setValues, today, defaults],
  );

  const dismissNotices = useCallback(() => setNotices([]), []);
  const scope = useMemo(
    () => ({ org: parsed.state.org ?? config.org, userId: parsed.state.user ?? config.userId }),
    [parsed.state.org, parsed.state.user, config.org, config.userId],
  );
  return { state: parsed.state, scope, today, update, notices, dismissNotices };
}
