/**
 * The Open Group ArchiMate Model Exchange File Format (3.1): {@link
 * dev.itom.archimate.ArchimateWriter} exports an operating model with its value-chain map as a
 * view, {@link dev.itom.archimate.ArchimateReader} imports such files back, from itom and from
 * other tools. Built on the JDK's StAX and {@code javax.xml.validation} only.
 */
@NullMarked
package dev.itom.archimate;

import org.jspecify.annotations.NullMarked;
