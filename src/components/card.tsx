import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { CardErrorBoundary } from './card-error-boundary';

export interface CardQuery<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  /** Failed tries of the fetch in progress (or of the last one); TanStack resets it when a fetch starts. */
  failureCount?: number;
  /** Why the last try failed, while retries are still to come. */
  failureReason?: unknown;
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
  /** A part with a query of its own (a CardPart), above the body and drawn whatever the body's state. */
  part?: ReactNode;
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

const SECTION_CLASS = 'flex min-w-0 flex-col rounded-xl border border-border bg-card p-5 shadow-sm';

/**
 * The one card shell: loading, retrying, error with Retry, empty and "updating" states live
 * here. A render error in the card's body (or header controls) stays inside the card.
 */
export function Card<T>(props: CardProps<T>) {
  const titleId = useId();
  const { query } = props;
  // Any refetch over numbers already on screen (a new filter, Refresh, the 5-minute refresh) is marked.
  const updating = query.isFetching && query.data !== undefined;
  const failures = query.failureCount ?? 0;
  const retrying = query.isFetching && failures > 0 && query.failureReason != null;

  return (
    <section aria-labelledby={titleId} aria-busy={query.isFetching} className={`${SECTION_CLASS} ${props.className ?? ''}`}>
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold text-foreground">
            {props.title}
          </h2>
          {props.subtitle ? (
            <CardErrorBoundary fallback={() => null}>
              <div className="mt-0.5 text-sm text-muted-foreground">{props.subtitle}</div>
            </CardErrorBoundary>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {updating && !retrying ? (
            <span role="status" className="text-xs font-medium text-primary">
              Updating…
            </span>
          ) : null}
          <CardErrorBoundary fallback={() => null}>{props.actions}</CardErrorBoundary>
        </div>
      </header>
      <CardErrorBoundary fallback={() => null}>{props.toolbar}</CardErrorBoundary>
      {props.part}
      {retrying ? (
        <RetryNotice
          key={failures}
          message={props.describeError(query.failureReason)}
          failureCount={failures}
          reason={query.failureReason}
        />
      ) : null}
      <DrawnBody {...props} what="card" />
    </section>
  );
}

/** The body, kept from taking the page down when it cannot be drawn from the data it received. */
function DrawnBody<T>(props: BodyProps<T> & { what: 'card' | 'part' }) {
  const { query } = props;
  return (
    <CardErrorBoundary
      resetKey={query.data}
      fallback={(reset) => (
        <ErrorPanel
          message={`This ${props.what} could not be drawn from the data it received. Retry asks the API again; report it if it persists.`}
          onRetry={() => {
            reset();
            void query.refetch();
          }}
        />
      )}
    >
      <CardBody {...props} />
    </CardErrorBoundary>
  );
}

type BodyProps<T> = Pick<CardProps<T>, 'query' | 'describeError' | 'isEmpty' | 'empty' | 'skeletonClassName' | 'children'>;

function CardBody<T>({ query, describeError, isEmpty, empty, skeletonClassName, children }: BodyProps<T>) {
  if (query.isError && !query.isFetching) {
    const tries = query.failureCount ?? 0;
    const message = describeError(query.error);
    return (
      <ErrorPanel
        message={tries > 1 ? `${message}\nTried ${tries} times. Wait a moment, then press Retry.` : message}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.data === undefined) {
    return (
      <div className={`animate-pulse rounded-lg bg-muted ${skeletonClassName ?? 'h-40'}`}>
        <span className="sr-only">Loading…</span>
      </div>
    );
  }
  const stale = query.isFetching;
  if (isEmpty?.(query.data)) {
    return (
      <p className={`rounded-lg bg-muted px-4 py-8 text-center text-sm text-muted-foreground ${stale ? 'opacity-60' : ''}`}>
        {empty}
      </p>
    );
  }
  return <div className={`transition-opacity ${stale ? 'opacity-60' : ''}`}>{children(query.data)}</div>;
}

interface CardPartProps<T> extends BodyProps<T> {
  /** The part's heading, under the card's own. */
  title: ReactNode;
  /** Beside the heading: the part's figure (the entries a split was computed from). */
  aside?: ReactNode;
}

/**
 * A part of a card with a query of its own (the sentiment split beside the line): the card's
 * loading, retrying, error-with-Retry and empty states, kept to the part, so its failure
 * leaves the rest of the card as it is.
 */
export function CardPart<T>(props: CardPartProps<T>) {
  const titleId = useId();
  const { query } = props;
  const failures = query.failureCount ?? 0;
  const retrying = query.isFetching && failures > 0 && query.failureReason != null;
  return (
    <section aria-labelledby={titleId} aria-busy={query.isFetching} className="mb-4 border-b border-border pb-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h3 id={titleId} className="text-sm font-medium text-foreground">
          {props.title}
        </h3>
        {props.aside ? (
          <span className={`text-sm text-muted-foreground tabular-nums ${query.isFetching ? 'opacity-60' : ''}`}>{props.aside}</span>
        ) : null}
      </div>
      {retrying ? (
        <RetryNotice key={failures} message={props.describeError(query.failureReason)} failureCount={failures} reason={query.failureReason} />
      ) : null}
      <DrawnBody {...props} what="part" />
    </section>
  );
}

/**
 * Says why the last try failed and when the next one starts. The wait is the query client's
 * own retryDelay for this failure (Retry-After included), so "retrying in 7 s" is what happens.
 */
function RetryNotice({ message, failureCount, reason }: { message: string; failureCount: number; reason: unknown }) {
  const queryClient = useQueryClient();
  const [secondsLeft, setSecondsLeft] = useState(() => {
    const delay = queryClient.getDefaultOptions().queries?.retryDelay;
    // TanStack passes the number of failures before the one that is being retried.
    const error = reason instanceof Error ? reason : new Error(String(reason));
    const ms =
      typeof delay === 'function' ? delay(failureCount - 1, error) : (delay ?? Math.min(1000 * 2 ** (failureCount - 1), 30_000));
    return Math.max(0, Math.ceil(ms / 1000));
  });
  useEffect(() => {
    const timer = setInterval(() => setSecondsLeft((seconds) => Math.max(0, seconds - 1)), 1000);
    return () => clearInterval(timer);
  }, []);

  return (
    <div role="status" className="notice-warning mb-3">
      <p className="whitespace-pre-line">{message}</p>
      <p className="mt-1 font-medium">{secondsLeft > 0 ? `Retrying in ${secondsLeft} s…` : 'Retrying now…'}</p>
    </div>
  );
}

function ErrorPanel({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="notice-error flex flex-col items-start gap-3 p-4">
      <p className="whitespace-pre-line">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="rounded-md bg-card px-3 py-1.5 text-sm font-medium text-destructive shadow-sm ring-1 ring-destructive/40 hover:bg-destructive/15 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-destructive"
      >
        Retry
      </button>
    </div>
  );
}

/**
 * For the page, around each whole card: an error thrown by a card's own code before its shell
 * draws (a hook, a data shaping step) is kept to that card, under its title, with a Retry.
 */
export function CardBoundary({ title, className, children }: { title: string; className?: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <CardErrorBoundary
      fallback={(retry) => (
        <section aria-labelledby={titleId} className={`${SECTION_CLASS} ${className ?? ''}`}>
          <h2 id={titleId} className="mb-4 text-base font-semibold text-foreground">
            {title}
          </h2>
          <ErrorPanel message="This card could not be drawn. Retry draws it again; report it if it persists." onRetry={retry} />
        </section>
      )}
    >
      {children}
    </CardErrorBoundary>
  );
}
