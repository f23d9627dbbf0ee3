package com.example.portal;

import dev.itom.json.DiffJsonException;
import dev.itom.json.ItomJsonException;
import dev.itom.json.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers an unreadable body with RFC 9457 problem details, listing itom's problems. */
@RestControllerAdvice
public class ItomProblems {
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "unreadable body");
    if (e.getMostSpecificCause() instanceof ItomJsonException itom) {
      detail.setDetail("the body is not a valid itom/1 model");
      List<Map<String, Object>> problems =
          itom.problems().stream().map(ItomProblems::entry).toList();
      detail.setProperty("problems", problems);
    } else if (e.getMostSpecificCause() instanceof DiffJsonException diff) {
      detail.setDetail("the body is not a valid itom-diff/1 diff");
      detail.setProperty("problems", List.of(Map.of("pointer", diff.pointer(), "message", diff.getMessage())));
    }
    return detail;
  }

  private static Map<String, Object> entry(Problem p) {
    return Map.of(
        "line", p.line(), "column", p.column(), "pointer", p.pointer(),
        "code", p.code(), "message", p.message());
  }
}
