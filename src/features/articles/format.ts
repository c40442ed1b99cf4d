/** Dates and links as the articles pane shows them. */

const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME_FORMAT = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** "28 Nov 2021" for a YYYY-MM-DD day (UTC, so it never shifts with the reader's time zone). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : DAY_FORMAT.format(date);
}

/** "10 Feb 2022, 09:00 UTC" for an ISO instant. */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime())
    ? instant
    : `${DAY_FORMAT.format(date)}, ${TIME_FORMAT.format(date)} UTC`;
}

/** The URL when it is a web address (http or https) without a user name or password, else null: anything else
 *  must never become a link (a link carrying credentials is shown as text, so nobody follows it unawares). */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return null;
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
