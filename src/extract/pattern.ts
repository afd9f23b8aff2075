/**
 * Regular expressions for rules, with what Node 20 lacks: the same group name in several
 * alternatives ("(?<s>…)|…(?<s>…)"). Repeats are renamed on the way in and merged on the way out.
 */
export function pattern(source: string, flags = 'gu'): RegExp {
  const seen = new Map<string, number>();
  const renamed = source.replace(/\(\?<([a-zA-Z]\w*)>/g, (_, name: string) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? `(?<${name}>` : `(?<${name}__${count}>`;
  });
  return new RegExp(renamed, flags);
}

/** A match's named groups, repeats merged under their name (the first that matched wins). */
export function groupsOf(match: RegExpMatchArray): Record<string, string | undefined> {
  const groups: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(match.groups ?? {})) {
    const name = key.replace(/__\d+$/, '');
    if (value !== undefined && groups[name] === undefined) groups[name] = value;
    else if (!(name in groups)) groups[name] = undefined;
  }
  return groups;
}
