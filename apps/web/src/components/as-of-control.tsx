'use client';
// The "as of" date: a GET form, so the day lands in the URL (?asOf=2022-10-01) and the view can
// be shared. Other parameters of the page (e.g. the selected claim) are kept.
import Form from 'next/form';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

export function AsOfControl({ day }: { day?: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const kept = [...params.entries()].filter(([name]) => name !== 'asOf');
  const todayParams = new URLSearchParams(kept).toString();

  return (
    <Form action={pathname} className="as-of" scroll={false}>
      <label htmlFor="as-of-date">Show what was known on</label>
      <div className="as-of-fields">
        <input
          key={day ?? 'today'}
          id="as-of-date"
          type="date"
          name="asOf"
          defaultValue={day}
          min="1900-01-01"
          aria-describedby="as-of-hint"
        />
        {kept.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className="button">
          Show
        </button>
        {day && (
          <Link href={todayParams ? `${pathname}?${todayParams}` : pathname} className="button button-secondary">
            Today
          </Link>
        )}
      </div>
      <p id="as-of-hint" className="hint">
        {day ? `Showing what was known on ${day}.` : 'Showing what is known today.'}
      </p>
    </Form>
  );
}
