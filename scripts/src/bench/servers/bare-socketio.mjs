// @ts-check
/**
 * Baseline: the bare limit of the realtime path. A plain HTTP server and Socket.IO on the same
 * path as Tavla; a POST builds the same suggestion object Tavla broadcasts and sends it with one
 * `io.to(room).emit`, with no validation, authentication or database. Sockets join one room;
 * `board:sync` answers with the in-memory list, like a snapshot.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT);
/** @type {Record<string, unknown>[]} */
const suggestions = [];
let seq = 0;

const http = createServer((request, response) => {
  if (request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  /** @type {Buffer[]} */
  const chunks = [];
  request.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
  request.on('end', () => {
    /** @type {{ id: string; text: string; dimension: string }} */
    const body = JSON.parse(Buffer.concat(chunks).toString()); // eslint-disable-line @typescript-eslint/no-unsafe-assignment
    seq += 1;
    const at = new Date().toISOString();
    const suggestion = {
      id: body.id,
      boardId: 'bench',
      text: body.text,
      dimension: body.dimension,
      authorName: null,
      status: 'new',
      statusNote: null,
      duplicateOf: null,
      statusChangedAt: at,
      votes: 0,
      comments: 0,
      goalId: null,
      photo: null,
      createdAt: at,
      updatedAt: at,
      seq,
    };
    suggestions.unshift(suggestion);
    io.to('board').emit('suggestion:created', { seq, suggestion });
    response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(suggestion));
  });
});

const io = new Server(http, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => {
  void socket.join('board');
  socket.on(
    'board:sync',
    (
      /** @type {unknown} */ _request,
      /** @type {((result: unknown) => void) | undefined} */ ack,
    ) => {
      ack?.({ ok: true, data: { seq, suggestions, goals: [] } });
    },
  );
});

http.listen(port, '127.0.0.1', () => console.log(`bare socket.io on ${port}`));
process.on('SIGTERM', () => {
  void io.close();
  http.close(() => process.exit(0));
});
