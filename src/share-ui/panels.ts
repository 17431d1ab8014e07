// Everything My workbook fetches for sharing and moving, in one file fetched when first used: the
// share chooser, the move panel, the code prompt for a moved workbook, and the test for locked files.
export { lockedPayloadOf } from '../share/move';
export { default as MoveFlow } from './MoveFlow';
export { default as ShareFlow } from './ShareFlow';
export { default as UnlockFlow, type LockedWorkbook } from './UnlockFlow';
