import { useId, type ReactNode } from 'react';
import { CardErrorBoundary } from './card-error-boundary';

export interface CardQuery<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

interface CardProps<T> {
  title: string;
  /** Under the title: what the card shows, e.g. the resolved range. */
  subtitle?: ReactNode;
  /** Buttons in the header (table toggle, range picker). */
  actions?: ReactNode;
  /** Controls above the body (a filter); they stay usable while the body loads or fails. */
  toolbar?: ReactNode;
  query: CardQuery<T>;
  /** A person-readable sentence for the query's error. */
  describeError: (error: unknown) => string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Height of the skeleton, so the page does not jump when data arrives. */
  skeletonClassName?: string;
  className?: string;
  children: (data: T) => ReactNode;
}

/** The one card shell: loading, error with Retry, empty, and "updating" states live here. */
export function Card<T>(props: CardProps<T>) {
  const titleId = useId();
  const { query } = props;
  const updating = query.isFetching && query.data !== undefined && (query.isPlaceholderData || query.isError);

  return (
    <section
      aria-labelledby={titleId}
      aria-busy={query.isFetching}
      className={`flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm ${props.className ?? ''}`}
    >
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {props.title}
          </h2>
          {props.subtitle ? <div className="mt-0.5 text-sm text-slate-600">{props.subtitle}</div> : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {updating ? (
            <span role="status" className="text-xs font-medium text-indigo-700">
              Updating…
            </span>
          ) : null}
          {props.actions}
        </div>
      </header>
      {props.toolbar}
      <CardErrorBoundary
        fallback={(retry) => (
          <ErrorPanel message="This card could not be drawn from the data it received." onRetry={retry} />
        )}
      >
        <CardBody {...props} />
      </CardErrorBoundary>
    </section>
  );
}

function CardBody<T>({ query, describeError, isEmpty, empty, skeletonClassName, children }: CardProps<T>) {
  if (query.isError && !query.isFetching) {
    return <ErrorPanel message={describeError(query.error)} onRetry={() => void query.refetch()} />;
  }
  if (query.data === undefined) {
    return (
      <div className={`animate-pulse rounded-lg bg-slate-100 ${skeletonClassName ?? 'h-40'}`}>
        <span className="sr-only">Loading…</span>
      </div>
    );
  }
  const stale = query.isPlaceholderData && query.isFetching;
  if (isEmpty?.(query.data)) {
    return (
      <p className={`rounded-lg bg-slate-50 px-4 py-8 text-center text-sm text-slate-600 ${stale ? 'opacity-60' : ''}`}>
        {empty}
      </p>
    );
  }
  return <div className={`transition-opacity ${stale ? 'opacity-60' : ''}`}>{children(query.data)}</div>;
}

function ErrorPanel({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <p className="text-sm whitespace-pre-line text-red-800">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-red-800 shadow-sm ring-1 ring-red-300 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        Retry
      </button>
    </div>
  );
}
