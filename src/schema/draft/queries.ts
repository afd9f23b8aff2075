/** Reading drafts: the list to pick a review up from, and one draft in full. Editors only. */
import { draftById, listDrafts } from '../../graph/drafts.js';
import { builder } from '../builder.js';
import { countArg } from '../arguments.js';
import { BOUNDS } from '../bounds.js';
import { Draft, DraftStatusEnum, draftView } from './types.js';

const DraftSummary = builder.objectRef<Awaited<ReturnType<typeof listDrafts>>[number]>('DraftSummary').implement({
  description: 'A draft as listed: what it is and where it stands, without its items.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The draft’s id: read it with `draft(id:)`.' }),
    title: t.exposeString('title', { description: 'The report’s title.' }),
    status: t.field({ type: DraftStatusEnum, description: 'Where it stands.', resolve: (d) => d.status }),
    revision: t.exposeInt('revision', { description: 'How many changes it has had.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was drafted.', resolve: (d) => d.createdAt }),
    createdBy: t.exposeString('createdBy', { description: 'Who drafted it.' }),
    updatedAt: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (d) => d.updatedAt }),
    updatedBy: t.exposeString('updatedBy', { description: 'Who changed it last.' }),
  }),
});

builder.queryFields((t) => ({
  drafts: t.field({
    type: [DraftSummary],
    description: `Drafts, newest first (at most ${BOUNDS.drafts.max}). Needs an editor token.`,
    authScopes: { editor: true },
    args: {
      status: t.arg({ type: DraftStatusEnum, description: 'Only drafts that stand here.' }),
      first: countArg(t.arg, BOUNDS.drafts, 'How many'),
    },
    resolve: (_root, { status, first }, context) => {
      return listDrafts(context.db, { status, limit: first ?? BOUNDS.drafts.default });
    },
  }),
  draft: t.field({
    type: Draft,
    nullable: true,
    description: 'One draft, with its text, proposed items, evidence, review states and history; null when none has the id. Needs an editor token.',
    authScopes: { editor: true },
    args: { id: t.arg.string({ required: true, description: 'The draft’s id.' }) },
    resolve: async (_root, { id }, context) => {
      const record = await draftById(context.db, id);
      return record ? draftView(record) : null;
    },
  }),
}));
