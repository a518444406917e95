import { parseAsString, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Scope } from '../api/client';
import { useAppConfig } from './app-config';
import {
  parseDashboardParams,
  sameParams,
  toRawParams,
  type DashboardState,
  type RawParams,
} from './dashboard-url';
import { useToday } from './use-today';

const urlParsers = {
  period: parseAsString,
  from: parseAsString,
  to: parseAsString,
  mentor: parseAsString,
  org: parseAsString,
  user: parseAsString,
  compare: parseAsString,
  budget: parseAsString,
};

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
  const [raw, setRaw] = useQueryStates(urlParsers);
  const defaults = useMemo(() => ({ org: config.org, userId: config.userId }), [config.org, config.userId]);
  const parsed = useMemo(() => parseDashboardParams(raw, today, defaults), [raw, today, defaults]);
  const canonical = useMemo(() => toRawParams(parsed.state), [parsed.state]);
  // Notices outlive the bad URL they describe: it is replaced right away, the notice stays until dismissed.
  const [notices, setNotices] = useState<string[]>([]);
  const noticeText = parsed.notices.join('\n');
  const [reported, setReported] = useState('');
  if (noticeText !== reported) {
    setReported(noticeText);
    if (noticeText) setNotices(parsed.notices);
  }

  const needsCorrection = !sameParams(raw, canonical);
  useEffect(() => {
    if (needsCorrection) void setRaw(canonical, { history: 'replace' });
  }, [needsCorrection, canonical, setRaw]);

  const update = useCallback(
    (change: (previous: DashboardState) => DashboardState) => {
      void setRaw(
        (previousRaw: RawParams) => toRawParams(change(parseDashboardParams(previousRaw, today, defaults).state)),
        { history: 'push' },
      );
    },
    [setRaw, today, defaults],
  );

  const dismissNotices = useCallback(() => setNotices([]), []);
  const scope = useMemo(
    () => ({ org: parsed.state.org ?? config.org, userId: parsed.state.user ?? config.userId }),
    [parsed.state.org, parsed.state.user, config.org, config.userId],
  );
  return { state: parsed.state, scope, today, update, notices, dismissNotices };
}
