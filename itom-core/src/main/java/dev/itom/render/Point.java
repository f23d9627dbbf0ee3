package dev.itom.render;

/** A point of the map, in pixels from its top-left corner. */
record Point(double x, double y) {}
