/**
 * Offices, shared by LEADS and HOLDS_OFFICE_IN: which titles head a state or organization
 * (president, prime minister, chairman) and which only hold an office in it (minister, secretary).
 */
import type { Found, RuleContext } from './engine.js';

export const HEAD_OFFICE = /(?:^|\s)(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of state|leader|chairman|chairwoman|chair|head|secretary[- ]general)$/i;

const plain = (office: string) => office.replace(/^(?:acting|interim)\s+/i, '').trim();

/** The relationship an office holder has with what the office is in, and the office named in full. */
export function office(c: RuleContext, leader: string, of: string, title: string, leads: boolean, extra: Partial<Found> = {}): Found | undefined {
  const person = c.registry.get(leader);
  const body = c.registry.get(of);
  if (person?.kind !== 'LEADER' || !body) return undefined;
  // A former president leads nothing now.
  if (/^(?:former|ex-)/i.test(title) || HEAD_OFFICE.test(plain(title)) !== leads) return undefined;
  const name = title.replace(/^./, (ch) => ch.toUpperCase());
  if (!person.known) person.office = person.office && !/^(?:its|their)\b/i.test(person.office) && person.office.includes(' of ') ? person.office : `${name} of ${body.name}`;
  return { from: leader, to: of, extra: { office: name }, ...extra };
}
