/**
 * The block the server prints once it listens: where the wall, the phones and the admin go,
 * and the one-time setup code while no admin exists. Framed and printed in one write, after
 * the start's log lines, so the URLs and the code stand out in a terminal or `journalctl`
 * instead of getting lost among log lines (requests are not logged at the default level).
 */
export interface StartBannerFacts {
  version: string;
  host: string;
  port: number;
  dataDir: string;
  publicUrl: string;
  boardName: string;
  boardCreated: boolean;
  kioskUrl: string;
  joinUrl: string;
  /** The join URL as a terminal QR code (printed as is). */
  qr: string;
  /** The setup code issued by this start, shown only now. */
  setupCode: string | null;
  /** No admin exists yet (a code was issued at an earlier start). */
  setupPending: boolean;
}

const RULE = '='.repeat(72);

export function startBanner(facts: StartBannerFacts): string {
  const signIn = `${facts.publicUrl}/m/login`;
  const lines = [
    '',
    RULE,
    `Tavla ${facts.version} is running on ${facts.host}:${facts.port} (data in ${facts.dataDir})`,
    facts.boardCreated
      ? `Created the board "${facts.boardName}".`
      : `First board: "${facts.boardName}"`,
    '',
    'Wall screen (open full-screen on the TV):',
    `  ${facts.kioskUrl}`,
    '',
    'Phones join here (the QR code below):',
    `  ${facts.joinUrl}`,
    '',
    facts.setupPending
      ? 'Admin (create the first admin account here):'
      : 'Team leads and admins sign in here:',
    `  ${signIn}`,
    RULE,
    facts.qr.trimEnd(),
  ];
  if (facts.setupCode) {
    lines.push(
      RULE,
      'One-time setup code (shown only now, keep it safe).',
      `Open ${signIn}, choose "First start? Create the admin",`,
      'and create the admin account with it:',
      '',
      `    ${facts.setupCode}`,
      '',
      'Lost it before using it? `npm run setup-code` prints a new one.',
      RULE,
    );
  } else if (facts.setupPending) {
    lines.push(
      RULE,
      'No admin yet. Lost the setup code? `npm run setup-code` prints a new one.',
      RULE,
    );
  }
  lines.push('');
  return lines.join('\n');
}
