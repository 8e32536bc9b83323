// Small helpers for the stories' `play` functions: they reach into the element's shadow root and
// act as a person would (choose, type, press), so that each story shows one real state.

/** Waits until `check` returns something truthy (at most `timeout` ms). */
export async function until<T>(check: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error('The story did not reach its state in time');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

export function inside<E extends Element>(host: Element, selector: string): E | null {
  return host.shadowRoot?.querySelector<E>(selector) ?? null;
}

/** Sets a control's value and fires the events a person's typing would. */
export function fill(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Fills the feedback form with a valid feedback once its topics have loaded. */
export async function fillFeedback(form: Element, message: string): Promise<void> {
  const select = await until(() => inside<HTMLSelectElement>(form, 'select[name=category]:not([disabled])'));
  fill(select, 'streets');
  fill(await until(() => inside<HTMLTextAreaElement>(form, 'textarea[name=message]')), message);
  fill(await until(() => inside<HTMLInputElement>(form, 'input[name=address]')), 'Kauppakatu 10');
}

export async function pressSubmit(host: Element): Promise<void> {
  const button = await until(() => inside<HTMLButtonElement>(host, 'button[type=submit]'));
  button.click();
}
