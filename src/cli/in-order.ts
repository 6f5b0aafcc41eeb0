/**
 * Runs `work` over the items with at most `window` of them started but not yet consumed, and
 * yields the results in item order. Later items may finish first; they wait in the window, so
 * memory depends on the window and not on the number of items. `work` must not reject.
 */
export async function* inOrder<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>, window: number): AsyncGenerator<R> {
  const started = new Map<number, Promise<R>>();
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    while (next < items.length && next - i < window) {
      started.set(next, work(items[next], next));
      next++;
    }
    const result = await started.get(i)!;
    started.delete(i);
    yield result;
  }
}
