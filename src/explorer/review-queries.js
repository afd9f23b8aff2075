// The GraphQL documents the review page sends (the limits test runs each of them too).

const END = `fragment End on DraftEnd { id drafted name kind entity { name kind } }`;

const EVIDENCE = `evidence { sentence { start end text } rule score }`;

export const DRAFT_FIELDS = `fragment DraftFields on Draft {
  id title status revision createdAt createdBy updatedAt updatedBy importedAt importedBy
  resolvedAgainstGraph sourceId publisher url published text
  mentions { start end text entity }
  counts { proposed accepted edited rejected }
  entities { id kind name aliases description state reviewedBy reviewNote json linkedTo { slug name } ${EVIDENCE} }
  relationships {
    id type state reviewedBy reviewNote json confidence validFrom validTo timeNote note details
    from { ...End } to { ...End }
    citations { quote assertedBy { ...End } via { ...End } }
    ${EVIDENCE}
    inGraph { slug statements { answers source { slug title publisher } values { field value differs } citations { quote } } }
    differsFromGraph choice suggestedChoice
  }
  history { revision at by action items note }
}
${END}`;

/** A review change's answer: the draft as it now stands, or why nothing changed. */
const CHANGED = `__typename
  ... on Draft { ...DraftFields }
  ... on MutationError { message }
  ... on ValidationError { problems { field message } }`;

export const DOCUMENTS = {
  drafts: `query Drafts($status: DraftStatus) {
    drafts(status: $status, first: 50) { id title status revision createdBy updatedAt updatedBy }
  }`,
  draft: `query Draft($id: String!) { draft(id: $id) { ...DraftFields } }
${DRAFT_FIELDS}`,
  draftReport: `mutation DraftReport($input: DraftReportInput!) {
    draftReport(input: $input) { __typename ... on Draft { id } ... on ExtractionError { code message } }
  }`,
  review: `mutation Review($draft: String!, $items: [String!]!, $state: ReviewState!, $revision: Int) {
    reviewDraftItems(draft: $draft, items: $items, state: $state, revision: $revision) { ${CHANGED} }
  }
${DRAFT_FIELDS}`,
  edit: `mutation Edit($draft: String!, $item: String!, $json: String!, $revision: Int) {
    editDraftItem(draft: $draft, item: $item, json: $json, revision: $revision) { ${CHANGED} }
  }
${DRAFT_FIELDS}`,
  link: `mutation Link($draft: String!, $entity: String!, $to: ID!, $revision: Int) {
    linkDraftEntity(draft: $draft, entity: $entity, to: $to, revision: $revision) { ${CHANGED} }
  }
${DRAFT_FIELDS}`,
  choose: `mutation Choose($draft: String!, $items: [String!]!, $choice: ReviewChoice!, $revision: Int) {
    chooseForDraftItems(draft: $draft, items: $items, choice: $choice, revision: $revision) { ${CHANGED} }
  }
${DRAFT_FIELDS}`,
  add: `mutation Add($draft: String!, $json: String!, $revision: Int) {
    addDraftItem(draft: $draft, json: $json, revision: $revision) { ${CHANGED} }
  }
${DRAFT_FIELDS}`,
  openDraft: `mutation OpenDraft($document: String!) {
    openDraft(document: $document) {
      __typename
      ... on Draft { id }
      ... on ImportRejectedError { message problems { line path message } }
      ... on MutationError { message }
    }
  }`,
  importDraft: `mutation Import($draft: String!, $revision: Int) {
    importDraft(draft: $draft, revision: $revision) {
      __typename
      ... on ImportDraftPayload {
        draft { ...DraftFields } items { id kind outcome } skippedEntities skippedRelationships redirected { id to }
        created updated unchanged corroborated contested replaced
      }
      ... on ImportRejectedError { message problems { line path item message } }
      ... on MutationError { message }
      ... on ValidationError { problems { field message } }
    }
  }
${DRAFT_FIELDS}`,
  search: `query SearchEntities($text: String!) {
    search(text: $text, first: 8) { entity { id slug name kind description } }
  }`,
};

/** At most this many entities are looked up in one request (the server allows 30 aliases). */
export const MAX_LOOKUPS = 20;

/** Looks up `count` entities by id at once, as e0 … e<count-1>. */
export const mentionedEntities = (count) => {
  const n = Array.from({ length: count }, (_, i) => i);
  return `query MentionedEntities(${n.map((i) => `$e${i}: ID!`).join(', ')}) { ${n.map((i) => `e${i}: entity(id: $e${i}) { slug name kind }`).join(' ')} }`;
};
