// The real Slack adapter in Socket Mode, connected to the fake Slack API and socket server: what the Socket Mode tests start.

import type { Logger } from "../../../adapters/shared/logger.ts";
import { type RunningSlack, startSlack } from "../../../adapters/slack/index.ts";
import type { Engine } from "../../../src/index.ts";
import { type FakeSlackApi, startFakeSlackApi } from "./slack-api.ts";
import { type FakeSlackSocket, startFakeSlackSocket } from "./slack-socket.ts";

/** The bot, the fakes it talks to, and how to stop all three. */
export interface SocketModeSlack {
  slack: RunningSlack;
  fake: FakeSlackApi;
  socket: FakeSlackSocket;
  stop(): Promise<void>;
}

/** Starts the fakes, then the bot, and resolves once the bot's socket is connected. */
export async function startSocketModeSlack(
  engine: Engine,
  tokens: { botToken: string; appToken: string },
  logger: Logger,
): Promise<SocketModeSlack> {
  const socket = await startFakeSlackSocket();
  const fake = await startFakeSlackApi({ ...tokens, socketUrl: socket.url });
  const slack = await startSlack(
    engine,
    { mode: "socket", ...tokens, apiUrl: fake.apiUrl },
    logger,
  );
  await socket.connected();
  return {
    slack,
    fake,
    socket,
    async stop() {
      await slack.stop();
      await socket.close();
      await fake.close();
    },
  };
}
