/** How names are compared: case, accents and spacing folded ("Pjöngjang" ~ "pjongjang"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A URL-safe slug from a name: "The New York Times" → "the-new-york-times". */
export function slugify(name: string): string {
  return normalizeName(name).replace(/ /g, '-').slice(0, 80) || 'item';
}
