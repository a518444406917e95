import { DEFAULT_PERIOD, MAX_BUDGET, MAX_RANGE_DAYS, type UrlNotice } from '../../shared/dashboard-url';
import { MENTOR_ID_RULE, PATH_ID_RULE } from '../../shared/identifiers';
import type { Defaults } from '../../shared/scope';
import { formatCount } from '../lib/format';
import { PRESET_LABELS } from '../lib/period-words';

/**
 * Long or hostile values are quoted shortened (by characters, so an emoji is never cut in
 * half); React renders them as text.
 */
function clip(value: string): string {
  const characters = Array.from(value);
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : value;
}

const DEFAULT_LABEL = PRESET_LABELS[DEFAULT_PERIOD];

/** A correction of the link, in words for the notice under the filters. */
export function describeUrlNotice(notice: UrlNotice, defaults: Defaults): string {
  switch (notice.kind) {
    case 'unknown-period':
      return `Unknown period “${clip(notice.value)}”; showing ${DEFAULT_LABEL} instead.`;
    case 'dates-without-period':
      return 'The link had dates but no period; showing them as a custom range.';
    case 'dates-without-custom':
      return '“from” and “to” apply only to a custom range, so they were removed.';
    case 'bad-dates': {
      const bad = [
        notice.from === null ? null : `from “${clip(notice.from)}”`,
        notice.to === null ? null : `to “${clip(notice.to)}”`,
      ].filter(Boolean);
      return `A custom range needs real dates as YYYY-MM-DD (${bad.join(', ')}); showing ${DEFAULT_LABEL} instead.`;
    }
    case 'dates-swapped':
      return '“from” was after “to”, so the dates were swapped.';
    case 'future-range':
      return `The range lies entirely in the future; showing ${DEFAULT_LABEL} instead.`;
    case 'ends-in-future':
      return `The range ended in the future, so it now ends today (${notice.today}).`;
    case 'range-too-long':
      return `A range can span at most ${MAX_RANGE_DAYS} days, so it now starts on ${notice.from}.`;
    case 'bad-id': {
      const value = clip(notice.value);
      if (notice.key === 'mentor') return `Mentor id “${value}” is not a valid id (${MENTOR_ID_RULE}); showing all mentors.`;
      if (notice.key === 'org') return `Org “${value}” is not a valid id (${PATH_ID_RULE}); showing ${defaults.org}.`;
      return `User “${value}” is not a valid id (${PATH_ID_RULE}); using ${defaults.userId}.`;
    }
    case 'org-not-allowed':
      return `This dashboard does not show org “${clip(notice.value)}”; showing ${defaults.org}.`;
    case 'user-fixed':
      return `The user in the link (“${clip(notice.value)}”) does not apply while sign-in is on, so it was removed; the dashboard asks as ${defaults.userId}.`;
    case 'unknown-compare':
      return `Unknown comparison “${clip(notice.value)}”; the only one is “previous”, so comparison is off.`;
    case 'bad-budget':
      return `Budget “${clip(notice.value)}” is not an amount of dollars between 0 and ${formatCount(MAX_BUDGET)} (e.g. 250 or 99.50); no budget is shown.`;
    case 'repeated-key': {
      const shown = notice.values.slice(0, 3).map((value) => `“${clip(value)}”`);
      if (notice.values.length > 3) shown.push('…');
      return `“${notice.key}” appeared ${notice.count} times (${shown.join(', ')}); the first was used.`;
    }
  }
}
