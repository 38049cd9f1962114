import { useEffect, useState } from 'react';

/** The current time, refreshed every minute so ages ("5 minutes ago") keep up while the page is open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
