import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ApiError } from '../errors/api-error.ts';
import { rawErrorResponse } from './raw-error-response.ts';

/**
 * Caps the connections a server holds, below the process's file descriptor limit: when a
 * connection arrives at the cap, the one idle longest (no request in flight) is closed to make
 * room, so a flood of silent sockets cannot lock out health checks and real clients; when every
 * connection is busy, the newcomer gets 503 `overloaded` in the error shape and is closed.
 */
export function guardConnections(server: Server, maxConnections: number): void {
  if (maxConnections <= 0) return;
  const idleSince = new Map<Socket, true>();
  const busy = new Set<Socket>();
  server.prependListener('connection', (socket: Socket) => {
    if (idleSince.size + busy.size >= maxConnections) {
      // Sockets enter the map when they become idle, so the first is the one idle longest.
      const oldest = idleSince.keys().next().value;
      if (oldest) {
        idleSince.delete(oldest);
        oldest.destroy();
      } else {
        socket.end(
          rawErrorResponse(
            new ApiError(
              'overloaded',
              'the server holds as many connections as it takes; retry shortly',
            ),
          ),
        );
        socket.destroySoon();
        return;
      }
    }
    idleSince.set(socket, true);
    socket.once('close', () => {
      idleSince.delete(socket);
      busy.delete(socket);
    });
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    if (!idleSince.has(socket) && !busy.has(socket)) return;
    idleSince.delete(socket);
    busy.add(socket);
    response.once('close', () => {
      if (!busy.delete(socket) || socket.destroyed) return;
      idleSince.set(socket, true);
    });
  });
}

/** At most this many connections unless the server is told otherwise. */
const DEFAULT_CAP = 10_000;

/**
 * The connections a server takes by default: half the open files the process may have (Node
 * raises its soft limit to the hard one), leaving the rest to the database, the data files and
 * the parse threads, and at most 10,000. 1,000 where the limit cannot be read.
 */
export function defaultConnectionCap(): number {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max open files\s+(\d+)/m.exec(limits)?.[1];
    if (soft) return Math.max(64, Math.min(DEFAULT_CAP, Math.floor(Number(soft) / 2)));
  } catch {
    // Not Linux: no /proc.
  }
  return 1_000;
}
