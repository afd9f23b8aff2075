/**
 * The review page in a real browser (Debian's Chromium via playwright-core) against a live server on
 * the real Neo4j holding the article: sign in with an editor token (or the one in the address's
 * fragment; without one, where a token comes from, and the server's own words for "no keys" and
 * "unknown key"), paste a second report on the same events, read its text with the names marked by
 * kind, accept, reject and edit items (a bad edit shown by its field), survive a colleague's change
 * and a reload, have an import refused and then done, and see the new part of the graph drawn; link
 * a drafted entity to the graph by search; bad pastes get the extractor's reason. Then a second
 * report from a draft file: the graph's statements beside the draft's with the three choices, the
 * missed REPORTS added from selected words in six actions and imported against the seed's figure,
 * and a link that teaches the next report's draft a name. Accessibility audited at the start,
 * mid-review, after the import and with the new item's form open; no script error and no request to
 * another host throughout.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import { accessibilityViolations, pageSession } from './browser.js';
import { graphql, testServer } from './helpers.js';
import { it as withDb } from './fixture.js';
import { draftFromText } from '../src/extract/index.js';
import { knownEntities } from '../src/graph/known-entities.js';
import { matchDraftToGraph } from '../src/import/match.js';

const EDITOR = 'editor-key-for-the-review-page-0123';
const READER = 'reader-key-for-the-review-page-0123';
const session = pageSession({
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR},reader-bot:reader:${READER}`) },
});
let base: string;
let page: Page;
// Before each test: a page whose renderer crashed has been replaced by then (tests/browser.ts).
beforeEach(() => {
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

    // Where a token comes from, said while there is none.
    expect(await page.locator('#token-help').isVisible()).toBe(true);
    expect(await page.locator('#token-help').textContent()).toMatch(/npm start.*\.neo4j\/dev\/editor-token.*operator/s);

    // A server with no keys says so, in its own words: the page's requests relayed to one.
    const bare = testServer({ auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: [] } });
    await page.route('**/graphql', async (route) => {
      const request = route.request();
      const answer = await bare.fetch('http://localhost/graphql', { method: 'POST', headers: await request.allHeaders(), body: request.postData() });
      await route.fulfill({ status: answer.status, headers: Object.fromEntries(answer.headers), body: await answer.text() });
    });
    await signIn('not-a-key-this-server-knows-0000');
    await waitForStatus(/does not accept this token: This server has no API keys/);
    await page.unroute('**/graphql');
    await bare.dispose();
    await signIn('not-a-key-this-server-knows-0000');
    await waitForStatus(/does not accept this token: Unknown API key\./);
    expect(await page.locator('#token-help').isVisible()).toBe(true);
    await signIn(READER);
    await waitForStatus(/an editor token is needed/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    // The browser logs each refused request (401, 403) as a console error: those two are expected.
    const refused = session.problems.splice(0);
    expect(
      refused.every((problem) => /status of 40[13]/.test(problem)),
      refused.join('\n'),
    ).toBe(true);

    await signIn(EDITOR);
    await waitForStatus(/^Signed in/);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([EDITOR]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.url()).not.toContain(EDITOR);
    expect(await page.locator('#token').inputValue()).toBe('');
    expect(await page.locator('#token-help').isVisible()).toBe(false);
  });

  it('takes the token npm start puts in the address’s fragment, and takes it out of the address', async () => {
    await page.click('#sign-out');
    await page.goto('about:blank');
    await page.goto(`${base}/review#token=${EDITOR}`);
    await waitForStatus(/^Paste a report to draft it/);
    expect(page.url()).toBe(`${base}/review`);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([EDITOR]);
    expect(await page.locator('#signed-in').isVisible()).toBe(true);
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
      page
        .locator(`#report mark[data-kind="${kind}"]`)
        .first()
        .evaluate((m) => getComputedStyle(m).textDecorationStyle);
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
    // Without a mouse, a new item can start from the selected item's sentence.
    expect(await page.locator('#from-selection').textContent()).toContain('the sentence of the item you selected');
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
    expect(summary).toMatch(
      new RegExp(`^${accepted.length} relationships? and \\d+ entit(y|ies) written; ${skipped} relationships? and \\d+ entit(y|ies) skipped`),
    );
    expect(summary).toMatch(/Of the items written: \d+ new, \d+ corroborated, \d+ contested, \d+ replaced/);
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
    const { data: source } = await graphql<{ draft: { sourceId: string } }>(
      session.yoga,
      'query($id: String!) { draft(id: $id) { sourceId } }',
      { id: draftId() },
      EDITOR,
    );
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
      .evaluateAll(
        (items, drafted) =>
          items.filter((li) => li.querySelector('.facts')?.textContent?.includes(`${drafted} (Event) proposed`)).map((li) => li.getAttribute('data-id')),
        name,
      );
    expect(referring.length).toBeGreaterThan(0);

    await event.locator('button.link').click();
    expect(await event.locator('.link-form input[type=search]').inputValue()).toBe(name);
    await event.locator('.link-form .results button', { hasText: 'September 2022 Armenia–Azerbaijan border clashes (Event)' }).click();
    await waitForStatus(/^Linked “.+” to “September 2022 Armenia–Azerbaijan border clashes” in the graph/);
    const linked = page.locator(`#items li[data-id="${id}"]`);
    expect(await linked.getAttribute('data-state')).toBe('REJECTED');
    expect(await linked.locator('.review-note').textContent()).toContain('already in the graph');
    for (const rid of referring) {
      expect(await page.locator(`#items li[data-id="${rid}"] .facts`).textContent(), rid as string).toContain(
        'September 2022 Armenia–Azerbaijan border clashes (Event) in the graph',
      );
    }
  });

  it('ran without a script error or a request to another host', () => {
    expect(session.problems).toEqual([]);
  });
});

