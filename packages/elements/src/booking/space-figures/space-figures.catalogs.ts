import { createMessages, lazyCommonMessages, lazySpaceFiguresMessages } from '@kohtaamo/core';

/** The figures widget's own texts, in a module of their own so that no other widget's chunk carries them. */
export const spaceFiguresMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySpaceFiguresMessages);
