package com.example.portal;

import dev.itom.diff.ModelDiff;
import dev.itom.diff.ModelMerge;
import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.templates.Templates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Models, reports, diffs, merges and records holding them, in and out as JSON. */
@RestController
public class ModelController {
  static final OperatingModel MODEL = Templates.referenceModel();
  static final ModelDiff RENAME = ModelDiff.between(MODEL, MODEL.withName("Renamed"));
  static final ModelMerge MERGE =
      ModelMerge.of(MODEL, MODEL.withName("Ours"), MODEL.withName("Theirs"));

  /** A value of the application's own that holds a diff. */
  public record Review(String title, ModelDiff diff) {}

  @GetMapping("/model")
  public OperatingModel model() {
    return MODEL;
  }

  @PostMapping("/model")
  public String read(@RequestBody OperatingModel model) {
    return model.id() + " with " + model.roles().size() + " roles";
  }

  @GetMapping("/portal")
  public Portal portal() {
    return new Portal("IT", MODEL);
  }

  @PostMapping("/portal")
  public String read(@RequestBody Portal portal) {
    return portal.title() + ": " + portal.model().id();
  }

  @GetMapping("/report")
  public Report report() {
    return Rules.standard().check(MODEL);
  }

  @GetMapping("/diff")
  public ModelDiff diff() {
    return RENAME;
  }

  @PostMapping("/diff")
  public String apply(@RequestBody ModelDiff diff) {
    return diff.applyTo(MODEL).name();
  }

  @GetMapping("/merge")
  public ModelMerge merge() {
    return MERGE;
  }

  @GetMapping("/review")
  public Review review() {
    return new Review("rename", RENAME);
  }

  @PostMapping("/review")
  public String read(@RequestBody Review review) {
    return review.title() + ": " + review.diff().changes().size() + " change";
  }
}
