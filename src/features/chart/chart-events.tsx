import { memo } from 'react';
import type { EventLine } from '../../domain/series';
import { formatDay } from '../../domain/series-labels';
import { mostSourced } from '../../domain/series-scale';
import { Disclosure } from './disclosure';

/** Events listed at most; the most-sourced ones, in date order. */
export const EVENT_LIST_LIMIT = 100;

/** Props: the events inside the plotted dates. */
export interface ChartEventsProps {
  events: readonly EventLine[];
}

/** The list itself: sorted only when the disclosure is open. */
function EventList({ events }: ChartEventsProps) {
  const listed = mostSourced(events, EVENT_LIST_LIMIT);
  return (
    <>
      <ul aria-label="Events" className="chart-aside__list">
        {listed.map((event) => (
          <li key={event.id}>
            <time dateTime={event.day}>{formatDay(event.day)}</time>: {event.title}
            {event.status === 'occurred' ? '' : ` (${event.status})`}
          </li>
        ))}
      </ul>
      {listed.length < events.length && (
        <p className="troop-chart__note">
          The {listed.length} most reported of {events.length} events.
        </p>
      )}
    </>
  );
}

/** The events behind the plot's markers as text, under an "Events (N)" disclosure. */
export const ChartEvents = memo(function ChartEvents({ events }: ChartEventsProps) {
  if (events.length === 0) return null;
  return (
    <Disclosure label={`Events (${events.length})`}>
      <EventList events={events} />
    </Disclosure>
  );
});
