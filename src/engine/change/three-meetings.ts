/** One of the meetings that move a person from one line manager to another (§12.12.2). */
export interface Meeting {
  /** 1, 2, 3 as in the chapter; a meeting without a manager to hold it is left out. */
  readonly order: 1 | 2 | 3;
  readonly participants: readonly string[];
  readonly purpose: string;
}

/**
 * The three meetings of §12.12.2, in order: the person with their current line manager; with
 * their current and future line managers; with their new line manager. When a side has no
 * manager (someone at the top of the chart), the meetings that need it are left out rather
 * than held by the person alone, and meeting 2 is not held twice.
 */
export function threeMeetings(options: {
  readonly person: string;
  readonly fromManager: string | null;
  readonly toManager: string | null;
}): readonly Meeting[] {
  const { person, fromManager, toManager } = options;
  const present = (...names: (string | null)[]) => names.filter((n): n is string => n !== null);
  const meetings: Meeting[] = [
    {
      order: 1,
      participants: present(person, fromManager),
      purpose: 'The current line manager tells the person about the change in private',
    },
    {
      order: 2,
      participants: present(person, fromManager, toManager),
      purpose: 'The current and future line managers hand over together with the person',
    },
    {
      order: 3,
      participants: present(person, toManager),
      purpose: 'The new line manager starts working with the person',
    },
  ];
  const same = (a: Meeting, b: Meeting | undefined) =>
    b !== undefined && a.participants.join() === b.participants.join();
  // Without one of the managers, meeting 2 is meeting 1 or 3 again: hold it once.
  return meetings
    .filter((m) => m.participants.length > 1)
    .filter((m) => m.order !== 2 || !meetings.some((o) => o.order !== 2 && same(m, o)));
}
