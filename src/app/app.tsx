import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { analyticsQueries } from '../api/queries';
import { CardBoundary } from '../components/card';
import { CompareToggle } from '../components/compare-toggle';
import { PeriodPicker } from '../components/period-picker';
import type { PeriodChoice } from '../components/range-popover';
import { CostCard } from '../features/cost/cost-card';
import { SentimentCard } from '../features/sentiment/sentiment-card';
import { TopStudentsCard } from '../features/top-students/top-students-card';
import { mentorName, mentorPhrase } from '../features/top-students/mentor-label';
import { useMentorView } from '../features/top-students/use-mentor-view';
import { formatRange } from '../lib/format';
import { oldestSelectableDay, resolvePreset } from '../../shared/periods';
import { PRESET_LABELS } from '../lib/period-words';
import { HELP_KEY, ariaKey } from '../lib/shortcut-keys';
import { shiftRange } from '../lib/shift-range';
import { useAppConfig } from '../state/app-config';
import { useDashboardState } from '../state/use-dashboard-state';
import { Freshness, LoadingBar } from './freshness';
import type { ShortcutAction } from './keyboard-shortcuts';
import { OrgBadge } from './org-menu';
import { ShareMenu } from './share-menu';
import { SignedInUser } from './signed-in-user';
import { ThemeToggle } from './theme-toggle';
import { UrlNotice } from './url-notice';
import { useAutoRefresh } from './use-auto-refresh';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { usePrefetchView } from './use-prefetch-view';

// Only needed once someone presses `?`.
const ShortcutsOverlay = lazy(() => import('./shortcuts-overlay'));

export function App() {
  const config = useAppConfig();
  const queryClient = useQueryClient();
  const { state, scope, today, update, notices, dismissNotices } = useDashboardState();
  const [helpOpen, setHelpOpen] = useState(false);
  const current: PeriodChoice = { period: state.period, range: state.range };
  const setPeriod = (choice: PeriodChoice) => update((previous) => ({ ...previous, ...choice }));
  const setOrg = (org: string) => update((previous) => ({ ...previous, org: org === config.org ? null : org }));
  const prefetchView = usePrefetchView(scope, state, today);
  const { view: mentorView } = useMentorView(scope, state.mentor);
  const mentorTitle = mentorName(mentorView);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: analyticsQueries.all(), type: 'active' });
  useAutoRefresh(state.range.to === today, refresh);

  useKeyboardShortcuts((action: ShortcutAction) => {
    switch (action.kind) {
      case 'preset':
        setPeriod({ period: action.preset, range: resolvePreset(action.preset, today) });
        return true;
      case 'compare':
        update((previous) => ({ ...previous, compare: !previous.compare }));
        return true;
      case 'focus-mentor': {
        const field = document.querySelector<HTMLInputElement>('input[name="mentor"]');
        field?.focus();
        return field !== null;
      }
      case 'clear-mentor':
        if (state.mentor === null) return false;
        update((previous) => ({ ...previous, mentor: null }));
        return true;
      case 'shift': {
        const range = shiftRange(state.range, action.direction, today, oldestSelectableDay(today));
        if (range) setPeriod({ period: 'custom', range });
        return range !== null;
      }
      case 'refresh':
        refresh();
        return true;
      case 'help':
        setHelpOpen(true);
        return true;
    }
  });

  const printLabel = `Org ${scope.org} · ${formatRange(state.range)} (UTC)${state.mentor ? ` · ${mentorPhrase(mentorView)}` : ''}`;
  const viewLabel = state.period === 'custom' ? formatRange(state.range) : PRESET_LABELS[state.period];
  return (
    <div className="mx-auto flex min-h-screen max-w-6xl flex-col gap-5 px-4 py-6 sm:px-6">
      <title>{`${viewLabel}${mentorTitle ? ` · ${mentorTitle}` : ''} · ${scope.org} · Analytics`}</title>
      <LoadingBar />
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-foreground">Mentor analytics</h1>
          <OrgBadge orgs={config.auth.orgs} current={scope.org} onChange={setOrg} />
          {config.mode === 'demo' ? (
            <span className="rounded-full bg-warning px-2.5 py-0.5 text-sm font-medium text-warning-foreground">Demo data</span>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <Freshness onRefresh={refresh} />
          <ThemeToggle />
          <button
            type="button"
            className="button-secondary"
            aria-keyshortcuts={ariaKey(HELP_KEY)}
            onClick={() => setHelpOpen(true)}
          >
            Shortcuts <kbd className="font-mono text-xs text-muted-foreground">?</kbd>
          </button>
          <ShareMenu period={state.period} range={state.range} mentor={mentorTitle} />
          <SignedInUser auth={config.auth} />
        </div>
      </header>

      <nav aria-label="Dashboard filters" className="rounded-xl border border-border bg-card px-4 py-3 shadow-sm print:hidden">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <PeriodPicker current={current} today={today} onChange={setPeriod} onPreview={prefetchView} />
          <CompareToggle
            compare={state.compare}
            range={state.range}
            onChange={(compare) => update((previous) => ({ ...previous, compare }))}
          />
        </div>
      </nav>

      <UrlNotice notices={notices} onDismiss={dismissNotices} />

      <main
        className="grid grid-cols-1 gap-5 lg:grid-cols-3"
        style={{ '--print-label': JSON.stringify(printLabel) }}
      >
        <CardBoundary title="Sentiment over time" className="lg:col-span-2">
          <SentimentCard scope={scope} period={state.period} range={state.range} today={today} compare={state.compare} />
        </CardBoundary>
        <CardBoundary title="LLM cost">
          <CostCard
            scope={scope}
            current={current}
            today={today}
            onPeriodChange={setPeriod}
            compare={state.compare}
            budget={state.budget}
            onBudgetChange={(budget) => update((previous) => ({ ...previous, budget }))}
          />
        </CardBoundary>
        <CardBoundary title="Top students" className="lg:col-span-3">
          <TopStudentsCard
            scope={scope}
            range={state.range}
            period={state.period}
            compare={state.compare}
            mentor={state.mentor}
            onMentorChange={(mentor) => update((previous) => ({ ...previous, mentor }))}
          />
        </CardBoundary>
      </main>

      <footer className="mt-auto pt-4 text-xs text-muted-foreground">
        All dates are UTC days. Data from the ibl.ai data manager{config.mode === 'demo' ? ' (embedded demo data set)' : ''}.
        Press <kbd className="font-mono">?</kbd> for keyboard shortcuts.
      </footer>
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsOverlay onClose={() => setHelpOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
