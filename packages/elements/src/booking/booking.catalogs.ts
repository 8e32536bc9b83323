import { createMessages, lazyCommonMessages, lazySpaceWidgetMessages, type TranslatorOf } from '@kohtaamo/core';

/** The space widgets' texts from core's catalogs: Finnish in the bundle, Swedish and English lazy. */
export const spaceMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySpaceWidgetMessages);
export type SpaceTranslator = TranslatorOf<typeof spaceMessages>;
