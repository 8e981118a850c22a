/**
 * The poster's three pictures, drawn as plain SVG so they print sharp on any printer with no
 * font or image to fetch: a phone scanning a code, a phone with text being written, and a
 * message flying to the board. Lines in the ink colour, one accent in the board's green.
 */
const frame = {
  viewBox: '0 0 64 64',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 3,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function ScanPictogram() {
  return (
    <svg {...frame}>
      {/* The phone. */}
      <rect x="18" y="6" width="28" height="52" rx="5" />
      <path d="M28 11h8" />
      {/* A small QR code on its screen. */}
      <g fill="currentColor" stroke="none">
        <rect x="23" y="19" width="7" height="7" />
        <rect x="34" y="19" width="7" height="7" />
        <rect x="23" y="30" width="7" height="7" />
        <rect x="35" y="31" width="2.5" height="2.5" />
        <rect x="38.5" y="34.5" width="2.5" height="2.5" />
        <rect x="34" y="35" width="2.5" height="2.5" />
      </g>
      {/* The camera's frame. */}
      <path className="poster-accent-stroke" d="M8 16v-6h6M56 16v-6h-6M8 40v6h6M56 40v6h-6" />
      <path d="M28 50h8" />
    </svg>
  );
}

export function WritePictogram() {
  return (
    <svg {...frame}>
      {/* The phone with lines of text. */}
      <rect x="12" y="6" width="28" height="52" rx="5" />
      <path d="M18 18h16M18 25h16M18 32h10" />
      <path d="M22 50h8" />
      {/* A pen writing. */}
      <path
        className="poster-accent-fill"
        d="M52 22l5 5-17 17-7 2 2-7z"
        fill="currentColor"
        stroke="currentColor"
      />
      <path d="M48 26l5 5" stroke="#fff" strokeWidth="2" />
    </svg>
  );
}

export function SendPictogram() {
  return (
    <svg {...frame}>
      {/* A paper plane on its way … */}
      <path className="poster-accent-fill" d="M4 30l30-14-9 26-6-9z" fill="currentColor" />
      <path d="M19 33l15-17" stroke="#fff" strokeWidth="2" />
      {/* … to the board with its columns of cards. */}
      <rect x="38" y="14" width="22" height="36" rx="2" />
      <path d="M45.5 14v36M52.5 14v36" strokeWidth="2" />
      <g fill="currentColor" stroke="none">
        <rect x="40" y="18" width="4" height="4" />
        <rect x="40" y="25" width="4" height="4" />
        <rect x="47" y="18" width="4" height="4" />
        <rect x="54" y="18" width="4" height="4" />
      </g>
    </svg>
  );
}
