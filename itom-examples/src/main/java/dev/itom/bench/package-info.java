/**
 * JMH benchmarks of itom (JSON write and read, building, the standard rules, SVG rendering, heap
 * per element) against two baselines over the same data: plain Java records with a bare
 * hand-written Jackson streaming codec (the practical limit) and the same records with Jackson
 * databind (what a user would write without itom). Packaged into {@code benchmarks.jar}, never into
 * {@code itom.jar}. See {@code docs/BENCHMARKS.md}.
 *
 * <p>Not {@code @NullMarked}, and excluded from NullAway: the record twins model absent JSON fields
 * as plain nulls, as a user's own baseline would, and JMH initializes {@code @State} fields in its
 * setup methods.
 */
package dev.itom.bench;
