/**
 * Offices, shared by LEADS and HOLDS_OFFICE_IN: which titles head a state or organization
 * (president, prime minister, chairman) and which only hold an office in it (minister, secretary).
 */
import type { Found, RuleContext } from './engine.js';

/** Titles that head a state. */
const HEADS_STATE = /(?:^|\s)(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state|(?:supreme )?leader)$/i;
/** Titles that head an organization or a force: also its commander, its chief, its secretary-general. */
export const HEAD_OFFICE =
  /(?:^|\s)(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state|leader|chairman|chairwoman|chair|head|secretary[- ]general|commander|chief)$/i;

const plain = (office: string) => office.replace(/^(?:acting|interim|caretaker)\s+/i, '').trim();

/**
 * Whether a title heads the body: "head of the government's negotiating team" heads a part of the
 * government, not the government, so it only holds an office in it; a chief of staff heads a force.
 */
function heads(title: string, body: { kind: string; name: string; aliases: string[]; orgType?: string }): boolean {
  const [head, complement] = title.split(/ (?:of|for) (?:the )?/i, 2) as [string, string | undefined];
  // "the armed forces chief of staff", "chief of the general staff": the head of a force.
  if (/(?:^|\s)chief$/i.test(plain(head)) && /^(?:general |defen[cs]e |army )?staff$/i.test(complement ?? '')) return body.orgType === 'ARMED_FORCE';
  if (!(body.kind === 'STATE' ? HEADS_STATE : HEAD_OFFICE).test(plain(head))) return false;
  return !complement || [body.name, ...body.aliases].some((name) => complement.toLowerCase().includes(name.toLowerCase()));
}

/** The relationship an office holder has with what the office is in, and the office named in full. */
export function office(c: RuleContext, leader: string, of: string, title: string, leads: boolean, extra: Partial<Found> = {}): Found | undefined {
  const person = c.registry.get(leader);
  const body = c.registry.get(of);
  if (person?.kind !== 'LEADER' || !body) return undefined;
  // A former president leads nothing now.
  if (/^(?:former|ex-)/i.test(title) || heads(title, body) !== leads) return undefined;
  const name = title.replace(/^./, (ch) => ch.toUpperCase());
  if (!person.known)
    person.office =
      person.office && !/^(?:its|their)\b/i.test(person.office) && / (?:of|for|to) /.test(person.office) ? person.office : `${name} of ${body.name}`;
  return { from: leader, to: of, extra: { office: name }, ...extra };
}
