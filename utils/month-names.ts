/** English month abbreviations (lower case) → month number, for every date reader. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month's number from its English name, full or abbreviated (March, Mar., Sept). */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
}
