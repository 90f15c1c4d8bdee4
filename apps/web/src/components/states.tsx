// What a person sees while a page loads, when there is nothing at an address, and when a view
// of the past cannot be shown.
import Link from 'next/link';
import { AsOfControl } from './as-of-control';
import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <div role="status" className="status">
      <p className="status-text">
        <span className="spinner" aria-hidden="true" />
        Loading {what}…
      </p>
    </div>
  );
}

export function NotFoundState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="problem">
      <h1>{title}</h1>
      {children}
      <p>
        <Link href="/">Go to the overview</Link> or <Link href="/search">search reports and claims</Link>.
      </p>
    </div>
  );
}

/** ?asOf= that is not a calendar day. */
function InvalidAsOf({ input, pathname }: { input: string; pathname: string }) {
  return (
    <div role="alert" className="problem">
      <h2>That date cannot be read</h2>
      <p>
        “{input}” is not a calendar day. Give the date as year-month-day, for example <code>?asOf=2022-10-01</code>, or pick one with the
        date control.
      </p>
      <p>
        <Link href={pathname}>Show what is known today</Link>
      </p>
    </div>
  );
}

/** A thing that exists now but did not yet on the day asked about. */
function NotYet({ what, day, todayHref }: { what: string; day: string; todayHref: string }) {
  return (
    <div className="problem" role="status">
      <h2>
        Not yet {what} on {day}
      </h2>
      <p>
        On <time dateTime={day}>{day}</time> ClaimGraph’s record did not have it yet. Pick a later date, or{' '}
        <Link href={todayHref}>see it as known today</Link>.
      </p>
    </div>
  );
}

/** A page whose `?asOf=` cannot be read: its title, then why. */
export function InvalidAsOfPage({ title, input, pathname }: { title: string; input: string; pathname: string }) {
  return (
    <>
      <h1>{title}</h1>
      <InvalidAsOf input={input} pathname={pathname} />
    </>
  );
}

/** A page about a thing that came later than the day asked about: its title, the control, and why. */
export function NotYetPage({
  title,
  lang,
  what,
  day,
  todayHref,
}: {
  title: string;
  lang?: string | null;
  what: string;
  day: string;
  todayHref: string;
}) {
  return (
    <>
      <h1 lang={lang ?? undefined}>{title}</h1>
      <AsOfControl day={day} />
      <NotYet what={what} day={day} todayHref={todayHref} />
    </>
  );
}
