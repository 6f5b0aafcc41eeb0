import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Every worker thread compiles the hot pipeline with TurboFan on its own. With the default
 * inlining budget those compile jobs took about 2.1 s of CPU per thread over the first 2,000
 * articles; a budget of 300 bytecodes cut that to 1.3 s with the same steady-state speed. On two
 * cores, two workers' compile jobs compete with the work itself, so this is most of the warm-up
 * that --jobs 2 pays. Call it before the pipeline runs; worker threads inherit it.
 */
export function tuneV8ForBatches(): void {
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}

/**
 * A full garbage collection on demand, for the large-file loop. Each block's working data lives
 * long enough to be promoted to the old generation, which V8 lets grow to several times its live
 * size before it collects: a 2 MB file peaked at about 240 MB of RSS with 25 MB live, and a 20 MB
 * file at 255–345 MB. Node offers no call for this unless it starts with --expose-gc, and the bin
 * cannot choose node's flags; set at run time, the flag makes V8 install `gc` in contexts created
 * afterwards, so one is made to fetch it. (The `expose-gc` package is these same three lines.)
 */
export function fullGarbageCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
