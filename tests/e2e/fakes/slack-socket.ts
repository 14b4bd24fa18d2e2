// A fake Socket Mode server on 127.0.0.1: says hello, sends envelopes, records the bot's acks.
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/** What the bot sent back over the socket: `{ envelope_id, payload? }`. */
export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSlackSocket {
  /** `ws://127.0.0.1:PORT/link`, for apps.connections.open to hand out. */
  url: string;
  acks: SocketAck[];
  /** Resolves once a client has connected and been greeted. */
  connected(): Promise<void>;
  /** How many connections the bot has opened so far. */
  readonly connections: number;
  /** Cuts the bot's connection without a close handshake, as a network drop would. */
  drop(): void;
  /** Sends an envelope to the connected bot. */
  send(envelope: Record<string, unknown>): void;
  close(): Promise<void>;
}

/** Starts the fake on a free port; each connection is greeted with `{ type: "hello" }`. */
export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const acks: SocketAck[] = [];
  let socket: WebSocket | null = null;
  let connections = 0;
  const connected = new Promise<void>((resolve) => {
    server.on("connection", (ws) => {
      socket = ws;
      connections += 1;
      ws.on("message", (data) => acks.push(JSON.parse(String(data)) as SocketAck));
      ws.send(
        JSON.stringify({
          type: "hello",
          num_connections: 1,
          debug_info: { host: "fake-slack", approximate_connection_time: 3600 },
          connection_info: { app_id: "A0STPBOT" },
        }),
      );
      resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    acks,
    connected: () => connected,
    get connections() {
      return connections;
    },
    drop() {
      socket?.terminate();
      socket = null;
    },
    send(envelope) {
      if (!socket) throw new Error("FakeSlackSocket: no bot is connected yet");
      socket.send(JSON.stringify(envelope));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
