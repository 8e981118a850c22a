/**
 * A small reader of systemd unit files (`deploy/tavla.service`), enough to check the unit the
 * README tells operators to install: sections, `Key=value` lines (a key may repeat, like
 * `Environment=`), comments and blank lines. Line continuations are not used in our unit and
 * are refused rather than misread.
 */
export type Unit = Map<string, { key: string; value: string }[]>;

export function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section: { key: string; value: string }[] | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    if (line.endsWith('\\')) throw new Error(`line ${index + 1}: continuation lines are not read`);
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header?.[1]) {
      section = [];
      unit.set(header[1], section);
      return;
    }
    const eq = line.indexOf('=');
    if (!section || eq <= 0) throw new Error(`line ${index + 1} is not "Key=value": ${line}`);
    section.push({ key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
  });
  return unit;
}

/** Every value of `key` in `section`, in order. */
export function values(unit: Unit, section: string, key: string): string[] {
  return (unit.get(section) ?? []).filter((e) => e.key === key).map((e) => e.value);
}

/** The one value of `key`; throws when it is missing or repeated. */
export function single(unit: Unit, section: string, key: string): string {
  const found = values(unit, section, key);
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`[${section}] ${key}= appears ${found.length} times`);
  }
  return found[0];
}

/** The service's environment from its `Environment=` lines (`A=1 B=2` or one per line). */
export function environment(unit: Unit): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of values(unit, 'Service', 'Environment')) {
    for (const pair of line.match(/"[^"]*"|\S+/g) ?? []) {
      const assignment = pair.replace(/^"|"$/g, '');
      const eq = assignment.indexOf('=');
      if (eq > 0) env[assignment.slice(0, eq)] = assignment.slice(eq + 1);
    }
  }
  return env;
}
