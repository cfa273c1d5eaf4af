/**
 * The element's part in a host `<form>`, through ElementInternals: the submitted entries, the saved state for
 * back/forward restore, and `required` validity. Guarded: where ElementInternals is missing (old engines, some
 * test DOMs) the element still renders and records choices; it only cannot submit them, and says so once.
 */
export type FormChoice = 'full' | 'retreat' | 'stop';

let warnedUnsupported = false;

export class FormValue {
  readonly internals: ElementInternals | null;

  constructor(host: HTMLElement) {
    let internals: ElementInternals | null = null;
    try {
      internals = typeof host.attachInternals === 'function' ? host.attachInternals() : null;
    } catch {
      internals = null; // already attached, or not allowed for this element
    }
    this.internals = internals;
  }

  /** Called when a host gives the element a `name`: without ElementInternals the choice cannot reach the form. */
  warnIfUnsupported(name: string | null): void {
    if (!name || this.internals || warnedUnsupported) return;
    warnedUnsupported = true;
    console.warn(
      `<fair-offer name="${name}">: this browser has no ElementInternals, so the choice is not submitted with the form. Listen for offer-choice instead.`,
    );
  }

  /**
   * `name=<choice>` plus one `name.addOns=<id>` entry per ticked add-on (FormData keeps repeated keys, so a
   * server reads them as a list). `state` is what the browser hands back on back/forward restore.
   */
  set(name: string | null, choice: FormChoice | null, addOns: readonly string[], state: string | null): void {
    if (!this.internals) return;
    if (!name || choice === null) {
      this.internals.setFormValue(null, state);
      return;
    }
    const data = new FormData();
    data.append(name, choice);
    for (const id of addOns) data.append(`${name}.addOns`, id);
    this.internals.setFormValue(data, state);
  }

  /** `valueMissing` with `message`, anchored to `anchor` (where the browser shows its bubble and moves focus). */
  validate(missing: boolean, message: string, anchor: HTMLElement | null): void {
    if (!this.internals) return;
    if (missing) this.internals.setValidity({ valueMissing: true }, message, anchor ?? undefined);
    else this.internals.setValidity({});
  }
}
