// Child process of disk-file-store.spec.ts: writes a large stream into the disk store, says "halfway" after 4 MB,
// then keeps the write open until the parent kills it with SIGKILL (no chance to clean up: a real crash).
import { Readable } from 'node:stream';
import { DiskFileStore } from '../disk-file-store';

const root = process.argv[2];
const chunk = Buffer.alloc(1024 * 1024, 0x41);
let sent = 0;
const source = new Readable({
  read() {
    if (sent === 4) {
      process.stdout.write('halfway\n');
      sent++;
      return; // never pushes again: the write stays half done
    }
    if (sent < 4) {
      sent++;
      this.push(chunk);
    }
  },
});
new DiskFileStore(root).put(source).then(() => process.stdout.write('finished\n'));
