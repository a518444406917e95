import { CostCard } from '../features/cost/cost-card';
import { SentimentCard } from '../features/sentiment/sentiment-card';
import { TopStudentsCard } from '../features/top-students/top-students-card';
import { PeriodPicker } from '../components/period-picker';
import type { PeriodChoice } from '../components/range-popover';
import { useAppConfig } from '../state/app-config';
import { useDashboardState } from '../state/use-dashboard-state';
import { CopyLinkButton } from './copy-link-button';
import { UrlNotice } from './url-notice';

export function App() {
  const config = useAppConfig();
  const { state, scope, today, update, notices, dismissNotices } = useDashboardState();
  const current: PeriodChoice = { period: state.period, range: state.range };
  const setPeriod = (choice: PeriodChoice) => update((previous) => ({ ...previous, ...choice }));

  return (
    <div className="mx-auto flex min-h-screen max-w-6xl flex-col gap-5 px-4 py-6 sm:px-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">Mentor analytics</h1>
          <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-sm text-slate-800">
            <span className="sr-only">Org: </span>
            {scope.org}
          </span>
          {config.mode === 'demo' ? (
            <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900">Demo data</span>
          ) : null}
        </div>
        <CopyLinkButton />
      </header>

      <nav aria-label="Dashboard filters" className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <PeriodPicker current={current} today={today} onChange={setPeriod} />
      </nav>

      <UrlNotice notices={notices} onDismiss={dismissNotices} />

      <main className="grid grid-cols-1 gap-5 lg:grid-cols-3">
        <SentimentCard scope={scope} period={state.period} range={state.range} today={today} />
        <CostCard scope={scope} current={current} today={today} onPeriodChange={setPeriod} />
        <TopStudentsCard
          scope={scope}
          range={state.range}
          mentor={state.mentor}
          onMentorChange={(mentor) => update((previous) => ({ ...previous, mentor }))}
        />
      </main>

      <footer className="mt-auto pt-4 text-xs text-slate-500">
        All dates are UTC days. Data from the ibl.ai data manager{config.mode === 'demo' ? ' (embedded demo data set)' : ''}.
      </footer>
    </div>
  );
}
