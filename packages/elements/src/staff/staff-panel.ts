// The side panel of a console's signed-in part whose views are lazy modules of their own (issue 7,
// ADR 0067): the budget and survey consoles'. Imported by the signed-in parts only, so it rides
// with them: no console's first state carries it. The list's lines are staff-list.ts.
import type { TemplateResult } from 'lit';
import type { QueueStore } from '@kohtaamo/core';
import type { ConsoleElementHost } from './staff-console.js';

/** A view of the side panel: it renders the panel, is told when its form shows or its item opens. */
export interface PanelView<S, D> {
  render(): TemplateResult;
  shown?(form: S): Promise<void>;
  opened?(detail: D): Promise<void>;
}

/** The element the panel draws in. */
type PanelElement = Pick<ConsoleElementHost, 'renderRoot' | 'updateComplete' | 'requestUpdate' | 'failureText'>;

/**
 * The side panel of a console: its views, each a lazy module imported when first shown (and again
 * after a failed import), a form shown or an item of the queue opened in it, the focus moved to
 * the panel's heading (`#panel-title`), and a failure said in the panel.
 */
export class ConsolePanelViews<N extends string, S, D, V extends PanelView<S, D>> {
  readonly #views = new Map<N, V>();
  readonly #loading = new Map<N, Promise<V>>();

  /** `said.openError` is the failure said in the panel (the part's, which renders it). */
  constructor(
    private readonly el: PanelElement,
    private readonly said: { openError: string },
    private readonly imports: Readonly<Record<N, () => Promise<V>>>,
  ) {}

  /** The view, once loaded. */
  get(name: N): V | undefined {
    return this.#views.get(name);
  }

  /** The view's module, imported once (again after a failure). */
  load(name: N): Promise<V> {
    let pending = this.#loading.get(name);
    if (!pending) {
      pending = this.imports[name]().then(
        (view) => {
          this.#views.set(name, view);
          return view;
        },
        (error: unknown) => {
          this.#loading.delete(name);
          throw error;
        },
      );
      this.#loading.set(name, pending);
    }
    return pending;
  }

  async #focusTitle(): Promise<void> {
    await this.el.updateComplete;
    this.el.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  /** Shows a form of view `name` (`show` puts it in the panel); a failed import is said there. The focus goes to the panel's heading. */
  async showForm(name: N, form: S, show: () => void): Promise<void> {
    const { el, said } = this;
    said.openError = '';
    try {
      const view = await this.load(name);
      show();
      el.requestUpdate();
      await view.shown?.(form);
    } catch (error) {
      said.openError = el.failureText(error);
      el.requestUpdate();
    }
    await this.#focusTitle();
  }

  /**
   * Opens an item of `queue` with view `name`: the module and the item are read at once
   * (`show` puts the view in the panel); a failure of either is said in the panel. The view is
   * told of the item, and the focus goes to the panel's heading when `focus`.
   */
  async open(name: N, queue: Pick<QueueStore<unknown, object, D>, 'open' | '$state'>, id: string, show: () => void, focus = true): Promise<void> {
    const { el, said } = this;
    said.openError = '';
    const [view, detail] = await Promise.all([
      this.load(name).catch((error: unknown) => {
        said.openError = el.failureText(error);
        return null;
      }),
      queue.open(id),
    ]);
    show();
    el.requestUpdate();
    if (view === null) return;
    if (detail === null) {
      const open = queue.$state.get().open;
      if (open?.error) {
        said.openError = el.failureText(open.error);
        el.requestUpdate();
      }
      return;
    }
    await view.opened?.(detail);
    if (focus) await this.#focusTitle();
    else await el.updateComplete;
  }
}
