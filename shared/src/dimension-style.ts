import type { Dimension } from './domain.js';

/**
 * How each sustainability dimension looks on every screen: one colour and one icon (SVG path
 * data on a 24×24 grid), so the kiosk and the phone agree without sharing UI code.
 */
export const DIMENSION_STYLE: Record<Dimension, { color: string; iconPath: string }> = {
  // A leaf.
  ecological: {
    color: '#3fae5a',
    iconPath:
      'M20 3C10 3 4 8.5 4 15.5c0 1.6.4 3 1 4.2L3.3 21.4l1.3 1.3 1.8-1.8c1.2.7 2.6 1.1 4.1 1.1 ' +
      '7 0 9.5-7 9.5-19zM8.5 17.2l-1.4-1.4C10 12.6 13 10.6 16.5 9l.7 1.8c-3.3 1.4-6 3.3-8.7 6.4z',
  },
  // A coin with a krona sign.
  economic: {
    color: '#e0a526',
    iconPath:
      'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zM8 7v10h2v-4l3 ' +
      '4h2.4l-3.3-4.4L15.2 7h-2.4L10 11V7H8z',
  },
  // Two people.
  social: {
    color: '#5b8def',
    iconPath:
      'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm7 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM9 13c-3.3 0-7 ' +
      '1.7-7 4.5V20h14v-2.5C16 14.7 12.3 13 9 13zm7 0c-.5 0-1 0-1.6.1 1.6 1.1 2.6 2.6 2.6 4.4V20h5v-2.5' +
      'C22 14.9 19 13 16 13z',
  },
};
