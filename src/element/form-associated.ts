/**
 * The public form API of a form-associated element, as one base class: `form`, `validity`, `checkValidity()`…
 * delegate to ElementInternals (through FormFacade, guarded where it is missing), and `formDisabledCallback`
 * keeps `formDisabled` for the render. The element supplies `value` and the reset / restore callbacks.
 */
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { FormFacade, type FormChoice } from './form-facade.js';

export abstract class FormAssociatedElement extends LitElement {
  /** Form association through ElementInternals (see form-facade.ts). */
  static formAssociated = true;

  /** A disabled `<fieldset>` or form around the element disables its controls. */
  @state() protected formDisabled = false;
  protected readonly formFacade = new FormFacade(this);

  /** The submitted choice: `full`, `retreat` or `stop`, or null while the visitor has not chosen. */
  abstract get value(): FormChoice | null;

  get form(): HTMLFormElement | null {
    return this.formFacade.internals?.form ?? null;
  }
  get validity(): ValidityState | undefined {
    return this.formFacade.internals?.validity;
  }
  get validationMessage(): string {
    return this.formFacade.internals?.validationMessage ?? '';
  }
  get willValidate(): boolean {
    return this.formFacade.internals?.willValidate ?? false;
  }
  checkValidity(): boolean {
    return this.formFacade.internals?.checkValidity() ?? true;
  }
  reportValidity(): boolean {
    return this.formFacade.internals?.reportValidity() ?? true;
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
}
