import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  /* The photo picker's button in the page's language (the native input is visually hidden). */
  .file-button {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    min-height: 2.75rem;
    padding: 0 var(--_kohtaamo-space-m);
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-primary);
    border-radius: var(--_kohtaamo-radius);
    background: var(--_kohtaamo-color-surface);
    color: var(--_kohtaamo-color-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .file-button:hover {
    background: var(--_kohtaamo-color-surface-muted);
    color: var(--_kohtaamo-color-primary-hover);
  }
  /* Visually hidden, winning over the form controls' input sizes. */
  .photos-field input.file-input {
    position: absolute;
    width: 1px;
    min-width: 0;
    height: 1px;
    min-height: 0;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .file-input:focus-visible + .file-button {
    outline: 3px solid var(--_kohtaamo-color-focus);
    outline-offset: 2px;
  }
  .file-input:disabled + .file-button {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .file-button {
      border-color: ButtonText;
    }
  }
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
