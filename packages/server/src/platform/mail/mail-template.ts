import { resolveLocale, translate, type Catalogs, type Locale, type MessageParams } from '@kohtaamo/core';

/**
 * A mail written once per language: the message keys of its subject and body in a module's
 * catalogs (fi, sv, en), filled in with the same parameters. The outbox stores the rendered
 * text, so a mail queued today is sent as it was written even if the catalog changes later.
 */
export interface MailTemplate {
  readonly subject: string;
  readonly body: string;
}

export interface RenderedMail {
  readonly lang: Locale;
  readonly subject: string;
  readonly bodyText: string;
}

/** Renders `template` in the recipient's language (any tag: "sv-FI" → sv; unknown → fi). */
export function renderMail(catalogs: Catalogs, template: MailTemplate, lang: string | null | undefined, params: MessageParams): RenderedMail {
  const locale = resolveLocale(lang);
  return {
    lang: locale,
    subject: translate(catalogs, locale, template.subject, params),
    bodyText: translate(catalogs, locale, template.body, params),
  };
}
