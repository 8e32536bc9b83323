import { css } from 'lit';
import { base, formControls, tokens } from '../../styles/theme.styles.js';

const own = css`
  /* The first view's rules; what comes with the later part brings its own (feedback-form.rest.ts). */
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
  .category-error {
    width: 100%;
  }
  .category-error p {
    margin: 0;
  }
`;

export const styles = [tokens, base, formControls, own];
