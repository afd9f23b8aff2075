/** Every relationship type's rule table, in one list; model.ts's 23 types each have one. */
import { accuses } from './accuses.js';
import { borders } from './borders.js';
import { concerns } from './concerns.js';
import { controls } from './controls.js';
import { demandsResignationOf } from './demands-resignation-of.js';
import { deploysTo } from './deploys-to.js';
import { ends } from './ends.js';
import type { RuleTable } from './engine.js';
import { guarantees } from './guarantees.js';
import { holdsOfficeIn } from './holds-office-in.js';
import { leads } from './leads.js';
import { locatedIn } from './located-in.js';
import { mayBecomeInvolvedIn } from './may-become-involved-in.js';
import { mediates } from './mediates.js';
import { occupies } from './occupies.js';
import { memberOf } from './member-of.js';
import { partOf } from './part-of.js';
import { participatesIn } from './participates-in.js';
import { proposes } from './proposes.js';
import { protestsAgainst } from './protests-against.js';
import { reports } from './reports.js';
import { requestsHelpFrom } from './requests-help-from.js';
import { signed } from './signed.js';
import { supports } from './supports.js';

export const RULE_TABLES: readonly RuleTable[] = [
  supports,
  guarantees,
  accuses,
  occupies,
  memberOf,
  leads,
  holdsOfficeIn,
  partOf,
  controls,
  participatesIn,
  signed,
  deploysTo,
  reports,
  requestsHelpFrom,
  protestsAgainst,
  demandsResignationOf,
  locatedIn,
  mediates,
  ends,
  proposes,
  borders,
  concerns,
  mayBecomeInvolvedIn,
];