describe('a second report on the clash, opened from a draft file', () => {
  const WIRE = 'wire-afp-armenia-azerbaijan-2022-09-13';
  const MISSED = 'At least 49 Armenian soldiers';
  const HELD = 'armed-forces-of-armenia-part-of-armenia';
  const heldCard = () => page.locator(`#items li[data-id="${HELD}"]`);

  /** Selects words in the report's text with the mouse, as a reader would: press before the first letter, release after the last. */
  async function selectWords(words: string) {
    const box = await page.evaluate((wanted) => {
      const report = document.querySelector('#report') as HTMLElement;
      const at = (report.textContent ?? '').indexOf(wanted);
      const walker = document.createTreeWalker(report, NodeFilter.SHOW_TEXT);
      const place = (offset: number) => {
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset < seen + length) return { node, offset: offset - seen };
          seen += length;
        }
        throw new Error(`no text at ${offset}`);
      };
      const rect = (offset: number) => {
        walker.currentNode = report;
        const { node, offset: inNode } = place(offset);
        const range = document.createRange();
        range.setStart(node, inNode);
        range.setEnd(node, inNode + 1);
        return range.getBoundingClientRect();
      };
      (report.querySelector('mark') ?? report).scrollIntoView({ block: 'center' });
      const first = rect(at);
      const last = rect(at + wanted.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, words);
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 8 });
    await page.mouse.up();
  }

  withDb('opens a draft file as npm run extract --out writes it, and says why another file cannot be opened', async ({ db }) => {
    const text = await readFile(join(projectRoot, 'tests', 'fixtures', 'joining', `${WIRE}.txt`), 'utf8');
    const drafted = draftFromText({
      text,
      published: '2022-09-13',
      title: 'Dozens killed in Armenia-Azerbaijan border clashes',
      known: await knownEntities(db),
      createdBy: 'extract:test',
    });
    const matched = await matchDraftToGraph(db, drafted);
    // A draft that missed the Armenian toll, for the reviewer to add it.
    matched.relationships = matched.relationships.filter((r) => !(r.type === 'REPORTS' && (r as { figure?: number }).figure === 49));
    const draftFile = `${JSON.stringify(matched, null, 2)}\n`;

    await page.goto(`${base}/review`);
    await waitForStatus(/^Paste a report to draft it/);
    await page.setInputFiles('#draft-file', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "conflict-graph/v1", "sources": []}'),
    });
    await page.waitForFunction(() => /cannot be opened/.test(document.querySelector('#file-error')?.textContent ?? ''));
    expect(await page.locator('#file-error').textContent()).toMatch(/^notes\.json cannot be opened: .*draft/);
    expect(page.url()).toBe(`${base}/review`);

    await page.setInputFiles('#draft-file', { name: `${WIRE}.json`, mimeType: 'application/json', buffer: Buffer.from(draftFile) });
    await page.waitForURL(/\/review\?draft=/);
    await heldCard().waitFor();
    expect(await page.locator('#draft-title').textContent()).toBe('Dozens killed in Armenia-Azerbaijan border clashes');
    expect(await page.locator('#report').textContent()).toBe(text);
  });

  it('shows what the graph already says beside the draft, with the suggested choice selected', async () => {
    const held = heldCard();
    expect(await held.getAttribute('data-in-graph')).toBe(HELD);
    const table = held.locator('table.compare');
    expect(await table.locator('caption').textContent()).toBe('What the graph already says, beside this report');
    expect(await table.locator('thead').textContent()).toContain('This report');
    expect(await table.locator('thead').textContent()).toContain('(the graph’s answer)');
    expect(await held.locator('blockquote.graph-quote').count()).toBeGreaterThan(0);
    const checked = held.locator('fieldset.choice input:checked');
    expect(await checked.getAttribute('value')).toBe('CORROBORATE');
    expect(await held.locator('fieldset.choice').textContent()).toMatch(/Corroborate \(suggested\) — The report says what the graph says/);
    // Where the draft says otherwise, the field says so in words.
    const differing = page.locator('#items li[data-in-graph] tr.differs').first();
    if (await differing.count()) expect(await differing.textContent()).toContain('differs');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('contests, and over a colleague’s newer choice reloads and says so', async () => {
    const held = heldCard();
    await held.locator('input[value="CONTEST"]').check();
    await waitForStatus(/^Contest: /);
    const draft = await apiDraft(draftId());
    expect(draft.relationships.find((r) => r.id === HELD)?.state).toBe('ACCEPTED');

    await graphql(
      session.yoga,
      'mutation($d: String!, $r: Int) { chooseForDraftItems(draft: $d, items: ["' + HELD + '"], choice: REPLACE, revision: $r) { __typename } }',
      { d: draftId(), r: draft.revision },
      EDITOR,
    );
    await heldCard().locator('input[value="CORROBORATE"]').check();
    await waitForStatus(/A colleague changed this draft/);
    expect(await heldCard().locator('fieldset.choice input:checked').getAttribute('value')).toBe('REPLACE');
    await heldCard().locator('input[value="CORROBORATE"]').check();
    await waitForStatus(/^Corroborate: /);
    expect((await apiDraft(draftId())).relationships.find((r) => r.id === HELD)?.state).toBe('ACCEPTED');
  });

  it('adds the REPORTS the draft missed (49, Armenia’s losses, on the clash) in six actions', async () => {
    let actions = 0;
    const act = async (step: () => Promise<unknown>) => {
      actions++;
      await step();
    };
    await act(() => selectWords(MISSED));
    await act(() => page.click('#new-relationship'));
    const form = page.locator('#add-item form');
    await form.waitFor();
    expect(await page.locator('#add-quote p').textContent()).toMatch(/^.*At least 49 Armenian soldiers were killed in overnight fighting.*2020 war\.$/);
    expect(await form.locator('[data-field="type"]').inputValue()).toBe('REPORTS');
    expect(await form.locator('[data-field="to"]').inputValue()).toBe('september-2022-border-clashes');
    expect(await form.locator('[data-field="figure"]').inputValue()).toBe('49');
    expect(await form.locator('[data-field="whose"]').inputValue()).toBe('armenia');
    await act(() => form.locator('[data-field="from"]').selectOption('nikol-pashinyan'));
    await act(() => form.locator('[data-field="qualifier"]').selectOption('MORE_THAN'));
    await act(() => form.locator('[data-field="unit"]').fill('soldiers killed'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await act(() => form.locator('button[type=submit]').click());
    expect(actions).toBeLessThanOrEqual(6);

    const added = page.locator('#items li[data-type="REPORTS"][data-state="EDITED"]', { hasText: 'Nikol Pashinyan' }).filter({ hasText: 'figure49' });
    await added.waitFor();
    expect(await added.locator('.facts').textContent()).toMatch(/whoseArmenia/);
    expect(await added.locator('blockquote.quote p').first().textContent()).toContain(MISSED);
  });

  it('imports it with the rest, counting new, corroborated and contested items; the clash shows 49 against 105', async () => {
    /** The status once a click has had its answer (not a step on the way), for a failure to say what the page said. */
    const answer = async (click: () => Promise<void>) => {
      const before = await page.locator('#status').textContent();
      await click();
      await page.waitForFunction((was) => {
        const now = document.querySelector('#status')?.textContent ?? '';
        return now !== was && !now.endsWith('…');
      }, before);
      return page.locator('#status').textContent();
    };
    await page.selectOption('#filter-state', 'PROPOSED');
    expect(await answer(() => page.click('#accept-shown'))).toMatch(/^Accepted \d+ items?/);
    await page.selectOption('#filter-state', '');
    expect(await answer(() => page.click('#import-button'))).toMatch(/^Imported: /);
    const summary = (await page.locator('#import-summary').textContent()) as string;
    const [, created, corroborated] = /(\d+) new, (\d+) corroborated, \d+ contested, 0 replaced/.exec(summary) ?? [];
    expect(Number(created)).toBeGreaterThan(0);
    expect(Number(corroborated)).toBeGreaterThan(0);

    const { data } = await graphql<{ contested: { conflictingFigures: { whose: { slug: string } | null; figures: { figure: number }[] }[] } }>(
      session.yoga,
      '{ contested(entity: "september-2022-border-clashes") { conflictingFigures { whose { slug } figures { figure } } } }',
    );
    const armenian = data?.contested.conflictingFigures.find((c) => c.whose?.slug === 'armenia');
    expect(armenian?.figures.map((f) => f.figure)).toEqual(expect.arrayContaining([105, 49]));
    // An import under load, with the neighbourhoods drawn after it, can take longer than a click.
  }, 90_000);

  it('teaches the graph a name by a link, so the next report’s draft resolves it', async () => {
    const text = 'Test text written for the conflict-graph project.\n\nThe Yerevan cabinet accused Azerbaijan of shelling border towns.';
    const first = {
      format: 'conflict-graph/v1',
      draft: { extractor: 'test', createdAt: '2022-09-15T12:00:00Z', resolvedAgainstGraph: true },
      sources: [{ id: 'yerevan-cabinet-note-2022-09-15', title: 'A note on the cabinet', language: 'en', published: { from: '2022-09-15' }, text }],
      entities: [
        {
          id: 'yerevan-cabinet',
          kind: 'ORGANIZATION',
          orgType: 'GOVERNMENT',
          name: 'Yerevan cabinet',
          citations: [{ quote: 'The Yerevan cabinet accused Azerbaijan of shelling border towns.' }],
          review: { state: 'PROPOSED' },
        },
      ],
      relationships: [],
    };
    await page.goto(`${base}/review`);
    await page.setInputFiles('#draft-file', { name: 'cabinet.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(first, null, 2)) });
    const cabinet = page.locator('#items li[data-id="yerevan-cabinet"]');
    await cabinet.waitFor();
    await cabinet.locator('button.link').click();
    await cabinet.locator('.link-form input[type=search]').fill('Government of Armenia');
    await cabinet.locator('.link-form .results button', { hasText: 'Government of Armenia (Organization)' }).click();
    await waitForStatus(/^Linked “Yerevan cabinet” to “Government of Armenia”/);
    expect(await cabinet.locator('.facts').textContent()).toContain('Linked toGovernment of Armenia');
    await page.click('#import-button');
    await page.locator('#import-summary').waitFor();

    await page.goto(`${base}/review`);
    await paste('The Yerevan cabinet accused Azerbaijan of shelling villages on Friday.', { published: '2022-09-17', title: 'The next report' });
    await page.waitForURL(/\/review\?draft=/);
    const accuses = card('[data-type="ACCUSES"]');
    await accuses.waitFor();
    expect(await accuses.locator('.facts').textContent()).toContain('Government of Armenia (Organization) in the graph');
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
    for (const path of [
      '/review/../package.json',
      '/review/%2e%2e/package.json',
      '/review/serve.ts',
      '/review/review-model.ts',
      '/review/index.html',
      '/review/app.js',
      '/review/x',
    ]) {
      const other = await session.yoga.fetch(`http://localhost${path}`);
      expect(await other.text(), path).not.toContain('"dependencies"');
      expect(other.status, path).toBe(404);
    }
    expect((await session.yoga.fetch('http://localhost/review', { method: 'POST' })).status).toBe(405);
  });
});
