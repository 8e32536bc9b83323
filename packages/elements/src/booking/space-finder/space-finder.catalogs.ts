import { createMessages, lazyCommonMessages, lazySpaceFinderMessages } from '@kohtaamo/core';

/** The finder's own texts (its map's two are the map's: space-units-map.ts), in a module of their own so that no other widget's chunk carries them. */
export const spaceFinderMessages = /* @__PURE__ */ createMessages(lazyCommonMessages, lazySpaceFinderMessages);
