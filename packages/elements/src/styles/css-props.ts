import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type CssProps = Readonly<Record<`--${string}`, string>>;

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), never as a
 * `style` attribute: a Content-Security-Policy without `'unsafe-inline'` in `style-src` refuses
 * style attributes (Lit's `styleMap` writes one on the first render), not the CSSOM.
 * `<span class="bar" ${cssProps({ '--_kohtaamo-size': '42%' })}>` with `width: var(--_kohtaamo-size)`.
 */
class CssPropsDirective extends Directive {
  #names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() goes where an attribute would: <div ${cssProps({...})}>');
  }

  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#names) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#names = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
