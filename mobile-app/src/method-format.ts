import type { Language } from '@tavla/shared';

/**
 * Numbers and dates of the method's screens in the language's own way: "45 %" and "−5" in
 * Swedish (a space before the percent sign, a real minus), "45%" and "-5" in English.
 */
/** The locale a language's numbers and dates are written in. */
export const locale = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

export const formatCount = (language: Language, value: number): string =>
  new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);

/** A whole percentage 0–100. */
export const formatPercent = (language: Language, percent: number): string =>
  new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );

/** A percentage with at most one decimal: "15 %", "12,5 %" in Swedish, "12.5%" in English. */
export const formatShare = (language: Language, percent: number): string =>
  new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    percent / 100,
  );

/** Days or a mean with at most one decimal: "2,5" in Swedish, "2.5" in English. */
export const formatOne = (language: Language, value: number): string =>
  new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);

/** A mean with exactly one decimal ("3,0" / "3.0"): the pulse's and the workshop's averages. */
export const formatOneDecimal = (language: Language, value: number): string =>
  new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

/** A change in percentage points with an arrow that does not rely on colour: ▲ +12, ▼ −5, ±0. */
export function formatChange(language: Language, change: number): string {
  if (change === 0) return `± ${formatCount(language, 0)}`;
  const signed = new Intl.NumberFormat(locale(language), {
    signDisplay: 'always',
    maximumFractionDigits: 0,
  }).format(change);
  return `${change > 0 ? '▲' : '▼'} ${signed}`;
}

export const formatDate = (language: Language, iso: string): string =>
  new Date(iso).toLocaleDateString(locale(language), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });

export const formatTime = (language: Language, iso: string): string =>
  new Date(iso).toLocaleTimeString(locale(language), { hour: '2-digit', minute: '2-digit' });

/** A calendar day (YYYY-MM-DD) as people write it ("3 mars 2026"), the same day in any time zone. */
export const formatDay = (language: Language, day: string): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(locale(language), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
