/**
 * The review page in a real browser (Debian's Chromium via playwright-core) against a live server on
 * the real Neo4j holding the article: sign in with an editor token, paste a second report on the
 * same events, read its text with the names marked by kind, accept, reject and edit items (a bad
 * edit shown by its field), survive a colleague's change and a reload, have an import refused and
 * then done, and see the new part of the graph drawn; link a drafted entity to the graph by search;
 * bad pastes get the extractor's reason. Accessibility audited at the start, mid-review and after
 * the import; no script error and no request to another host throughout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import { accessibilityViolations, pageSession } from './browser.js';
import { graphql } from './helpers.js';

const EDITOR = 'editor-key-for-the-review-page-0123';
const READER = 'reader-key-for-the-review-page-0123';
const session = pageSession({
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},reader-bot:reader:${READER}`) },
});
let base: string;
let page: Page;
beforeAll(() => {
  ({ base, page } = session);
});

const reportText = () => readFile(join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', 'second-report-september-2022.txt'), 'utf8');
const waitForStatus = (pattern: RegExp) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#status')?.textContent ?? ''), pattern.source);
const card = (selector: string) => page.locator(`#items li${selector}`).first();
const draftId = () => new URL(page.url()).searchParams.get('draft') as string;
const counts = () => page.locator('#counts').textContent();
/** The REPORTS item the tests edit (the report gives more than one figure). */
let reportsId: string;
const reportsCard = () => page.locator(`#items li[data-id="${reportsId}"]`);

/** The draft as the API has it (for what the page should show, and to play a colleague). */
async function apiDraft(id: string) {
  const response = await graphql<{ draft: { revision: number; relationships: { id: string; type: string; state: string }[] } }>(
    session.yoga,
    'query($id: String!) { draft(id: $id) { revision relationships { id type state } } }',
    { id },
    EDITOR,
  );
  return response.data?.draft as NonNullable<typeof response.data>['draft'];
}

async function signIn(token: string) {
  await page.fill('#token', token);
  await page.click('#sign-in button');
}

async function paste(text: string, extra: { published?: string; title?: string; useGraph?: boolean } = {}) {
  await page.fill('#report-text', text);
  await page.fill('#published', extra.published ?? '');
  await page.fill('#title', extra.title ?? '');
  await page.setChecked('#use-graph', extra.useGraph ?? true);
  await page.click('#draft-form button[type=submit]');
}

