/** The widget version written into every receipt. A test keeps it equal to package.json's version. */
export const VERSION = '0.1.0';
