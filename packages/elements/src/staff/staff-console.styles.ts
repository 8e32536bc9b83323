import { css } from 'lit';
import { base, formControls, tokens } from '../styles/theme.styles.js';

/**
 * What a staff console's first state draws: the heading, the sign-in form (the city account's
 * link drawn as a button), "Loading…" and the retry (docs/adr/0067). Every console's entry has
 * these and no more; the styles of the signed-in console come with its lazy part.
 */
const firstState = css`
  :host {
    display: block;
    max-width: 100%;
    /* The layout follows the width the page gives the console, not the window's. */
    container-type: inline-size;
  }
  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_kohtaamo-space-m);
    min-width: 0;
  }
  .sign-in {
    display: grid;
    gap: var(--_kohtaamo-space-m);
    max-width: 32rem;
  }
  /* The city-account sign-in is a link (a top-level navigation to the provider) drawn as a button. */
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: var(--_kohtaamo-control-height);
    padding: 0 var(--_kohtaamo-space-l);
    border: var(--_kohtaamo-border-width) solid var(--_kohtaamo-color-primary);
    border-radius: var(--_kohtaamo-radius);
    background: var(--_kohtaamo-color-primary);
    color: var(--_kohtaamo-color-on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  a.button:hover {
    background: var(--_kohtaamo-color-primary-hover);
    border-color: var(--_kohtaamo-color-primary-hover);
  }
  @media (forced-colors: active) {
    a.button {
      border-color: LinkText;
    }
  }
`;

export const staffConsoleStyles = [tokens, base, formControls, firstState];
