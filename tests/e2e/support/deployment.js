// A deployment of the release build that one test owns: a copy of dist/ in a temporary
// folder, served under a sub-path on a port of its own, which the test can update (deploy the
// next version) or take down (cut the network), without touching any other test.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '../static-server.mjs';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(repository, 'dist');

export class Deployment {
  /** Copy dist/ and serve it under `base` (GitHub Pages style). */
  static async start(base = '/sightline/') {
    const dir = await mkdtemp(join(tmpdir(), 'sightline-e2e-'));
    await cp(dist, dir, { recursive: true });
    const { server, url } = await serve({ dir, base });
    return new Deployment(dir, server, url);
  }

  constructor(dir, server, url) {
    this.dir = dir;
    this.server = server;
    /** The app's address, ending in the sub-path. */
    this.url = url;
  }

  /**
   * Deploy the next version: the same build with one marker in its page, which, like any
   * change, gives it a new service worker (through the real build step, `cargo xtask precache`).
   */
  async deployNext() {
    const page = join(this.dir, 'index.html');
    const html = await readFile(page, 'utf8');
    await writeFile(page, html.replace('</head>', '<meta name="sightline-deployment" content="next"></head>'));
    await promisify(execFile)('cargo', ['xtask', 'precache', this.dir], { cwd: repository });
  }

  /** Take the host down: nothing answers any more, not even open connections. */
  async stop() {
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections();
    await closed;
  }

  async remove() {
    if (this.server.listening) await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
