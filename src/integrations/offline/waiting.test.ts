import { describe, expect, it } from 'vitest';
import { withoutSkipWaiting } from './waiting';

/** The end of a worker as Workbox 7 writes it in production mode, with `name` as the event's name. */
const tail = (name: string) =>
  `importScripts("sw-previous-files.js"),u({prefix:"networking-guide"}),self.addEventListener("message",${name}=>{${name}.data&&"SKIP_WAITING"===${name}.data.type&&self.skipWaiting()}),self.addEventListener("activate",()=>self.clients.claim()),P={directoryIndex:"index.html"};`;

describe('withoutSkipWaiting', () => {
  it('removes the listener that would let a page make a waiting version take over', () => {
    expect(withoutSkipWaiting(tail('e'))).toBe(
      'importScripts("sw-previous-files.js"),u({prefix:"networking-guide"}),self.addEventListener("activate",()=>self.clients.claim()),P={directoryIndex:"index.html"};',
    );
    expect(withoutSkipWaiting(tail('t'))).not.toContain('SKIP_WAITING');
  });

  it('fails when the worker could still call skipWaiting in a way it does not know', () => {
    const changed = 'self.addEventListener("message",(e)=>{if(e.data?.type==="SKIP_WAITING")self.skipWaiting()});';
    expect(() => withoutSkipWaiting(changed)).toThrow(/sw\.js could still call skipWaiting/);
    expect(() => withoutSkipWaiting('self.addEventListener("install",()=>self.skipWaiting());')).toThrow(
      /could still call skipWaiting/,
    );
  });

  it('leaves a worker without skipWaiting as it is', () => {
    const worker = 'self.addEventListener("activate",()=>self.clients.claim());';
    expect(withoutSkipWaiting(worker)).toBe(worker);
  });
});
