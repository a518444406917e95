import { InlineError } from '../../components/inline-error';
import { formatRange } from '../../lib/format';
import type { DayRange } from '../../../shared/periods';

interface Props {
  previous: DayRange;
  loading: boolean;
  error: string | null;
  onRetry: () => void;
}

/** Which period the card compares with, while it loads, or why it could not be loaded. */
export function PreviousStatus(props: Props) {
  if (props.error) {
    return (
      <InlineError retryLabel="Retry previous period" onRetry={props.onRetry}>
        The previous period ({formatRange(props.previous)}) could not be loaded. {props.error}
      </InlineError>
    );
  }
  return (
    <p className="text-sm text-muted-foreground">
      {props.loading ? 'Loading the previous period, ' : 'Compared with '}
      {formatRange(props.previous)} (UTC){props.loading ? '…' : ''}
    </p>
  );
}
