// Serves the training HIS (seeds/training-his) as static files on 127.0.0.1, as an intranet HIS
// would be: no CDN, nothing from outside. Beside it, under `/legacy/`, the legacy-screen pages
// (seeds/legacy-screens: jqGrid, EasyUI, layui, Ext JS 3, a frameset) and, under `/vendor/`, an
// allowlist of the real grid libraries they use, straight from node_modules.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TRAINING_HIS_DIR = fileURLToPath(new URL('../training-his/', import.meta.url));
export const LEGACY_SCREENS_DIR = fileURLToPath(new URL('../legacy-screens/', import.meta.url));
const NODE_MODULES_DIR = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/** `/vendor/<name>/…` → the library folders the legacy pages may load; nothing else of node_modules. */
const VENDOR_ALLOWLIST: Record<string, string> = {
  jquery: 'jquery/dist',
  'free-jqgrid': 'free-jqgrid/dist',
  'jquery-easyui': 'jquery-easyui',
  layui: 'layui/dist',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** The file for a request path, or undefined when the path leaves the served folders. */
function resolveFile(path: string, root: string): string | undefined {
  const inside = (base: string, rest: string): string | undefined => {
    const file = normalize(join(base, rest));
    return file === base || file.startsWith(base + sep) ? file : undefined;
  };
  if (path.startsWith('/legacy/')) {
    const rest = path.slice('/legacy/'.length);
    return inside(resolve(LEGACY_SCREENS_DIR), rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
  }
  if (path.startsWith('/vendor/')) {
    const [name = '', ...rest] = path.slice('/vendor/'.length).split('/');
    const folder = VENDOR_ALLOWLIST[name];
    if (!folder || !TYPES[extname(path)] || extname(path) === '.html') return undefined;
    return inside(resolve(NODE_MODULES_DIR, folder), rest.join('/'));
  }
  return inside(root, path === '/' ? 'index.html' : path);
}

/** Legacy pages saved in GBK say so in a `<meta>`; serve them with that charset, as their servers did. */
function contentType(file: string, body: Buffer): string {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (extname(file) === '.html' && /charset=["']?gbk/i.test(body.subarray(0, 1024).toString('latin1'))) return 'text/html; charset=GBK';
  return type;
}

export async function serveTrainingHis(port = 0, root = TRAINING_HIS_DIR): Promise<RunningServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = resolveFile(path, base);
    if (!file) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': contentType(file, body), 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 未找到'),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
