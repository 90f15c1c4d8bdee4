/** A date as precise as it is known: "2022-09" stays a month. */
export function PartialDateText({
  date,
  unknown = 'date unknown',
}: {
  date: { text: string | null } | null | undefined;
  unknown?: string;
}) {
  if (!date?.text) return <span>{unknown}</span>;
  return <time dateTime={date.text}>{date.text}</time>;
}
