/** SIGNED: "the signatories of the document are X, Y and Z as the guarantor", "X and Y signed the agreement", "signed by X". */
import { AUX, EVENT, LIST, V, rule, type Groups, type RuleContext, type RuleTable } from './engine.js';

function signatories(g: Groups, c: RuleContext) {
  const event = c.entity(g.e);
  const slots = c.list(g.list);
  return slots.flatMap((n, index) => c.actors(n).map((from) => ({ from, to: event?.id ?? '', extra: { role: g.guarantor && index === slots.length - 1 ? 'guarantor' : 'signatory' } })));
}

export const signed: RuleTable = {
  type: 'SIGNED',
  rules: [
    {
      name: 'signed/signatories',
      score: 0.85,
      pattern: rule(`signator(?:ies|y) (?:of|to) ${EVENT('e')} (?:are|were|include|included|is|was) ${LIST('list')}(?<guarantor> as (?:the |its )?guarantors?)?`),
      build: signatories,
    },
    {
      name: 'signed/active',
      score: 0.8,
      pattern: rule(`${LIST('list')} ${AUX}${V('sign', 'conclude', 'ink')} ${EVENT('e')}`),
      build: signatories,
    },
    {
      name: 'signed/passive',
      score: 0.8,
      pattern: rule(`${EVENT('e')},? ${AUX}(?:signed|concluded) by ${LIST('list')}(?<guarantor> as (?:the |its )?guarantors?)?`),
      build: signatories,
    },
  ],
};
