/**
 * Collaborative design of operating models: what changed between two versions ({@link
 * dev.itom.diff.ModelDiff}), applying those changes to another version, and merging two people's
 * edits of one base ({@link dev.itom.diff.ModelMerge}), with the conflicts a merge cannot decide
 * alone ({@link dev.itom.diff.Conflict}).
 *
 * <p>Everything is driven by the metamodel ({@link dev.itom.model.Metamodel}): elements are matched
 * by id, the parts without an id by the fields that identify them, and a field added to the
 * metamodel is diffed and merged without new code here. Every value is immutable; every parameter
 * and return value is non-null unless annotated otherwise, and public methods reject null with a
 * {@link NullPointerException}.
 */
@NullMarked
package dev.itom.diff;

import org.jspecify.annotations.NullMarked;
