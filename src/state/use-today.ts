import { useEffect, useState } from 'react';
import { todayUtc, type IsoDay } from '../../shared/utc-day';

/** Today's UTC date, moving on at UTC midnight so presets stay right on a page left open. */
export function useToday(): IsoDay {
  const [today, setToday] = useState(() => todayUtc());
  useEffect(() => {
    const now = new Date();
    const nextMidnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
    const timer = window.setTimeout(() => setToday(todayUtc()), nextMidnight - now.getTime() + 1000);
    return () => window.clearTimeout(timer);
  }, [today]);
  return today;
}
