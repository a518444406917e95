export interface Point {
  x: number;
  y: number;
}

/*
 * The SVG path of Recharts' type="monotone" line (d3-shape's curveMonotoneX, after Steffen
 * 1990): a curve through every point that never overshoots between two of them. Written out
 * because d3-shape ships as one module; importing it here would pull all of Recharts' shapes
 * into the entry chunk (+8 kB gzip).
 */

function sign(value: number): number {
  return value < 0 ? -1 : 1;
}

/** Tangent at the middle of three points. */
function middleSlope(p0: Point, p1: Point, p2: Point): number {
  const h0 = p1.x - p0.x;
  const h1 = p2.x - p1.x;
  const s0 = (p1.y - p0.y) / (h0 || (h1 < 0 ? -0 : 0));
  const s1 = (p2.y - p1.y) / (h1 || (h0 < 0 ? -0 : 0));
  const p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}

/** Tangent at an end, from the segment next to it and the tangent at its other point. */
function endSlope(from: Point, to: Point, slope: number): number {
  const h = to.x - from.x;
  return h ? ((3 * (to.y - from.y)) / h - slope) / 2 : slope;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function curve(from: Point, to: Point, t0: number, t1: number): string {
  const dx = (to.x - from.x) / 3;
  return `C${round(from.x + dx)},${round(from.y + dx * t0)},${round(to.x - dx)},${round(to.y - dx * t1)},${round(to.x)},${round(to.y)}`;
}

function segment(points: readonly Point[]): string {
  const [first] = points;
  if (!first) return '';
  let d = `M${round(first.x)},${round(first.y)}`;
  // A lone point is closed on itself, as d3 does, so a round cap would show it.
  if (points.length === 1) return `${d}Z`;
  if (points.length === 2) return `${d}L${round(points[1]!.x)},${round(points[1]!.y)}`;
  const slopes = points.map((point, index) => {
    const before = points[index - 1];
    const after = points[index + 1];
    return before && after ? middleSlope(before, point, after) : 0;
  });
  const last = points.length - 1;
  if (last >= 2) {
    slopes[0] = endSlope(points[0]!, points[1]!, slopes[1]!);
    slopes[last] = endSlope(points[last - 1]!, points[last]!, slopes[last - 1]!);
  }
  for (let index = 1; index <= last; index += 1) {
    d += curve(points[index - 1]!, points[index]!, slopes[index - 1]!, slopes[index]!);
  }
  return d;
}

/** The path through `points`; a null breaks the line there (a day without a value). */
export function monotonePath(points: readonly (Point | null)[]): string {
  const runs: Point[][] = [[]];
  for (const point of points) {
    if (point) runs[runs.length - 1]!.push(point);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  }
  return runs.map(segment).join('');
}
