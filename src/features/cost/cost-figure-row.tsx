import { displayFigure, type CostFigure } from './cost-figures';

/** One line of the figures list: its label and value, a fall green and a rise red (lower is better for cost). */
export function CostFigureRow({ figure }: { figure: CostFigure }) {
  const tone =
    figure.direction === 'down' ? 'text-success' : figure.direction === 'up' ? 'text-destructive' : 'text-foreground';
  return (
    <div className="contents">
      <dt className="text-muted-foreground">{figure.label}</dt>
      <dd className={`text-right font-medium tabular-nums ${tone}`}>{displayFigure(figure)}</dd>
    </div>
  );
}
