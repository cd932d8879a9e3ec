/**
 * JMH benchmarks of Casus against hand-written Jackson databinding ({@code pojo}) and a bare
 * {@code JsonParser} token loop, over the same bytes from the {@code testing} generators.
 */
@NullMarked
package dev.casus.benchmarks;

import org.jspecify.annotations.NullMarked;
