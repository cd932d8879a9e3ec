/**
 * Export of Casus incidents and statements as PLOVER event records (JSON Lines), the event format
 * of the Open Event Data Alliance that replaces CAMEO and that the POLECAT data set uses.
 *
 * <p>{@link dev.casus.interop.plover.PloverMapping} is the documented table from Casus incident
 * types, means and statement kinds to PLOVER event types, modes and contexts, with CAMEO codes
 * where they exist (and alone where PLOVER has no category, as for claims and denials of
 * responsibility). {@link dev.casus.interop.plover.PloverWriter} writes one event per line and
 * keeps, in a {@code casus} member, who said what: which statement attributes which role to which
 * actor with which certainty.
 *
 * <p>Sources used for the PLOVER names (cited where each is used): the PLOVER manual, {@code
 * openeventdata/PLOVER} {@code PLOVER_MANUAL.tex} (draft 0.7b1 and a later revision, commit {@code
 * 6b85b9a7}), and the POLECAT coder's training headlines, {@code ahalterman/NGEC} {@code
 * setup/train_classifiers/headlines_event_mode.csv} (commit {@code e4028947}), which show the
 * POLECAT event types (with {@code REQUEST} in place of the manual's {@code DEMAND}) and modes.
 */
@NullMarked
@CasusStyle
package dev.casus.interop.plover;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
