import { ICON_PATHS } from '@tavla/shared/icons';

/**
 * The wall's symbols, drawn as SVG it ships: a kiosk without an emoji or symbol font would show
 * an empty box for 🎉, ✓ or ●. 24×24 paths, coloured by `currentColor` unless told.
 */
const PATHS = {
  check: 'M9.5 16.2 5.3 12l-1.8 1.8 6 6 11-11-1.8-1.8z',
  person:
    'M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9zm0 2.2c-3.6 0-8 1.8-8 4.6V21h16v-2.2c0-2.8-4.4-4.6-8-4.6z',
  dot: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z',
  /** A target with its bullseye: a goal. */
  goal: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 3.2a6.8 6.8 0 1 1 0 13.6 6.8 6.8 0 0 1 0-13.6zm0 3.3a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z',
  /** A clipboard with lines: a routine. */
  routine:
    'M9 2h6a1 1 0 0 1 1 1v1h2.5A1.5 1.5 0 0 1 20 5.5v15a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 4 20.5v-15A1.5 1.5 0 0 1 5.5 4H8V3a1 1 0 0 1 1-1zm0 2v2h6V4zM7 10v2h10v-2zm0 4v2h10v-2zm0 4v1.5h6V18z',
  /** An "i" in a circle: information. */
  information:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.3 8h2.6v8h-2.6zm1.3-5a1.6 1.6 0 1 1 0 3.2A1.6 1.6 0 0 1 12 5z',
  /** Confetti bursting from a cone: the celebration. */
  party:
    'M2 22 7.5 6.5l10 10zm5.8-9.6-2.6 7.3 7.3-2.6zM14 2h2v3h-2zm5.4 2.2 1.4 1.4-2.1 2.1-1.4-1.4zM19 10h3v2h-3zM10.6 3.4l1.4-.6 1.3 2.8-1.4.6zm8 9.4.6-1.4 2.8 1.3-.6 1.4z',
  /** A clock: an action in good time. */
  clock:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2.5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15zM11 7v6l5 3 1-1.6-4-2.4V7z',
  /** A calendar with today marked: an action due today. */
  today:
    'M7 2h2v2h6V2h2v2h2a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2zM5 9v11h14V9zm5 3h4v4h-4z',
  /** A warning triangle: overdue. */
  alert: 'M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z',
  /** An arrow to the right: from one status to another. */
  arrow: 'M4 11h12.2l-5.6-5.6L12 4l8 8-8 8-1.4-1.4 5.6-5.6H4z',
  thumbUp: ICON_PATHS.thumbUp,
  comment: ICON_PATHS.comment,
} as const;
export type WallIconName = keyof typeof PATHS;

export function WallIcon(props: { name: WallIconName; size?: string; color?: string }) {
  const { name, size = '1em', color = 'currentColor' } = props;
  return (
    <svg
      className={`icon icon--${name}`}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill={color} fillRule="evenodd" />
    </svg>
  );
}
