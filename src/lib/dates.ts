/** A date as `YYYY-MM-DD` (UTC). */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
