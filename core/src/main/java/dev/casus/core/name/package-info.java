/**
 * Names and aliases as they were written, each optionally tagged with its language: "Ilham
 * Aliyev" and "Ilkham Aliyev", "Nagorno-Karabakh" and "Upper Karabakh".
 *
 * <p>Sources spell the same actor or place differently (transliteration, exonyms, political
 * naming); a {@link dev.casus.core.name.Name} keeps each spelling verbatim so that none of them is
 * lost or silently "corrected".
 */
@NullMarked
@CasusStyle
package dev.casus.core.name;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