describe('the review page', () => {
  it('asks for an editor token, says why a token is refused, and keeps it out of the address', async () => {
    await page.goto(`${base}/review`);
    await waitForStatus(/Sign in with an editor token/);
    expect(await page.locator('#draft-list').textContent()).toContain('Sign in');

    await signIn('not-a-key-this-server-knows-0000');
    await waitForStatus(/does not accept this token/);
    await signIn(READER);
    await waitForStatus(/an editor token is needed/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // The browser logs each refused request (401, 403) as a console error: those two are expected.
    const refused = session.problems.splice(0);
    expect(refused.every((problem) => /status of 40[13]/.test(problem)), refused.join('\n')).toBe(true);

    await signIn(EDITOR);
    await waitForStatus(/^Signed in/);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([EDITOR]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.url()).not.toContain(EDITOR);
    expect(await page.locator('#token').inputValue()).toBe('');
  });

  it('is readable at the start: no serious accessibility violations', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows why a paste cannot be drafted, and drafts nothing', async () => {
    await paste('<html><body><p>Armenia accused Azerbaijan of shelling border towns on Tuesday.</p></body></html>', { published: '2022-09-14' });
    await page.waitForFunction(() => document.querySelector('#draft-error')?.getAttribute('data-code') === 'NOT_PLAIN_TEXT');
    expect(await page.locator('#draft-error').textContent()).toMatch(/^Could not draft it: .*HTML/);
    await paste('   ', { published: '2022-09-14' });
    await page.waitForFunction(() => document.querySelector('#draft-error')?.getAttribute('data-code') === 'EMPTY_TEXT');
    await paste(await reportText());
    expect(await page.locator('#draft-error').textContent()).toMatch(/date the report was published/);
    expect(page.url()).toBe(`${base}/review`);
    const { data } = await graphql<{ drafts: unknown[] }>(session.yoga, '{ drafts(first: 10) { id } }', {}, EDITOR);
    expect(data?.drafts).toEqual([]);
  });

  it('drafts a pasted report and shows its text with the names marked by kind', async () => {
    const text = await reportText();
    await paste(text, { published: '2022-09-15', title: 'Azerbaijan raises death toll' });
    await page.waitForURL(/\/review\?draft=/);
    await page.locator('#items li').first().waitFor();
    expect(await page.locator('#draft-title').textContent()).toBe('Azerbaijan raises death toll');
    // Every character of the report, once, in order: marks are made of its own text.
    expect(await page.locator('#report').textContent()).toBe(text);
    const azerbaijan = page.locator('#report mark', { hasText: /^Azerbaijan$/ }).first();
    expect(await azerbaijan.getAttribute('data-kind')).toBe('STATE');
    expect(await azerbaijan.getAttribute('title')).toBe('State: Azerbaijan (in the graph)');
    const kinds = new Set(await page.locator('#report mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-kind'))));
    expect([...kinds]).toEqual(expect.arrayContaining(['STATE', 'ORGANIZATION', 'EVENT']));
    // Not colour alone: each kind has its own underline style too.
    const underline = (kind: string) =>
      page.locator(`#report mark[data-kind="${kind}"]`).first().evaluate((m) => getComputedStyle(m).textDecorationStyle);
    expect(new Set([await underline('STATE'), await underline('ORGANIZATION'), await underline('EVENT')]).size).toBe(3);
    // Ends already in the graph say so; every item shows its sentence, rule and score.
    reportsId = (await card('[data-type="REPORTS"]').getAttribute('data-id')) as string;
    const reports = reportsCard();
    expect(await reports.locator('.facts').textContent()).toMatch(/\((State|Organization)\) in the graph/);
    expect(await reports.locator('blockquote.quote footer').first().textContent()).toMatch(/^rule \S+ · score \d\.\d\d$/);
    expect(await reports.locator('.badge').textContent()).toBe('PROPOSED');
  });

  it('highlights the sentence of the selected item in the text, and stays readable', async () => {
    const reports = reportsCard();
    await reports.locator('button.select').click();
    const sentence = await reports.locator('blockquote.quote p').first().textContent();
    await page.locator('#report span.evidence').first().waitFor();
    expect(await page.locator('#report span.evidence').first().textContent()).toBe(sentence);
    expect(await reports.locator('button.select').getAttribute('aria-pressed')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('accepts, rejects and accepts all shown, each change on the revision the page saw', async () => {
    const accuses = card('[data-type="ACCUSES"]');
    const id = await accuses.getAttribute('data-id');
    await accuses.locator('button.accept').click();
    await page.waitForSelector(`#items li[data-id="${id}"][data-state="ACCEPTED"]`);
    const occupies = card('[data-type="OCCUPIES"]');
    const rejected = await occupies.getAttribute('data-id');
    await occupies.locator('button.reject').click();
    await page.waitForSelector(`#items li[data-id="${rejected}"][data-state="REJECTED"]`);
    expect(await page.locator(`#items li[data-id="${rejected}"] .badge`).textContent()).toBe('REJECTED');

    await page.selectOption('#filter-kind', 'relationships:PARTICIPATES_IN');
    const shown = await page.locator('#items li').count();
    expect(shown).toBeGreaterThan(0);
    await page.click('#accept-shown');
    await waitForStatus(/^Accepted \d+ items?/);
    expect(await page.locator('#items li[data-state="ACCEPTED"]').count()).toBe(shown);
    await page.selectOption('#filter-kind', '');
    await page.selectOption('#filter-state', 'REJECTED');
    expect(await page.locator('#items li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')))).toEqual([rejected]);
    await page.selectOption('#filter-state', '');

    const draft = await apiDraft(draftId());
    expect(draft.relationships.find((r) => r.id === id)?.state).toBe('ACCEPTED');
    expect(draft.relationships.find((r) => r.id === rejected)?.state).toBe('REJECTED');
  });

  it('edits an item in a form: a bad date is shown at its field, a changed figure makes it EDITED', async () => {
    const reports = reportsCard();
    await reports.locator('button.edit').click();
    const form = reports.locator('form.edit-form');
    await form.locator('[data-field="time.from"]').fill('2022-13');
    await form.locator('[data-field="figure"]').fill('106');
    await form.locator('button[type=submit]').click();
    const problem = form.locator('.field:has([data-field="time.from"]) .problem');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/YYYY/);
    expect(await form.locator('[data-field="time.from"]').getAttribute('aria-invalid')).toBe('true');
    expect(await reports.getAttribute('data-state')).toBe('PROPOSED');
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.locator('[data-field="time.from"]').fill('2022-09-13');
    await form.locator('[data-field="time.to"]').fill('');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector(`#items li[data-id="${reportsId}"][data-state="EDITED"]`);
    const facts = await reportsCard().locator('.facts').textContent();
    expect(facts).toContain('figure106');
    expect(facts).toContain('2022-09-13 to open');
  });

  it('tells the reviewer when a colleague changed the draft meanwhile, and changes nothing over it', async () => {
    const id = draftId();
    const before = await apiDraft(id);
    const theirs = before.relationships.find((r) => r.state === 'PROPOSED') as { id: string };
    const colleague = await graphql(
      session.yoga,
      'mutation($d: String!, $i: [String!]!, $r: Int) { reviewDraftItems(draft: $d, items: $i, state: REJECTED, revision: $r) { __typename } }',
      { d: id, i: [theirs.id], r: before.revision },
      EDITOR,
    );
    expect(colleague.data).toEqual({ reviewDraftItems: { __typename: 'Draft' } });
    const mine = page.locator(`#items li[data-type][data-state="PROPOSED"]:not([data-id="${theirs.id}"])`).first();
    const mineId = await mine.getAttribute('data-id');
    await mine.locator('button.accept').click();
    await waitForStatus(/A colleague changed this draft/);
    await page.waitForSelector(`#items li[data-id="${theirs.id}"][data-state="REJECTED"]`);
    expect((await apiDraft(id)).relationships.find((r) => r.id === mineId)?.state).toBe('PROPOSED');
  });

  it('keeps the draft in the address: a reload reopens it with the review as it was, and its history', async () => {
    const before = await counts();
    const url = page.url();
    await page.reload();
    await page.locator('#items li').first().waitFor();
    expect(page.url()).toBe(url);
    expect(await counts()).toBe(before);
    expect(await reportsCard().getAttribute('data-state')).toBe('EDITED');
    await page.click('#history summary');
    const history = await page.locator('#history-list').textContent();
    for (const action of ['drafted', 'accepted', 'rejected', 'edited']) expect(history).toContain(action);
    expect(history).toContain('api-key:editor-bot');
  });

  it('lists the problems when the importer refuses the accepted items, and writes nothing', async () => {
    const accuses = card('[data-type="ACCUSES"][data-state="ACCEPTED"]');
    const id = await accuses.getAttribute('data-id');
    await accuses.locator('button.edit').click();
    const json = accuses.locator('details.json textarea');
    await accuses.locator('details.json summary').click();
    const item = JSON.parse(await json.inputValue());
    item.citations[0].quote = 'A sentence this report never printed.';
    await json.fill(JSON.stringify(item, null, 2));
    await accuses.locator('details.json button').click();
    await page.waitForSelector(`#items li[data-id="${id}"][data-state="EDITED"]`);

    await page.click('#import-button');
    await page.locator('#import-result ul.problems li').first().waitFor();
    expect(await page.locator('#import-result h3').textContent()).toMatch(/refused: nothing was written/);
    expect(await page.locator('#import-result ul.problems').textContent()).toMatch(/verbatim/);
    expect(await page.locator('#draft-status').textContent()).toBe('OPEN');

    await page.locator(`#items li[data-id="${id}"] button.reject`).click();
    await page.waitForSelector(`#items li[data-id="${id}"][data-state="REJECTED"]`);
  });

  it('does not import over a colleague’s newer change: it reloads the draft and says so', async () => {
    const id = draftId();
    const before = await apiDraft(id);
    const rejected = before.relationships.find((r) => r.state === 'REJECTED') as { id: string };
    await graphql(
      session.yoga,
      'mutation($d: String!, $i: [String!]!, $r: Int) { reviewDraftItems(draft: $d, items: $i, state: REJECTED, note: "Not what the report says", revision: $r) { __typename } }',
      { d: id, i: [rejected.id], r: before.revision },
      EDITOR,
    );
    await page.click('#import-button');
    await waitForStatus(/A colleague changed this draft meanwhile/);
    expect(await page.locator('#draft-status').textContent()).toBe('OPEN');
    await page.locator(`#items li[data-id="${rejected.id}"] .review-note`, { hasText: 'Not what the report says' }).waitFor();
  });

  it('imports the accepted items, says what was written and skipped, and draws the new part of the graph', async () => {
    const draft = await apiDraft(draftId());
    const accepted = draft.relationships.filter((r) => r.state === 'ACCEPTED' || r.state === 'EDITED');
    await page.click('#import-button');
    await page.locator('#import-summary').waitFor();
    const summary = await page.locator('#import-summary').textContent();
    const skipped = draft.relationships.length - accepted.length;
    expect(summary).toMatch(new RegExp(`^${accepted.length} relationships? and \\d+ entit(y|ies) written; ${skipped} relationships? and \\d+ entit(y|ies) skipped`));
    expect(await page.locator('#draft-status').textContent()).toBe('IMPORTED');

    await page.waitForFunction(() => (window as unknown as { review: { cy?: { nodes(): unknown[] } } }).review.cy?.nodes().length);
    const drawn = await page.evaluate(() => {
      const { cy } = (window as unknown as { review: { cy: { $(s: string): { map(f: (e: { id(): string }) => string): string[] } } } }).review;
      return { nodes: cy.$('node').map((n) => n.id()), imported: cy.$('edge.new').map((e) => e.id()) };
    });
    expect(drawn.nodes).toEqual(expect.arrayContaining(['armenia', 'september-2022-border-clashes']));
    expect(drawn.imported.sort()).toEqual(accepted.map((r) => `r:${r.id}`).sort());
    expect(await page.locator('#graph-list a').getAttribute('href')).toMatch(/^\/explore\?entity=/);

    // The edited toll (106) states the article's figure for the same losses differently: it stands
    // beside the article's in contested, each with its own source, and the article's answer stays.
    const figures = await graphql<{ contested: { conflictingFigures: { figures: { figure: number; sources: { slug: string }[] }[] }[] } }>(
      session.yoga,
      '{ contested(entity: "september-2022-border-clashes") { conflictingFigures { figures { figure sources { slug } } } } }',
    );
    const conflict = figures.data?.contested.conflictingFigures.find((c) => c.figures.some((f) => f.figure === 106));
    const bySource = (slug: string) => conflict?.figures.filter((f) => f.sources.some((s) => s.slug === slug)).map((f) => f.figure);
    const { data: source } = await graphql<{ draft: { sourceId: string } }>(session.yoga, 'query($id: String!) { draft(id: $id) { sourceId } }', { id: draftId() }, EDITOR);
    expect(bySource(source?.draft.sourceId as string)).toEqual([106]);
    expect(bySource('armenia-azerbaijan-2022-09')).toHaveLength(1);
    expect(bySource('armenia-azerbaijan-2022-09')).not.toContain(106);
  });

  it('stays readable after the import, with the graph drawn', async () => {
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('links a drafted entity to the one the graph already has, found by search', async () => {
    // Drafted from the text alone, the clashes are a new event: the graph has them under another id.
    await page.goto(`${base}/review`);
    await paste('Armenia said on Wednesday that 105 of its soldiers had been killed in the border clashes with Azerbaijan, which broke out on Tuesday.', {
      published: '2022-09-14',
      title: 'Drafted from the text alone',
      useGraph: false,
    });
    await page.waitForURL(/\/review\?draft=/);
    const event = page.locator('#items li[data-kind="EVENT"]').first();
    await event.waitFor();
    const id = (await event.getAttribute('data-id')) as string;
    const name = (await event.locator('button.select').textContent()) as string;
    const referring = await page
      .locator('#items li[data-type]')
      .evaluateAll((items, drafted) => items.filter((li) => li.querySelector('.facts')?.textContent?.includes(`${drafted} (Event) proposed`)).map((li) => li.getAttribute('data-id')), name);
    expect(referring.length).toBeGreaterThan(0);

    await event.locator('button.link').click();
    expect(await event.locator('.link-form input[type=search]').inputValue()).toBe(name);
    await event.locator('.link-form .results button', { hasText: 'September 2022 Armenia–Azerbaijan border clashes (Event)' }).click();
    await waitForStatus(/^Linked “.+” to “September 2022 Armenia–Azerbaijan border clashes” in the graph/);
    const linked = page.locator(`#items li[data-id="${id}"]`);
    expect(await linked.getAttribute('data-state')).toBe('REJECTED');
    expect(await linked.locator('.review-note').textContent()).toContain('already in the graph');
    for (const rid of referring) {
      expect(await page.locator(`#items li[data-id="${rid}"] .facts`).textContent(), rid as string).toContain('September 2022 Armenia–Azerbaijan border clashes (Event) in the graph');
    }
  });

  it('ran without a script error or a request to another host', () => {
    expect(session.problems).toEqual([]);
  });
});

describe('serving /review', () => {
  it('serves the page and its own files only, with a content security policy', async () => {
    const response = await session.yoga.fetch('http://localhost/review');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/review/review.js">');
    expect(html).not.toMatch(/<script>|on(click|load)=/);
    const model = (await (await session.yoga.fetch('http://localhost/review/model.json')).json()) as {
      relationshipTypes: Record<string, { fields: { name: string }[] }>;
    };
    expect(model.relationshipTypes.REPORTS?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['figure', 'qualifier', 'unit', 'whose']));
    for (const path of ['/review/../package.json', '/review/%2e%2e/package.json', '/review/serve.ts', '/review/review-model.ts', '/review/index.html', '/review/app.js', '/review/x']) {
      const other = await session.yoga.fetch(`http://localhost${path}`);
      expect(await other.text(), path).not.toContain('"dependencies"');
      expect(other.status, path).toBe(404);
    }
    expect((await session.yoga.fetch('http://localhost/review', { method: 'POST' })).status).toBe(405);
  });
});
