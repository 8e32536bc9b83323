// Every Storybook story of the space booking widgets (issue 12), rendered as Storybook renders it
// (the story's render or the meta's, with the story's args, then its play function), must reach
// its state and pass axe: the stories are the catalogue of each widget's states (DESIGN.md: "an
// accessibility assertion in every state of every element"; the Done-when: "with
// Storybook stories"). The stories use their in-memory stand-ins for the server; the keyboard-only
// flows against the real server are the widgets' own tests. As volunteering-stories.test.ts.
// The staff console's stories too: each render has a stand-in server of its own (its `server`
// arg), so a story that approves a request or allocates a round leaves the next one's as it was.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../define/kohtaamo-space-booking.js';
import '../define/kohtaamo-space-console.js';
import '../define/kohtaamo-space-figures.js';
import '../define/kohtaamo-space-finder.js';
import * as booking from '../../../../stories/booking/space-booking.stories.js';
import * as spaceConsole from '../../../../stories/booking/space-console.stories.js';
import * as figures from '../../../../stories/booking/space-figures.stories.js';
import * as finder from '../../../../stories/booking/space-finder.stories.js';

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
interface AnyStory {
  args?: Record<string, unknown>;
  render?: Render;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}
interface AnyMeta {
  title?: string;
  args?: Record<string, unknown>;
  render?: Render;
}

afterEach(() => {
  fixtureCleanup();
  history.replaceState(null, '', location.pathname + location.search);
});

for (const module of [booking, finder, figures, spaceConsole]) {
  const { default: meta, ...stories } = module as unknown as { default: AnyMeta } & Record<string, AnyStory>;
  describe(meta.title ?? 'stories', () => {
    it('has stories', () => void expect(Object.keys(stories).length).to.be.greaterThan(3));
    for (const [name, story] of Object.entries(stories)) {
      it(`${name}: reaches its state and passes axe`, async function (this: { timeout(ms: number): void }) {
        this.timeout(30_000);
        const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
        render((story.render ?? meta.render)!({ ...meta.args, ...story.args }, {}), canvas);
        const el = canvas.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
        // Loaded: the widget shows something of its own and says "loading" no more (but in a story
        // of loading), also where an alert says it failed.
        const loading = /Loading/.test(name);
        await waitUntil(
          () =>
            el.shadowRoot?.querySelector('h2, h3, form, .notice, [role="status"], [role="alert"]') &&
            (loading || !/Ladataan|laddas…|Laddar|Loading/.test(el.shadowRoot.textContent ?? '')),
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
