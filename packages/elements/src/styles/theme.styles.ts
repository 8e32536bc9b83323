import { css } from 'lit';

/**
 * The default theme, after the Helsinki Design System: coat-of-arms blue, square corners,
 * 56 px controls, a 3 px focus ring. Every colour pair meets WCAG 2.2 AA on white (text
 * ≥ 4.5:1, borders and focus ≥ 3:1).
 *
 * Public tokens are `--kohtaamo-<category>-<name>`; each element reads them only through private
 * `--_kohtaamo-*` properties set here, so an element's own hook (`--kohtaamo-feedback-form-…`)
 * can sit in between.
 */
export const tokens = css`
  :host {
    --_kohtaamo-color-primary: var(--kohtaamo-color-primary, #0000bf);
    --_kohtaamo-color-primary-hover: var(--kohtaamo-color-primary-hover, #00005e);
    --_kohtaamo-color-on-primary: var(--kohtaamo-color-on-primary, #ffffff);
    --_kohtaamo-color-text: var(--kohtaamo-color-text, #1a1a1a);
    --_kohtaamo-color-text-secondary: var(--kohtaamo-color-text-secondary, #545454);
    --_kohtaamo-color-border: var(--kohtaamo-color-border, #767676);
    --_kohtaamo-color-surface: var(--kohtaamo-color-surface, #ffffff);
    --_kohtaamo-color-surface-muted: var(--kohtaamo-color-surface-muted, #f2f2f2);
    --_kohtaamo-color-error: var(--kohtaamo-color-error, #b01038);
    --_kohtaamo-color-error-surface: var(--kohtaamo-color-error-surface, #ffeef0);
    --_kohtaamo-color-success: var(--kohtaamo-color-success, #007a64);
    --_kohtaamo-color-success-surface: var(--kohtaamo-color-success-surface, #e2f5f3);
    --_kohtaamo-color-alert: var(--kohtaamo-color-alert, #ffda07);
    --_kohtaamo-color-alert-surface: var(--kohtaamo-color-alert-surface, #fff4b4);
    --_kohtaamo-color-focus: var(--kohtaamo-color-focus, #0072c6);
    --_kohtaamo-font-family: var(--kohtaamo-font-family, inherit);
    --_kohtaamo-font-size: var(--kohtaamo-font-size, 1rem);
    --_kohtaamo-radius: var(--kohtaamo-radius, 0);
    --_kohtaamo-space-xs: var(--kohtaamo-space-xs, 0.25rem);
    --_kohtaamo-space-s: var(--kohtaamo-space-s, 0.5rem);
    --_kohtaamo-space-m: var(--kohtaamo-space-m, 1rem);
    --_kohtaamo-space-l: var(--kohtaamo-space-l, 1.5rem);
    --_kohtaamo-space-xl: var(--kohtaamo-space-xl, 2rem);
    --_kohtaamo-control-height: var(--kohtaamo-control-height, 3.5rem);
    --_kohtaamo-border-width: var(--kohtaamo-border-width, 2px);
  }
`;

