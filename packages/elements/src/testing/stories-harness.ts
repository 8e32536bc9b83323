// The harness every `<domain>-stories.test.ts` uses: each Storybook story of a domain's widgets,
// rendered as Storybook renders it (the meta's and the story's beforeEach, the story's render or
// the meta's with the merged args, then its play function), must reach its state and pass axe.
// The stories are the catalogue of each widget's states (DESIGN.md: "an accessibility assertion
// in every state of every element"), so this is axe in every state the catalogue shows, in the
// languages the stories use. The stories use their in-memory stand-ins for the server; the
// keyboard-only flows against the real server are the widgets' own tests.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type Render = (args: Record<string, unknown>, context: unknown) => TemplateResult;
interface AnyStory {
  args?: Record<string, unknown>;
  beforeEach?: () => unknown;
  render?: Render;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}
interface AnyMeta {
  title?: string;
  args?: Record<string, unknown>;
  beforeEach?: () => unknown;
  render?: Render;
}

/** A widget's "loading" words, in fi, sv and en: a loaded state shows none of them. */
const LOADING = /Ladataan|laddas…|Laddar|Loading/;

export interface StoriesOptions {
  /**
   * Per meta title, per story name: a selector (in the widget's shadow root) that shows the
   * story's state is reached. Where a meta is listed, every story must be, and only those: a
   * play that only presses a button says so what it reaches. Otherwise "reached" is: the widget
   * shows a heading, a form or a notice and no "loading" word (but in a story named Loading).
   */
  reaches?: Record<string, Record<string, string>>;
  /** After each story: forget what it left in the browser (storage, the address's hash). */
  cleanup?: () => void;
  /** What a drawn widget shows before its play (in its shadow root); by default a heading, a form, a notice or a live region. */
  drawn?: string;
}

/** One `describe` per stories module, one test per story. */
export function describeStories(modules: readonly unknown[], options: StoriesOptions = {}): void {
  afterEach(() => {
    fixtureCleanup();
    options.cleanup?.();
  });
  for (const module of modules) {
    const { default: meta, ...stories } = module as { default: AnyMeta } & Record<string, AnyStory>;
    const title = meta.title ?? 'stories';
    const reaches = options.reaches?.[title];
    describe(title, () => {
      if (reaches) {
        it('every story says what its state shows, and every state listed is a story', () => {
          expect(Object.keys(stories).sort()).to.deep.equal(Object.keys(reaches).sort());
        });
      } else {
        it('has stories', () => void expect(Object.keys(stories)).to.not.be.empty);
      }
      for (const [name, story] of Object.entries(stories)) {
        it(`${name}: reaches its state and passes axe`, async function (this: { timeout(ms: number): void }) {
          this.timeout(30_000);
          await meta.beforeEach?.();
          await story.beforeEach?.();
          const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
          const draw = story.render ?? meta.render;
          expect(draw, `${title} ${name} has a render`).to.be.a('function');
          render(draw!({ ...meta.args, ...story.args }, {}), canvas);
          const el = canvas.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
          const drawn = options.drawn ?? 'h2, h3, form, .notice, [role="status"], [role="alert"]';
          if (reaches) {
            await waitUntil(() => el.shadowRoot?.querySelector(drawn), `${name} renders`, { timeout: 10_000 });
          } else {
            const loading = /Loading/.test(name);
            await waitUntil(
              () => el.shadowRoot?.querySelector(drawn) && (loading || !LOADING.test(el.shadowRoot.textContent ?? '')),
              `${name} loads`,
              { timeout: 10_000 },
            );
          }
          if (story.play) await story.play({ canvasElement: canvas });
          if (reaches) {
            const selector = reaches[name] ?? '(not listed)';
            await waitUntil(() => el.shadowRoot?.querySelector(selector), `${name} shows ${selector}`, { timeout: 10_000 });
          }
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    });
  }
}
