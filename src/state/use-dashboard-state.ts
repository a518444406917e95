import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  byUrlKey,
  isCanonicalSearch,
  parseDashboardSearch,
  toRawParams,
  type DashboardState,
  type RawParams,
  urlValuesOf,
} from '../../shared/dashboard-url';
import { scopeOf, type Scope } from '../../shared/scope';
import { urlRulesOf, useAppConfig } from './app-config';
import { describeUrlNotice } from './url-notices';
import { useToday } from './use-today';
import { useUrlSearch } from './url-search';

/** Canonical values as the URL is written: one value, or the key removed. */
function toUrlValues(raw: RawParams) {
  return byUrlKey((key) => {
    const value = raw[key];
    return value === null ? null : [value];
  });
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
  const url = useUrlSearch();
  // Every value of a key, not just the first: a link that repeats a key is corrected, not half-read.
  const values = useMemo(() => urlValuesOf(new URLSearchParams(url.search)), [url.search]);
  const { set: setValues, latest } = url;
  const defaults = useMemo(() => ({ org: config.org, userId: config.userId }), [config.org, config.userId]);
  const rules = useMemo(() => urlRulesOf(config), [config]);
  const parsed = useMemo(() => parseDashboardSearch(values, today, defaults, rules), [values, today, defaults, rules]);
  const canonical = useMemo(() => toRawParams(parsed.state), [parsed.state]);
  // Notices outlive the bad URL they describe: it is replaced right away, the notice stays until dismissed.
  const [notices, setNotices] = useState<string[]>([]);
  const noticeTexts = useMemo(() => parsed.notices.map((notice) => describeUrlNotice(notice, defaults)), [parsed.notices, defaults]);
  const noticeText = noticeTexts.join('\n');
  const [reported, setReported] = useState('');
  if (noticeText !== reported) {
    setReported(noticeText);
    if (noticeText) setNotices(noticeTexts);
  }

  const needsCorrection = !isCanonicalSearch(values, canonical);
  useEffect(() => {
    if (needsCorrection) setValues(toUrlValues(canonical), 'replace');
  }, [needsCorrection, canonical, setValues]);

  const update = useCallback(
    (change: (previous: DashboardState) => DashboardState) => {
      const previous = urlValuesOf(new URLSearchParams(latest()));
      setValues(toUrlValues(toRawParams(change(parseDashboardSearch(previous, today, defaults, rules).state))), 'push');
    },
    [setValues, latest, today, defaults, rules],
  );

  const dismissNotices = useCallback(() => setNotices([]), []);
  const { org, user } = parsed.state;
  const scope = useMemo(() => scopeOf({ org, user }, defaults), [org, user, defaults]);
  return { state: parsed.state, scope, today, update, notices, dismissNotices };
}
