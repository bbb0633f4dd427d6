import { describe, expect, it } from 'vitest';
import { type Change, createChangeFeed } from './change-feed.ts';

describe('the change feed', () => {
  it('reads no clock while nobody listens, yet counts every change', () => {
    let clockReads = 0;
    const feed = createChangeFeed(() => {
      clockReads += 1;
      return new Date('2025-03-03T10:00:00.000Z');
    });
    feed.emit('alerts');
    feed.emit('sli');
    expect(clockReads).toBe(0);
    const heard: Change[] = [];
    const stop = feed.subscribe((change) => heard.push(change));
    feed.emit('incidents');
    // A client counts on the sequence to notice the changes it missed.
    expect(heard).toEqual([{ sequence: 3, kind: 'incidents', at: '2025-03-03T10:00:00.000Z' }]);
    expect(clockReads).toBe(1);
    stop();
    feed.emit('alerts');
    expect(heard).toHaveLength(1);
    expect(clockReads).toBe(1);
    expect(feed.listeners()).toBe(0);
  });

  it('tells every listener the same change', () => {
    const feed = createChangeFeed(() => new Date('2025-03-03T10:00:00.000Z'));
    const first: Change[] = [];
    const second: Change[] = [];
    feed.subscribe((change) => first.push(change));
    feed.subscribe((change) => second.push(change));
    feed.emit('revisions');
    expect(first).toEqual([{ sequence: 1, kind: 'revisions', at: '2025-03-03T10:00:00.000Z' }]);
    expect(second).toEqual(first);
  });
});
