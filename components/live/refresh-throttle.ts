/**
 * Re-fetches when told something changed, at most once per `minGapMs` and never two at once:
 * the first request runs at once, requests during a fetch or the gap after it are served by
 * one more fetch when both are over. A class saving every second costs one fetch per gap.
 */
export class RefreshThrottle {
  private running = false;
  private again = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly refresh: () => Promise<void>,
    private readonly minGapMs = 400,
    private readonly now: () => number = () => Date.now(),
  ) {}

  request(): void {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) return;
    const wait = this.lastStart + this.minGapMs - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.run();
      }, wait);
      return;
    }
    void this.run();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    if (this.disposed) return;
    this.running = true;
    this.again = false;
    this.lastStart = this.now();
    try {
      await this.refresh();
    } catch {
      // A failed fetch shows nothing new; the next change or reconnect tries again.
    } finally {
      this.running = false;
      if (this.again) this.request();
    }
  }
}
