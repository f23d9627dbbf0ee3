package dev.itom.bench;

/**
 * The start-up floor: a main that does nothing, run from a jar of its own by {@link
 * StartupBenchmark}. It has no dependency, so that its jar holds this one class.
 */
public final class StartupFloor {
  private StartupFloor() {}

  /**
   * Does nothing and returns.
   *
   * @param args ignored
   */
  public static void main(String[] args) {}
}
