import { useId } from 'react';
import { useAppliedField } from '../../components/use-applied-field';
import { parseBudgetInput } from './cost-figures';

interface Props {
  budget: number | null;
  onChange: (budget: number | null) => void;
}

/** The monthly budget, applied with Enter or Set (one history entry), removed with Remove or an empty field. */
export function BudgetField({ budget, onChange }: Props) {
  const inputId = useId();
  const messageId = useId();
  const field = useAppliedField({
    value: budget,
    format: (value) => (value === null ? '' : String(value)),
    parse: (text) => {
      const parsed = parseBudgetInput(text);
      return parsed.ok ? { ok: true, value: parsed.budget } : parsed;
    },
    onApply: onChange,
  });
  const { draft, error } = field;

  return (
    <form onSubmit={field.submit} aria-label="Monthly budget" className="flex flex-col gap-1 border-t border-border pt-3 print:hidden">
      <label htmlFor={inputId} className="text-sm font-medium text-foreground">
        Monthly budget ($)
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          name="budget"
          inputMode="decimal"
          autoComplete="off"
          value={draft}
          onChange={(event) => field.setDraft(event.target.value)}
          placeholder="No budget"
          aria-invalid={error !== null}
          aria-describedby={messageId}
          maxLength={20}
          className="input min-w-0 flex-1 basis-24 tabular-nums"
        />
        <button type="submit" className="button-secondary">
          Set
        </button>
        {budget !== null ? (
          <button type="button" className="button-secondary" onClick={() => field.apply(null)}>
            Remove
          </button>
        ) : null}
      </div>
      <span id={messageId} className={`text-xs ${error ? 'text-destructive' : 'text-muted-foreground'}`}>
        {error ?? 'Checked against the current month so far (UTC).'}
      </span>
    </form>
  );
}
