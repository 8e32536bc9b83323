// Every Storybook story of the volunteering widgets (issue 11), rendered as Storybook renders it
// (the meta's render with the story's args, then its play function), must reach its state and
// pass axe. The stories are the catalogue of each widget's states (DESIGN.md: "an accessibility
// assertion in every state of every element"; the Done-when: "every widget passes axe in
// every state ... with Storybook stories for each state"), so this is axe in every state the
// catalogue shows, in the languages the stories use. The stories use their in-memory stand-ins
// for the server; the keyboard-only flows against the real server are the widgets' own tests.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../define/kohtaamo-volunteer-board.js';
import '../define/kohtaamo-volunteer-console.js';
import '../define/kohtaamo-volunteer-propose.js';
import '../define/kohtaamo-volunteer-signup.js';
import * as board from '../../../../stories/volunteering/volunteer-board.stories.js';
import * as volunteerConsole from '../../../../stories/volunteering/volunteer-console.stories.js';
import * as propose from '../../../../stories/volunteering/volunteer-propose.stories.js';
import * as signup from '../../../../stories/volunteering/volunteer-signup.stories.js';

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

afterEach(() => {
  fixtureCleanup();
  // The sign-up keeps the manage codes of this device's sign-ups; a story's must not warn the next one of an overlap.
  localStorage.removeItem('kohtaamo-volunteering-codes');
});

for (const module of [signup, board, propose, volunteerConsole]) {
  const { default: meta, ...stories } = module as unknown as { default: AnyMeta } & Record<string, AnyStory>;
  describe(meta.title ?? 'stories', () => {
    it('has stories', () => void expect(Object.keys(stories).length).to.be.greaterThan(3));
    for (const [name, story] of Object.entries(stories)) {
      it(`${name}: reaches its state and passes axe`, async function (this: { timeout(ms: number): void }) {
        this.timeout(30_000);
        await meta.beforeEach?.();
        await story.beforeEach?.();
        const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
        render(meta.render!({ ...meta.args, ...story.args }, {}), canvas);
        const el = canvas.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        // Loaded: the widget has rendered something of its own and nothing says "loading" any more.
        await waitUntil(
          () => el.shadowRoot?.querySelector('h2, h3, form, .notice') && !/Ladataan|Laddar|Loading/.test(el.shadowRoot.textContent ?? ''),
          `${name} loads`,
          { timeout: 10_000 },
        );
        if (story.play) await story.play({ canvasElement: canvas });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  });
}
