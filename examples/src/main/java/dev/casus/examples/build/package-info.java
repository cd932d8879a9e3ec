/**
 * Example: build a small feed with the builders and write it as JSON ({@link
 * dev.casus.examples.build.BuildAFeed}).
 */
@NullMarked
package dev.casus.examples.build;

import org.jspecify.annotations.NullMarked;
