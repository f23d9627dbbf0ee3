package dev.itom.render;

/** A straight line of the map from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
record Line(double x1, double y1, double x2, double y2) {}
