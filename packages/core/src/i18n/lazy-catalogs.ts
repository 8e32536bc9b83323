import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';
import { formatMessage, type Catalog, type Catalogs, type MessageParams } from './translate.js';

/** A language's catalog as a module loaded on demand (`() => import('./x.messages.sv.js')`). */
export type CatalogLoader<K extends string> = () => Promise<{ readonly default: Catalog<K> }>;

/**
 * A domain's messages for a widget bundle: Finnish (the default and the fallback) is in the
 * bundle, the other languages are loaders, so a page pays only for its own language.
 */
export type LazyCatalogs<K extends string> = { readonly fi: Catalog<K> } & {
  readonly [L in Exclude<Locale, 'fi'>]: Catalog<K> | CatalogLoader<K>;
};

type LazyKey<C> = C extends LazyCatalogs<infer K> ? K : never;

/** A translate function bound to a language: `t('feedback.submit')`, `t('feedback.list.count', { total })`. */
export type Translator<K extends string = string> = (key: K, params?: MessageParams) => string;

/**
 * The messages one widget shows, from several domains' lazy catalogs. A language is usable
 * once {@link Messages.load} has resolved (Finnish always is); until then, and for a key a
 * language lacks, the Finnish text is shown.
 */
export class Messages<K extends string> {
  readonly #parts: readonly LazyCatalogs<K>[];
  readonly #loaded = new Map<Locale, Catalog<K>>();
  readonly #loading = new Map<Locale, Promise<void>>();

  constructor(parts: readonly LazyCatalogs<K>[]) {
    this.#parts = parts;
    for (const locale of LOCALES) {
      if (parts.every((p) => typeof p[locale] !== 'function')) this.#loaded.set(locale, merge(parts.map((p) => p[locale] as Catalog<K>)));
    }
  }

  /** Whether the language's texts are at hand. */
  isLoaded(locale: Locale): boolean {
    return this.#loaded.has(locale);
  }

  /** Loads the language's texts (once); never rejects: on a failure Finnish stands in. */
  load(locale: Locale): Promise<void> {
    if (this.#loaded.has(locale)) return Promise.resolve();
    let pending = this.#loading.get(locale);
    if (!pending) {
      pending = Promise.all(
        this.#parts.map(async (p) => {
          const entry = p[locale];
          return typeof entry === 'function' ? (await entry()).default : entry;
        }),
      ).then(
        (catalogs) => void this.#loaded.set(locale, merge(catalogs)),
        () => void this.#loading.delete(locale),
      );
      this.#loading.set(locale, pending);
    }
    return pending;
  }

  /** Translates in a language (Finnish for what is not loaded). */
  translator(locale: Locale): Translator<K> {
    const catalog = this.#loaded.get(locale);
    const fallback = this.#loaded.get(DEFAULT_LOCALE)!;
    const shown: Locale = catalog ? locale : DEFAULT_LOCALE;
    return (key, params) => {
      const message = catalog?.[key] ?? fallback[key];
      return message === undefined ? key : formatMessage(message, shown, params);
    };
  }

  /** Whether a key (for example a problem code from the server) is one of these messages. */
  has(key: string): key is K {
    return key in this.#loaded.get(DEFAULT_LOCALE)!;
  }
}

/** The translator of a widget's messages: `TranslatorOf<typeof messages>`. */
export type TranslatorOf<M> = M extends Messages<infer K> ? Translator<K> : never;

/** The messages of a widget: `createMessages(lazyCommonMessages, lazyFeedbackMessages)`. */
export function createMessages<P extends readonly LazyCatalogs<string>[]>(...parts: P): Messages<LazyKey<P[number]>> {
  return new Messages(parts as unknown as readonly LazyCatalogs<LazyKey<P[number]>>[]);
}

/** Loads every language of lazy catalogs (for tests and tools). */
export async function loadAllCatalogs<K extends string>(lazy: LazyCatalogs<K>): Promise<Catalogs<K>> {
  const entries = await Promise.all(
    LOCALES.map(async (locale) => {
      const entry = lazy[locale];
      return [locale, typeof entry === 'function' ? (await entry()).default : entry] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Catalogs<K>;
}

function merge<K extends string>(catalogs: readonly Catalog<K>[]): Catalog<K> {
  return Object.assign({}, ...catalogs) as Catalog<K>;
}
