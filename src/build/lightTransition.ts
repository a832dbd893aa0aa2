// The script-tag build's stand-in for d3-transition (vite.config.ts aliases it there; the npm
// build keeps d3-transition). jointline animates with CSS, never with d3 transitions; d3-zoom
// imports d3-transition only for `interrupt` and for the one animation it starts itself, the
// double-click zoom (`selection.transition().duration(250)`). This file gives it exactly that,
// 3–4 KB gzip lighter than d3-transition with the d3-interpolate and d3-color parts only it
// pulls in. It honours prefers-reduced-motion (the zoom jumps).
import { type BaseType, type Selection, selection } from "d3-selection";

type Listener = (this: Element, ...args: unknown[]) => void;
type TweenFactory = (this: Element, ...args: unknown[]) => ((t: number) => void) | null | undefined;

interface Running {
  /** Stops the animation; `interrupted` dispatches "interrupt" if it had started. */
  stop(interrupted: boolean): void;
}

/** Any d3 selection. */
type Nodes = Selection<BaseType, unknown, BaseType, unknown>;

const running = new WeakMap<Element, Running>();
/** Counts interrupts per node, so a transition interrupted before its first frame never starts. */
const interrupts = new WeakMap<Element, number>();

/** d3's default easing, cubic in and out. */
const easeCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (2 - 2 * t) ** 3 / 2);

const reducedMotion = () =>
  typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * Stops the animation running on `node`, as d3-transition's `interrupt` does (its "interrupt"
 * listeners are called if it had started).
 *
 * @example interrupt(svg);
 */
export function interrupt(node: Element): void {
  interrupts.set(node, (interrupts.get(node) ?? 0) + 1);
  running.get(node)?.stop(true);
  running.delete(node);
}

/**
 * A transition on the nodes of a selection with the part of d3-transition's API that d3-zoom
 * uses: `duration`, `ease`, `on("start|end|interrupt[.name] …")`, `tween`, `call`,
 * `selection`. Starts on the next animation frame.
 *
 * @example select(svg).transition().duration(250).tween("zoom", () => (t) => draw(t));
 */
export class LightTransition {
  private ms = 250;
  private easing = easeCubic;
  private readonly listeners = new Map<string, { type: string; listener: Listener }>();
  private readonly tweens = new Map<string, TweenFactory>();

  private readonly created = new Map<Element, number>();

  constructor(private readonly nodes: Nodes) {
    nodes.each((_datum, index, group) => {
      const node = group[index] as Element;
      this.created.set(node, interrupts.get(node) ?? 0);
    });
    requestAnimationFrame(() => this.start());
  }

  /** The length in milliseconds; default 250. */
  duration(ms: number): this {
    this.ms = +ms;
    return this;
  }

  /** The easing of time; default cubic in and out. */
  ease(easing: (t: number) => number): this {
    this.easing = easing;
    return this;
  }

  /** Adds (or with `null` removes) listeners for "start", "end" and "interrupt", space-separated. */
  on(typenames: string, listener: Listener | null): this {
    for (const typename of typenames.trim().split(/\s+/)) {
      if (listener === null) this.listeners.delete(typename);
      else this.listeners.set(typename, { type: typename.split(".")[0] ?? "", listener });
    }
    return this;
  }

  /** Adds a named tween: a factory called on start with the node's data, giving `(t) => void`. */
  tween(name: string, factory: TweenFactory): this {
    this.tweens.set(name, factory);
    return this;
  }

  /** Calls `fn(this, ...args)` and returns this transition, as `selection.call` does. */
  call(fn: (transition: this, ...args: unknown[]) => void, ...args: unknown[]): this {
    fn(this, ...args);
    return this;
  }

  /** The selection this transition runs on. */
  selection(): Nodes {
    return this.nodes;
  }

  private start(): void {
    const duration = reducedMotion() ? 0 : this.ms;
    this.nodes.each((datum, index, group) => {
      const node = group[index] as Element;
      // Interrupted before it began: d3 cancels it without an event.
      if (this.created.get(node) !== (interrupts.get(node) ?? 0)) return;
      interrupt(node);
      const args = [datum, index, group];
      const emit = (type: string) => {
        for (const entry of this.listeners.values())
          if (entry.type === type) entry.listener.apply(node, args);
      };
      let frame = 0;
      const stop = (interrupted: boolean) => {
        cancelAnimationFrame(frame);
        if (running.get(node) === handle) running.delete(node);
        emit(interrupted ? "interrupt" : "end");
      };
      const handle: Running = { stop };
      running.set(node, handle);
      emit("start");
      const steps = [...this.tweens.values()]
        .map((factory) => factory.apply(node, args))
        .filter((step): step is (t: number) => void => typeof step === "function");
      const begin = performance.now();
      const tick = () => {
        const t = duration > 0 ? Math.min(1, (performance.now() - begin) / duration) : 1;
        const eased = this.easing(t);
        for (const step of steps) step(eased);
        if (t < 1) frame = requestAnimationFrame(tick);
        else stop(false);
      };
      tick();
    });
  }
}

// What importing d3-transition adds to every selection.
Object.assign(selection.prototype, {
  interrupt(this: Nodes) {
    return this.each((_datum, index, group) => {
      interrupt(group[index] as Element);
    });
  },
  transition(this: Nodes) {
    return new LightTransition(this);
  },
});

/**
 * A transition of the nodes of `selection`, as d3-transition's `transition(selection)`.
 *
 * @example transition(select(svg)).duration(0);
 */
export function transition(nodes: Nodes): LightTransition {
  return new LightTransition(nodes);
}
