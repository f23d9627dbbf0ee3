package com.example.portal;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.templates.Templates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Models, reports and a record holding a model, in and out as JSON. */
@RestController
public class ModelController {
  static final OperatingModel MODEL = Templates.referenceModel();

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
}
