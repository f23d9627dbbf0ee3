package dev.itom.render;

/**
 * One line of text placed on the map: the text, already wrapped or shortened to fit, and the point
 * it is set at (the start of its baseline, or its middle for centred text).
 */
record TextLine(String text, double x, double y) {}
