const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATETIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

export const formatDate = (d: Date | null | undefined) => (d ? DATE.format(d) : '—');
export const formatDateTime = (d: Date | null | undefined) => (d ? DATETIME.format(d) : '—');
/** YYYY-MM-DD in UTC, for <input type=date> and machine-readable dates. */
export const isoDate = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '');
