import type { Language } from '@tavla/shared';

/**
 * Numbers and dates of the method's screens in the language's own way: "45 %" and "−5" in
 * Swedish (a space before the percent sign, a real minus), "45%" and "-5" in English.
 */
const locale = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');

export const formatCount = (language: Language, value: number): string =>
  new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);

/** A whole percentage 0–100. */
export const formatPercent = (language: Language, percent: number): string =>
  new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );

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