/** Host basics, focus ring, visually hidden text and forced-colors care: every element. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_kohtaamo-color-text);
    font-family: var(--_kohtaamo-font-family);
    font-size: var(--_kohtaamo-font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* WCAG 2.2 focus appearance: a 3 px ring, 3:1 against white and against the control. */
  :focus-visible {
    outline: 3px solid var(--_kohtaamo-color-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_kohtaamo-color-focus);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3 {
    margin: 0 0 var(--_kohtaamo-space-s);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0 0 var(--_kohtaamo-space-m);
  }
`;

/** Fields, controls, buttons, error summary and notices, shared by the form-like elements. */
export const formControls = css`
  form {
    display: grid;
    gap: var(--_kohtaamo-space-l);
  }
  .field {
    display: grid;
    gap: var(--_kohtaamo-space-xs);
    justify-items: start;
  }
  .field > * {
    max-width: 100%;
  }
  label,
  .label,
  legend {
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--_kohtaamo-color-text-secondary);
  }
  .hint {
    margin: 0;
    color: var(--_kohtaamo-color-text-secondary);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
    display: flex;
    gap: var(--_kohtaamo-space-s);
    color: var(--_kohtaamo-color-error);
    font-weight: 600;
    font-size: 0.875em;
  }
  .error::before {
    content: '!';
    content: '!' / ''; /* decorative: the text beside it says it all */
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.05em;
    border-radius: 50%;
    background: var(--_kohtaamo-color-error);
    color: var(--_kohtaamo-color-surface);
    font-size: 0.8rem;
    line-height: 1;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    min-height: var(--_kohtaamo-control-height);
    padding: 0 var(--_kohtaamo-space-m);
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-border);
    border-radius: var(--_kohtaamo-radius);
    background: var(--_kohtaamo-color-surface);
    color: var(--_kohtaamo-color-text);
    font: inherit;
  }
  textarea {
    padding: var(--_kohtaamo-space-s) var(--_kohtaamo-space-m);
    min-height: 9rem;
    resize: vertical;
  }
  select:disabled {
    color: var(--_kohtaamo-color-text-secondary);
    background: var(--_kohtaamo-color-surface-muted);
  }
  input:not([type='checkbox']):hover,
  select:hover:not(:disabled),
  textarea:hover {
    border-color: var(--_kohtaamo-color-text);
  }
  [aria-invalid='true'] {
    border-color: var(--_kohtaamo-color-error) !important;
    box-shadow: inset 0 0 0 1px var(--_kohtaamo-color-error);
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: var(--_kohtaamo-space-s);
    font-weight: 400;
  }
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_kohtaamo-color-primary);
  }
  .check label {
    font-weight: 400;
    padding-top: 0.05rem;
  }
  .check input[aria-invalid='true'] {
    outline: 2px solid var(--_kohtaamo-color-error);
    outline-offset: 1px;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_kohtaamo-space-s);
    font-size: 1.125em;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_kohtaamo-space-s);
    min-height: var(--_kohtaamo-control-height);
    min-width: 3rem;
    padding: 0 var(--_kohtaamo-space-l);
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-primary);
    border-radius: var(--_kohtaamo-radius);
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--_kohtaamo-color-primary-hover);
    border-color: var(--_kohtaamo-color-primary-hover);
  }
  button.secondary {
    background: var(--_kohtaamo-color-surface);
    color: var(--_kohtaamo-color-primary);
  }
  button.secondary:hover {
    background: var(--_kohtaamo-color-surface-muted);
    color: var(--_kohtaamo-color-primary-hover);
  }
  button.small {
    min-height: 2.75rem;
    padding: 0 var(--_kohtaamo-space-m);
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kohtaamo-space-m);
    align-items: center;
  }

  /* Error summary (HDS ErrorSummary): a heading and links that take focus to each field. */
  .summary {
    padding: var(--_kohtaamo-space-m) var(--_kohtaamo-space-l);
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-error);
    border-left-width: 0.5rem;
    background: var(--_kohtaamo-color-surface);
  }
  .summary h3 {
    font-size: 1.125em;
  }
  .summary ul {
    margin: 0;
    padding-left: var(--_kohtaamo-space-l);
  }
  .summary li {
    margin: var(--_kohtaamo-space-xs) 0;
  }
  .summary a {
    /* One 24 px line per link at least (WCAG 2.2 target size). */
    line-height: max(1.5em, 1.5rem);
    color: var(--_kohtaamo-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .summary a:hover {
    color: var(--_kohtaamo-color-primary-hover);
    text-decoration-thickness: 2px;
  }

  /* Notices (HDS Notification): alert for waiting, error for a failure, success when done. */
  .notice {
    padding: var(--_kohtaamo-space-m) var(--_kohtaamo-space-l);
    border: var(--_kohtaamo-border-width) solid transparent;
    border-left: 0.5rem solid var(--_kohtaamo-color-alert);
    background: var(--_kohtaamo-color-alert-surface);
  }
  .notice.error-notice {
    border-left-color: var(--_kohtaamo-color-error);
    background: var(--_kohtaamo-color-error-surface);
  }
  .notice.success {
    border-left-color: var(--_kohtaamo-color-success);
    background: var(--_kohtaamo-color-success-surface);
  }
  .notice p:last-child {
    margin-bottom: 0;
  }
  .notice .actions {
    margin-top: var(--_kohtaamo-space-s);
  }

  @media (forced-colors: active) {
    input:not([type='checkbox']),
    select,
    textarea,
    button {
      border-color: ButtonText;
    }
    button:hover {
      border-color: Highlight;
    }
    [aria-invalid='true'] {
      border-color: Mark !important;
    }
    .summary,
    .notice {
      border-color: CanvasText;
    }
    .error::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    :focus-visible,
    [tabindex='-1']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
