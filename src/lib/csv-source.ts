import type { DayRange } from '../../shared/periods';
import type { Scope } from '../../shared/scope';
import type { CsvSource } from './csv';

/** What the card's file covers: the scope and range it shows. */
export interface CsvView {
  scope: Scope;
  range: DayRange;
}

/** What differs from card to card. */
export interface CsvCard {
  /** The card, in the file name: "sentiment". */
  name: string;
  /** The card's title, for the first line. */
  title: string;
  /** The mentor the rows are filtered by (null: all); left out by a card that covers every mentor whatever the filter. */
  mentor?: string | null;
  /** The mentor's name for the file name, where it is known. */
  mentorName?: string | null;
  /** The previous period, when the card compares with it. */
  previous?: DayRange | null;
}

/** The provenance of every card's file, in one place: the org and range of the view, the link that shows it. */
export function csvSource(view: CsvView, card: CsvCard, link: string = window.location.href): CsvSource {
  return { ...card, org: view.scope.org, range: view.range, link };
}
