// The scan worker of the single executable (`npm run dist` bundles it as the asset
// scan-worker.cjs): the disk is built in, since a bundled worker cannot import a module
// by name at run time as src/scan/worker.ts does.
import { serveScans } from '../scan/serve.js';
import { diskFiles } from './files.js';

serveScans(diskFiles);
