import { LitElement, type ReactiveControllerHost } from 'lit';
import type { Locale, MessageParams, Messages } from '@kohtaamo/core';
import { LocaleController } from './locale-controller.js';
import type { Translator } from './translator.js';

/** What an update of a host waits for: the catalog of its language, when not yet loaded. */
const gates = new WeakMap<ReactiveControllerHost, Set<() => Promise<void> | undefined>>();

/**
 * The language of its host and the texts in it. The widget bundle carries Finnish; another
 * language's catalog is loaded the first time the host needs it, and a {@link LocalizedElement}
 * does not render until it is there (so a Swedish page never flashes Finnish).
 */
export class MessagesController<K extends string> extends LocaleController {
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly messages: Messages<K>,
  ) {
    super(host);
    let set = gates.get(host);
    if (!set) gates.set(host, (set = new Set()));
    set.add(() => {
      const locale = this.locale;
      return this.messages.isLoaded(locale) ? undefined : this.messages.load(locale);
    });
  }

  /** Translates into the host's language. */
  get t(): Translator<K> {
    return this.messages.translator(this.locale);
  }

  /** The text of a code from data or the server (a validation code): itself when it is no message. */
  code(code: string, params?: MessageParams): string {
    return this.has(code) ? this.t(code, params) : code;
  }

  /** Whether a key (for example a problem code from the server) is one of the host's messages. */
  has(key: string | undefined | null): key is K {
    return typeof key === 'string' && this.messages.has(key);
  }
}

/**
 * A Lit element whose updates wait for the texts of its language (see {@link MessagesController}).
 * `updateComplete` resolves after the rendered update, so tests and pages see translated text.
 */
export class LocalizedElement extends LitElement {
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits: Promise<void>[] = [];
    for (const gate of gates.get(this) ?? []) {
      const wait = gate();
      if (wait) waits.push(wait);
    }
    if (waits.length === 0) return super.scheduleUpdate();
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }
}

export type { Locale };
