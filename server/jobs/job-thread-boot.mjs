// The job thread's first module: plain JavaScript, because Next's build bundles server/ but not a thread's entry.
// tsx then loads the TypeScript entry from source, as `npm run worker` does.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
