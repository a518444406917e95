import { movementLabel, type Movement } from './student-movement';

/** A student's change in rank as a marker (▲2, ▼1, =, new), read out in words. */
export function MovementMarker({ movement }: { movement: Movement | undefined }) {
  if (!movement) {
    return (
      <span className="text-muted-foreground">
        <span aria-hidden="true">…</span>
        <span className="sr-only">loading</span>
      </span>
    );
  }
  const { marker, words } = movementLabel(movement);
  const tone = {
    up: 'text-success',
    down: 'text-destructive',
    same: 'text-muted-foreground',
    new: 'rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-foreground',
  }[movement.kind];
  return (
    <span className={`font-medium ${tone}`} title={words}>
      <span aria-hidden="true">{marker}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}
