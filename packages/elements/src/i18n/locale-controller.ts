import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '@kohtaamo/core';

/**
 * The language that applies to an element: its own `lang` attribute, else the closest ancestor
 * with one (crossing shadow roots), else the document's.
 */
export function nearestLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return element.ownerDocument.documentElement.lang;
}

/**
 * Gives its host the locale to render in, and re-renders the host when a `lang` attribute that
 * could change it changes: the host's own, or one in the document (the html element's included).
 */
export class LocaleController implements ReactiveController {
  #observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The supported locale nearest to the host; Finnish when nothing says otherwise. */
  get locale(): Locale {
    return resolveLocale(nearestLang(this.host));
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.host.ownerDocument.documentElement, { ...options, subtree: true });
    // The host may live in another element's shadow root, which the document observer misses.
    this.#observer.observe(this.host, options);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
