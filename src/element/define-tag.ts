/** `FairOffer.define(tag, registry)`: registers an element class under `tag`, leaving a tag already defined alone. */
export function defineTag(element: CustomElementConstructor, tag: string, registry: CustomElementRegistry): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, element);
  } catch {
    // The same constructor cannot be registered twice: a second name gets a trivial subclass.
    registry.define(tag, class extends element {});
  }
}
