import { useEffect, useState } from 'react';
import Typography from '@mui/material/Typography';

/** "Updated 12 s ago", ticking each second, so people can see the data is live. */
export function UpdatedAgo({ at, fetching }: { at: number; fetching?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!at) return null;
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  const text = seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min`;
  return (
    <Typography variant="caption" color="text.secondary" aria-live="off">
      {fetching ? 'Refreshing…' : `Updated ${text} ago`}
    </Typography>
  );
}
