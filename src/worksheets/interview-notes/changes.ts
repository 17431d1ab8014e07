// Everything the notes change after a click or Enter, in one module so that it is one fetch.
export * from './note-changes';
export * from './referral-changes';
