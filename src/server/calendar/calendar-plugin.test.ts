import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';

const NOW = '2025-03-03T10:00:00.000Z';
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ now: NOW });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
});
afterEach(() => t.close());

async function createFeed(body: object) {
  return t.call({ method: 'POST', url: '/api/v1/calendar-feeds', as: 'editor', payload: body });
}

describe('calendar feeds', () => {
  it("serves a rotation's schedule as iCalendar at a URL with a token, which parses back into its shifts", async () => {
    const created = await createFeed({ rotation: 'checkout-oncall', name: 'ana’s phone' });
    expect(created.statusCode).toBe(201);
    const { feed, token, url } = created.json() as {
      feed: { id: string; createdBy: string };
      token: string;
      url: string;
    };
    expect(token).toMatch(/^wrc_[0-9a-f]{12}_/);
    expect(token.slice(4, 16)).toBe(feed.id);
    expect(feed.createdBy).toBe('editor-token');
    expect(url).toBe(`http://localhost:80/calendar/${token}.ics`);

    const ics = await t.call({ method: 'GET', url: `/calendar/${token}.ics` });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(ics.body));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('checkout-oncall');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBeGreaterThan(0);
    // Only this rotation's shifts, only its members, from a week back to eight weeks ahead, without gaps (24x7).
    for (const event of events) {
      expect(event.summary).toMatch(/^On call: checkout-oncall \((ana|ben)\)$/);
    }
    const starts = events.map((e) => e.startDate.toJSDate().getTime()).sort((a, b) => a - b);
    const ends = events.map((e) => e.endDate.toJSDate().getTime()).sort((a, b) => a - b);
    expect(starts[0]).toBeLessThanOrEqual(Date.parse(NOW) - 7 * 86_400_000);
    expect(ends.at(-1)).toBeGreaterThanOrEqual(Date.parse(NOW) + 56 * 86_400_000);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBe(ends[i - 1]);
  });

  it('stops working at once when revoked, and after it expires, answering 404 like any unknown URL', async () => {
    const { feed, token } = (await createFeed({ rotation: 'checkout-oncall' })).json() as {
      feed: { id: string };
      token: string;
    };
    const expiring = (
      await createFeed({ rotation: 'checkout-oncall', expiresAt: '2025-03-04T00:00:00Z' })
    ).json() as { token: string };
    expect(
      (await t.call({ method: 'GET', url: `/calendar/${expiring.token}.ics` })).statusCode,
    ).toBe(200);
    t.setNow('2025-03-04T00:00:01Z');
    expect(
      (await t.call({ method: 'GET', url: `/calendar/${expiring.token}.ics` })).statusCode,
    ).toBe(404);

    const revoked = await t.call({
      method: 'DELETE',
      url: `/api/v1/calendar-feeds/${feed.id}`,
      as: 'editor',
    });
    expect(revoked.statusCode).toBe(200);
    const gone = await t.call({ method: 'GET', url: `/calendar/${token}.ics` });
    expect(gone.statusCode).toBe(404);
    expect(errorOf(gone).code).toBe('not-found');
    const listed = (
      await t.call({ method: 'GET', url: '/api/v1/calendar-feeds', as: 'editor' })
    ).json() as {
      feeds: { id: string; revokedAt: string | null }[];
    };
    expect(listed.feeds.find((f) => f.id === feed.id)?.revokedAt).toBe('2025-03-04T00:00:01.000Z');
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('is read-only: its token opens no API endpoint, and guessed or malformed tokens get 404', async () => {
    const { token } = (await createFeed({ rotation: 'checkout-oncall' })).json() as {
      token: string;
    };
    const api = await t.call({
      method: 'GET',
      url: '/api/v1/services',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(api.statusCode).toBe(401);
    for (const file of [
      `${token.slice(0, -1)}x.ics`,
      'wrc_000000000000_aaaaaaaaaaaaaaaaaaaaaaaa.ics',
      token,
      '..%2f..%2fetc.ics',
    ]) {
      expect((await t.call({ method: 'GET', url: `/calendar/${file}` })).statusCode, file).toBe(
        404,
      );
    }
  });

  it('refuses an unknown rotation, a past expiry and a viewer token', async () => {
    expect((await createFeed({ rotation: 'nope' })).statusCode).toBe(404);
    const past = await createFeed({
      rotation: 'checkout-oncall',
      expiresAt: '2025-03-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).message).toBe('body expiresAt: expected a time after now');
    const viewer = await t.call({
      method: 'POST',
      url: '/api/v1/calendar-feeds',
      as: 'viewer',
      payload: { rotation: 'checkout-oncall' },
    });
    expect(viewer.statusCode).toBe(403);
  });
});
