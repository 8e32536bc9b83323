import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  .photo-list,
  .similar ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .photo-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kohtaamo-space-s);
  }
  .notices {
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  .notices:empty {
    display: none;
  }
  .similar h3 {
    margin: 0;
  }
  :host {
    --_kohtaamo-max-width: var(--kohtaamo-feedback-form-max-width, 40rem);
    --_kohtaamo-background: var(--kohtaamo-feedback-form-background, var(--_kohtaamo-color-surface));
    --_kohtaamo-padding: var(--kohtaamo-feedback-form-padding, 0);
    max-width: var(--_kohtaamo-max-width);
  }
  .root {
    background: var(--_kohtaamo-background);
    padding: var(--_kohtaamo-padding);
  }
  .intro p,
  ::slotted([slot='intro']) {
    margin: 0;
  }
  .intro h2 {
    margin-bottom: var(--_kohtaamo-space-s);
  }
  .counter.over {
    color: var(--_kohtaamo-color-error);
    font-weight: 600;
  }
  .contact-details {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    padding-left: var(--_kohtaamo-space-l);
    border-left: 4px solid var(--_kohtaamo-color-surface-muted);
  }
  .contact-details[hidden] {
    display: none;
  }
  .contact-details > .hint {
    margin-bottom: calc(-1 * var(--_kohtaamo-space-s));
  }
  .submit-area {
    display: flex;
    flex-direction: column;
  }
  .notice-box.notice {
    margin-bottom: var(--_kohtaamo-space-m);
  }
  .notice-box p {
    margin: 0;
  }
  .countdown {
    color: var(--_kohtaamo-color-text);
  }
  .category-error {
    width: 100%;
  }
  .category-error p {
    margin: 0;
  }

  .confirmation {
    padding: var(--_kohtaamo-space-l);
  }
  .confirmation h2:focus {
    outline: none;
  }
  .confirmation h2:focus-visible {
    outline: 3px solid var(--_kohtaamo-color-focus);
  }
  dl {
    margin: var(--_kohtaamo-space-m) 0;
    display: grid;
    gap: var(--_kohtaamo-space-s);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .code {
    display: inline-block;
    padding: var(--_kohtaamo-space-xs) var(--_kohtaamo-space-s);
    border: 1px solid var(--_kohtaamo-color-border);
    background: var(--_kohtaamo-color-surface);
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    font-size: 1.375em;
    letter-spacing: 0.08em;
    user-select: all;
  }
  .copied {
    margin: var(--_kohtaamo-space-s) 0 0;
    min-height: 1.5em;
  }
`;

export const styles = [tokens, base, formControls, own];
