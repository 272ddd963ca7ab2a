// A throwaway MariaDB for the WordPress test: a fresh data directory in a
// temp folder, mariadbd started directly (no systemd), listening on a Unix
// socket only (--skip-networking: no TCP port at all), stopped and deleted
// afterwards.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { randomBytes } from 'node:crypto';
import { run, startProcess } from './processes.mjs';

// Small InnoDB files: the default install writes ~110 MB and takes twice as long.
const SMALL = ['--innodb-log-file-size=4M', '--innodb-buffer-pool-size=32M', '--skip-name-resolve'];
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => existsSync(p));

export function mariadbMissing() {
  const tools = [MARIADBD, '/usr/bin/mariadb-install-db', '/usr/bin/mariadb'];
  return tools.every((t) => t && existsSync(t)) ? null : 'mariadb-server';
}

/**
 * Starts MariaDB in `dir` and creates database `name` with its own user.
 * Resolves to `{ socket, database, user, password, stop() }`.
 */
export async function startMariaDB(dir, name = 'wordpress') {
  if (mariadbMissing()) throw new Error('MariaDB is not installed: apt-get install -y --no-install-recommends mariadb-server');
  const data = join(dir, 'db');
  const socket = join(dir, 'mysqld.sock');
  const me = userInfo().username;
  const common = ['--no-defaults', `--datadir=${data}`, `--user=${me}`, ...SMALL];
  // This OS user gets a database account with every privilege that logs in through the socket
  // (unix_socket auth, as root does when this runs as root): no password to keep.
  const auth = ['--auth-root-authentication-method=socket', `--auth-root-socket-user=${me}`, '--skip-test-db'];
  run('/usr/bin/mariadb-install-db', [...common, ...auth], { timeout: 60000 });
  const server = await startProcess(
    'mariadbd',
    MARIADBD,
    [
      ...common,
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--skip-networking',
      `--log-error=${join(dir, 'mysqld.err')}`,
    ],
    { ready: () => existsSync(socket), timeout: 30000 },
  );
  const password = randomBytes(12).toString('hex');
  const sql = `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '${name}'@'localhost' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${name}\`.* TO '${name}'@'localhost';`;
  run('/usr/bin/mariadb', ['--no-defaults', '-S', socket, '-u', me], { input: sql, timeout: 20000 });
  return { socket, database: name, user: name, password, stop: () => server.stop(20000) };
}
