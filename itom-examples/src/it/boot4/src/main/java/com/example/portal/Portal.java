package com.example.portal;

import dev.itom.model.OperatingModel;

/** A value of the application's own that holds a model. */
public record Portal(String title, OperatingModel model) {}
