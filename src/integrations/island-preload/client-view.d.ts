// The client:view directive (directive.ts), for the types of .astro components.
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates the island when it comes into view, fetching all its code at once. */
    'client:view'?: boolean;
  }
}

export {};
