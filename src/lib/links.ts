import type { DayRange } from '../../shared/periods';

/** The link with its preset replaced by the resolved dates: it shows these rows on any later day too. */
export function linkForDates(link: string, range: DayRange): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  if (url.searchParams.get('period') === 'custom' && url.searchParams.get('from') === range.from && url.searchParams.get('to') === range.to) {
    return link;
  }
  url.searchParams.set('period', 'custom');
  url.searchParams.set('from', range.from);
  url.searchParams.set('to', range.to);
  return url.toString();
}
