/**
 * Example: reconcile several casualty reports about one incident into low / best / high, keeping
 * the sources ({@link dev.casus.examples.reconcile.ReconcileCasualties}).
 */
@NullMarked
package dev.casus.examples.reconcile;

import org.jspecify.annotations.NullMarked;
