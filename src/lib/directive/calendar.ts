/**
 * The calendar test every date goes through: the parser's printed dates (dates.ts) and the schema's
 * IsoDate (schema.ts) both ask it, so "30/02/2021" and "2021-02-30" are refused by one rule. Its own
 * module so the schema does not import the parser's date reader (which imports the schema's types).
 */

/** `YYYY-MM-DD` for a day that exists in 1945–2100, else null. */
export function calendarDay(day: number, month: number, year: number): string | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}
