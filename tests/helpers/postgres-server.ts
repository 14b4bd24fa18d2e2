// A real PostgreSQL server for the question log's storage tests: initdb and pg_ctl into a temporary folder, listening on 127.0.0.1 only, stopped and removed afterwards.
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A server the tests may use; `stop` ends it and removes its files. */
export interface PostgresServer {
  /** `postgres://stp@127.0.0.1:PORT/postgres`: trust authentication, this machine only. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL server, or says why it cannot: no server binaries (Debian's
 * `postgresql` package, which `.ci/run` installs), or running as root with no `postgres` user
 * to run it as (PostgreSQL refuses to run as root).
 */
export async function startPostgresServer(): Promise<PostgresServer | { skipped: string }> {
  const bin = findServerBinaries();
  if (!bin)
    return {
      skipped:
        "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin; install Debian's postgresql package (.ci/run does) to run these tests on a real server",
    };
  // As root, the server runs as the postgres user the Debian package makes.
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | null = null;
  if (asRoot) {
    owner = await userIds("postgres");
    if (!owner || !existsSync("/usr/sbin/runuser"))
      return {
        skipped:
          "running as root, and PostgreSQL refuses to; there is no postgres user (or no runuser) to run it as",
      };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "stp-postgres-"));
  if (owner) await chown(dir, owner.uid, owner.gid);
  const data = path.join(dir, "data");
  const port = await freePort();
  const as = (command: string, args: string[]) =>
    owner
      ? run("/usr/sbin/runuser", ["-u", "postgres", "--", command, ...args])
      : run(command, args);
  try {
    await as(path.join(bin, "initdb"), [
      "-D",
      data,
      "--username=stp",
      "--auth=trust",
      "--encoding=UTF8",
      "--no-locale",
    ]);
    await as(path.join(bin, "pg_ctl"), [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-w",
      "-t",
      "30",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    const detail =
      (error as { stderr?: string }).stderr?.trim().split("\n").at(-1) ?? String(error);
    return { skipped: `the PostgreSQL server would not start: ${detail}` };
  }
  return {
    url: `postgres://stp@127.0.0.1:${port}/postgres`,
    async stop() {
      await as(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]).catch(
        () => {},
      );
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The folder holding initdb and pg_ctl: on PATH, else Debian's newest /usr/lib/postgresql/N/bin. */
function findServerBinaries(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")))
      return dir;
  }
  const debian = "/usr/lib/postgresql";
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((name) => /^\d+$/.test(name) && existsSync(path.join(debian, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(debian, versions[0], "bin") : null;
}

async function userIds(name: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([run("id", ["-u", name]), run("id", ["-g", name])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
