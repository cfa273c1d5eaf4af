/** What unsafe-url.ts's findings say. */
export const UNSAFE_URL_WORDING = {
  unsafeScheme: (path: string, scheme: string) =>
    `\`${path}\` uses the ${scheme}: scheme: links must be absolute https: (or http:) URLs, nothing that can run code. Change it.`,
};
