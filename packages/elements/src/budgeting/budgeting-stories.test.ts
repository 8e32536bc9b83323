// Every Storybook story of the budgeting widgets (the officers' console too), rendered as Storybook renders it
// (the story's render with its args, then its play function), must reach its state and pass axe:
// the stories are the catalogue of each widget's states (issue 9's Done-when), so this is axe in
// every state the catalogue shows. The stories use their in-memory stand-in for the server.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../define/kohtaamo-budget-ballot.js';
import '../define/kohtaamo-budget-console.js';
import '../define/kohtaamo-budget-proposals.js';
import '../define/kohtaamo-budget-receipt.js';
import '../define/kohtaamo-budget-results.js';
import * as ballot from '../../../../stories/budgeting/budget-ballot.stories.js';
import * as budgetConsole from '../../../../stories/budgeting/budget-console.stories.js';
import * as proposals from '../../../../stories/budgeting/budget-proposals.stories.js';
import * as receipt from '../../../../stories/budgeting/budget-receipt.stories.js';
import * as results from '../../../../stories/budgeting/budget-results.stories.js';

interface AnyStory {
  args?: Record<string, unknown>;
  beforeEach?: () => unknown;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}
interface AnyMeta {
  title?: string;
  beforeEach?: () => unknown;
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}

afterEach(() => fixtureCleanup());

for (const module of [ballot, proposals, receipt, results, budgetConsole]) {
  const { default: meta, ...stories } = module as unknown as { default: AnyMeta } & Record<string, AnyStory>;
  describe(meta.title ?? 'stories', () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name}: reaches its state and passes axe`, async function (this: { timeout(ms: number): void }) {
        this.timeout(30_000);
        // As Storybook does: the meta's and then the story's beforeEach before the story renders
        // (they forget what another story left in the browser's storage).
        await meta.beforeEach?.();
        await story.beforeEach?.();
        const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
        render(meta.render!({ ...meta.args, ...story.args }, {}), canvas);
        const el = canvas.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        // Loaded: the widget has rendered and nothing says "loading" any more.
        await waitUntil(() => el.shadowRoot?.querySelector('h2, h3, form') && !/Ladataan|Laddar|Loading/.test(el.shadowRoot.textContent ?? ''), `${name} loads`, { timeout: 10_000 });
        if (story.play) await story.play({ canvasElement: canvas });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
}
